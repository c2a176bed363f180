import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../analysis/types';
import { decodeTokens, diffTokenData, encodeTokens, legend, packSpans, sortFlatSpans, tokenModifiers, type TokenSpan, tokenSpans, tokenTypes, unpackSpans } from './semanticTokens';
import { makeEntities, makeQuotes, makeResult } from './testDoc';

/** Renders decoded tokens as `line:char type[mods] "text"` for readable comparisons. */
function render(text: string, result: AnalysisResult, range?: { start: number; end: number }): string[] {
  const doc = TextDocument.create('file:///t.txt', 'news-article', 1, text);
  const data = encodeTokens(tokenSpans(result), doc, text, range);
  return decodeTokens(data).map((t) => {
    const offset = doc.offsetAt({ line: t.line, character: t.character });
    const mods = t.modifiers.length ? `[${t.modifiers.join(',')}]` : '';
    return `${t.line}:${t.character} ${t.type}${mods} "${text.slice(offset, offset + t.length)}"`;
  });
}

type Row = [tag: string, text: string, build: (text: string) => AnalysisResult, expected: string[]];

const rows: Row[] = [
  ['empty analysis', 'Nothing here.', () => makeResult([]), []],
  [
    'quote with speaker and cue outside it',
    '“We wait,” Putin said.',
    (t) => makeResult(makeQuotes(t, [{ span: '“We wait,”', speaker: { name: 'Vladimir Putin', mention: 'Putin', entityId: 'e1' }, cue: 'said' }]), makeEntities(t, [{ name: 'Vladimir Putin', type: 'PERSON', mentions: ['Putin'] }])),
    ['0:0 quote[attributed] "“We wait,”"', '0:11 speaker "Putin"', '0:17 cue "said"'],
  ],
  [
    'entity inside a quote splits the quote token',
    'He said “Moscow is far” today.',
    (t) => makeResult(makeQuotes(t, [{ span: '“Moscow is far”' }]), makeEntities(t, [{ name: 'Moscow', type: 'PLACE', mentions: ['Moscow'] }])),
    ['0:8 quote[unattributed] "“"', '0:9 place "Moscow"', '0:15 quote[unattributed] " is far”"'],
  ],
  [
    'entity at the very end of a quote leaves no empty quote piece',
    '"I love Paris" she said',
    (t) => makeResult(makeQuotes(t, [{ span: '"I love Paris"' }]), makeEntities(t, [{ name: 'Paris', type: 'PLACE', mentions: ['Paris"'] }])),
    ['0:0 quote[unattributed] ""I love "', '0:8 place "Paris""'],
  ],
  [
    'speaker beats an entity on the same words; other mentions stay entities',
    'Putin met Xi. “Yes,” Putin said.',
    (t) =>
      makeResult(
        makeQuotes(t, [{ span: '“Yes,”', speaker: { name: 'Vladimir Putin', mention: 'Putin', mentionNth: 1, entityId: 'e1' }, cue: 'said' }]),
        makeEntities(t, [
          { name: 'Vladimir Putin', type: 'PERSON', mentions: [['Putin', 0], ['Putin', 1]] },
          { name: 'Xi Jinping', type: 'PERSON', mentions: ['Xi'] },
        ]),
      ),
    ['0:0 person "Putin"', '0:10 person "Xi"', '0:14 quote[attributed] "“Yes,”"', '0:21 speaker "Putin"', '0:27 cue "said"'],
  ],
  [
    'speaker and cue side by side, the entity under the speaker gives way',
    'according to Reuters, “fine”',
    (t) => makeResult(makeQuotes(t, [{ span: '“fine”', speaker: { name: 'Reuters', mention: 'Reuters', kind: 'organization' }, cue: 'according to' }]), makeEntities(t, [{ name: 'Reuters', type: 'ORG', mentions: ['Reuters'] }])),
    ['0:0 cue "according to"', '0:13 speaker "Reuters"', '0:22 quote[attributed] "“fine”"'],
  ],
  [
    'cue beats an overlapping entity',
    '“fine,” she said Monday.',
    (t) => makeResult(makeQuotes(t, [{ span: '“fine,”', cue: 'said Monday' }]), makeEntities(t, [{ name: 'Monday', type: 'DATE', mentions: ['Monday'] }])),
    ['0:0 quote[unattributed] "“fine,”"', '0:12 cue "said Monday"'],
  ],
  [
    'a quote over two lines is cut at the line end (LF)',
    'A “first part\nsecond part” B',
    (t) => makeResult(makeQuotes(t, [{ span: '“first part\nsecond part”' }])),
    ['0:2 quote[unattributed] "“first part"', '1:0 quote[unattributed] "second part”"'],
  ],
  [
    'CRLF line ends are not part of any token, blank lines give none',
    'x “one\r\n\r\ntwo” y',
    (t) => makeResult(makeQuotes(t, [{ span: '“one\r\n\r\ntwo”' }])),
    ['0:2 quote[unattributed] "“one"', '2:0 quote[unattributed] "two”"'],
  ],
  [
    'modifiers: unclosed, scare, manual',
    'a “open\nthe “war” b “mine” c',
    (t) => makeResult(makeQuotes(t, [{ span: '“open', unclosed: true }, { span: '“war”', scare: true }, { span: '“mine”', manual: true, speaker: { name: 'Ann Lee', mention: 'c' } }])),
    ['0:2 quote[unattributed,unclosed] "“open"', '1:4 quote[unattributed,scare] "“war”"', '1:12 quote[attributed,manual] "“mine”"', '1:19 speaker[manual] "c"'],
  ],
  [
    'manual entity and all entity types',
    'NATO met in Kyiv on Monday with Ann Lee.',
    (t) =>
      makeResult(
        [],
        makeEntities(t, [
          { name: 'NATO', type: 'ORG', mentions: ['NATO'] },
          { name: 'Kyiv', type: 'PLACE', mentions: ['Kyiv'] },
          { name: 'Monday', type: 'DATE', mentions: ['Monday'] },
          { name: 'Ann Lee', type: 'PERSON', mentions: ['Ann Lee'], manual: true },
        ]),
      ),
    ['0:0 organization "NATO"', '0:12 place "Kyiv"', '0:20 date "Monday"', '0:32 person[manual] "Ann Lee"'],
  ],
  [
    'two quotes sharing one speaker mention give one speaker token',
    '“A,” he said, “B.”',
    (t) => makeResult(makeQuotes(t, [{ span: '“A,”', speaker: { name: 'Ann Lee', mention: 'he' }, cue: 'said' }, { span: '“B.”', speaker: { name: 'Ann Lee', mention: 'he' }, cue: 'said', rule: 'continuation' }])),
    ['0:0 quote[attributed] "“A,”"', '0:5 speaker "he"', '0:8 cue "said"', '0:14 quote[attributed] "“B.”"'],
  ],
  [
    'UTF-16: an astral character before a token counts as two code units',
    '😀 “hi” 😀 Kyiv',
    (t) => makeResult(makeQuotes(t, [{ span: '“hi”' }]), makeEntities(t, [{ name: 'Kyiv', type: 'PLACE', mentions: ['Kyiv'] }])),
    ['0:3 quote[unattributed] "“hi”"', '0:11 place "Kyiv"'],
  ],
];

