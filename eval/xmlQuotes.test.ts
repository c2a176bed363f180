import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConllu } from './conllu';
import { readGoldQuotes, readXmlQuoteRanges, splitAtMarks } from './xmlQuotes';

/**
 * A CoNLL-U sentence from plain tokens ("word", or "word|" for SpaceAfter=No); "``" and "''"
 * stand for an opening and a closing straight double quote, tagged as GUM tags them.
 */
function sentence(id: number, tokens: string[], newpar = false): string {
  const forms = tokens.map((t) => t.replace(/\|$/, '').replace(/^(``|'')$/, '"'));
  const xpos = tokens.map((t) => /^(``|'')/.exec(t)?.[1] ?? 'X');
  let text = '';
  tokens.forEach((t, i) => {
    text += forms[i];
    if (!t.endsWith('|') && i < tokens.length - 1) text += ' ';
  });
  const lines = [...(newpar ? ['# newpar'] : []), `# sent_id = d-${id}`, `# text = ${text}`];
  forms.forEach((f, i) => lines.push(`${i + 1}\t${f}\t${f}\tX\t${xpos[i]}\t_\t0\troot\t_\t${tokens[i].endsWith('|') ? 'SpaceAfter=No' : '_'}`));
  return lines.join('\n') + '\n\n';
}

// "A," he said, "b. C." / He said "x".
const CONLLU =
  sentence(1, ['``|', 'A|', ',|', "''", 'he', 'said|', ',', '``|', 'b|', '.'], true) +
  sentence(2, ['C|', '.|', "''"]) +
  sentence(3, ['He', 'said', '``|', 'x|', "''|", '.'], true);
const XML = [
  '<text id="d">', '<p>', '<s>', '<quote>', '"\tX', 'A\tX', ',\tX', '"\tX', '</quote>', 'he\tX', 'said\tX', ',\tX',
  '<quote>', '"\tX', 'b\tX', '.\tX', '</quote>', '</s>', '<s>', '<quote>', 'C\tX', '.\tX', '"\tX', '</quote>', '</s>', '</p>',
  '<p>', '<s>', 'He\tX', 'said\tX', '<q>', '"\tX', 'x\tX', '"\tX', '</q>', '.\tX', '</s>', '</p>', '</text>',
].join('\n');

test('readXmlQuoteRanges gives word ranges for <quote> and <q>', () => {
  const { ranges, forms } = readXmlQuoteRanges(XML);
  assert.deepEqual(
    ranges.map((r) => [r.tag, r.firstWord, r.endWord]),
    [
      ['quote', 0, 4],
      ['quote', 7, 10],
      ['quote', 10, 13],
      ['q', 15, 18],
    ],
    'ranges',
  );
  assert.equal(forms.length, 19, 'token count');
  assert.throws(() => readXmlQuoteRanges('<quote>\na\tX\n'), /never closed/, 'unclosed element');
  assert.throws(() => readXmlQuoteRanges('a\tX\n</q>\n'), /without an opening/, 'stray close');
});

test('readGoldQuotes puts quotes on text offsets and merges a quote GUM split at a sentence end', () => {
  const doc = readConllu(CONLLU, 'd');
  assert.equal(doc.text, '"A," he said, "b. C."\nHe said "x".', 'rebuilt text');
  const { quotes, qs } = readGoldQuotes(XML, doc);
  const rows: [string, string, number][] = [
    ['first quote with its marks', '"A,"', 1],
    ['second quote merged over the sentence break', '"b. C."', 2],
  ];
  assert.equal(quotes.length, rows.length, 'quote count');
  rows.forEach(([tag, text, parts], i) => {
    assert.equal(doc.text.slice(quotes[i].start, quotes[i].end), text, `${tag}: text`);
    assert.equal(quotes[i].parts, parts, `${tag}: parts`);
  });
  assert.deepEqual(qs.map((q) => doc.text.slice(q.start, q.end)), ['"x"'], '<q> spans');
});

test('readGoldQuotes refuses XML that does not align with the CoNLL-U words', () => {
  const doc = readConllu(CONLLU, 'd');
  assert.throws(() => readGoldQuotes(XML.replace('b\tX', 'B\tX'), doc), /differs/, 'different form');
  assert.throws(() => readGoldQuotes(XML.replace('x\tX\n', ''), doc), /tokens/, 'missing token');
});

test('splitAtMarks cuts a block <quote> to its marked stretches', () => {
  // "A," he said. "B. C" (an element around the whole paragraph, attribution included)
  const doc = readConllu(
    sentence(1, ['``|', 'A|', ',|', "''", 'he', 'said|', '.'], true) + sentence(2, ['``|', 'B|', '.'])+ sentence(3, ['C']),
    'b',
  );
  const rows: [string, { firstWord: number; endWord: number }, string[]][] = [
    ['block with attribution', { firstWord: 0, endWord: doc.words.length }, ['"A,"', '"B. C']],
    ['no marks: whole element', { firstWord: 4, endWord: 6 }, ['he said']],
    ['starts inside a quote: runs from the element start to the close', { firstWord: 1, endWord: 5 }, ['A,"']],
  ];
  for (const [tag, range, expected] of rows) {
    const got = splitAtMarks(doc, range).map((r) => doc.text.slice(doc.words[r.firstWord].start, doc.words[r.endWord - 1].end));
    assert.deepEqual(got, expected, tag);
  }
});
