import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { loadLabels, validateLabelFile } from './labels';
import { gumDir } from './corpus';

const TEXT = 'He said “yes”. “No,” she said.';
const good = {
  doc: 'sample:x',
  split: 'dev',
  quotes: [
    { start: 8, end: 13, begins: 'yes', speaker: 'Bob Smith', kind: 'person' },
    { start: 15, end: 20, begins: 'No', speaker: null, kind: null },
  ],
};

test('validateLabelFile accepts a good file and names each problem of a bad one', () => {
  assert.deepEqual(validateLabelFile(good, TEXT), [], 'good file');
  const rows: [string, unknown, RegExp][] = [
    ['not an object', 3, /not a JSON object/],
    ['bad doc', { ...good, doc: 'x' }, /"doc"/],
    ['bad split', { ...good, split: 'final' }, /"split"/],
    ['offsets reversed', { ...good, quotes: [{ ...good.quotes[0], start: 13, end: 8 }] }, /start < end/],
    ['drifted text', { ...good, quotes: [{ ...good.quotes[0], begins: 'no' }] }, /label says/],
    ['speaker without kind', { ...good, quotes: [{ ...good.quotes[0], kind: null }] }, /null together/],
    ['unknown kind', { ...good, quotes: [{ ...good.quotes[0], kind: 'robot' }] }, /kind must be/],
    ['overlapping quotes', { ...good, quotes: [good.quotes[1], good.quotes[0]] }, /overlaps or precedes/],
    ['past the end', { ...good, quotes: [{ ...good.quotes[0], end: 99 }] }, /past the end/],
  ];
  for (const [tag, data, problem] of rows) {
    const problems = validateLabelFile(data, TEXT);
    assert.ok(problems.some((p) => problem.test(p)), `${tag}: ${JSON.stringify(problems)}`);
  }
});

const repoRoot = resolve(__dirname, '..');
const dir = gumDir(repoRoot);
test('every committed label file loads and matches its text', { skip: existsSync(dir) ? false : `no corpus at ${dir}` }, () => {
  const { labels, problems } = loadLabels(repoRoot, dir);
  assert.deepEqual(problems, [], 'no problems');
  assert.ok(labels.length >= 5, 'label files found');
  for (const split of ['dev', 'test'] as const) assert.ok(labels.some((l) => l.split === split), `some labels are ${split}`);
  assert.ok(labels.filter((l) => l.split === 'test' && l.doc.startsWith('sample:')).length >= 2, 'at least two sample articles held out as test');
});