for (const [tag, text, build, expected] of rows) {
  test(`tokens: ${tag}`, () => {
    assert.deepEqual(render(text, build(text)), expected, tag);
  });
}

test('tokens: range keeps only the spans that intersect it', () => {
  const text = 'Kyiv\n“a”\nParis';
  const result = makeResult(makeQuotes(text, [{ span: '“a”' }]), makeEntities(text, [{ name: 'Kyiv', type: 'PLACE', mentions: ['Kyiv'] }, { name: 'Paris', type: 'PLACE', mentions: ['Paris'] }]));
  const rows: [string, { start: number; end: number }, string[]][] = [
    ['middle line only', { start: 5, end: 8 }, ['1:0 quote[unattributed] "“a”"']],
    ['everything', { start: 0, end: text.length }, ['0:0 place "Kyiv"', '1:0 quote[unattributed] "“a”"', '2:0 place "Paris"']],
    ['from inside the first token', { start: 2, end: 6 }, ['0:0 place "Kyiv"', '1:0 quote[unattributed] "“a”"']],
    ['empty range past the end', { start: text.length, end: text.length }, []],
  ];
  for (const [rtag, range, expected] of rows) assert.deepEqual(render(text, result, range), expected, rtag);
});

test('tokens: laid-out spans are sorted and never overlap, on a dense random layout', () => {
  // A deterministic pseudo-random analysis with many overlapping candidates.
  let seed = 42;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const text = 'x'.repeat(2000);
  const quotes = makeQuotes(text, []);
  for (let i = 0; i < 60; i++) {
    const start = i * 33 + rnd(5);
    quotes.push({ ...makeQuotes('“a”', [{ span: '“a”' }])[0], id: `q${i}`, start, end: start + 10 + rnd(20), speaker: null, cue: i % 2 ? { start: start + rnd(40), end: start + 45, text: '' } : null });
  }
  const entities = [{ id: 'e1', type: 'PERSON' as const, name: 'X', origin: 'auto' as const, mentions: Array.from({ length: 150 }, (_, i) => ({ start: i * 13, end: i * 13 + 1 + rnd(12), text: '' })) }];
  const spans = unpackSpans(tokenSpans({ quotes, entities, sources: [] }));
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i - 1].end <= spans[i].start, `overlap at ${i}: ${JSON.stringify(spans[i - 1])} ${JSON.stringify(spans[i])}`);
    assert.ok(spans[i].end > spans[i].start, `empty span at ${i}`);
  }
  assert.ok(spans.length > 100, `dense layout keeps most spans (${spans.length})`);
});

