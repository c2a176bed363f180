import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote, Span, Speaker } from '../server/src/analysis/types';
import {
  classifyFalseEntity,
  normaliseName,
  paragraphPieces,
  scoreEntities,
  scoreQuotes,
  scoreSpeakers,
  trimMarks,
  type EntityContext,
  type GoldEntitySpan,
  type PredictedEntitySpan,
} from './score';

/** A predicted quote over [start, end) of `text` (marks included), with an optional speaker. */
function quote(text: string, start: number, end: number, kind: 'quote' | 'scare' = 'quote', speaker: string | null = null): Quote {
  const sp: Speaker | null = speaker === null ? null : { name: speaker, kind: 'person', entityId: null, role: null, mention: { start: 0, end: 1, text: text[0] } };
  return {
    id: `q${start}`, start, end, contentStart: start + 1, contentEnd: end - 1, text: text.slice(start + 1, end - 1), open: text[start], close: text[end - 1],
    unclosed: false, kind, speaker: sp, cue: null, stance: null, via: null, rule: null, confidence: 0, origin: 'auto',
  };
}

const at = (text: string, needle: string): Span => {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `fixture contains ${needle}`);
  return { start, end: start + needle.length };
};

test('trimMarks strips quotation marks and spaces only', () => {
  const rows: [string, string, string][] = [
    ['curly', '“Hello, world,”', 'Hello, world,'],
    ['straight with spaces', ' " ok . " ', 'ok .'],
    ['single', "‘war’", 'war'],
    ['nothing to trim', 'plain', 'plain'],
  ];
  for (const [tag, text, expected] of rows) {
    const s = trimMarks(text, { start: 0, end: text.length });
    assert.equal(text.slice(s.start, s.end), expected, tag);
  }
});

test('scoreQuotes: overlap, exact, <q> handling', () => {
  const text = '"One two three four," she said. He called it "fake". "Five six seven eight nine ten."';
  const gold = [at(text, '"One two three four,"'), at(text, '"Five six seven eight nine ten."')];
  const qs = [at(text, '"fake"')];
  const rows: [string, Quote[], [number, number, number], [number, number, number], string][] = [
    [
      'all right',
      [quote(text, gold[0].start, gold[0].end), quote(text, qs[0].start, qs[0].end, 'scare'), quote(text, gold[1].start, gold[1].end)],
      [2, 0, 0], [2, 0, 0], '1/0/0',
    ],
    [
      'one boundary off (still >= 50%), scare called a quote',
      [quote(text, gold[0].start, gold[0].end - 7), quote(text, qs[0].start, qs[0].end), quote(text, gold[1].start, gold[1].end)],
      [2, 1, 0], [1, 2, 1], '0/1/0',
    ],
    ['nothing found', [], [0, 0, 2], [0, 0, 2], '0/0/1'],
  ];
  for (const [tag, pred, overlap, exact, q] of rows) {
    const s = scoreQuotes(text, gold, qs, pred);
    assert.deepEqual([s.overlap.tp, s.overlap.fp, s.overlap.fn], overlap, `${tag}: overlap counts`);
    assert.deepEqual([s.exact.tp, s.exact.fp, s.exact.fn], exact, `${tag}: exact counts`);
    assert.equal(`${s.q.asScare}/${s.q.asQuote}/${s.q.missed}`, q, `${tag}: <q> treatment`);
  }
});

const noContext: EntityContext = { sentenceStarts: new Set([0]), isNameWordAt: () => false };

test('scoreEntities: exact vs boundary-tolerant, per type', () => {
  const text = 'Yesterday the United States and Acme Corp met in Paris.';
  const gold: GoldEntitySpan[] = [
    { type: 'PLACE', name: at(text, 'United States') },
    { type: 'ORG', name: at(text, 'Acme Corp') },
    { type: 'PLACE', name: at(text, 'Paris') },
  ];
  const pred: PredictedEntitySpan[] = [
    { type: 'PLACE', ...at(text, 'the United States') }, // tolerant only
    { type: 'ORG', ...at(text, 'Acme Corp') }, // exact
    { type: 'PERSON', ...at(text, 'Paris') }, // wrong type: a miss and a false entity
    { type: 'PERSON', ...at(text, 'Yesterday') }, // false, a sentence-initial ordinary word
    { type: 'DATE', ...at(text, 'Yesterday') }, // an unnamed time mention of the corpus: ignored
    { type: 'DATE', ...at(text, 'met') }, // false
  ];
  const s = scoreEntities(text, gold, pred, noContext, 'doc', [at(text, 'Yesterday')]);
  const rows: [string, 'exact' | 'tolerant', 'PERSON' | 'ORG' | 'PLACE' | 'DATE', [number, number, number]][] = [
    ['place exact misses "the"', 'exact', 'PLACE', [0, 1, 2]],
    ['place tolerant', 'tolerant', 'PLACE', [1, 0, 1]],
    ['org exact', 'exact', 'ORG', [1, 0, 0]],
    ['person false twice', 'tolerant', 'PERSON', [0, 2, 0]],
    ['date: one ignored, one false', 'tolerant', 'DATE', [0, 1, 0]],
  ];
  for (const [tag, mode, type, expected] of rows) {
    const c = s[mode][type];
    assert.deepEqual([c.tp, c.fp, c.fn], expected, tag);
  }
  assert.deepEqual([s.anyType.tp, s.anyType.fp, s.anyType.fn], [3, 2, 0], 'type ignored: Paris is found');
  assert.deepEqual(s.falseEntities, { 'sentence-initial': 1, greeting: 0, furniture: 0 }, 'only "Yesterday" is a sentence-initial false entity');
});

