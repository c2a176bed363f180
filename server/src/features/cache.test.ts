import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisResult, AnalyzeOptions } from '../analysis/types';
import { AnalysisCache, classifyText, derived, limitOf, sameCut, sanitizeSettings } from './cache';

function countingAnalyzer() {
  const calls: { length: number; options?: AnalyzeOptions }[] = [];
  const analyzer = (text: string, options?: AnalyzeOptions): AnalysisResult => {
    calls.push({ length: text.length, options });
    return { quotes: [], entities: [], sources: [] };
  };
  return { calls, analyzer };
}

const doc = (uri: string, version: number, text: string) => ({ uri, version, getText: () => text });

test('cache: classifyText decides full / degraded / binary', () => {
  const MB = 1024 * 1024;
  const rows: [string, string, number, string, number][] = [
    ['plain text', 'Hello "world".', 5, 'full', 14],
    ['NUL byte anywhere', 'PK\u0003\u0004\u0000\u0000rest', 5, 'binary', 0],
    ['over the limit', 'x'.repeat(MB + 10), 1, 'degraded', MB],
    ['exactly at the limit', 'x'.repeat(MB), 1, 'full', MB],
    ['fractional limit', 'x'.repeat(1000), 0.0005, 'degraded', Math.floor(0.0005 * MB)],
  ];
  for (const [tag, text, limit, state, analysed] of rows) {
    const s = classifyText('file:///a', 3, text, { maxFileSizeMB: limit });
    assert.equal(s.state, state, `${tag}: state`);
    assert.equal(s.analysedLength, analysed, `${tag}: analysed length`);
    assert.equal(s.totalLength, text.length, `${tag}: total length`);
    assert.equal(s.message === '', state === 'full', `${tag}: message only when not full`);
  }
  assert.match(classifyText('u', 1, 'x'.repeat(3 * MB), { maxFileSizeMB: 1 }).message, /first 1 MB of this 3 MB file/, 'degraded message');
});

test('cache: settings are sanitised', () => {
  const rows: [string, unknown, number][] = [
    ['number kept', { maxFileSizeMB: 2 }, 2],
    ['zero -> default', { maxFileSizeMB: 0 }, 5],
    ['negative -> default', { maxFileSizeMB: -1 }, 5],
    ['string -> default', { maxFileSizeMB: '7' }, 5],
    ['null -> default', null, 5],
    ['NaN -> default', { maxFileSizeMB: NaN }, 5],
  ];
  for (const [tag, raw, expected] of rows) assert.equal(sanitizeSettings(raw).maxFileSizeMB, expected, tag);
});

test('cache: analyses once per version, again on a new version or new limit', () => {
  const { calls, analyzer } = countingAnalyzer();
  const cache = new AnalysisCache(analyzer);
  const a1 = cache.get(doc('a', 1, 'one'));
  assert.equal(cache.get(doc('a', 1, 'one')), a1, 'same version: same entry');
  assert.equal(calls.length, 1, 'analysed once');
  cache.get(doc('a', 2, 'two'));
  assert.equal(calls.length, 2, 'new version analysed');
  cache.get(doc('a', 2, 'two'), { maxFileSizeMB: 1 });
  assert.equal(calls.length, 2, 'a new limit the text fits under: same analysis');
  cache.get(doc('a', 2, 'two'), { maxFileSizeMB: 2 / (1024 * 1024) });
  assert.equal(calls.length, 3, 'a new limit that cuts the text: analysed again');
  assert.deepEqual(calls[2].options, { maxLength: 2 }, 'cut at the new limit');
  assert.equal(cache.peek('a', 2)?.version, 2, 'peek current');
  assert.equal(cache.peek('a', 1), undefined, 'peek old version');
  cache.delete('a');
  assert.equal(cache.size, 0, 'deleted');
});

test('cache: an analysis holds under another limit only when that limit cuts the text at the same place', () => {
  const rows: [string, number, number, number, boolean][] = [
    // [tag, text length, limit analysed under, limit wanted, same analysis]
    ['same limit, text fits', 10, 100, 100, true],
    ['same limit, text cut', 500, 100, 100, true],
    ['text fits under both', 10, 100, 50, true],
    ['text exactly at the smaller limit', 50, 100, 50, true],
    ['new limit cuts the text', 80, 100, 50, false],
    ['old limit cut, new one does not', 80, 50, 100, false],
    ['both cut, at different places', 500, 100, 200, false],
  ];
  for (const [tag, length, made, wanted, same] of rows) assert.equal(sameCut(length, made, wanted), same, tag);
  assert.equal(limitOf({ maxFileSizeMB: 1 }), 1024 * 1024, 'limitOf: 1 MB');
  assert.equal(limitOf({ maxFileSizeMB: 1e-9 }), 1, 'limitOf: never below one code unit');
});