/** Tokens the slow obvious way: every character of a span that is no line break, grouped by line with `positionAt`. */
function referenceTokens(doc: TextDocument, text: string, spans: readonly TokenSpan[]): string[] {
  const out: string[] = [];
  for (const s of spans) {
    let run: { line: number; character: number; length: number } | null = null;
    for (let o = s.start; o < Math.min(s.end, text.length); o++) {
      const c = text.charCodeAt(o);
      if (c === 10 || c === 13) {
        if (run) out.push(`${run.line}:${run.character}+${run.length} ${s.type}/${s.modifiers}`);
        run = null;
        continue;
      }
      if (run) run.length++;
      else run = { ...doc.positionAt(o), length: 1 };
    }
    if (run) out.push(`${run.line}:${run.character}+${run.length} ${s.type}/${s.modifiers}`);
  }
  return out;
}

test('tokens: the line walk agrees with positionAt on mixed line ends, blank lines and spans over lines', () => {
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const pieces = ['a', 'b c', '“', '”', '\n', '\r\n', '\r', '\n\n', '\r\r\n', ' ', 'é', '😀'];
  const rows: [string, number][] = [['short texts', 12], ['medium texts', 80], ['long texts', 400]];
  for (const [tag, length] of rows) {
    for (let trial = 0; trial < 40; trial++) {
      let text = '';
      for (let i = 0; i < length; i++) text += pieces[rnd(pieces.length)];
      const doc = TextDocument.create('file:///w.txt', 'news-article', 1, text);
      const spans: TokenSpan[] = [];
      for (let at = rnd(4); at < text.length; ) {
        const end = Math.min(text.length + 2, at + 1 + rnd(12));
        spans.push({ start: at, end, type: rnd(7), modifiers: rnd(32) });
        at = end + rnd(5);
      }
      const got = decodeTokens(encodeTokens(packSpans(spans), doc, text)).map((t) => `${t.line}:${t.character}+${t.length} ${tokenTypes.indexOf(t.type)}/${t.modifiers.reduce((b, m) => b | (1 << tokenModifiers.indexOf(m)), 0)}`);
      assert.deepEqual(got, referenceTokens(doc, text, spans), `${tag} #${trial}: ${JSON.stringify(text.slice(0, 60))}`);
      const from = rnd(text.length + 1);
      const range = { start: from, end: from + rnd(40) };
      const inRange = spans.filter((s) => s.end > range.start && s.start < range.end);
      const gotRange = decodeTokens(encodeTokens(packSpans(spans), doc, text, range)).map((t) => `${t.line}:${t.character}+${t.length} ${tokenTypes.indexOf(t.type)}/${t.modifiers.reduce((b, m) => b | (1 << tokenModifiers.indexOf(m)), 0)}`);
      assert.deepEqual(gotRange, referenceTokens(doc, text, inRange), `${tag} #${trial} range ${range.start}-${range.end}`);
    }
  }
  const short = TextDocument.create('file:///s.txt', 'news-article', 1, 'ab\ncd');
  const past: TokenSpan[] = [{ start: 3, end: 9, type: 1, modifiers: 0 }, { start: 7, end: 1e9, type: 2, modifiers: 0 }];
  assert.deepEqual(decodeTokens(encodeTokens(packSpans(past), short, 'ab\ncd')).map((t) => `${t.line}:${t.character}+${t.length}`), ['1:0+2'], 'spans past the end: clipped, then nothing');
});

