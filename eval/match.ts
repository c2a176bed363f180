/**
 * Span matching and the precision/recall arithmetic shared by every score in the harness.
 * Spans are half-open UTF-16 ranges, as everywhere in the project.
 */
import type { Span } from '../server/src/analysis/types';

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The overlap rule for quotes: the shared part covers at least `threshold` of EACH span (so at
 * least half of the longer one at 0.5). Empty spans never match.
 */
export function overlapsEnough(a: Span, b: Span, threshold = 0.5): boolean {
  const o = overlapLength(a, b);
  if (o === 0) return false;
  return o >= threshold * (a.end - a.start) && o >= threshold * (b.end - b.start);
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * One-to-one matching of gold to predicted items. Every pair the predicate accepts is a
 * candidate; candidates are taken best first (higher `score`, then earlier gold, then earlier
 * prediction) and each item is used at most once. Greedy is enough here: candidates of one item
 * rarely compete.
 * @returns pairs as [goldIndex, predIndex], sorted by gold index.
 */
export function matchOneToOne<G, P>(gold: readonly G[], pred: readonly P[], accept: (g: G, p: P) => boolean, score: (g: G, p: P) => number): [number, number][] {
  const candidates: { g: number; p: number; s: number }[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      if (accept(g, p)) candidates.push({ g: gi, p: pi, s: score(g, p) });
    });
  });
  candidates.sort((x, y) => y.s - x.s || x.g - y.g || x.p - y.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    out.push([c.g, c.p]);
  }
  out.sort((x, y) => x[0] - y[0]);
  return out;
}

/** Counts that add up across documents. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, c: Counts): Counts {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  return into;
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/**
 * Precision, recall and F1; a ratio with a zero denominator is null (shown as "-"), never 0 or 1,
 * so an engine that predicts nothing is not credited with perfect precision.
 */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Counts for gold vs predicted given the matched pairs. */
export function countsFromMatch(goldCount: number, predCount: number, pairs: readonly unknown[]): Counts {
  return { tp: pairs.length, fp: predCount - pairs.length, fn: goldCount - pairs.length };
}
