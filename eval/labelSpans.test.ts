import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findClose, locateQuote, paragraphAt, type MarkedQuote } from './labelSpans';

test('locateQuote finds the marks around a marked quote', () => {
  const text = [
    '“We are waiting,” Putin said, “and we will wait."',
    'Xi’s answer: ‘Putin’s offer’ stands. «Oui», dit-il.',
    'He said “this never closes',
    'Words without marks: and Emergency. Then "and Emergency" again.',
    'Kane said, "It felt good.',
    'We could have scored." He left.',
  ].join('\n');
  const rows: [string, MarkedQuote, string][] = [
    ['curly pair', { begins: 'We are waiting' }, '“We are waiting,”'],
    ['curly open, straight close', { begins: 'and we will' }, '“and we will wait."'],
    ['single marks skip apostrophes', { begins: 'Putin’s offer' }, '‘Putin’s offer’'],
    ['guillemets', { begins: 'Oui' }, '«Oui»'],
    ['unclosed runs to the end of the paragraph', { begins: 'this never' }, '“this never closes'],
    ['first occurrence without a mark is skipped', { begins: 'and Emergency' }, '"and Emergency"'],
    ['explicit end', { begins: 'We are', ends: 'waiting,' }, '“We are waiting,”'],
    ['continuation paragraph without a re-opening mark', { begins: 'We could', continues: true }, 'We could have scored."'],
  ];
  for (const [tag, q, expected] of rows) {
    const s = locateQuote(text, q);
    assert.equal(text.slice(s.start, s.end), expected, tag);
  }
  assert.throws(() => locateQuote(text, { begins: 'Putin said' }), /no quote beginning/, 'words not inside marks');
});

test('findClose and paragraphAt', () => {
  const text = 'a "b" c\n"d';
  assert.equal(findClose(text, 2, 7), 5, 'closing found');
  assert.equal(findClose(text, 8, text.length), null, 'never closed');
  assert.deepEqual(paragraphAt(text, 3), { start: 0, end: 7 }, 'first line');
  assert.deepEqual(paragraphAt(text, 9), { start: 8, end: 10 }, 'last line');
});
