import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisResult, Quote } from '../analysis/types';
import { csvRow } from '../export/csv';
import { type ArticleSummary, buildSources, profileCsv, shorten, sourcingProfile, summarise, SUMMARY_TEXT_LIMIT } from './sourcesModel';

function quote(id: string, text: string, speaker: [string, 'person' | 'organization' | 'unnamed'] | null, extra: Partial<Quote> = {}): Quote {
  return {
    id, start: 0, end: text.length + 2, contentStart: 1, contentEnd: text.length + 1, text, open: '"', close: '"', unclosed: false, kind: 'quote',
    speaker: speaker ? { name: speaker[0], kind: speaker[1], entityId: null, role: null, mention: { start: 0, end: 0, text: '' } } : null,
    cue: null, stance: null, via: null, rule: speaker ? 'speaker-verb' : null, confidence: speaker ? 1 : 0, origin: 'auto', ...extra,
  };
}

const a: AnalysisResult = {
  quotes: [
    quote('q1', 'We will sign', ['Jane Doe', 'person']),
    quote('q2', 'Nothing is settled', ['jane  doe', 'person']),
    quote('q3', 'The talks failed', ['the Kremlin', 'organization'], { via: { name: 'Reuters', cue: 'according to', mention: { start: 0, end: 7, text: 'Reuters' } } }),
    quote('q4', 'a fair deal', null, { kind: 'scare' }),
    quote('q5', 'It is over', ['a senior official', 'unnamed']),
    quote('q6', 'No comment', null),
  ],
  entities: [],
  sources: [{ name: 'AFP', kind: 'source-line', mentions: [] }],
};
const b: AnalysisResult = { quotes: [quote('q1', 'We will sign today', ['Jane Doe', 'person'])], entities: [], sources: [] };
const summaries: ArticleSummary[] = [summarise('file:///a.txt', a), summarise('file:///b.txt', b)];

test('summarise keeps compact quotes and the channels', () => {
  const long = summarise('u', { quotes: [quote('q1', 'x'.repeat(SUMMARY_TEXT_LIMIT + 50), null)], entities: [], sources: [] });
  const rows: [string, unknown, unknown][] = [
    ['quote count', summaries[0].quotes.length, 6],
    ['via kept', summaries[0].quotes[2].via, 'Reuters'],
    ['channels', summaries[0].channels, [{ name: 'AFP', kind: 'source-line' }]],
    ['long text cut', long.quotes[0].text.length, SUMMARY_TEXT_LIMIT],
  ];
  for (const [tag, got, want] of rows) assert.deepEqual(got, want, tag);
});

test('buildSources groups speakers by kind, merges spellings, leaves scare quotes out, filters', () => {
  const all = buildSources(summaries, 'workspace');
  const rows: [string, unknown, unknown][] = [
    ['people merged across spellings and articles', all.people.map((p) => [p.name, p.count]), [['Jane Doe', 3]]],
    ['organisations', all.organisations.map((p) => [p.name, p.count]), [['the Kremlin', 1]]],
    ['unnamed', all.unnamed.map((p) => p.name), ['a senior official']],
    ['channels: via and source line', all.channels.map((p) => [p.name, p.count]).sort(), [['AFP', 0], ['Reuters', 1]]],
    ['articles', all.articles, 2],
    ['quote refs carry the uri', all.people[0].quotes.map((q) => q.uri), ['file:///a.txt', 'file:///a.txt', 'file:///b.txt']],
    ['filter by name', buildSources(summaries, 'workspace', 'KREMLIN').organisations.length, 1],
    ['filter by name drops others', buildSources(summaries, 'workspace', 'kremlin').people.length, 0],
    ['filter by quote words keeps only those quotes', buildSources(summaries, 'workspace', 'today').people.map((p) => p.count), [1]],
    ['no match', buildSources(summaries, 'workspace', 'zzz').channels.length, 0],
  ];
  for (const [tag, got, want] of rows) assert.deepEqual(got, want, tag);
});

test('sourcingProfile counts named, unnamed, people, organisations, channels', () => {
  const p = sourcingProfile(summaries, 'workspace');
  const rows: [string, number, number][] = [
    ['quotes (scare left out)', p.quotes, 6],
    ['attributed', p.attributed, 5],
    ['named', p.named, 4],
    ['unnamed', p.unnamed, 1],
    ['people', p.people, 3],
    ['organisations', p.organisations, 1],
    ['via channel', p.viaChannel, 1],
    ['scare', p.scare, 1],
    ['top speaker quotes', p.topSpeakers[0].quotes, 3],
  ];
  for (const [tag, got, want] of rows) assert.equal(got, want, tag);
});

test('CSV cells are quoted and defused', () => {
  const rows: [string | number, string][] = [
    ['plain', 'plain'],
    [3, '3'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
  ];
  for (const [input, want] of rows) assert.equal(csvRow([input]), `${want}\r\n`, `cell ${String(input)}`);
  const csv = profileCsv(sourcingProfile(summaries, 'article'));
  assert.match(csv, /^section,name,kind,value\r\n/, 'csv header');
  assert.match(csv, /summary,unnamed sources,,1\r\n/, 'csv metric row');
  assert.match(csv, /speaker,Jane Doe,person,3\r\n/, 'csv speaker row');
});

test('shorten cuts on a word boundary', () => {
  const rows: [string, number, string][] = [
    ['short text', 80, 'short text'],
    ['one two three four five six', 14, 'one two three…'],
    ['abcdefghijklmnop qr', 10, 'abcdefghij…'],
    ['  spaced\n\nout  ', 80, 'spaced out'],
  ];
  for (const [input, max, want] of rows) assert.equal(shorten(input, max), want, `shorten ${input}`);
});
