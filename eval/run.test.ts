import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, type RunOptions } from './run';

test('parseArgs reads the options and rejects unknown ones', () => {
  const all = ['train', 'dev', 'test'];
  const rows: [string, string[], Partial<RunOptions>][] = [
    ['defaults', [], { splits: all as RunOptions['splits'], json: null, verbose: false, doc: null }],
    ['one split', ['--split', 'test'], { splits: ['test'] }],
    ['all', ['--split', 'all'], { splits: all as RunOptions['splits'] }],
    ['json and verbose', ['--json', 'out.json', '--verbose'], { json: 'out.json', verbose: true }],
    ['one doc', ['--doc', 'GUM_news_nasa'], { doc: 'GUM_news_nasa' }],
  ];
  for (const [tag, argv, expected] of rows) {
    const got = parseArgs(argv);
    for (const [k, v] of Object.entries(expected)) assert.deepEqual(got[k as keyof RunOptions], v, `${tag}: ${k}`);
  }
  const bad: [string, string[], RegExp][] = [
    ['unknown split', ['--split', 'final'], /unknown split/],
    ['missing value', ['--json'], /needs a value/],
    ['unknown option', ['--fast'], /unknown option/],
  ];
  for (const [tag, argv, message] of bad) assert.throws(() => parseArgs(argv), message, tag);
});
