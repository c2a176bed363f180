import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CONTEXT_LENGTH, approximateFind, makeAnchor, resolveAnchor, shiftAnchor } from './anchor';

const ARTICLE =
  'The minister said the plan was "a disaster". Later the mayor said the plan was "a disaster" too, and left.';

test('makeAnchor keeps exact text and context', () => {
  const rows: [string, string, number, number, { exact: string; prefix: string; suffix: string }][] = [
    ['middle', 'abcdefghij', 3, 5, { exact: 'de', prefix: 'abc', suffix: 'fghij' }],
    ['start of text', 'abcdefghij', 0, 2, { exact: 'ab', prefix: '', suffix: 'cdefghij' }],
    ['end of text', 'abcdefghij', 8, 10, { exact: 'ij', prefix: 'abcdefgh', suffix: '' }],
    ['astral not split (start)', 'x😀y', 2, 4, { exact: '😀y', prefix: 'x', suffix: '' }],
    ['astral not split (end)', 'x😀y', 0, 2, { exact: 'x😀', prefix: '', suffix: 'y' }],
  ];
  for (const [tag, text, start, end, expected] of rows) {
    const a = makeAnchor(text, start, end);
    assert.deepEqual({ exact: a.exact, prefix: a.prefix, suffix: a.suffix }, expected, tag);
    assert.equal(text.slice(a.start, a.end), a.exact, `${tag}: exact at position`);
  }
  const long = 'x'.repeat(100) + 'TARGET' + 'y'.repeat(100);
  const a = makeAnchor(long, 100, 106);
  assert.equal(a.prefix.length, CONTEXT_LENGTH, 'prefix length capped');
  assert.equal(a.suffix.length, CONTEXT_LENGTH, 'suffix length capped');
  assert.throws(() => makeAnchor('abc', 2, 2), /non-empty/, 'empty span refused');
  assert.throws(() => makeAnchor('abc', 1, 9), /non-empty/, 'span past the end refused');
});

test('resolveAnchor follows the text after edits', () => {
  const second = ARTICLE.lastIndexOf('"a disaster"');
  const anchor = makeAnchor(ARTICLE, second, second + '"a disaster"'.length);
  const rows: [string, string, { start: number; match: string } | null][] = [
    ['unchanged', ARTICLE, { start: second, match: 'exact' }],
    ['text inserted before', 'BREAKING: ' + ARTICLE, { start: second + 10, match: 'moved' }],
    // The first occurrence is nearer the old position after this deletion, but the context says the second.
    ['context beats distance', ARTICLE.replace('The minister said the plan was "a disaster". ', 'X. '), {
      start: second - 'The minister said the plan was "a disaster". '.length + 3,
      match: 'moved',
    }],
    ['typo fixed inside', ARTICLE.slice(0, second) + '"a disastre"' + ARTICLE.slice(second + 12), { start: second, match: 'fuzzy' }],
    ['text gone', 'Nothing of it is left here at all, not a word of it.', null],
  ];
  for (const [tag, text, expected] of rows) {
    const found = resolveAnchor(text, anchor);
    if (expected === null) {
      assert.equal(found, null, tag);
      continue;
    }
    assert.ok(found, `${tag}: found`);
    assert.equal(found.start, expected.start, `${tag}: start`);
    assert.equal(found.match, expected.match, `${tag}: match kind`);
  }
});

test('resolveAnchor: duplicates are told apart by context alone', () => {
  const text = 'said Ann: "yes". said Bob: "yes". said Cy: "yes".';
  const bob = text.indexOf('"yes"', text.indexOf('Bob'));
  const anchor = makeAnchor(text, bob, bob + 5);
  const edited = 'Intro. ' + text.replace('said Ann: "yes". ', '');
  const found = resolveAnchor(edited, anchor);
  assert.ok(found, 'found');
  assert.equal(edited.slice(found.start - 5, found.start), 'Bob: ', 'the one after Bob');
});

test('approximateFind finds a near match and its span', () => {
  const rows: [string, string, string, number, { start: number; end: number; errors: number } | null][] = [
    ['one substitution', 'we said the bugdet was fine', 'the budget was', 2, { start: 8, end: 22, errors: 2 }],
    ['one deletion', 'we said the budet was fine', 'the budget was', 2, { start: 8, end: 21, errors: 1 }],
    ['too far', 'completely different words here', 'the budget was', 2, null],
  ];
  for (const [tag, text, pattern, k, expected] of rows) {
    assert.deepEqual(approximateFind(text, 0, text.length, pattern, k), expected, tag);
  }
});

test('shiftAnchor moves spans for live edits', () => {
  const base = { start: 10, end: 20, exact: 'x'.repeat(10), prefix: '', suffix: '' };
  const rows: [string, { start: number; end: number; newLength: number }, [number, number]][] = [
    ['edit after', { start: 25, end: 30, newLength: 0 }, [10, 20]],
    ['insert at end stays outside', { start: 20, end: 20, newLength: 3 }, [10, 20]],
    ['insert before', { start: 0, end: 0, newLength: 4 }, [14, 24]],
    ['insert at start moves it', { start: 10, end: 10, newLength: 2 }, [12, 22]],
    ['delete before', { start: 2, end: 5, newLength: 0 }, [7, 17]],
    ['edit inside grows', { start: 12, end: 13, newLength: 4 }, [10, 23]],
    ['edit over the start', { start: 8, end: 12, newLength: 1 }, [8, 17]],
    ['edit over the end', { start: 18, end: 25, newLength: 0 }, [10, 18]],
    ['whole span replaced', { start: 5, end: 25, newLength: 3 }, [5, 8]],
  ];
  for (const [tag, change, [start, end]] of rows) {
    const a = shiftAnchor(base, change);
    assert.deepEqual([a.start, a.end], [start, end], tag);
    assert.equal(a.exact, base.exact, `${tag}: exact kept`);
  }
});

test('an edit outside the span: shifted anchor resolves exactly, unshifted one is found again (property)', () => {
  const textArb = fc.fullUnicodeString({ minLength: 2, maxLength: 60 });
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat(), fc.fullUnicodeString({ maxLength: 10 }), fc.nat(), fc.boolean(), (text, a, b, inserted, c, before) => {
      const s = a % (text.length - 1);
      const e = s + 1 + (b % (text.length - s));
      const anchor = makeAnchor(text, s, e);
      // An edit entirely before or after the (surrogate-safe) span.
      const lo = before ? 0 : anchor.end;
      const hi = before ? anchor.start : text.length;
      const start = lo + (c % (hi - lo + 1));
      const end = start + (c % (hi - start + 1));
      const edited = text.slice(0, start) + inserted + text.slice(end);
      const change = { start, end, newLength: inserted.length };
      const shifted = shiftAnchor(anchor, change);
      const exact = resolveAnchor(edited, shifted);
      assert.deepEqual(exact, { start: shifted.start, end: shifted.end, match: 'exact' }, 'shifted anchor is exact');
      const found = resolveAnchor(edited, anchor);
      assert.ok(found, 'found without shifting');
      assert.equal(edited.slice(found.start, found.end), anchor.exact, 'same text');
    }),
    { numRuns: 300 },
  );
});