test('cache: binary is not analysed, degraded passes maxLength', () => {
  const { calls, analyzer } = countingAnalyzer();
  const cache = new AnalysisCache(analyzer);
  const bin = cache.get(doc('b', 1, 'a\u0000b'));
  assert.equal(bin.status.state, 'binary', 'binary state');
  assert.equal(calls.length, 0, 'binary: analyzer not called');
  const big = cache.get(doc('c', 1, 'y'.repeat(2000)), { maxFileSizeMB: 0.001 });
  assert.equal(big.status.state, 'degraded', 'degraded state');
  assert.deepEqual(calls[0].options, { maxLength: Math.floor(0.001 * 1024 * 1024) }, 'maxLength passed');
});

test('cache: least recently used entries go first past capacity; derived data is memoised', () => {
  const { analyzer } = countingAnalyzer();
  const cache = new AnalysisCache(analyzer, 2);
  cache.get(doc('a', 1, 'a'));
  cache.get(doc('b', 1, 'b'));
  cache.get(doc('a', 1, 'a')); // touch a
  cache.get(doc('c', 1, 'c'));
  assert.ok(cache.peek('a', 1), 'recently used kept');
  assert.equal(cache.peek('b', 1), undefined, 'least recently used dropped');
  const entry = cache.get(doc('c', 1, 'c'));
  let n = 0;
  derived(entry, 'k', () => ++n);
  assert.equal(derived(entry, 'k', () => ++n), 1, 'memoised');
});

test('cache: an analysis that throws gives an empty result with a failed status', () => {
  const cache = new AnalysisCache(() => {
    throw new RangeError('offset out of range');
  });
  const entry = cache.get(doc('f', 4, 'Some “text”.'));
  assert.equal(entry.status.state, 'failed', 'failed state');
  assert.match(entry.status.message, /analysis failed on this text \(offset out of range\)/, 'message names the reason');
  assert.deepEqual(entry.result, { quotes: [], entities: [], sources: [] }, 'empty result');
  assert.ok(entry.error instanceof RangeError, 'error kept for the log');
  assert.equal(cache.get(doc('f', 4, 'Some “text”.')), entry, 'not retried for the same version');
});

test('cache: statusOf reuses the status of a cached analysis that holds, else classifies', () => {
  const MB = 1024 * 1024;
  const text = 'x'.repeat(MB + 10);
  const reads = { n: 0 };
  const counted = (uri: string, version: number, t: string) => ({ uri, version, getText: () => (reads.n++, t) });
  const failing = new AnalysisCache(() => {
    throw new Error('boom');
  });
  const rows: [string, () => { state: string; analysedLength: number }, string, number, number][] = [
    ['nothing cached: classified', () => new AnalysisCache(countingAnalyzer().analyzer).statusOf(counted('u', 1, text), { maxFileSizeMB: 1 }), 'degraded', MB, 1],
    [
      'cached under the same cut: reused',
      () => {
        const c = new AnalysisCache(countingAnalyzer().analyzer);
        c.get(counted('u', 1, text), { maxFileSizeMB: 1 });
        reads.n = 0;
        return c.statusOf(counted('u', 1, text), { maxFileSizeMB: 1 });
      },
      'degraded',
      MB,
      0,
    ],
    [
      'cached under another cut: classified again',
      () => {
        const c = new AnalysisCache(countingAnalyzer().analyzer);
        c.get(counted('u', 1, text), { maxFileSizeMB: 1 });
        reads.n = 0;
        return c.statusOf(counted('u', 1, text), { maxFileSizeMB: 5 });
      },
      'full',
      MB + 10,
      1,
    ],
    [
      'cached for an older version: classified',
      () => {
        const c = new AnalysisCache(countingAnalyzer().analyzer);
        c.get(counted('u', 1, text), { maxFileSizeMB: 1 });
        reads.n = 0;
        return c.statusOf(counted('u', 2, 'short'), { maxFileSizeMB: 1 });
      },
      'full',
      5,
      1,
    ],
    [
      'a failed analysis: the text is classified, not the failure repeated',
      () => {
        failing.get(counted('f', 1, 'short'));
        reads.n = 0;
        return failing.statusOf(counted('f', 1, 'short'));
      },
      'full',
      5,
      1,
    ],
  ];
  for (const [tag, run, state, analysed, textReads] of rows) {
    reads.n = 0;
    const s = run();
    assert.equal(s.state, state, `${tag}: state`);
    assert.equal(s.analysedLength, analysed, `${tag}: analysed length`);
    assert.equal(reads.n, textReads, `${tag}: text read ${textReads} time(s)`);
  }
});
