import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findParagraphs, lastStartingAtOrBefore, paragraphIndexAt, upperBound } from './structure';

test('upperBound counts the values at most the one asked for', () => {
  const rows: [string, number[], number, number][] = [
    ['empty list', [], 5, 0],
    ['before all', [2, 4, 6], 1, 0],
    ['equal to one counts it', [2, 4, 6], 4, 2],
    ['between two', [2, 4, 6], 5, 2],
    ['after all', [2, 4, 6], 9, 3],
    ['repeated values all count', [1, 3, 3, 3, 7], 3, 4],
  ];
  for (const [tag, list, value, expected] of rows) assert.equal(upperBound(list, value), expected, tag);
});

test('lastStartingAtOrBefore and paragraphIndexAt find the span holding an offset', () => {
  const text = 'First line.\nSecond line.\n\nFourth.';
  const paragraphs = findParagraphs(text);
  const rows: [string, number, number][] = [
    ['start of the text', 0, 0],
    ['inside the first line', 5, 0],
    ['start of the second line', 12, 1],
    ['the last line', text.length - 1, paragraphs.length - 1],
  ];
  for (const [tag, offset, expected] of rows) {
    assert.equal(paragraphIndexAt(paragraphs, offset), expected, `paragraphIndexAt: ${tag}`);
    assert.equal(lastStartingAtOrBefore(paragraphs, offset), expected, `lastStartingAtOrBefore: ${tag}`);
  }
  assert.equal(lastStartingAtOrBefore([{ start: 3, end: 5 }], 1), -1, 'before every span');
});
