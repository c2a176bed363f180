import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conllDocument, exportConll, tokenize } from './conll';
import { emojiDoc, plainDoc } from './testDocs';

test('tokenize splits sentences and tokens', () => {
  const rows: [string, string, string[][]][] = [
    ['two sentences', 'He left. She stayed.', [['He', 'left', '.'], ['She', 'stayed', '.']]],
    ['abbreviation-like lower case continues', 'It cost 3.5 m. dollars.', [['It', 'cost', '3.5', 'm', '.', 'dollars', '.']]],
    ['closing quote stays with the sentence', '“We won.” They cheered.', [['“', 'We', 'won', '.', '”'], ['They', 'cheered', '.']]],
    ['paragraph break ends a sentence', 'Title\nBody text', [['Title'], ['Body', 'text']]],
    ['apostrophes and hyphens inside words', "Putin's ex-wife", [["Putin's", 'ex-wife']]],
  ];
  for (const [tag, text, expected] of rows) {
    assert.deepEqual(tokenize(text).map((s) => s.map((t) => t.text)), expected, tag);
  }
});

test('conll tags agree with the entity spans', () => {
  const docs = [emojiDoc(), plainDoc()];
  const [file] = exportConll(docs);
  const blocks = file.content.split('-DOCSTART- O\n\n').slice(1);
  assert.equal(blocks.length, 2, 'one DOCSTART per document');
  docs.forEach((doc, i) => {
    assert.equal(conllDocument(doc), '-DOCSTART- O\n\n' + blocks[i], `doc ${i}: same as per-document output`);
    const tokens = tokenize(doc.text).flat();
    const lines = blocks[i].split('\n').filter((l) => l !== '');
    assert.equal(lines.length, tokens.length, `doc ${i}: one line per token`);
    const mentions = doc.result.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
    lines.forEach((line, k) => {
      const [word, tag] = line.split(' ');
      const tok = tokens[k];
      assert.equal(word, tok.text, `doc ${i} token ${k}: word`);
      const inside = mentions.find((m) => m.start <= tok.start && tok.start < m.end);
      if (!inside) assert.equal(tag, 'O', `doc ${i} ${word}: O outside mentions`);
      else assert.equal(tag, (inside.start === tok.start ? 'B-' : 'I-') + inside.type, `doc ${i} ${word}: IOB2 tag`);
    });
  });
  assert.match(file.content, /^Olena B-PERSON\nKovalenko I-PERSON$/m, 'multi-token name');
});
