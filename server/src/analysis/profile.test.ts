import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyze } from './analyze';
import { csvField, profileArticle, profileCollection, profileToCsv, speakersToCsv, type SourcingProfile } from './profile';
import type { Quote, QuoteKind, SpeakerKind } from './types';

/** A quote with only what the profile reads filled in meaningfully. */
function quote(speaker: [string, SpeakerKind] | null, opts: { kind?: QuoteKind; via?: string } = {}): Quote {
  const mention = { start: 0, end: 1, text: 'x' };
  return {
    id: 'q',
    start: 0,
    end: 1,
    contentStart: 0,
    contentEnd: 1,
    text: 'x',
    open: '"',
    close: '"',
    unclosed: false,
    kind: opts.kind ?? 'quote',
    speaker: speaker && { name: speaker[0], kind: speaker[1], entityId: null, role: null, mention },
    cue: null,
    stance: null,
    via: opts.via ? { name: opts.via, mention, cue: 'according to' } : null,
    rule: speaker ? 'speaker-verb' : null,
    confidence: speaker ? 0.9 : 0,
    origin: 'auto',
  };
}

type Counts = Pick<
  SourcingProfile,
  'quotes' | 'scare' | 'attributed' | 'unattributed' | 'named' | 'unnamed' | 'people' | 'organizations' | 'viaChannel' | 'namedSpeakers'
>;

function counts(p: SourcingProfile): Counts {
  const { quotes, scare, attributed, unattributed, named, unnamed, people, organizations, viaChannel, namedSpeakers } = p;
  return { quotes, scare, attributed, unattributed, named, unnamed, people, organizations, viaChannel, namedSpeakers };
}

const zero: Counts = { quotes: 0, scare: 0, attributed: 0, unattributed: 0, named: 0, unnamed: 0, people: 0, organizations: 0, viaChannel: 0, namedSpeakers: 0 };

test('profileArticle counts sources by kind', () => {
  const rows: [string, Quote[], Counts][] = [
    ['no quotes', [], zero],
    [
      'people, an organisation, an unnamed source',
      [quote(['Ann Lee', 'person']), quote(['Ann Lee', 'person']), quote(['Kremlin', 'organization']), quote(['a senior official', 'unnamed'])],
      { ...zero, quotes: 4, attributed: 4, named: 3, unnamed: 1, people: 2, organizations: 1, namedSpeakers: 2 },
    ],
    [
      'scare quotes are counted apart, not as unattributed',
      [quote(null, { kind: 'scare' }), quote(null), quote(['Ann Lee', 'person'])],
      { ...zero, quotes: 3, scare: 1, attributed: 1, unattributed: 1, named: 1, people: 1, namedSpeakers: 1 },
    ],
    [
      'quotes through a channel, attributed or not',
      [quote(['Ann Lee', 'person'], { via: 'Reuters' }), quote(null, { via: 'AP' })],
      { ...zero, quotes: 2, attributed: 1, unattributed: 1, named: 1, people: 1, viaChannel: 2, namedSpeakers: 1 },
    ],
  ];
  for (const [tag, quotes, expected] of rows) assert.deepEqual(counts(profileArticle({ uri: 'a', result: { quotes } })), expected, tag);
});

test('speakers and channels: counts, shares, order', () => {
  const p = profileArticle({
    uri: 'a',
    result: {
      quotes: [
        quote(['Ann Lee', 'person'], { via: 'Reuters' }),
        quote(['Ann Lee', 'person']),
        quote(['Ann Lee', 'person'], { via: 'reuters' }),
        quote(['Kremlin', 'organization'], { via: 'TASS' }),
        quote(null),
      ],
    },
  });
  const rows: [string, unknown, unknown][] = [
    ['speakers most quoted first', p.speakers.map((s) => [s.name, s.kind, s.quotes]), [['Ann Lee', 'person', 3], ['Kremlin', 'organization', 1]]],
    ['share of attributed quotes', p.speakers.map((s) => s.share), [0.75, 0.25]],
    ['channels, case folded', p.channels.map((c) => [c.name, c.quotes]), [['Reuters', 2], ['TASS', 1]]],
  ];
  for (const [tag, actual, expected] of rows) assert.deepEqual(actual, expected, tag);
});

