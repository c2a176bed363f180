/**
 * Goals, verdicts and the printed table. A measurement that could not be taken carries
 * `value: null` and a note saying why; its verdict is "n/a", never PASS or FAIL.
 */

export type Verdict = 'PASS' | 'FAIL' | 'n/a';

export interface Goal {
  id: string;
  /** Benchmark part: engine, lsp, workspace, extension. */
  part: string;
  label: string;
  unit: string;
  op: '>=' | '<=';
  target: number;
  value: number | null;
  /** Why the value is missing, or how it was taken when that matters. */
  note?: string;
}

/** PASS when `value op target` holds, FAIL when it does not, n/a without a finite value. */
export function verdict(goal: Pick<Goal, 'op' | 'target' | 'value'>): Verdict {
  const v = goal.value;
  if (v === null || !Number.isFinite(v)) return 'n/a';
  return (goal.op === '>=' ? v >= goal.target : v <= goal.target) ? 'PASS' : 'FAIL';
}

/** A number shown with about three significant digits ("n/a" for null/NaN). */
export function fmt(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'n/a';
  const a = Math.abs(v);
  if (a >= 1000) return v.toFixed(0);
  if (a >= 100) return v.toFixed(1);
  if (a >= 10) return v.toFixed(2);
  if (a >= 0.01 || a === 0) return v.toFixed(3);
  return v.toExponential(2);
}

/** Left-aligned plain-text table; every row has as many cells as the header. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The goals as a table: part, goal, measured value, target, verdict, note. */
export function goalTable(goals: readonly Goal[]): string {
  return table(
    ['part', 'goal', 'measured', 'target', 'verdict', 'note'],
    goals.map((g) => [g.part, g.label, g.value === null ? 'n/a' : `${fmt(g.value)} ${g.unit}`, `${g.op} ${fmt(g.target)} ${g.unit}`, verdict(g), clip(g.note ?? '', 90)]),
  );
}

/** `s` cut to `n` characters with an ellipsis (the JSON keeps the whole note). */
export function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
