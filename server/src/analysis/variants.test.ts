import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from './analyze';
import type { Quote, QuoteKind } from './types';
import { quoteIn } from '../export/testDocs';
import { compareQuotes, groupVariants, VariantIndex, variantGroupId, type VariantGroup, type VariantMatch } from './variants';

/** A quote object around `text` (offsets are those of a text that is `start` spaces, then the quote). */
function quote(id: string, text: string, kind: QuoteKind = 'quote', start = 0): Quote {
  return quoteIn(' '.repeat(start) + `“${text}”`, `“${text}”`, { id, kind });
}

/** Groups as sorted lists of `uri#quoteId`, sorted, for comparing with expectations. */
function shape(groups: VariantGroup[]): string[][] {
  return groups.map((g) => g.members.map((m) => `${m.uri}#${m.quoteId}`).sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

test('compareQuotes: what counts as the same statement', () => {
  const rows: [string, string, string, VariantMatch | null][] = [
    ['identical', 'are the best in history and pass all tests', 'are the best in history and pass all tests', 'exact'],
    ['case, punctuation and spacing', 'Are the best in history, and pass all tests.', 'are the best  in history and pass all tests', 'exact'],
    ['apostrophe style', 'we don’t want war with anyone at all', "we don't want war with anyone at all", 'exact'],
    ['one-word substitution', 'are the best in history and pass all tests', 'are the best in history and withstand all tests.', 'variant'],
    ['plural and derived forms', 'unprecedented pressures and provocations from the West', 'unprecedented pressure and provocations from the West', 'variant'],
    ['words dropped at the start', 'this is not the time for war', 'now is not the time for war', 'variant'],
    ['partial inside longer', 'the best in history', 'they are the best in history and pass all tests', 'partial'],
    ['partial at the end of a long quote', 'provocations from the West', 'we stand together in the face of unprecedented pressure and provocations from the West', 'partial'],
    [
      'same content words reordered',
      'we aim to strengthen cooperation between the armed forces of Russia and China',
      'we aspire to strengthen cooperation between the Russian and Chinese armed forces',
      'reordered',
    ],
    // Surface similarity cannot tell opposite meanings apart; the word diff shows the change.
    ['one changed word flips the meaning', 'the economy is growing faster than expected this year', 'the economy is shrinking faster than expected this year', 'variant'],
    ['unrelated, shared function words', 'we will not allow anyone to threaten the security of our country', 'we will not allow the price of bread to rise in our country', null],
    ['unrelated, shared topic words', 'the war in Ukraine must end with a just peace for everyone', 'the price of gas went up because of the war in Ukraine this winter', null],
    ['unrelated, same frame', 'it is important that we remain faithful to our values', 'it is important that the talks continue next week in Geneva', null],
    ['scattered words of a long quote', 'the people want peace', 'the minister said people in the region do not want more talk but want real peace now', null],
    ['paraphrase with other words', 'unlimited friendship', 'Friendship without limits', null],
    ['short quotes differ by a plural', 'dear friend', 'dear friends,', null],
    ['short quotes identical', 'questions and concerns', 'Questions and concerns.', 'exact'],
    ['no words at all', '…', '—', null],
  ];
  for (const [tag, a, b, expected] of rows) {
    assert.equal(compareQuotes(a, b).match, expected, `${tag} (a, b)`);
    assert.equal(compareQuotes(b, a).match, expected, `${tag} (b, a)`);
  }
});

test('compareQuotes: scare quotes and short quotes match only exactly', () => {
  const rows: [string, string, string, [QuoteKind, QuoteKind], VariantMatch | null][] = [
    ['identical scare quotes', 'special military operation', 'Special military operation', ['scare', 'scare'], 'exact'],
    ['scare and quote, same words', 'special military operation', 'special military operation', ['scare', 'quote'], 'exact'],
    ['scare quote inside a longer quote', 'are the best in history', 'they are the best in history and pass all tests', ['scare', 'quote'], null],
    ['long near-identical scare quotes', 'a new era of strategic coordination for both sides', 'a new era of strategic cooperation for both sides', ['scare', 'scare'], null],
  ];
  for (const [tag, a, b, kinds, expected] of rows) assert.equal(compareQuotes(a, b, {}, kinds).match, expected, tag);
  assert.equal(compareQuotes('the best in history', 'they are the best in history', { minWords: 5 }).match, null, 'minWords option');
});

test('groupVariants: groups across documents', () => {
  const rows: [string, { uri: string; quotes: Quote[] }[], string[][]][] = [
    [
      'variant, partial and exact copies join one group; unrelated stays out',
      [
        { uri: 'a', quotes: [quote('q1', 'are the best in history and pass all tests'), quote('q2', 'we will rebuild every school in the region')] },
        { uri: 'b', quotes: [quote('q1', 'are the best in history and withstand all tests.')] },
        { uri: 'c', quotes: [quote('q1', 'the best in history'), quote('q2', 'the weather was the best in years')] },
        { uri: 'd', quotes: [quote('q1', 'Are the best in history and pass all tests')] },
      ],
      [['a#q1', 'b#q1', 'c#q1', 'd#q1']],
    ],
    [
      'repeats inside one document are not a cross-article group',
      [
        { uri: 'a', quotes: [quote('q1', 'unlimited friendship'), quote('q2', 'unlimited friendship')] },
        { uri: 'b', quotes: [quote('q1', 'nothing to do with it')] },
      ],
      [],
    ],
    [
      'a chain of variants is one group',
      [
        { uri: 'a', quotes: [quote('q1', 'we will defend our land whatever the cost may be')] },
        { uri: 'b', quotes: [quote('q1', 'we will defend our land whatever it may cost')] },
        { uri: 'c', quotes: [quote('q1', 'we shall defend our land whatever it may cost us')] },
      ],
      [['a#q1', 'b#q1', 'c#q1']],
    ],
    [
      'a word inserted between the only two content words',
      [
        { uri: 'a', quotes: [quote('q1', 'we all want peace now')] },
        { uri: 'b', quotes: [quote('q1', 'we all want lasting peace now')] },
      ],
      [['a#q1', 'b#q1']],
    ],
    [
      'short quotes group only on identical words',
      [
        { uri: 'a', quotes: [quote('q1', 'dear friend')] },
        { uri: 'b', quotes: [quote('q1', 'dear friends')] },
        { uri: 'c', quotes: [quote('q1', 'Dear friend!')] },
      ],
      [['a#q1', 'c#q1']],
    ],
    [
      'scare quotes group only on identical words',
      [
        { uri: 'a', quotes: [quote('q1', 'a new era of strategic coordination', 'scare')] },
        { uri: 'b', quotes: [quote('q1', 'a new era of strategic cooperation', 'scare')] },
        { uri: 'c', quotes: [quote('q1', 'A new era of strategic coordination', 'scare')] },
      ],
      [['a#q1', 'c#q1']],
    ],
    ['no documents', [], []],
    ['quotes without words', [{ uri: 'a', quotes: [quote('q1', '…')] }, { uri: 'b', quotes: [quote('q1', '…')] }], []],
  ];
  for (const [tag, docs, expected] of rows) assert.deepEqual(shape(groupVariants(docs)), expected, tag);
});

test('group ids come from content, not from document order', () => {
  const docs = [
    { uri: 'a', quotes: [quote('q1', 'are the best in history and pass all tests')] },
    { uri: 'b', quotes: [quote('q1', 'are the best in history and withstand all tests')] },
    { uri: 'c', quotes: [quote('q1', 'questions and concerns')] },
    { uri: 'd', quotes: [quote('q1', 'Questions and concerns')] },
  ];
  const forward = groupVariants(docs);
  const backward = groupVariants([...docs].reverse());
  const rows: [string, string[], string[]][] = [
    ['same ids both ways', forward.map((g) => g.id).sort(), backward.map((g) => g.id).sort()],
    ['id format', forward.map((g) => (/^vg-[0-9a-f]{16}$/.test(g.id) ? 'ok' : g.id)), ['ok', 'ok']],
    [
      'id of the first normalised text',
      [variantGroupId(['are the best in history and withstand all tests', 'are the best in history and pass all tests'])],
      forward.filter((g) => g.members.length === 2 && g.members[0].text.startsWith('are')).map((g) => g.id),
    ],
    ['distinct groups, distinct ids', [String(new Set(forward.map((g) => g.id)).size)], ['2']],
  ];
  for (const [tag, actual, expected] of rows) assert.deepEqual(actual, expected, tag);
});

test('VariantIndex: incremental updates and removals', () => {
  const idx = new VariantIndex();
  const A = [quote('q1', 'are the best in history and pass all tests')];
  const B = [quote('q1', 'are the best in history and withstand all tests')];
  const C = [quote('q1', 'Are the best in history and pass all tests.')];
  const steps: [string, () => void, string[][], number][] = [
    ['one document, no group', () => idx.update('a', A), [], 1],
    ['a variant arrives', () => idx.update('b', B), [['a#q1', 'b#q1']], 2],
    ['an exact copy arrives', () => idx.update('c', C), [['a#q1', 'b#q1', 'c#q1']], 3],
    // The first copy of a text is the one indexed; removing it must keep the variant linked.
    ['the indexed copy goes', () => idx.remove('a'), [['b#q1', 'c#q1']], 2],
    ['a document changes to something else', () => idx.update('b', [quote('q1', 'we will rebuild every school in the region')]), [], 2],
    ['and back', () => idx.update('b', B), [['b#q1', 'c#q1']], 2],
    ['removing an unknown document does nothing', () => idx.remove('zzz'), [['b#q1', 'c#q1']], 2],
    ['a document emptied', () => idx.update('c', []), [], 1],
  ];
  for (const [tag, step, expected, size] of steps) {
    step();
    assert.deepEqual(shape(idx.groups()), expected, tag);
    assert.equal(idx.size, size, tag + ' size');
  }
  idx.update('c', C);
  const rows: [string, string, string, string[] | undefined][] = [
    ['grouped quote', 'b', 'q1', ['b#q1', 'c#q1']],
    ['other member', 'c', 'q1', ['b#q1', 'c#q1']],
    ['unknown quote', 'b', 'q9', undefined],
    ['unknown document', 'x', 'q1', undefined],
  ];
  for (const [tag, uri, id, expected] of rows) {
    assert.deepEqual(idx.variantsOf(uri, id)?.members.map((m) => `${m.uri}#${m.quoteId}`), expected, tag);
  }
  assert.deepEqual(idx.uris().sort(), ['b', 'c'], 'uris');
});

test('VariantIndex: many removals compact the pair index and keep groups right', () => {
  const idx = new VariantIndex();
  // Made-up filler quotes, each with its own words, so that removing them leaves many dead postings.
  const filler = (i: number): string => Array.from({ length: 12 }, (_, k) => `w${i}x${k}`).join(' ');
  for (let i = 0; i < 1500; i++) idx.update(`f${i}`, [quote('q1', filler(i))]);
  idx.update('a', [quote('q1', 'are the best in history and pass all tests')]);
  for (let i = 0; i < 1500; i++) idx.remove(`f${i}`);
  idx.update('b', [quote('q1', 'are the best in history and withstand all tests')]);
  assert.deepEqual(shape(idx.groups()), [['a#q1', 'b#q1']], 'group found after compaction');
  assert.equal(idx.size, 2, 'size');
});

const FIXTURES = join(__dirname, '../../../test/fixtures/articles');

test('sample articles: the same statements across outlets group together', () => {
  const docs = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ uri: f.slice(0, 3), quotes: analyze(readFileSync(join(FIXTURES, f), 'utf8')).quotes }));
  const groups = groupVariants(docs);
  const groupOf = (uri: string, words: string): VariantGroup | undefined => {
    const q = docs.find((d) => d.uri === uri)?.quotes.find((x) => x.text.toLowerCase().includes(words));
    return q && groups.find((g) => g.members.some((m) => m.uri === uri && m.quoteId === q.id));
  };
  const together: [string, [string, string], [string, string]][] = [
    ['best in history: pass / withstand', ['000', 'best in history and pass'], ['001', 'best in history and withstand']],
    ['best in history: partial quote', ['000', 'best in history and pass'], ['002', 'the best in history']],
    ['pressure and provocations', ['000', 'unprecedented pressures'], ['002', 'unprecedented pressure']],
    ['not the time for war', ['000', 'now is not the time'], ['001', 'this is not the time']],
    ['waiting for you in Moscow', ['000', 'we are waiting for you'], ['001', 'we await you']],
    ['unlimited friendship, exact', ['000', 'unlimited friendship'], ['004', 'unlimited friendship']],
    ['armed forces, reordered', ['000', 'armed forces of russia'], ['001', 'russian and chinese armed']],
  ];
  for (const [tag, [ua, wa], [ub, wb]] of together) {
    const ga = groupOf(ua, wa);
    assert.ok(ga, `${tag}: ${ua} is grouped`);
    assert.equal(ga, groupOf(ub, wb), `${tag}: same group`);
  }
  const apart: [string, [string, string], [string, string]][] = [
    ['paraphrase', ['001', 'friendship without limits'], ['004', 'unlimited friendship']],
    ['different statements', ['000', 'best in history and pass'], ['000', 'unprecedented pressures']],
  ];
  for (const [tag, [ua, wa], [ub, wb]] of apart) {
    const ga = groupOf(ua, wa);
    assert.ok(!ga || ga !== groupOf(ub, wb), `${tag}: not one group`);
  }
  for (const g of groups) assert.ok(g.documents >= 2, `group ${g.id} spans documents`);
});

