import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analysis/analyze';
import { toJsonExport } from './json';
import type { ExportDocument } from './types';
import { withVariantGroups } from './variantGroups';

const doc = (path: string, text: string): ExportDocument => ({ path, text, result: analyze(text) });

/** [tag, texts of the articles, the quote content that starts each expected pair, same group?]. */
const ROWS: [string, string[], [string, string], boolean][] = [
  [
    'one word changed across two articles',
    [
      '“The relations are the best in history and pass all tests,” Ana Ruiz said on Friday.',
      'Ana Ruiz said the relations “are the best in history and withstand all tests.”',
    ],
    ['The relations', 'are the best'],
    true,
  ],
  [
    'unrelated statements',
    [
      '“The bridge will reopen in spring after the repairs,” Ana Ruiz said.',
      '“Taxes on fuel will fall again next year,” Tom Lee said.',
    ],
    ['The bridge', 'Taxes'],
    false,
  ],
];

test('withVariantGroups: JSON export carries the variant group of each quote', () => {
  for (const [tag, texts, [a, b], same] of ROWS) {
    const docs = withVariantGroups(texts.map((t, i) => doc(`a${i}.txt`, t)));
    const json = toJsonExport(docs) as { documents: { quotes: { text: string; variantGroup: string | null }[] }[] };
    const qa = json.documents[0].quotes.find((q) => q.text.startsWith(a));
    const qb = json.documents[1].quotes.find((q) => q.text.startsWith(b));
    assert.ok(qa && qb, `${tag}: both quotes found`);
    assert.ok('variantGroup' in qa && 'variantGroup' in qb, `${tag}: field present`);
    if (same) {
      assert.ok(qa.variantGroup, `${tag}: grouped`);
      assert.equal(qa.variantGroup, qb.variantGroup, `${tag}: same group`);
    } else {
      assert.equal(qa.variantGroup, null, `${tag}: no group (a)`);
      assert.equal(qb.variantGroup, null, `${tag}: no group (b)`);
    }
  }
});

test('toJsonExport: no variantGroup field unless the groups were computed', () => {
  const json = toJsonExport([doc('a.txt', '“We will rebuild the bridge,” Ana Ruiz said.')]) as { documents: { quotes: object[] }[] };
  assert.ok(!('variantGroup' in json.documents[0].quotes[0]), 'plain export');
});
