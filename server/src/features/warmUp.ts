/**
 * Runs the analysis path on built-in text while the server starts, so that V8 has compiled it
 * (and its regular expressions) before the user's first documents: a 5 KB article analysed by
 * an engine that has never run takes ten times as long as by a warm one.
 *
 * The runs are spread over turns of the event loop, one per turn, and stop at a time budget:
 * a request never waits for more than one run. Once the editor has documents open the runs
 * are spaced out (`spacingMs`), so they take only a small share of the time the server has.
 */

export interface WarmUpOptions {
  /** Stop once the runs together took this long (milliseconds). */
  budgetMs: number;
  /** Stop after this many runs even if the budget is not spent. */
  maxRuns: number;
  /** True while the editor has documents open: runs are then `spacingMs` apart. */
  busy: () => boolean;
  spacingMs: number;
  /** Time and scheduling; the defaults are the real ones (tests pass their own). */
  now?: () => number;
  soon?: (fn: () => void) => void;
  later?: (fn: () => void, ms: number) => void;
}

export interface WarmUpReport {
  runs: number;
  /** Time spent in the runs, milliseconds. */
  ms: number;
  ended: 'budget' | 'runs' | 'failed' | 'stopped';
  /** What the failing run threw (ended = 'failed'). */
  error?: unknown;
}

/**
 * Calls `run(0)`, `run(1)`, … one per turn until the budget or the run count is reached, a run
 * throws, or `stop()` is called; then `done` hears how it ended (once).
 */
export function warmUp(run: (i: number) => void, options: WarmUpOptions, done: (report: WarmUpReport) => void): { stop(): void } {
  const now = options.now ?? (() => performance.now());
  const soon = options.soon ?? ((fn) => void setImmediate(fn));
  const later = options.later ?? ((fn, ms) => void setTimeout(fn, ms).unref?.());
  let runs = 0;
  let ms = 0;
  let over = false;
  let running = false;
  let stopAsked = false;
  const end = (ended: WarmUpReport['ended'], error?: unknown): void => {
    if (over) return;
    over = true;
    done(error === undefined ? { runs, ms, ended } : { runs, ms, ended, error });
  };
  const step = (): void => {
    if (over) return;
    const t0 = now();
    running = true;
    try {
      run(runs);
    } catch (err) {
      ms += now() - t0;
      runs++;
      end('failed', err);
      return;
    } finally {
      running = false;
    }
    ms += now() - t0;
    runs++;
    if (stopAsked) end('stopped');
    else if (ms >= options.budgetMs) end('budget');
    else if (runs >= options.maxRuns) end('runs');
    else if (options.busy()) later(step, options.spacingMs);
    else soon(step);
  };
  soon(step);
  return {
    // Asked during a run (by the run itself), it ends once that run is counted.
    stop: () => {
      if (running) stopAsked = true;
      else end('stopped');
    },
  };
}
