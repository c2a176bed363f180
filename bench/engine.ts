/**
 * Part 1: engine throughput. The engine and the two baselines run on the same corpus and
 * the same 1 MB document in the same process, each with warm-up runs, and the median of
 * several timed runs is kept.
 */
import { analyze } from '../server/src/analysis/analyze';
import type { AnalysisResult } from '../server/src/analysis/types';
import { compromiseScan, regexScan } from './baselines';
import { violations } from './contract';
import { joinToSize } from './corpus';
import { collectGarbage, median, mbPerSec, nowMs, timeRuns } from './stats';

export interface EngineOptions {
  articles: readonly string[];
  bigDoc: string;
  /** Timed runs per contender (median kept); fewer (at least 3) when the engine is slow. */
  runs: number;
  warmup: number;
  /** Seconds the engine's timed runs on the corpus may take in all; bounds the runs. */
  budgetSeconds: number;
  /** UTF-8 bytes of the corpus slice compromise analyses. */
  compromiseBytes: number;
}

export interface Throughput {
  bytes: number;
  /** Median milliseconds of one pass. */
  ms: number | null;
  mbps: number | null;
  runsMs: number[];
  error?: string;
}

export interface EngineReport {
  corpus: { documents: number; bytes: number; meanDocBytes: number };
  engine: Throughput & {
    quotes: number;
    entities: number;
    sources: number;
    /** Documents whose result breaks the AnalysisResult contract (bench/contract.ts), and the first breach. */
    contractFailures: number;
    firstContractFailure?: string;
  };
  engineBigDoc: Throughput;
  regex: Throughput;
  regexBigDoc: Throughput;
  compromise: Throughput & { documents: number; note: string };
  /** (ms per byte on the 1 MB doc) / (ms per byte on the same articles one by one); median of interleaved rounds. */
  linearity: number | null;
  /** Per-byte cost of one document of growing size relative to its articles one by one, for the plot. */
  scaling: { bytes: number; relative: number }[];
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

function measure(docs: readonly string[], fn: (t: string) => unknown, warmup: number, runs: number): Throughput {
  const bytes = docs.reduce((n, d) => n + utf8(d), 0);
  try {
    const runsMs = timeRuns(() => {
      for (const d of docs) fn(d);
    }, { warmup, runs });
    const ms = median(runsMs);
    return { bytes, ms, mbps: mbPerSec(bytes, ms), runsMs };
  } catch (err) {
    return { bytes, ms: null, mbps: null, runsMs: [], error: describe(err) };
  }
}

export function describe(err: unknown): string {
  const e = err as Error;
  return e && e.message ? `${e.name}: ${e.message}` : String(err);
}

export function runEngine(opts: EngineOptions): EngineReport {
  const { articles, bigDoc, runs, warmup } = opts;
  const corpusBytes = articles.reduce((n, d) => n + utf8(d), 0);

  // One untimed pass first: counts for the report, and any exception found before timing.
  let quotes = 0;
  let entities = 0;
  let sources = 0;
  let firstError: string | undefined;
  const pass0 = nowMs();
  let contractFailures = 0;
  let firstContractFailure: string | undefined;
  for (const a of articles) {
    let r: AnalysisResult;
    try {
      r = analyze(a);
    } catch (err) {
      firstError = `analyze threw on a ${utf8(a)}-byte document: ${describe(err)}`;
      break;
    }
    quotes += r.quotes.length;
    entities += r.entities.length;
    sources += r.sources.length;
    const v = violations(a, r);
    if (v.length > 0) {
      contractFailures++;
      firstContractFailure ??= v[0];
    }
  }

  // A slow engine gets fewer runs so the whole bench stays within its time budget.
  const passMs = nowMs() - pass0;
  const engineRuns = Math.max(3, Math.min(runs, Math.floor((opts.budgetSeconds * 1000) / Math.max(1, passMs)) - 1));
  const engineWarmup = engineRuns < runs ? 1 : warmup;
  const engine = firstError
    ? { bytes: corpusBytes, ms: null, mbps: null, runsMs: [], error: firstError }
    : measure(articles, (t) => analyze(t), engineWarmup, engineRuns);
  const engineBigDoc = firstError ? { ...engine, bytes: utf8(bigDoc) } : measure([bigDoc], (t) => analyze(t), engineWarmup, engineRuns);
  const regex = measure(articles, regexScan, warmup, runs);
  const regexBigDoc = measure([bigDoc], regexScan, warmup, runs);

  // compromise is ~3 orders of magnitude slower: a prefix of the corpus (the real articles
  // come first), one warm-up document, three timed passes, then MB/s as for the others.
  const slice: string[] = [];
  let sliceBytes = 0;
  for (const a of articles) {
    if (sliceBytes >= opts.compromiseBytes) break;
    slice.push(a);
    sliceBytes += utf8(a);
  }
  compromiseScan(slice[0] ?? '');
  const comp = measure(slice, compromiseScan, 0, 3);
  const compromise = {
    ...comp,
    documents: slice.length,
    note: `timed on the first ${slice.length} documents (${(sliceBytes / 1e3).toFixed(0)} kB) of the corpus, not all of it; MB/s compares directly`,
  };

  // Growth: at each size, one document joined from the first articles of the corpus against
  // the same articles analysed one by one, in interleaved rounds (so a change in machine load
  // hits both alike); the median over rounds of the ratio of per-byte costs. The 1 MB point is
  // the linearity goal's figure.
  const scaling: { bytes: number; relative: number }[] = [];
  if (!firstError) {
    const rounds = engineRuns >= runs ? 5 : 3;
    for (const target of [16e3, 64e3, 256e3, 1e6]) {
      const doc = target >= 1e6 ? bigDoc : joinToSize(articles, target);
      const docBytes = utf8(doc);
      const parts: string[] = [];
      let partBytes = 0;
      for (const a of articles) {
        if (partBytes >= docBytes) break;
        parts.push(a);
        partBytes += utf8(a);
      }
      const reps = Math.max(1, Math.round(256e3 / docBytes)); // small sizes: repeat for resolution
      const ratios: number[] = [];
      try {
        for (let r = 0; r < rounds; r++) {
          collectGarbage();
          let t0 = nowMs();
          for (let k = 0; k < reps; k++) for (const a of parts) analyze(a);
          const small = (nowMs() - t0) / partBytes;
          collectGarbage();
          t0 = nowMs();
          for (let k = 0; k < reps; k++) analyze(doc);
          const big = (nowMs() - t0) / docBytes;
          ratios.push(big / small);
        }
      } catch {
        break;
      }
      scaling.push({ bytes: docBytes, relative: median(ratios) });
    }
  }
  const last = scaling[scaling.length - 1];
  const linearity = last && last.bytes === utf8(bigDoc) ? last.relative : null;

  return {
    corpus: { documents: articles.length, bytes: corpusBytes, meanDocBytes: corpusBytes / articles.length },
    engine: { ...engine, quotes, entities, sources, contractFailures, ...(firstContractFailure ? { firstContractFailure } : {}) },
    engineBigDoc,
    regex,
    regexBigDoc,
    compromise,
    linearity,
    scaling,
  };
}
