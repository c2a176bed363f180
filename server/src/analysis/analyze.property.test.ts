/**
 * Property-based tests of analyze() (issue #8, engine part): for any string it never throws,
 * every span is in bounds and covers the text it claims to, quotes and entity mentions come
 * sorted and never overlap, results are deterministic, and the cost grows linearly.
 *
 * Seeded and bounded for CI (FUZZ_RUNS cases per property, default 250, seed FUZZ_SEED,
 * default 42). `npm run fuzz` runs the same properties with 100,000 cases and a random seed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from './analyze';
import type { AnalysisResult } from './types';
import { Rng, syntheticArticle } from '../../../bench/corpus';
import { violations } from '../../../bench/contract';
import { recase } from '../../../eval/run';

const RUNS = Number(process.env.FUZZ_RUNS) || 250;
const SEED = Number(process.env.FUZZ_SEED) || 42;
const FC = { numRuns: RUNS, seed: SEED, endOnFailure: true } as const;

/** analyze + contract check; the assertion message carries the input for replay. */
function check(tag: string, text: string): void {
  let r: AnalysisResult;
  try {
    r = analyze(text);
  } catch (err) {
    assert.fail(`[${tag}] analyze threw ${(err as Error).stack ?? err} on ${JSON.stringify(text.slice(0, 300))}`);
  }
  const v = violations(text, r);
  assert.deepEqual(v, [], `[${tag}] contract violations on ${JSON.stringify(text.slice(0, 300))}`);
}

// ---- generators --------------------------------------------------------------------------

const MARKS = ['"', '“', '”', '«', '»', '„', '‚', '‘', '’', "'", '‹', '›', '「', '」'];
const EOLS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2028'];
const ODD = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '𝐀', '\u0000', '\t', '\u00A0', '\u200B', '\u0301', '\uFEFF', '\uFFFD'];
const WORDS = ['said', 'says', 'told', 'added', 'according to', 'he', 'she', 'they', 'the', 'minister', 'Reuters', 'Source:', 'Putin', 'Xi Jinping', 'Maria Okafor', 'Ministry of Finance', 'Kyiv', 'Friday', 'March 24, 2023', "Putin's", 'today’s', "'90s", 'rock', 'a', 'of', 'that', 'warned', 'President', 'Dr.', 'Mr.', 'U.S.', 'and'];
const PUNCT = [',', '.', ':', ';', '?', '!', '—', '-', '(', ')', '…', ' ', ' ', ' '];

/** Tokens of news-like text with every kind of mark, line end and odd code unit mixed in. */
const newsToken = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...EOLS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const newsText = fc.array(newsToken, { maxLength: 160 }).map((t) => t.join(''));
const markHeavy = fc.array(fc.constantFrom(...MARKS, ...MARKS, ' ', 'a', 'A', '\n', '\r\n', ',', '.'), { maxLength: 120 }).map((t) => t.join(''));
const randomUnicode = fc.string({ unit: 'binary', maxLength: 200 });
const loneSurrogates = fc.array(fc.oneof(fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), fc.constantFrom('"', '“', '”', 'a', ' ', '\n')), { maxLength: 80 }).map((t) => t.join(''));

/** A seeded synthetic article with random splices: real structure, broken in random places. */
const mutatedArticle = fc
  .tuple(fc.integer({ min: 1, max: 1e9 }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(30), newsText), { maxLength: 6 }))
  .map(([seed, edits]) => {
    let t = syntheticArticle(new Rng(seed), 600);
    for (const [where, del, ins] of edits) {
      const at = Math.floor(where * t.length);
      t = t.slice(0, at) + ins + t.slice(at + del);
    }
    return t;
  });

// ---- properties --------------------------------------------------------------------------

const table: [string, fc.Arbitrary<string>][] = [
  ['news-like tokens', newsText],
  ['quote-mark heavy', markHeavy],
  ['random unicode', randomUnicode],
  ['lone surrogates', loneSurrogates],
  ['mutated synthetic article', mutatedArticle],
  // wire copy in one case takes the re-casing path (letter for letter, so every span must still fit)
  ['article in capitals', mutatedArticle.map((t) => recase(t, 'upper'))],
  ['article in lower case', mutatedArticle.map((t) => recase(t, 'lower'))],
  ['news-like tokens in lower case', newsText.map((t) => recase(t, 'lower'))],
];

