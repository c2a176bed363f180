import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConllu } from './conllu';
import { goldEntities } from './goldEntities';

/** Token rows: id, form, upos, xpos, head, deprel, and the MISC entity brackets ('' for none) or a SpaceAfter=No. */
type Row = [number, string, string, string, number, string, string];

/** A CoNLL-U sentence: its comment lines, then one line per row (the lemma repeats the form). */
function conllu(comments: string, rows: readonly Row[]): string {
  const lines = rows.map(([id, form, upos, xpos, head, rel, misc]) => {
    const m = misc === '' ? '_' : misc.startsWith('SpaceAfter') ? misc : `Entity=${misc}`;
    return `${id}\t${form}\t${form}\t${upos}\t${xpos}\t_\t${head}\t${rel}\t_\t${m}`;
  });
  return `${comments}\n${lines.join('\n')}\n\n`;
}

// "U.S. President Donald Trump met the Mexico City mayor in 2011 and he smiled ."
const ROWS: Row[] = [
  [1, 'U.S.', 'PROPN', 'NNP', 2, 'compound', '(1-person-new-sssss-cf1-1-coref(2-place-new-sssss-cf1-1-coref-United_States)'],
  [2, 'President', 'PROPN', 'NNP', 3, 'nmod:desc', ''],
  [3, 'Donald', 'PROPN', 'NNP', 5, 'nsubj', ''],
  [4, 'Trump', 'PROPN', 'NNP', 3, 'flat', '1)'],
  [5, 'met', 'VERB', 'VBD', 0, 'root', ''],
  [6, 'the', 'DET', 'DT', 9, 'det', '(3-person-new-sssss-cf1-1-coref'],
  [7, 'Mexico', 'PROPN', 'NNP', 8, 'compound', '(4-place-new-sssss-cf1-1-coref(5-place-new-sssss-cf1-1-sgl-Mexico)'],
  [8, 'City', 'PROPN', 'NNP', 9, 'compound', '4)'],
  [9, 'mayor', 'NOUN', 'NN', 5, 'obj', '3)'],
  [10, 'in', 'ADP', 'IN', 11, 'case', ''],
  [11, '2011', 'NUM', 'CD', 5, 'obl', '(6-time-new-sssss-cf1-1-sgl)'],
  [12, 'and', 'CCONJ', 'CC', 14, 'cc', ''],
  [13, 'he', 'PRON', 'PRP', 14, 'nsubj', '(1-person-giv:act-sssss-cf1-1-coref-Donald_Trump)'],
  [14, 'smiled', 'VERB', 'VBD', 5, 'conj', 'SpaceAfter=No'],
  [15, '.', 'PUNCT', '.', 5, 'punct', ''],
];
const CONLLU = conllu('# newdoc id = t\n# newpar\n# sent_id = t-1\n# text = U.S. President Donald Trump met the Mexico City mayor in 2011 and he smiled.', ROWS);

test('goldEntities keeps named mentions, with whole span and named core', () => {
  const doc = readConllu(CONLLU);
  const got = goldEntities(doc).map((g) => [g.type, doc.text.slice(g.span.start, g.span.end), doc.text.slice(g.name.start, g.name.end)]);
  const expected: [string, string, string][] = [
    ['PERSON', 'U.S. President Donald Trump', 'Donald Trump'], // title and nested place stay out of the name
    ['PLACE', 'U.S.', 'U.S.'],
    ['PLACE', 'Mexico City', 'Mexico City'], // nested "Mexico" is part of this name: left to the outer one
    ['DATE', '2011', '2011'], // a year
  ];
  assert.deepEqual(got, expected, 'gold set');
  // not kept: "the Mexico City mayor" (its only name words belong to a nested mention),
  // "he" (a pronoun, though it carries the Wikipedia identity of its entity)
  assert.ok(!got.some(([, span]) => span.includes('mayor') || span === 'he'), 'nominal and pronominal mentions are left out');
});

test('goldEntities: a Wikipedia identity names a capitalised common-noun head, never a pronoun', () => {
  const source = [
    '# sent_id = f-1',
    '# text = Facebook said the firm grew and it hired.',
    '1\tFacebook\tFacebook\tNOUN\tNN\t_\t2\tnsubj\t_\tEntity=(1-organization-new-sssss-cf1-1-coref-Facebook%2C_Inc.)',
    '2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_',
    '3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(1-organization-giv-sssss-cf1-1-coref-Facebook%2C_Inc.',
    '4\tfirm\tfirm\tNOUN\tNN\t_\t5\tnsubj\t_\tEntity=1)',
    '5\tgrew\tgrow\tVERB\tVBD\t_\t2\tccomp\t_\t_',
    '6\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_',
    '7\tit\tit\tPRON\tPRP\t_\t8\tnsubj\t_\tEntity=(1-organization-giv-sssss-cf1-1-coref-Facebook%2C_Inc.)',
    '8\thired\thire\tVERB\tVBD\t_\t5\tconj\t_\tSpaceAfter=No',
    '9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
    '',
  ].join('\n');
  const doc = readConllu(source);
  const got = goldEntities(doc).map((g) => [g.type, doc.text.slice(g.name.start, g.name.end), g.identity]);
  assert.deepEqual(got, [['ORG', 'Facebook', 'Facebook,_Inc.']], 'only the named mention');
});

test('goldEntities: person names after a title noun, not modifiers before it', () => {
  // "Team member Rodaba Noori met the Foreign Affairs minister ."
  const rows: Row[] = [
    [1, 'Team', 'NOUN', 'NN', 2, 'compound', '(1-person-new-sssss-cf1-1-coref'],
    [2, 'member', 'NOUN', 'NN', 5, 'nsubj', ''],
    [3, 'Rodaba', 'PROPN', 'NNP', 2, 'flat', ''],
    [4, 'Noori', 'PROPN', 'NNP', 2, 'flat', '1)'],
    [5, 'met', 'VERB', 'VBD', 0, 'root', ''],
    [6, 'the', 'DET', 'DT', 9, 'det', '(2-person-new-sssss-cf1-1-sgl-Some_Minister'],
    [7, 'Foreign', 'ADJ', 'NNP', 8, 'compound', ''],
    [8, 'Affairs', 'PROPN', 'NNPS', 9, 'compound', ''],
    [9, 'minister', 'NOUN', 'NN', 5, 'obj', '2)'],
    [10, '.', 'PUNCT', '.', 5, 'punct', ''],
  ];
  const doc = readConllu(conllu('# sent_id = p-1\n# text = Team member Rodaba Noori met the Foreign Affairs minister .', rows));
  const got = goldEntities(doc).map((g) => [g.type, doc.text.slice(g.name.start, g.name.end)]);
  assert.deepEqual(got, [['PERSON', 'Rodaba Noori']], 'flat siblings after the title noun form the name; a modifier before "minister" is no name');
});