test('classifyFalseEntity sorts the entities the project must never produce', () => {
  const text = 'Hello readers. Image: Reuters. However, it rained. "Nobody came." Smith left.';
  const starts = [0, ...[...text.matchAll(/\. /g)].map((m) => m.index + 2)];
  const ctx: EntityContext = {
    sentenceStarts: new Set(starts),
    isNameWordAt: (o) => o === text.indexOf('Smith'),
  };
  const rows: [string, string, string | null][] = [
    ['greeting', 'Hello', 'greeting'],
    ['furniture', 'Image', 'furniture'],
    ['sentence-initial', 'However', 'sentence-initial'],
    ['sentence-initial after a quotation mark', 'Nobody', 'sentence-initial'],
    ['a proper noun at the start is something else', 'Smith', null],
    ['mid-sentence word', 'readers', null],
  ];
  for (const [tag, word, expected] of rows) assert.equal(classifyFalseEntity(text, at(text, word), ctx), expected, tag);
});

test('normaliseName folds case, spaces, articles, possessives, but not surnames', () => {
  const rows: [string, string, string, boolean][] = [
    ['case and spaces', 'Vladimir  putin', 'vladimir Putin', true],
    ['leading article', 'the Kremlin', 'Kremlin', true],
    ['possessive', 'Putin’s', 'Putin', true],
    ['unnamed as written', 'A Ukrainian military spokesman', 'a Ukrainian military spokesman', true],
    ['surname only is wrong', 'Putin', 'Vladimir Putin', false],
    ['different person', 'Xi Jinping', 'Vladimir Putin', false],
  ];
  for (const [tag, a, b, same] of rows) assert.equal(normaliseName(a) === normaliseName(b), same, tag);
});

test('scoreSpeakers: accuracy on matched quotes, attribution precision, scare quotes given speakers', () => {
  const text = '“We will win,” Putin said. The “special operation” goes on. “Never,” Xi said. “Later,” he said.';
  const g = (needle: string, speaker: string | null) => ({ ...at(text, needle), speaker });
  const gold = [g('“We will win,”', 'Vladimir Putin'), g('“special operation”', null), g('“Never,”', 'Xi Jinping'), g('“Later,”', 'Xi Jinping')];
  const p = (needle: string, speaker: string | null) => {
    const s = at(text, needle);
    return quote(text, s.start, s.end, 'quote', speaker);
  };
  const pred = [p('“We will win,”', 'Vladimir Putin'), p('“special operation”', 'Vladimir Putin'), p('“Never,”', 'Xi')];
  const s = scoreSpeakers(text, gold, pred);
  const rows: [string, number, number][] = [
    ['gold named', s.goldNamed, 3],
    ['gold named and found', s.goldNamedMatched, 2],
    ['correct (surname only is wrong)', s.correct, 1],
    ['gold null', s.goldNull, 1],
    ['scare quote given a speaker', s.goldNullGivenSpeaker, 1],
    ['predictions with a speaker', s.predWithSpeaker, 3],
    ['right predictions', s.predCorrect, 1],
    ['span tp', s.spans.tp, 3],
    ['span fn', s.spans.fn, 1],
    ['exact span tp', s.spansExact.tp, 3],
  ];
  for (const [tag, got, expected] of rows) assert.equal(got, expected, tag);
});

test('paragraphPieces scores a quote over two paragraphs as one piece per paragraph', () => {
  const text = 'She said: “First part.\n“Second part.” Then more.';
  const q = quote(text, text.indexOf('“First'), text.indexOf('” Then') + 1, 'quote', 'Ann Lee');
  const rows: [string, string][] = [
    ['first paragraph', '“First part.'],
    ['second paragraph, re-opening mark included', '“Second part.”'],
  ];
  const pieces = paragraphPieces(text, [q]);
  assert.equal(pieces.length, rows.length, 'piece count');
  rows.forEach(([tag, expected], i) => {
    assert.equal(text.slice(pieces[i].start, pieces[i].end), expected, tag);
    assert.equal(pieces[i].speaker?.name, 'Ann Lee', `${tag}: speaker kept`);
  });
  const s = scoreSpeakers(text, [{ ...at(text, '“First part.'), speaker: 'Ann Lee' }, { ...at(text, '“Second part.”'), speaker: 'Ann Lee' }], [q]);
  assert.equal(s.correct, 2, 'both labelled paragraphs found and attributed');
});