test('a quote with hundreds of variants still forms one group when each new one is checked against its closest candidates only', () => {
  const words = ['quickly', 'firmly', 'fully', 'surely', 'clearly', 'openly', 'calmly', 'boldly'];
  const rows: [string, number][] = [
    ['60 variants', 60],
    ['300 variants', 300],
  ];
  for (const [tag, n] of rows) {
    const index = new VariantIndex();
    for (let i = 0; i < n; i++) {
      // one word differs from the next document's wording; all share most word pairs
      const w = words[i % words.length]!;
      const text = `We will rebuild the bridge ${w} and the people of this region will see it open again by ${2030 + (i % 7)}`;
      index.update(`file:///d${i}.txt`, [quote('q1', text)]);
    }
    const groups = index.groups();
    assert.equal(groups.length, 1, `${tag}: one group`);
    assert.equal(groups[0]!.documents, n, `${tag}: every document in it`);
  }
});

test('a variant is still found in a crowded index, through the rare word pairs it shares', () => {
  const rows: [string, number][] = [
    ['100 crowding quotes', 100],
    ['1,500 crowding quotes', 1500],
  ];
  for (const [tag, n] of rows) {
    const index = new VariantIndex();
    // many quotes that share common content pairs with the variants below ("government plan", "next year")
    for (let i = 0; i < n; i++) index.update(`file:///crowd${i}.txt`, [quote('q1', `The government plan for next year will cost ${i} million and help ${i % 50} towns in the region`)]);
    index.update('file:///a.txt', [quote('q1', 'The government plan for next year will rebuild every flooded bridge along the northern coast road')]);
    index.update('file:///b.txt', [quote('q1', 'The government plan for next year would rebuild every flooded bridge on the northern coast road')]);
    const group = index.variantsOf('file:///a.txt', 'q1');
    assert.ok(group, `${tag}: the two bridge quotes form a group`);
    assert.deepEqual(group!.members.map((m) => m.uri).sort(), ['file:///a.txt', 'file:///b.txt'], `${tag}: and only they`);
  }
});
