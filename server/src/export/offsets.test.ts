import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OffsetConverter } from './offsets';

test('OffsetConverter converts between UTF-16 and code points', () => {
  const rows: [string, string, [number, number][]][] = [
    ['ascii', 'abc', [[0, 0], [2, 2], [3, 3]]],
    ['emoji first', '😀ab', [[0, 0], [2, 1], [3, 2], [4, 3]]],
    ['flag (two astral)', 'x🇺🇦y', [[1, 1], [3, 2], [5, 3], [6, 4]]],
    ['bmp non-ascii', 'é“x”', [[1, 1], [4, 4]]],
  ];
  for (const [tag, text, pairs] of rows) {
    const c = new OffsetConverter(text);
    assert.equal(c.codePointLength, [...text].length, `${tag}: length`);
    for (const [u, cp] of pairs) {
      assert.equal(c.toCodePoint(u), cp, `${tag}: ${u} -> ${cp}`);
      assert.equal(c.toUtf16(cp), u, `${tag}: ${cp} -> ${u}`);
    }
  }
  const c = new OffsetConverter('😀');
  assert.equal(c.toCodePoint(1), 1, 'offset inside a pair rounds up');
  assert.throws(() => c.toCodePoint(3), /outside the text/, 'past the end');
  assert.throws(() => c.toUtf16(2), /outside the text/, 'code point past the end');
  assert.equal(new OffsetConverter('a😀b').sliceCodePoints(1, 2), '😀', 'slice by code points');
});

test('OffsetConverter agrees with code point iteration on any text (property)', () => {
  fc.assert(
    fc.property(fc.fullUnicodeString({ maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
      const c = new OffsetConverter(text);
      const cps = [...text];
      const n = cps.length;
      const s = n === 0 ? 0 : a % (n + 1);
      const e = n === 0 ? 0 : s + (b % (n - s + 1));
      assert.equal(c.sliceCodePoints(s, e), cps.slice(s, e).join(''), 'slice');
      assert.equal(c.toCodePoint(c.toUtf16(s)), s, 'round trip');
    }),
    { numRuns: 300 },
  );
});
