import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clip, fmt, goalTable, table, verdict, type Goal } from './report';

test('verdict compares in the goal direction and says n/a without a value', () => {
  const rows: [string, Goal['op'], number, number | null, string][] = [
    ['>= met', '>=', 20, 48, 'PASS'],
    ['>= exactly met', '>=', 20, 20, 'PASS'],
    ['>= missed', '>=', 20, 19.9, 'FAIL'],
    ['<= met', '<=', 5, 2.5, 'PASS'],
    ['<= missed', '<=', 1.2, 1.7, 'FAIL'],
    ['no value', '<=', 5, null, 'n/a'],
    ['NaN value', '>=', 5, NaN, 'n/a'],
    ['infinite value', '<=', 5, Infinity, 'n/a'],
  ];
  for (const [tag, op, target, value, want] of rows) assert.equal(verdict({ op, target, value }), want, tag);
});

test('fmt shows about three significant digits', () => {
  const rows: [number | null, string][] = [
    [48.4912, '48.49'],
    [0.1762, '0.176'],
    [142.34, '142.3'],
    [2048.7, '2049'],
    [0, '0.000'],
    [0.00024, '2.40e-4'],
    [null, 'n/a'],
    [NaN, 'n/a'],
  ];
  for (const [v, want] of rows) assert.equal(fmt(v), want, `fmt(${v})`);
});

test('table pads columns; clip shortens long notes', () => {
  const t = table(['a', 'bb'], [['xxx', 'y']]);
  assert.equal(t, 'a    bb\n---  --\nxxx  y', 'aligned columns');
  assert.equal(clip('abcdef', 4), 'abc…', 'clipped with an ellipsis');
  assert.equal(clip('abc', 4), 'abc', 'short text untouched');
});

test('goalTable prints one row per goal with its verdict', () => {
  const goals: Goal[] = [
    { id: 'a', part: 'engine', label: 'speed', unit: 'MB/s', op: '>=', target: 20, value: 30 },
    { id: 'b', part: 'lsp', label: 'hover', unit: 'ms', op: '<=', target: 2, value: null, note: 'no server' },
  ];
  const lines = goalTable(goals).split('\n');
  assert.equal(lines.length, 4, 'header, rule, two rows');
  assert.match(lines[2], /engine\s+speed\s+30\.00 MB\/s\s+>= 20\.00 MB\/s\s+PASS/, 'measured row');
  assert.match(lines[3], /lsp\s+hover\s+n\/a\s+<= 2\.000 ms\s+n\/a\s+no server/, 'n/a row keeps its note');
});
