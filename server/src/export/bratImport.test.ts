import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyAnnotations } from '../annotations/model';
import { bratAnn } from './brat';
import { importBrat } from './bratImport';
import { emojiDoc, plainDoc } from './testDocs';

test('brat export then import gives back the same quotes and entities', () => {
  for (const doc of [emojiDoc(), plainDoc()]) {
    let n = 0;
    const imported = importBrat(bratAnn(doc), doc.text, { now: '2026-01-01T00:00:00.000Z', newId: () => `b${++n}` });
    assert.ok(imported.ok, `${doc.path}: imports`);
    assert.deepEqual(imported.skipped, [], `${doc.path}: nothing skipped`);
    const { result, orphans } = applyAnnotations(doc.text, { quotes: [], entities: [], sources: [] }, imported.annotations);
    assert.deepEqual(orphans, [], `${doc.path}: no orphans`);
    assert.deepEqual(
      result.quotes.map((q) => [q.start, q.end, q.kind, q.speaker?.name ?? null, q.speaker?.kind ?? null, q.note ?? null]),
      doc.result.quotes.map((q) => [q.start, q.end, q.kind, q.speaker?.name ?? null, q.speaker?.kind ?? null, q.note ?? null]),
      `${doc.path}: quotes`,
    );
    assert.deepEqual(
      result.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text), e.note ?? null]),
      doc.result.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text), e.note ?? null]),
      `${doc.path}: entities`,
    );
    assert.ok(result.quotes.every((q) => q.origin === 'manual'), `${doc.path}: imported quotes are manual`);
  }
});

test('brat import: malformed lines are errors with line numbers', () => {
  const text = 'Ann 😀 Lee said "no".';
  const rows: [string, string, RegExp][] = [
    ['garbage line', 'T1\tPERSON 0 3\tAnn\nhello world\n', /^line 2: not a brat standoff line/],
    ['text mismatch', 'T1\tPERSON 0 3\tBob\n', /^line 1: the text of T1 does not match the \.txt/],
    ['utf-16 offsets used by mistake', 'T1\tPERSON 7 10\tLee\n', /^line 1: the text of T1 does not match/],
    ['past the end', 'T1\tPERSON 0 99\tx\n', /^line 1: offset 99 is past the end of the text \(20 code points\)/],
    ['reversed', 'T1\tPERSON 3 0\tAnn\n', /^line 1: fragment 3 0 is empty or reversed/],
    ['duplicate id', 'T1\tPERSON 0 3\tAnn\nT1\tPERSON 0 3\tAnn\n', /^line 2: T1 is defined twice/],
    ['undefined reference', 'T1\tQuote 15 19\t"no"\nR1\tSpeaker Arg1:T1 Arg2:T7\n', /^line 2: refers to T7, which is not defined/],
    ['relation from a non-quote', 'T1\tPERSON 0 3\tAnn\nT2\tPERSON 6 9\tLee\nR1\tSpeaker Arg1:T1 Arg2:T2\n', /^line 3: Arg1 of a Speaker relation must be a Quote/],
  ];
  for (const [tag, ann, expected] of rows) {
    const r = importBrat(ann, text);
    assert.equal(r.ok, false, `${tag}: refused`);
    if (!r.ok) assert.match(r.errors[0], expected, `${tag}: message`);
  }
});

test('brat import: code points become UTF-16; unknown types are reported, counted and skipped', () => {
  const text = 'Ann 😀 Lee said "no" in Paris.';
  const ann = [
    'T1\tPER 0 3\tAnn',
    'T2\tPERSON 6 9\tLee',
    '*\tEquiv T1 T2',
    'T3\tQuote 15 19\t"no"',
    'T4\tSpeakerMention 6 9\tLee',
    'R1\tSpeaker Arg1:T3 Arg2:T4',
    'T5\tGPE 23 28\tParis',
    'T6\tVehicle 0 3\tAnn',
    'E1\tAttack:T6',
    'R2\tLocatedIn Arg1:T2 Arg2:T5',
    'A1\tNegated T3',
    '#1\tAnnotatorNotes T5\tcapital',
    '',
  ].join('\r\n');
  const r = importBrat(ann, text, { now: '2026-01-01T00:00:00.000Z' });
  assert.ok(r.ok, 'imports');
  assert.deepEqual(r.counts, { quotes: 1, entities: 3, speakers: 1, notes: 1, skipped: 4 }, 'counts');
  assert.deepEqual(r.skipped.map((s) => [s.line, s.what]), [[8, 'span type Vehicle'], [9, 'event'], [10, 'relation LocatedIn'], [11, 'attribute Negated']], 'skipped');
  const lee = r.annotations.find((a) => a.target.exact === 'Lee');
  assert.equal(lee?.target.start, 7, 'code point 6 is UTF-16 7 after the emoji');
  assert.ok(lee?.kind === 'entity' && lee.name === 'Ann' && lee.entityType === 'PERSON', 'Equiv gives the entity name; PER alias');
  const quote = r.annotations.find((a) => a.kind === 'quote');
  assert.ok(quote?.kind === 'quote' && quote.speaker?.name === 'Lee' && quote.speaker.mention?.start === 7, 'speaker from relation');
  const paris = r.annotations.find((a) => a.target.exact === 'Paris');
  assert.ok(paris?.kind === 'entity' && paris.entityType === 'PLACE' && paris.note === 'capital', 'GPE is PLACE, note kept');
});

test('brat export then import keeps every span, whatever the characters (property)', () => {
  const char = fc.constantFrom('a', 'B', ' ', '\n', '\t', 'é', '“', '”', '😀', '🇺', '𝔸', '中');
  fc.assert(
    fc.property(fc.array(char, { minLength: 1, maxLength: 80 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), (chars, cuts) => {
      const text = chars.join('');
      // Non-overlapping spans on character boundaries that do not start or end at a line break.
      const bounds = [0];
      for (const ch of chars) bounds.push(bounds[bounds.length - 1] + ch.length);
      const taken: { start: number; end: number }[] = [];
      for (const [x, y] of cuts) {
        const i = x % chars.length;
        const j = i + 1 + (y % (chars.length - i));
        const start = bounds[i];
        const end = bounds[j];
        if (/^[\n]|[\n]$/.test(text.slice(start, end))) continue;
        if (taken.some((t) => t.start < end && start < t.end)) continue;
        taken.push({ start, end });
      }
      taken.sort((p, q) => p.start - q.start);
      const doc = {
        path: 'p.txt',
        text,
        result: {
          quotes: [],
          entities: taken.map((t, k) => ({ id: `e${k + 1}`, type: 'ORG' as const, name: `n${k}`, origin: 'auto' as const, mentions: [{ ...t, text: text.slice(t.start, t.end) }] })),
          sources: [],
        },
      };
      const imported = importBrat(bratAnn(doc), text);
      assert.ok(imported.ok, `imports: ${imported.ok ? '' : imported.errors.join('; ')}`);
      assert.deepEqual(imported.annotations.map((a) => [a.target.start, a.target.end]), taken.map((t) => [t.start, t.end]), 'same spans');
    }),
    { numRuns: 200 },
  );
});
