import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeTokens, hoverOffsets, latencyStats, lineStartsOf, pickEdit, type Token } from './lspBench';

test('decodeTokens turns relative LSP data into absolute positions', () => {
  const rows: [string, number[], [number, number, number][]][] = [
    ['empty', [], []],
    ['same line adds to the column', [2, 5, 3, 0, 0, 0, 4, 2, 1, 0], [[2, 5, 3], [2, 9, 2]]],
    ['new line resets the column', [0, 5, 3, 0, 0, 1, 2, 4, 0, 0], [[0, 5, 3], [1, 2, 4]]],
    ['a trailing partial token is ignored', [0, 1, 1, 0, 0, 9], [[0, 1, 1]]],
  ];
  for (const [tag, data, want] of rows) {
    assert.deepEqual(decodeTokens(data).map((t) => [t.line, t.char, t.length]), want, tag);
  }
});

test('lineStartsOf knows LF, CRLF and CR', () => {
  const rows: [string, string, number[]][] = [
    ['no line end', 'abc', [0]],
    ['LF', 'a\nb\n', [0, 2, 4]],
    ['CRLF counts once', 'a\r\nb', [0, 3]],
    ['lone CR', 'a\rb', [0, 2]],
    ['mixed', 'a\r\n\rb\nc', [0, 3, 4, 6]],
  ];
  for (const [tag, text, want] of rows) assert.deepEqual(lineStartsOf(text), want, tag);
});

test('pickEdit types inside a lowercase word before a token, outside every token', () => {
  const text = 'He said “hello” to Maria today';
  //            0123456789012345678901234567
  const tokens: Token[] = [
    { line: 0, char: 8, length: 7, type: 0, mods: 0 }, // “hello”
    { line: 0, char: 19, length: 5, type: 1, mods: 0 }, // Maria
  ];
  const e = pickEdit(text, tokens, lineStartsOf(text), 0);
  assert.ok(e, 'an edit is found');
  const t = tokens[e.token];
  assert.ok(e.offset < t.char, 'edit falls before the token that must move');
  assert.match(text.slice(e.offset - 1, e.offset + 1), /^[a-z]{2}$/, 'edit falls between two letters');
  for (const k of tokens) assert.ok(e.offset <= k.char || e.offset >= k.char + k.length, 'edit is outside every token');
  assert.equal(pickEdit(text, [], [0], 0), null, 'no tokens, no checkable edit');
  assert.equal(pickEdit('“hi”', [{ line: 0, char: 0, length: 4, type: 0, mods: 0 }], [0], 0), null, 'no word before the only token');
});

test('hoverOffsets spreads positions and adds one inside each quote', () => {
  const text = 'x'.repeat(100) + '“quoted”' + 'y'.repeat(100);
  const offs = hoverOffsets(text, 10);
  assert.equal(offs.length, 11, 'ten spread + one per opening mark');
  assert.ok(offs.every((o) => o >= 0 && o <= text.length), 'all in bounds');
  assert.ok(offs.includes(102), 'one just inside the quote');
});

test('latencyStats summarises or says why there is nothing', () => {
  const s = latencyStats([1, 2, 3, 4, 100]);
  assert.deepEqual([s.samples, s.p50, s.max], [5, 3, 100], 'samples, median, max');
  assert.ok(s.p95! > 4 && s.p95! <= 100, 'p95 between the last two');
  const none = latencyStats([], 'server declares no hoverProvider');
  assert.deepEqual(none, { samples: 0, p50: null, p95: null, max: null, note: 'server declares no hoverProvider' }, 'empty');
});
