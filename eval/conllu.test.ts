import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConllu, GumFormatError } from './conllu';
import { gumDir } from './corpus';

// A made-up document: a heading, then a paragraph of two sentences with a range token
// ("don't" = do + n't), SpaceAfter=No, and an empty node (7.1) that is not in the text.
const TINY = [
  '# newdoc id = tiny',
  '# newpar',
  '# newpar_block = head (1 s)',
  '# sent_id = tiny-1',
  '# text = Big news',
  '1\tBig\tbig\tADJ\tJJ\t_\t2\tamod\t_\t_',
  '2\tnews\tnews\tNOUN\tNN\t_\t0\troot\t_\t_',
  '',
  '# newpar',
  '# sent_id = tiny-2',
  '# text = "I don\'t," Ann said.',
  '1\t"\t"\tPUNCT\t``\t_\t4\tpunct\t_\tSpaceAfter=No',
  '2\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
  '3-4\tdon\'t\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
  '3\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  '4\tn\'t\tnot\tPART\tRB\t_\t0\troot\t_\t_',
  '5\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\tSpaceAfter=No',
  '6\t"\t"\tPUNCT\t\'\'\t_\t4\tpunct\t_\t_',
  '7\tAnn\tAnn\tPROPN\tNNP\t_\t8\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1-coref-Ann_Example)',
  '7.1\tsaid\tsay\tVERB\tVBD\t_\t_\t_\t_\tCopyOf=8',
  '8\tsaid\tsay\tVERB\tVBD\t_\t4\tparataxis\t_\tSpaceAfter=No',
  '9\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_',
  '',
  '# sent_id = tiny-3',
  '# text = She left.',
  '1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_',
  '2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No',
  '3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

test('readConllu rebuilds the text: newpar -> newline, sentences joined by a space', () => {
  const doc = readConllu(TINY);
  assert.equal(doc.id, 'tiny', 'doc id');
  assert.equal(doc.text, 'Big news\n"I don\'t," Ann said. She left.', 'rebuilt text');
  assert.deepEqual(
    doc.sentences.map((s) => [s.start, s.end, s.block]),
    [
      [0, 8, 'head (1 s)'],
      [9, 29, null],
      [30, 39, null],
    ],
    'sentence offsets and blocks',
  );
});

test('readConllu gives every word its offsets (range words split, empty nodes skipped)', () => {
  const doc = readConllu(TINY);
  const rows: [string, number, number][] = [
    ['Big', 0, 3],
    ['"', 9, 10],
    ['do', 12, 14],
    ["n't", 14, 17],
    ['Ann', 20, 23],
    ['said', 24, 28],
    ['left', 34, 38],
  ];
  for (const [form, start, end] of rows) {
    const w = doc.words.find((x) => x.form === form && x.start === start);
    assert.ok(w, `word ${form}@${start} exists`);
    assert.equal(w.end, end, `end of ${form}`);
    assert.equal(doc.text.slice(w.start, w.end), form, `text of ${form}`);
  }
  assert.equal(doc.words.filter((w) => w.form === 'said').length, 1, 'the empty node 7.1 is not a word');
  assert.equal(doc.words.find((w) => w.form === 'Ann')?.entityEvents[0]?.kind, 'open', 'entity events parsed');
});

test('readConllu reports a sentence whose tokens do not spell its # text', () => {
  const bad = TINY.replace('# text = She left.', '# text = She left!');
  assert.throws(() => readConllu(bad), GumFormatError, 'mismatch is an error');
});

test('readConllu rejects a token line without 10 columns', () => {
  assert.throws(() => readConllu('# text = x\n1\tx\tx\n'), /10 columns/, 'short line');
});

// Offsets of a few known tokens of the real corpus (skipped when the corpus is not beside the repo).
const dir = gumDir(resolve(__dirname, '..'));
const nasa = join(dir, 'dep', 'GUM_news_nasa.conllu');
test('GUM news: known tokens sit at known offsets', { skip: existsSync(nasa) ? false : `no corpus at ${dir}` }, () => {
  const doc = readConllu(readFileSync(nasa, 'utf8'));
  const rows: [string, number, string][] = [
    ['NASA', 0, 'title starts the text'],
    ['Wednesday', 'NASA celebrates 30th anniversary of first shuttle launch; announces new homes for retired shuttles\n'.length, 'date line after the heading'],
  ];
  for (const [form, start, tag] of rows) {
    assert.equal(doc.text.slice(start, start + form.length), form, tag);
    assert.ok(doc.words.some((w) => w.start === start && w.form === form), `${tag}: word recorded`);
  }
  for (const w of doc.words.slice(0, 400)) assert.equal(doc.text.slice(w.start, w.end), w.form, `word ${w.index} spells its form`);
  assert.equal(doc.sentences.length, (readFileSync(nasa, 'utf8').match(/^# sent_id/gm) ?? []).length, 'one sentence per # sent_id');
});
