import { test } from 'node:test';
import assert from 'node:assert/strict';
import { median, percentile, mbPerSec, timeRuns, readRss } from './stats';

test('percentile and median interpolate between closest ranks', () => {
  const rows: [string, number[], number, number][] = [
    ['single value', [7], 95, 7],
    ['median of odd count', [3, 1, 2], 50, 2],
    ['median of even count', [4, 1, 3, 2], 50, 2.5],
    ['p0 is the minimum', [5, 9, 1], 0, 1],
    ['p100 is the maximum', [5, 9, 1], 100, 9],
    ['p95 of 1..21', Array.from({ length: 21 }, (_, i) => i + 1), 95, 20],
    ['p90 interpolates', [0, 10], 90, 9],
  ];
  for (const [tag, xs, p, want] of rows) assert.equal(percentile(xs, p), want, tag);
  assert.equal(median([1, 2, 3, 4, 5]), 3, 'median helper');
  assert.ok(Number.isNaN(median([])), 'empty gives NaN');
  assert.throws(() => percentile([1], 101), /0\.\.100/, 'p out of range');
});

test('percentile does not reorder its input', () => {
  const xs = [3, 1, 2];
  percentile(xs, 50);
  assert.deepEqual(xs, [3, 1, 2], 'input untouched');
});

test('mbPerSec uses 10^6 bytes and seconds', () => {
  const rows: [string, number, number, number][] = [
    ['1 MB in 1 s', 1e6, 1000, 1],
    ['5 MB in 250 ms', 5e6, 250, 20],
  ];
  for (const [tag, bytes, ms, want] of rows) assert.equal(mbPerSec(bytes, ms), want, tag);
});

test('timeRuns runs warm-ups untimed and returns one timing per run', () => {
  let calls = 0;
  const t = timeRuns(() => calls++, { warmup: 2, runs: 3 });
  assert.equal(calls, 5, 'warm-up + runs calls');
  assert.equal(t.length, 3, 'one timing per run');
  assert.ok(t.every((x) => x >= 0), 'timings are non-negative');
});

test('readRss reads this process from /proc', () => {
  const r = readRss();
  assert.ok(r !== null, '/proc/self/status readable on Linux');
  assert.ok(r.hwmKb >= r.rssKb && r.rssKb > 1000, 'peak >= current > 1 MB');
  assert.equal(readRss(2 ** 30), null, 'a missing pid gives null');
});
