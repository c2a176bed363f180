/** Small statistics and timing helpers shared by the benchmark parts. */

/** The median of `xs` (mean of the two middle values for an even count); NaN when empty. */
export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/**
 * The p-th percentile (0..100) of `xs`, by linear interpolation between the closest ranks
 * (the same definition as numpy's default); NaN when empty.
 */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  if (p < 0 || p > 100 || Number.isNaN(p)) throw new RangeError(`percentile: p must be in 0..100, got ${p}`);
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo] + (s[hi] - s[lo]) * (rank - lo);
}

/** Milliseconds since an arbitrary origin, with sub-microsecond resolution. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs the collector if node was started with --expose-gc, so one run's garbage does not bill the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * Times `fn` `runs` times after `warmup` untimed calls; returns each run's milliseconds.
 * The garbage collector runs once, before the warm-up, when it is exposed: so the previous
 * contender's garbage is not billed to this one. Not between timed runs: a forced collection
 * also throws away the optimised code of every function (V8 marks it for deoptimisation,
 * "weak objects"), so each run would start from unoptimised code, which no long-running
 * process sees (its own collections are not forced and keep the code).
 */
export function timeRuns(fn: () => unknown, opts: { warmup: number; runs: number }): number[] {
  collectGarbage();
  for (let i = 0; i < opts.warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const t0 = nowMs();
    fn();
    out.push(nowMs() - t0);
  }
  return out;
}

/** Megabytes (10^6 bytes) per second. */
export function mbPerSec(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/** Peak and current resident set size of a process in kB from /proc (null where /proc is missing). */
export function readRss(pid: number | 'self' = 'self'): { hwmKb: number; rssKb: number } | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const status: string = require('node:fs').readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    if (!hwm || !rss) return null;
    return { hwmKb: Number(hwm[1]), rssKb: Number(rss[1]) };
  } catch {
    return null;
  }
}