test('tokens: sortFlatSpans orders by start then end, keeps equal spans in their order, as a comparator sort does', () => {
  let seed = 11;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const random = (n: number, spread: number): TokenSpan[] =>
    Array.from({ length: n }, (_, i) => {
      const start = rnd(spread);
      return { start, end: start + 1 + rnd(4), type: i % 7, modifiers: i };
    });
  const ascending = Array.from({ length: 500 }, (_, i) => ({ start: i * 3, end: i * 3 + 2, type: 0, modifiers: i }));
  const rows: [string, TokenSpan[]][] = [
    ['empty', []],
    ['short, unsorted (comparator path)', random(20, 30)],
    ['long, many equal starts and ends (packed path)', random(3000, 400)],
    ['long, sparse', random(5000, 5e6)],
    ['already in order', ascending],
    ['descending', [...ascending].reverse()],
  ];
  for (const [tag, spans] of rows) {
    const want = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    const flat = spans.flatMap((x) => [x.start, x.end, x.type, x.modifiers]);
    assert.deepEqual(unpackSpans(sortFlatSpans(flat)), want, tag);
  }
});

test('tokens: legend lists every type and modifier once', () => {
  assert.deepEqual(legend.tokenTypes, ['quote', 'speaker', 'person', 'organization', 'place', 'date', 'cue'], 'types');
  assert.deepEqual(legend.tokenModifiers, [...tokenModifiers], 'modifiers');
  assert.equal(new Set(tokenTypes).size, tokenTypes.length, 'unique types');
});

test('tokens: delta edits rebuild the new data from the old', () => {
  const rows: [string, number[], number[]][] = [
    ['identical', [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]],
    ['one changed in the middle', [0, 1, 2, 0, 0, 1, 0, 3, 1, 0, 0, 4, 5, 2, 0], [0, 1, 2, 0, 0, 1, 0, 4, 1, 0, 0, 4, 5, 2, 0]],
    ['token appended', [0, 1, 2, 0, 0], [0, 1, 2, 0, 0, 0, 5, 2, 1, 0]],
    ['token removed at the start', [0, 1, 2, 0, 0, 0, 5, 2, 1, 0], [0, 6, 2, 1, 0]],
    ['all gone', [0, 1, 2, 0, 0], []],
    ['from nothing', [], [0, 1, 2, 0, 0]],
  ];
  for (const [tag, before, after] of rows) {
    const edits = diffTokenData(before, after);
    const rebuilt = [...before];
    for (const e of [...edits].reverse()) rebuilt.splice(e.start, e.deleteCount, ...(e.data ?? []));
    assert.deepEqual(rebuilt, after, tag);
    if (tag === 'identical') assert.deepEqual(edits, [], tag);
  }
});