test('profileCollection merges speakers across articles', () => {
  const c = profileCollection([
    { uri: 'a', result: { quotes: [quote(['Ann Lee', 'person']), quote(['a spokesman', 'unnamed'])] } },
    { uri: 'b', result: { quotes: [quote(['Ann  Lee', 'person']), quote(['Bob Roy', 'person']), quote(['A spokesman', 'unnamed'])] } },
    { uri: 'c', result: { quotes: [] } },
  ]);
  const rows: [string, unknown, unknown][] = [
    ['articles counted', [c.total.articles, c.articles.length], [3, 3]],
    ['per-article order kept', c.articles.map((a) => a.uri), ['a', 'b', 'c']],
    ['same speaker in two articles', c.total.speakers.map((s) => [s.name, s.kind, s.quotes, s.articles]), [
      ['a spokesman', 'unnamed', 2, 2],
      ['Ann Lee', 'person', 2, 2],
      ['Bob Roy', 'person', 1, 1],
    ]],
    ['named speakers exclude unnamed ones', c.total.namedSpeakers, 2],
    ['empty article', counts(c.articles[2]), zero],
  ];
  for (const [tag, actual, expected] of rows) assert.deepEqual(actual, expected, tag);
});

test('csvField quotes per RFC 4180 and defuses formulas', () => {
  const rows: [string, string | number | null, string][] = [
    ['plain', 'Ann Lee', 'Ann Lee'],
    ['comma', 'Lee, Ann', '"Lee, Ann"'],
    ['inner quotes', 'the "best"', '"the ""best"""'],
    ['line break', 'one\ntwo', '"one\ntwo"'],
    ['formula =', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['formula +', '+1', "'+1"],
    ['formula -', '-2+3', "'-2+3"],
    ['formula @', '@SUM(A1)', "'@SUM(A1)"],
    ['leading tab', '\tx', "'\tx"],
    ['integer', 3, '3'],
    ['fraction', 0.75, '0.75'],
    ['long fraction', 1 / 3, '0.3333'],
    ['null', null, ''],
  ];
  for (const [tag, input, expected] of rows) assert.equal(csvField(input), expected, tag);
});

test('profile CSVs parse back', () => {
  const c = profileCollection([
    { uri: 'dir/a, "odd".txt', result: { quotes: [quote(['=cmd', 'person']), quote(['Ann Lee', 'person'])] } },
    { uri: 'b.txt', result: { quotes: [] } },
  ]);
  const articles = parse(profileToCsv(c), { columns: true }) as Record<string, string>[];
  const speakers = parse(speakersToCsv(c), { columns: true }) as Record<string, string>[];
  const rows: [string, unknown, unknown][] = [
    ['article rows and total', articles.map((r) => r.article), ['dir/a, "odd".txt', 'b.txt', 'TOTAL']],
    ['counts', articles.map((r) => r.attributed), ['2', '0', '2']],
    ['empty top speaker', articles[1].top_speaker, ''],
    ['top speaker share', articles[2].top_speaker_share, '0.5'],
    ['speaker names defused', speakers.map((r) => r.speaker).sort(), ["'=cmd", 'Ann Lee']],
    ['CRLF line ends', profileToCsv(c).split('\r\n').length, 5],
  ];
  for (const [tag, actual, expected] of rows) assert.deepEqual(actual, expected, tag);
});

test('sample articles: every quote is counted once', () => {
  const dir = join(__dirname, '../../../test/fixtures/articles');
  const inputs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ uri: f, result: analyze(readFileSync(join(dir, f), 'utf8')) }));
  const c = profileCollection(inputs);
  for (const a of [...c.articles, c.total]) {
    const tag = 'uri' in a ? String(a.uri) : 'total';
    assert.equal(a.scare + a.attributed + a.unattributed, a.quotes, `${tag}: scare + attributed + unattributed`);
    assert.equal(a.named + a.unnamed, a.attributed, `${tag}: named + unnamed`);
    assert.equal(a.people + a.organizations, a.named, `${tag}: people + organisations`);
    assert.equal(a.speakers.reduce((n, s) => n + s.quotes, 0), a.attributed, `${tag}: speaker counts`);
  }
  assert.equal(c.total.quotes, inputs.reduce((n, i) => n + i.result.quotes.length, 0), 'total quotes');
  assert.ok(c.total.attributed > 0, 'the samples have attributed quotes');
  const top = c.total.speakers[0];
  assert.ok(top.kind !== 'unnamed' && top.articles >= 2, `top speaker ${top.name} is named and in several articles`);
});