for (const [tag, arb] of table) {
  test(`analyze keeps its contract on ${tag} (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(
      fc.property(arb, (text) => check(tag, text)),
      FC,
    );
  });
}

test(`analyze is deterministic (${Math.ceil(RUNS / 5)} cases, seed ${SEED})`, () => {
  fc.assert(
    fc.property(fc.oneof(newsText, mutatedArticle), (text) => {
      assert.deepEqual(analyze(text), analyze(text), `[deterministic] on ${JSON.stringify(text.slice(0, 300))}`);
    }),
    { ...FC, numRuns: Math.ceil(RUNS / 5) },
  );
});

test('analyze keeps its contract with maxLength (degraded mode)', () => {
  fc.assert(
    fc.property(fc.oneof(newsText, mutatedArticle), fc.nat(3000), (text, maxLength) => {
      let r: AnalysisResult;
      try {
        r = analyze(text, { maxLength });
      } catch (err) {
        assert.fail(`[maxLength ${maxLength}] analyze threw ${(err as Error).message} on ${JSON.stringify(text.slice(0, 300))}`);
      }
      assert.deepEqual(violations(text, r), [], `[maxLength ${maxLength}] on ${JSON.stringify(text.slice(0, 300))}`);
    }),
    { ...FC, numRuns: Math.ceil(RUNS / 5) },
  );
});

/**
 * Minimal counterexamples the fuzz runs found, kept as rows so they stay checked after the
 * random search moves on. Each row: [what goes wrong, input].
 */
const found: [string, string][] = [
  // A quote re-opened on the next line (multi-paragraph) and a second quote starting at the
  // re-opening mark: the two quotes overlap ([0, 6) and [3, 7)).
  ['re-opening mark also opens another quote (guillemets, straight)', "»」\n'A»'"],
  ['re-opening mark also opens another quote (curly singles)', '«.\n’v”‘'],
];

test('analyze keeps its contract on counterexamples found by fuzzing', () => {
  for (const [tag, text] of found) check(tag, text);
});

// ---- megabyte inputs and growth ----------------------------------------------------------

/** Text of at least `size` code units built by repeating `unit`, or by calling it with a counter. */
function repeatTo(size: number, unit: string | ((i: number) => string)): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const s = typeof unit === 'string' ? unit : unit(i);
    parts.push(s);
    n += s.length;
  }
  return parts.join('');
}

function news(size: number, eol: string): string {
  const rng = new Rng(7);
  return repeatTo(size, () => syntheticArticle(rng, 3000).replace(/\r?\n/g, eol));
}

/** Structured inputs that stress one thing each; `make(size)` returns about `size` code units. */
const shapes: [string, (size: number) => string][] = [
  ['news paragraphs', (s) => news(s, '\n')],
  ['news on one line', (s) => news(s, ' ')],
  ['news with CR line ends', (s) => news(s, '\r')],
  ['straight quotes only', (s) => repeatTo(s, '"')],
  ['curly opens, never closed, one line', (s) => repeatTo(s, '“word ')],
  ['alternating marks', (s) => repeatTo(s, '“a” "b" «c» „d“ ‘e’ ')],
  ['capitalised run', (s) => repeatTo(s, (i) => (i % 3 === 0 ? 'Alpha ' : i % 3 === 1 ? 'Beta ' : 'Gamma '))],
  ['said clauses without quotes', (s) => repeatTo(s, 'he said, she told Reuters, according to officials, ')],
  ['apostrophes', (s) => repeatTo(s, "Putin's today’s '90s rock 'n' roll ")],
  ['no spaces', (s) => repeatTo(s, 'abcdefghij')],
];

test('analyze keeps its contract on long single lines (up to 1 MB)', { timeout: 120000 }, () => {
  const sizes: Record<string, number> = {
    'news on one line': 1 << 20,
    'curly opens, never closed, one line': 1 << 17,
    'straight quotes only': 1 << 17,
    'alternating marks': 1 << 17,
  };
  for (const [tag, make] of shapes) {
    if (sizes[tag]) check(`${sizes[tag] >> 10} KB ${tag}`, make(sizes[tag]));
  }
});

/** CPU time (user + system, ms) of one call; garbage collection it causes is part of its cost. */
function cpuMs(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * Least CPU time of `a` and of `b` over interleaved rounds after one warm-up round. CPU time rather than wall time, interleaved, and the least of several, so the JIT
 * and other processes on the machine barely count.
 */
function leastCpuMs(a: () => unknown, b: () => unknown, rounds: number): { ta: number; tb: number } {
  let ta = Infinity;
  let tb = Infinity;
  for (let r = 0; r <= rounds; r++) {
    const x = cpuMs(a);
    const y = cpuMs(b);
    if (r >= 1) {
      ta = Math.min(ta, x);
      tb = Math.min(tb, y);
    }
  }
  return { ta, tb };
}

test('analyze time grows linearly: 4x the input takes at most ~8x the time', { timeout: 120000 }, () => {
  for (const [tag, make] of shapes) {
    // The smaller size is calibrated so one call costs ~10 ms (8–128 KB): enough to measure
    // above timer and scheduler noise, little enough to keep this test quick on a slow engine.
    let size = 8 * 1024;
    while (size < 128 * 1024 && cpuMs(() => analyze(make(size))) < 10) size *= 2;
    const a = make(size);
    const b = make(4 * size);
    // Each re-measure keeps the least time seen for each size over all attempts.
    let best = { ta: Infinity, tb: Infinity };
    const measure = () => {
      const { ta, tb } = leastCpuMs(() => analyze(a), () => analyze(b), 3);
      best = { ta: Math.min(best.ta, ta), tb: Math.min(best.tb, tb) };
      if (process.env.FUZZ_DEBUG) console.log(tag, a.length, ta, tb);
      // 2 ms of slack: below that, timer resolution and scheduling dominate.
      return { ...best, pass: best.tb <= 8 * best.ta + 2 };
    };
    let m = measure();
    for (let retry = 0; retry < 2 && !m.pass; retry++) m = measure();
    assert.ok(m.pass, `[${tag}] ${b.length} units took ${m.tb.toFixed(2)} ms CPU vs ${m.ta.toFixed(2)} ms for ${a.length} (ratio ${(m.tb / m.ta).toFixed(1)} > 8)`);
  }
});
