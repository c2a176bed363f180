import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkResult, parseArgs, recase, type RunOptions } from './run';
import type { AnalysisResult } from '../server/src/analysis/types';

test('parseArgs reads the options and rejects unknown ones', () => {
  const all = ['train', 'dev', 'test'];
  const rows: [string, string[], Partial<RunOptions>][] = [
    ['defaults', [], { splits: all as RunOptions['splits'], json: null, verbose: false, markdown: false, doc: null }],
    ['one split', ['--split', 'test'], { splits: ['test'] }],
    ['all', ['--split', 'all'], { splits: all as RunOptions['splits'] }],
    ['json and verbose', ['--json', 'out.json', '--verbose'], { json: 'out.json', verbose: true }],
    ['markdown', ['--markdown'], { markdown: true }],
    ['one doc', ['--doc', 'GUM_news_nasa'], { doc: 'GUM_news_nasa' }],
    ['wire copy in capitals', ['--case', 'upper'], { casing: 'upper' }],
    ['wire copy in lower case', ['--case', 'lower'], { casing: 'lower' }],
  ];
  for (const [tag, argv, expected] of rows) {
    const got = parseArgs(argv);
    for (const [k, v] of Object.entries(expected)) assert.deepEqual(got[k as keyof RunOptions], v, `${tag}: ${k}`);
  }
  const bad: [string, string[], RegExp][] = [
    ['unknown split', ['--split', 'final'], /unknown split/],
    ['missing value', ['--json'], /needs a value/],
    ['unknown option', ['--fast'], /unknown option/],
    ['unknown case', ['--case', 'title'], /unknown case/],
  ];
  for (const [tag, argv, message] of bad) assert.throws(() => parseArgs(argv), message, tag);
});

test('recase changes letters one for one, so gold offsets hold', () => {
  const rows: [tag: string, text: string, casing: RunOptions['casing'], want: string][] = [
    ['as is', 'Ana Reyes said', 'as-is', 'Ana Reyes said'],
    ['capitals', 'Ana Reyes said “no” in Málaga', 'upper', 'ANA REYES SAID “NO” IN MÁLAGA'],
    ['lower case', 'Ana Reyes said “NO”', 'lower', 'ana reyes said “no”'],
    ['a letter whose capital is two letters stays', 'Straße', 'upper', 'STRAßE'],
    ['astral characters stay whole', 'Ana 😀 Reyes', 'upper', 'ANA 😀 REYES'],
  ];
  for (const [tag, text, casing, want] of rows) {
    const got = recase(text, casing);
    assert.equal(got, want, tag);
    assert.equal(got.length, text.length, `${tag}: length`);
  }
});

test('checkResult reports engine output that does not fit the text', () => {
  const text = 'Ann Lee spoke.';
  const entity = (start: number, end: number, t: string): AnalysisResult => ({
    quotes: [],
    sources: [],
    entities: [{ id: 'e1', type: 'PERSON', name: 'Ann Lee', origin: 'auto', mentions: [{ start, end, text: t }] }],
  });
  const rows: [string, AnalysisResult, RegExp | null][] = [
    ['fine', entity(0, 7, 'Ann Lee'), null],
    ['past the end', entity(10, 20, 'x'), /has span 10-20/],
    ['empty span', entity(3, 3, ''), /has span 3-3/],
    ['text differs', entity(0, 3, 'Bob'), /"Bob" is "Ann"/],
  ];
  for (const [tag, result, problem] of rows) {
    const got = checkResult(text, result);
    if (problem === null) assert.deepEqual(got, [], tag);
    else assert.ok(got.some((p) => problem.test(p)), `${tag}: ${JSON.stringify(got)}`);
  }
});
