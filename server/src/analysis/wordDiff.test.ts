import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  diffRuns,
  escapeMarkdown,
  isSameWords,
  normalizedText,
  normalizedWords,
  renderDiffMarkdown,
  renderDiffPlain,
  wordDiff,
  wordTokens,
} from './wordDiff';

test('normalizedText folds case, punctuation, spacing, accents and apostrophes', () => {
  const rows: [string, string, string][] = [
    ['plain', 'are the best in history', 'are the best in history'],
    ['case and final stop', 'Are the Best in History.', 'are the best in history'],
    ['spacing and newline', '  are  the\nbest ,in history ', 'are the best in history'],
    ['curly apostrophe', 'today’s call', "today's call"],
    ['accents', 'Zelenskyy met Müller in Kyïv', 'zelenskyy met muller in kyiv'],
    ['decomposed accent inside a word', 'a nai\u0308ve plan', 'a naive plan'],
    ['composed accent', 'café au lait', 'cafe au lait'],
    ['hyphen splits', 'S-300 missile', 's 300 missile'],
    ['only punctuation', '… — !', ''],
    ['empty', '', ''],
  ];
  for (const [tag, input, expected] of rows) assert.equal(normalizedText(input), expected, tag);
});

test('wordTokens keeps offsets and display text with trailing punctuation', () => {
  const text = '"We are waiting, Mr. President."';
  const tokens = wordTokens(text);
  const rows: [string, number, string, string][] = [
    ['first word takes the leading mark', 0, 'we', '"We'],
    ['comma stays with its word', 2, 'waiting', 'waiting,'],
    ['abbreviation stop', 3, 'mr', 'Mr.'],
    ['closing mark stays with the last word', 4, 'president', 'President."'],
  ];
  for (const [tag, index, norm, display] of rows) {
    assert.equal(tokens[index].norm, norm, tag);
    assert.equal(tokens[index].display, display, tag);
    assert.equal(text.slice(tokens[index].start, tokens[index].end).toLowerCase(), norm, tag + ' offsets');
  }
  assert.equal(tokens.length, 5, 'word count');
});

test('wordDiff marks same, removed and added words', () => {
  const rows: [string, string, string, string][] = [
    ['identical', 'pass all tests', 'pass all tests', 'pass all tests'],
    ['punctuation and case only', 'Pass all tests.', 'pass all tests', 'pass all tests'],
    [
      'one-word substitution',
      'are the best in history and pass all tests',
      'are the best in history and withstand all tests.',
      'are the best in history and [-pass-] {+withstand+} all tests.',
    ],
    ['word added at end', 'the best in history', 'the best in history ever', 'the best in history {+ever+}'],
    ['word removed at start', 'now is not the time', 'is not the time', '[-now-] is not the time'],
    ['partial inside longer', 'best in history', 'they are the best in history and more', '{+they are the+} best in history {+and more+}'],
    ['nothing in common', 'red blue', 'green', '[-red blue-] {+green+}'],
    ['empty first', '', 'new words', '{+new words+}'],
    ['empty second', 'old words', '', '[-old words-]'],
    ['both empty', '', '', ''],
    ['hyphenated word keeps its parts together', 'an S-300 missile', 'an S-400 missile', 'an S- [-300-] {+400+} missile'],
    ['spaced comma kept', 'on the causes, course', 'on the causes , the course', 'on the causes , {+the+} course'],
    [
      'two separate changes',
      'we are waiting for you next spring',
      'we await you next autumn',
      'we [-are waiting for-] {+await+} you next [-spring-] {+autumn+}',
    ],
  ];
  for (const [tag, a, b, expected] of rows) assert.equal(renderDiffPlain(wordDiff(a, b)), expected, tag);
});

test('wordDiff keeps every word of both texts exactly once', () => {
  const rows: [string, string, string][] = [
    ['reordered', 'armed forces of Russia and China', 'Russian and Chinese armed forces'],
    ['repeats', 'no no no yes', 'yes no yes no'],
  ];
  for (const [tag, a, b] of rows) {
    const d = wordDiff(a, b);
    const fromA = d.filter((t) => t.op !== 'added').map((t) => t.norm);
    const fromB = d.filter((t) => t.op !== 'removed').map((t) => t.norm);
    assert.deepEqual(fromA, normalizedText(a).split(' '), tag + ' a');
    assert.deepEqual(fromB, normalizedText(b).split(' '), tag + ' b');
  }
});

test('isSameWords and diffRuns', () => {
  const rows: [string, string, string, boolean, number][] = [
    ['same words', '"Pass all tests."', 'pass all tests', true, 1],
    ['one change', 'pass all tests', 'withstand all tests', false, 3],
  ];
  for (const [tag, a, b, sameWords, runs] of rows) {
    const d = wordDiff(a, b);
    assert.equal(isSameWords(d), sameWords, tag);
    assert.equal(diffRuns(d).length, runs, tag + ' runs');
  }
});

test('renderDiffMarkdown strikes removed words, bolds added ones and escapes markup', () => {
  const rows: [string, string, string, string][] = [
    ['substitution', 'pass all tests', 'withstand all tests', '~~pass~~ **withstand** all tests'],
    ['markup in words is escaped', 'a *b* c', 'a *b* d', 'a \\*b\\* ~~c~~ **d**'],
    ['stop escaped', 'it is over', 'it is over.', 'it is over\\.'],
  ];
  for (const [tag, a, b, expected] of rows) assert.equal(renderDiffMarkdown(wordDiff(a, b)), expected, tag);
  assert.equal(escapeMarkdown('# [x](y) <b> ~~z~~ `c`'), '\\# \\[x\\]\\(y\\) \\<b\\> \\~\\~z\\~\\~ \\`c\\`', 'escapeMarkdown');
});

test('the ASCII fast paths give the same words as the general path', () => {
  // Appending a non-ASCII word sends a text down the general path; it adds one known word.
  const general = (s: string): string => normalizedText(s + ' é').replace(/ ?e$/, '');
  const rows: [string, string][] = [
    ['apostrophes inside and around words', "'tis the dogs' rock'n'roll, isn't it''s"],
    ['digits and hyphens', 'S-300 in 2022/23 -- 1,000'],
    ['newlines and tabs', 'one\ntwo\tthree  '],
  ];
  for (const [tag, s] of rows) {
    assert.equal(normalizedText(s), general(s), tag);
    assert.equal(normalizedWords(s).join(' '), general(s), tag + ' words');
  }
  fc.assert(
    fc.property(fc.stringOf(fc.constantFrom('a', 'B', '1', "'", ' ', '.', '-', '\n', 'x', 's', '`')), (s) => {
      assert.equal(normalizedText(s), general(s));
      assert.equal(normalizedWords(s).join(' '), general(s));
    }),
    { numRuns: 2000 },
  );
});
