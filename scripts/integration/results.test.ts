import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { type Outcome, summarize } from './results';

const ok = (title: string): Outcome => ({ title, state: 'passed' });
const bad = (title: string, error?: string): Outcome => ({ title, state: 'failed', error });

test('summarize counts and lists failures', () => {
  // Rows: [tag, outcomes, passed, failed, lines that must appear].
  const rows: [string, Outcome[], number, number, string[]][] = [
    ['empty', [], 0, 0, []],
    ['all pass', [ok('a'), ok('b')], 2, 0, []],
    ['one failure with stack', [ok('a'), bad('b', 'Error: boom\n    at x\n\n    at y')], 1, 1, ['Failures (1):', '  1) b', '     Error: boom', '         at y']],
    ['failure without message', [bad('c')], 0, 1, ['  1) c', '     no error message']],
    ['pending counted apart', [ok('a'), { title: 'p', state: 'pending' }], 1, 0, ['1 pending']],
  ];
  for (const [tag, outcomes, passed, failed, mustContain] of rows) {
    const s = summarize(outcomes);
    assert.equal(s.passed, passed, `[${tag}] passed`);
    assert.equal(s.failed, failed, `[${tag}] failed`);
    for (const line of mustContain) assert.ok(s.lines.includes(line), `[${tag}] has line ${JSON.stringify(line)} in ${JSON.stringify(s.lines)}`);
  }
});

test('summarize cuts long errors', () => {
  const error = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
  const s = summarize([bad('long', error)], 3);
  assert.ok(s.lines.includes('     line 2'), '[cut] keeps the first lines');
  assert.ok(!s.lines.includes('     line 3'), '[cut] drops the rest');
  assert.ok(s.lines.includes('     … 17 more lines'), '[cut] says how many were dropped');
});
