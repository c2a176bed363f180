import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentSymbols } from './symbols';
import { makeQuotes, makeResult } from './testDoc';

const text = ['“One,” said Ann Lee.', 'The “war” and “nobody”.', 'Acme said: “two”. “Three,” Lee added.'].join('\n');
const doc = TextDocument.create('file:///a.txt', 'news-article', 1, text);
const quotes = makeQuotes(text, [
  { span: '“One,”', speaker: { name: 'Ann Lee', mention: 'Ann Lee', entityId: 'e1', role: 'a doctor' }, cue: 'said' },
  { span: '“war”', scare: true },
  { span: '“nobody”' },
  { span: '“two”', speaker: { name: 'Acme', mention: 'Acme', kind: 'organization', entityId: 'e2' }, cue: 'said', cueNth: 1 },
  { span: '“Three,”', speaker: { name: 'Ann Lee', mention: 'Lee', mentionNth: 1, entityId: 'e1' }, cue: 'added' },
]);
const symbols = documentSymbols(makeResult(quotes), doc);

test('symbols: groups by speaker in order of first quote, then scare, then unattributed', () => {
  const rows: [string, number, string, string, SymbolKind, string[]][] = [
    ['person group', 0, 'Ann Lee', 'a doctor · 2 quotes', SymbolKind.Object, ['“One,”', '“Three,”']],
    ['organisation group', 1, 'Acme', '1 quote', SymbolKind.Module, ['“two”']],
    ['scare group', 2, 'Scare quotes', '1 quote', SymbolKind.Namespace, ['“war”']],
    ['unattributed group', 3, 'Unattributed', '1 quote', SymbolKind.Namespace, ['“nobody”']],
  ];
  assert.equal(symbols.length, rows.length, 'group count');
  for (const [tag, i, name, detail, kind, children] of rows) {
    const s = symbols[i];
    assert.equal(s.name, name, `${tag}: name`);
    assert.equal(s.detail, detail, `${tag}: detail`);
    assert.equal(s.kind, kind, `${tag}: kind`);
    assert.deepEqual(s.children?.map((c) => c.name), children, `${tag}: children`);
  }
});

test('symbols: every range contains its selection range and its children', () => {
  const off = (p: { line: number; character: number }) => doc.offsetAt(p);
  const within = (outer: { start: any; end: any }, inner: { start: any; end: any }) => off(outer.start) <= off(inner.start) && off(inner.end) <= off(outer.end);
  for (const s of symbols) {
    assert.ok(within(s.range, s.selectionRange), `${s.name}: selection inside range`);
    for (const c of s.children ?? []) {
      assert.ok(within(s.range, c.range), `${s.name}: child ${c.name} inside range`);
      assert.ok(within(c.range, c.selectionRange), `${c.name}: selection inside range`);
    }
  }
  assert.equal(text.slice(off(symbols[0].selectionRange.start), off(symbols[0].selectionRange.end)), 'Ann Lee', 'group selects the first speaker mention');
});

test('symbols: no quotes, no symbols', () => {
  assert.deepEqual(documentSymbols(makeResult([]), doc), [], 'empty');
});
