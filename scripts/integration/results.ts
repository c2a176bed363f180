// Turning test outcomes into the report the integration and Neovim runners print.

export interface Outcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

/**
 * Counts outcomes and renders a failure section (title + first lines of each error).
 * The caller prints the closing `N passed, N failed` line itself, last.
 */
export function summarize(outcomes: Outcome[], maxErrorLines = 8): { lines: string[]; passed: number; failed: number; pending: number } {
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  const failed = outcomes.filter((o) => o.state === 'failed').length;
  const pending = outcomes.filter((o) => o.state === 'pending').length;
  const lines: string[] = [];
  const failures = outcomes.filter((o) => o.state === 'failed');
  if (failures.length > 0) {
    lines.push('', `Failures (${failures.length}):`);
    failures.forEach((o, i) => {
      lines.push(`  ${i + 1}) ${o.title}`);
      const errorLines = (o.error ?? 'no error message').split('\n').filter((l) => l.trim());
      for (const l of errorLines.slice(0, maxErrorLines)) lines.push(`     ${l}`);
      if (errorLines.length > maxErrorLines) lines.push(`     … ${errorLines.length - maxErrorLines} more lines`);
    });
  }
  if (pending > 0) lines.push(`${pending} pending`);
  return { lines, passed, failed, pending };
}
