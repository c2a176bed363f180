import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warmUp, type WarmUpReport } from './warmUp';

/** A clock and scheduler driven by hand: each run "takes" costs[i] milliseconds. */
function harness(costs: (i: number) => number, busyFrom = Infinity) {
  let t = 0;
  const queue: { fn: () => void; delay: number }[] = [];
  const delays: number[] = [];
  const calls: number[] = [];
  const options = {
    now: () => t,
    soon: (fn: () => void) => void queue.push({ fn, delay: 0 }),
    later: (fn: () => void, ms: number) => void queue.push({ fn, delay: ms }),
    busy: () => calls.length >= busyFrom,
  };
  const drain = (limit = 10000): void => {
    for (let n = 0; n < limit && queue.length > 0; n++) {
      const next = queue.shift()!;
      delays.push(next.delay);
      t += next.delay;
      next.fn();
    }
  };
  const run = (i: number): void => {
    calls.push(i);
    t += costs(i);
  };
  return { options, drain, run, calls, delays };
}

test('warmUp: ends at the budget, the run count, a failure or stop(), and reports once', async (t) => {
  const rows: { tag: string; cost: (i: number) => number; budgetMs: number; maxRuns: number; failAt?: number; stopAfter?: number; want: Omit<WarmUpReport, 'error'> }[] = [
    { tag: 'budget', cost: (i) => (i === 0 ? 50 : 2), budgetMs: 100, maxRuns: 1000, want: { runs: 26, ms: 100, ended: 'budget' } },
    { tag: 'one slow first run spends the budget', cost: () => 500, budgetMs: 400, maxRuns: 1000, want: { runs: 1, ms: 500, ended: 'budget' } },
    { tag: 'run count', cost: () => 1, budgetMs: 400, maxRuns: 5, want: { runs: 5, ms: 5, ended: 'runs' } },
    { tag: 'a throwing run ends it', cost: () => 1, budgetMs: 400, maxRuns: 100, failAt: 3, want: { runs: 4, ms: 4, ended: 'failed' } },
    { tag: 'stop() ends it', cost: () => 1, budgetMs: 400, maxRuns: 100, stopAfter: 7, want: { runs: 7, ms: 7, ended: 'stopped' } },
  ];
  for (const row of rows) {
    await t.test(row.tag, () => {
      const h = harness(row.cost);
      const reports: WarmUpReport[] = [];
      let stopper: { stop(): void } | null = null;
      stopper = warmUp(
        (i) => {
          h.run(i);
          if (i === row.failAt) throw new Error('boom');
          if (row.stopAfter !== undefined && i + 1 === row.stopAfter) stopper?.stop();
        },
        { budgetMs: row.budgetMs, maxRuns: row.maxRuns, spacingMs: 25, ...h.options },
        (r) => reports.push(r),
      );
      assert.equal(h.calls.length, 0, `${row.tag}: nothing runs before the first turn`);
      h.drain();
      assert.equal(reports.length, 1, `${row.tag}: one report`);
      const { error, ...rest } = reports[0];
      assert.deepEqual(rest, row.want, row.tag);
      assert.equal(error instanceof Error, row.failAt !== undefined, `${row.tag}: the error is reported when a run fails`);
      assert.deepEqual(h.calls, [...Array(row.want.runs).keys()], `${row.tag}: runs numbered in order, none after the end`);
      stopper.stop();
      assert.equal(reports.length, 1, `${row.tag}: stop() after the end reports nothing more`);
    });
  }
});

test('warmUp: one run per turn; runs are spaced out while the editor has documents open', () => {
  const h = harness(() => 1, 3);
  const reports: WarmUpReport[] = [];
  warmUp(h.run, { budgetMs: 1000, maxRuns: 6, spacingMs: 25, ...h.options }, (r) => reports.push(r));
  h.drain();
  assert.equal(reports[0]?.ended, 'runs');
  // Turn delays: the first turn, two more at once (idle), then 25 ms apart once busy.
  assert.deepEqual(h.delays, [0, 0, 0, 25, 25, 25]);
});

test('warmUp: runs on the real event loop and reports through done', async () => {
  const report = await new Promise<WarmUpReport>((resolve) => {
    let sum = 0;
    warmUp(
      (i) => {
        for (let k = 0; k < 1000; k++) sum += k * i;
      },
      { budgetMs: 10_000, maxRuns: 20, busy: () => false, spacingMs: 25 },
      resolve,
    );
  });
  assert.equal(report.runs, 20);
  assert.equal(report.ended, 'runs');
  assert.ok(report.ms >= 0 && report.ms < 10_000, `time spent ${report.ms}`);
});
