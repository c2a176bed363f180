import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisResult, Entity, Quote } from '../analysis/types';
import {
  type Annotation,
  type AnnotationDraft,
  applyAnnotations,
  createAnnotation,
  reanchorAnnotations,
  removeAnnotation,
  shiftAnnotations,
} from './model';
import { makeAnchor } from './anchor';
import { quoteIn } from '../export/testDocs';

export const TEXT =
  'Mayor Ana Ruiz said on Monday: “We will rebuild the bridge.” ' +
  'Critics called the plan a “fantasy”. ' +
  '“It is too expensive,” said Tom Lee of the Taxpayers Union.';

function span(needle: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not in text`);
  return { start, end: start + needle.length };
}

function quoteAt(needle: string, partial: Partial<Quote> = {}): Quote {
  return quoteIn(TEXT, needle, partial);
}

function entity(id: string, type: Entity['type'], name: string, ...needles: string[]): Entity {
  return { id, type, name, origin: 'auto', mentions: needles.map((n) => ({ ...span(n), text: n })) };
}

/** What the engine might say about TEXT. */
export function autoResult(): AnalysisResult {
  const q1 = quoteAt('“We will rebuild the bridge.”', {
    speaker: { name: 'Ana Ruiz', kind: 'person', entityId: 'e1', role: 'Mayor', mention: { ...span('Ana Ruiz'), text: 'Ana Ruiz' } },
    rule: 'colon',
    confidence: 0.9,
    cue: { ...span('said'), text: 'said' },
  });
  const q2 = quoteAt('“fantasy”', { kind: 'scare' });
  const q3 = quoteAt('“It is too expensive,”', {
    speaker: { name: 'Tom Lee', kind: 'person', entityId: 'e3', role: null, mention: { ...span('Tom Lee'), text: 'Tom Lee' } },
    rule: 'verb-speaker',
    confidence: 0.8,
  });
  return {
    quotes: [q1, q2, q3].map((q, i) => ({ ...q, id: `q${i + 1}` })),
    entities: [
      entity('e1', 'PERSON', 'Ana Ruiz', 'Ana Ruiz'),
      entity('e2', 'DATE', 'Monday', 'Monday'),
      entity('e3', 'PERSON', 'Tom Lee', 'Tom Lee'),
      entity('e4', 'ORG', 'Taxpayers', 'Taxpayers'),
    ],
    sources: [],
  };
}

let counter = 0;
function make(needle: string, draft: AnnotationDraft, time = '2026-01-01T00:00:00.000Z'): Annotation {
  counter += 1;
  return createAnnotation(TEXT, span(needle), draft, { now: time, id: `a${counter}` });
}

test('applyAnnotations: each kind changes the analysis as it should', () => {
  type Check = (r: AnalysisResult) => void;
  const rows: [string, Annotation[], Check][] = [
    ['no annotations leave the analysis as it is', [], (r) => assert.deepEqual(r, autoResult(), 'unchanged')],
    ['reject quote hides it', [make('“fantasy”', { kind: 'reject', on: 'quote' })], (r) => {
      assert.equal(r.quotes.length, 2, 'two quotes left');
      assert.ok(!r.quotes.some((q) => q.text === 'fantasy'), 'fantasy gone');
      assert.deepEqual(r.quotes.map((q) => q.id), ['q1', 'q2'], 'ids renumbered');
    }],
    ['reject by content span works too', [make('fantasy', { kind: 'reject', on: 'quote' })], (r) => {
      assert.ok(!r.quotes.some((q) => q.text === 'fantasy'), 'fantasy gone');
    }],
    ['reject entity mention drops the empty entity and renumbers', [make('Monday', { kind: 'reject', on: 'entity' })], (r) => {
      assert.deepEqual(r.entities.map((e) => [e.id, e.name]), [['e1', 'Ana Ruiz'], ['e2', 'Tom Lee'], ['e3', 'Taxpayers']], 'entities');
      assert.equal(r.quotes[2].speaker?.entityId, 'e2', 'speaker entity id follows the renumbering');
    }],
    ['manual quote wins over overlapping auto quote', [
      make('Critics called the plan a “fantasy”', { kind: 'quote', speaker: { name: 'Critics', kind: 'unnamed' }, note: 'paraphrase?' }),
    ], (r) => {
      const q = r.quotes.find((x) => x.origin === 'manual');
      assert.ok(q, 'manual quote present');
      assert.equal(q.open, '', 'no opening mark');
      assert.equal(q.text, 'Critics called the plan a “fantasy”', 'text is the whole span');
      assert.equal(q.speaker?.name, 'Critics', 'speaker');
      assert.equal(q.speaker?.mention.text, '', 'speaker name only inside the quote: empty mention');
      assert.equal(q.rule, 'manual', 'rule');
      assert.equal(q.note, 'paraphrase?', 'note');
      assert.ok(!r.quotes.some((x) => x.text === 'fantasy'), 'overlapped auto quote gone');
      assert.equal(r.quotes.length, 3, 'others stay');
    }],
    ['manual quote with marks gets content without marks', [make('“We will rebuild the bridge.”', { kind: 'quote', quoteKind: 'quote' })], (r) => {
      const q = r.quotes[0];
      assert.equal(q.origin, 'manual', 'origin');
      assert.equal(q.text, 'We will rebuild the bridge.', 'content');
      assert.equal([q.open, q.close].join(''), '“”', 'marks');
      assert.equal(q.speaker, null, 'manual quote without speaker has none');
    }],
    ['set speaker finds the name near the quote', [
      make('“It is too expensive,”', { kind: 'speaker', speaker: { name: 'Taxpayers Union', kind: 'organization' } }),
    ], (r) => {
      const q = r.quotes[2];
      assert.equal(q.speaker?.name, 'Taxpayers Union', 'name');
      assert.equal(q.speaker?.mention.text, 'Taxpayers Union', 'mention found after the quote');
      assert.equal(q.origin, 'manual', 'overridden quote is manual');
      assert.equal(q.confidence, 1, 'confidence');
    }],
    ['a speaker name is matched as a whole word only', [
      make('“fantasy”', { kind: 'speaker', speaker: { name: 'Tom', kind: 'person' } }),
      make('“We will rebuild the bridge.”', { kind: 'speaker', speaker: { name: 'Tax', kind: 'person' } }),
    ], (r) => {
      assert.equal(r.quotes[1].speaker?.mention.text, 'Tom', 'Tom found');
      assert.equal(r.quotes[0].speaker?.mention.text, '', 'Tax is not found inside Taxpayers');
    }],
    ['set speaker null clears it', [make('“It is too expensive,”', { kind: 'speaker', speaker: null })], (r) => {
      assert.equal(r.quotes[2].speaker, null, 'cleared');
      assert.equal(r.quotes[2].rule, null, 'rule cleared');
    }],
    ['class override', [make('“fantasy”', { kind: 'class', quoteKind: 'quote' })], (r) => {
      const q = r.quotes[1];
      assert.equal(q.kind, 'quote', 'kind');
      assert.equal(q.origin, 'manual', 'origin');
    }],
    ['accept marks the auto item manual', [make('Monday', { kind: 'accept', on: 'entity', entityType: 'DATE', name: 'Monday' })], (r) => {
      assert.equal(r.entities.find((e) => e.name === 'Monday')?.origin, 'manual', 'accepted');
    }],
    ['accept keeps the speaker accepted when the engine changes its mind', [
      make('“It is too expensive,”', { kind: 'accept', on: 'quote', quoteKind: 'quote', speaker: { name: 'Taxpayers Union', kind: 'organization' } }),
    ], (r) => {
      assert.equal(r.quotes[2].speaker?.name, 'Taxpayers Union', 'accepted speaker wins');
      assert.equal(r.quotes[2].origin, 'manual', 'origin');
    }],
    ['accept of what the engine still says changes nothing but origin', [
      make('“It is too expensive,”', { kind: 'accept', on: 'quote', quoteKind: 'quote', speaker: { name: 'Tom Lee', kind: 'person' } }),
    ], (r) => {
      assert.deepEqual({ ...r.quotes[2], origin: 'auto' }, { ...autoResult().quotes[2], id: 'q3' }, 'engine speaker with its role and mention kept');
    }],
    ['manual entity joins the entity with that name', [make('Ruiz', { kind: 'entity', entityType: 'PERSON', name: 'Ana Ruiz' })], (r) => {
      const e = r.entities.find((x) => x.name === 'Ana Ruiz');
      assert.deepEqual(e?.mentions.map((m) => m.text), ['Ruiz'], 'overlapping auto mention replaced');
      assert.equal(e?.origin, 'manual', 'origin');
    }],
    ['manual entity of a new name is a new entity', [make('Taxpayers Union', { kind: 'entity', entityType: 'ORG', note: 'lobby group' })], (r) => {
      const e = r.entities.find((x) => x.name === 'Taxpayers Union');
      assert.ok(e, 'new entity');
      assert.equal(e.note, 'lobby group', 'note');
      assert.ok(!r.entities.some((x) => x.name === 'Taxpayers'), 'overlapped auto entity gone');
    }],
    ['notes on an auto quote and entity', [
      make('“We will rebuild the bridge.”', { kind: 'note', on: 'quote', note: 'check budget' }),
      make('Tom Lee', { kind: 'note', on: 'entity', note: 'economist' }),
    ], (r) => {
      assert.equal(r.quotes[0].note, 'check budget', 'quote note');
      assert.equal(r.entities.find((e) => e.name === 'Tom Lee')?.note, 'economist', 'entity note');
    }],
    ['removed annotations have no effect', [removeAnnotation(make('“fantasy”', { kind: 'reject', on: 'quote' }), '2026-01-02T00:00:00.000Z')], (r) => {
      assert.equal(r.quotes.length, 3, 'still three quotes');
    }],
  ];
  for (const [tag, annotations, check] of rows) {
    const auto = autoResult();
    const { result, orphans } = applyAnnotations(TEXT, auto, { annotations });
    assert.deepEqual(orphans, [], `${tag}: no orphans`);
    assert.deepEqual(auto, autoResult(), `${tag}: input not mutated`);
    check(result);
    for (const q of result.quotes) assert.equal(TEXT.slice(q.start, q.end).includes(q.text.split('\n')[0]), true, `${tag}: quote text inside span`);
  }
});

test('applyAnnotations: a manual quote over two paragraphs drops the re-opening mark', () => {
  const text = 'He said: “First part,\n\n“second part.” Then left.';
  const start = text.indexOf('“');
  const end = text.indexOf('”') + 1;
  const a = createAnnotation(text, { start, end }, { kind: 'quote' }, { id: 'm1', now: '2026-01-01T00:00:00.000Z' });
  const [q] = applyAnnotations(text, { quotes: [], entities: [], sources: [] }, [a]).result.quotes;
  assert.equal(q.text, 'First part,\nsecond part.', 'joined content');
  assert.deepEqual([q.open, q.close, q.unclosed], ['“', '”', false], 'marks');
});

test('applyAnnotations: orphans are listed, never dropped', () => {
  const rejectFantasy = make('“fantasy”', { kind: 'reject', on: 'quote' });
  const manual = make('Tom Lee of the Taxpayers Union', { kind: 'quote' });
  const speakerOnFantasy = make('“fantasy”', { kind: 'speaker', speaker: { name: 'X', kind: 'person' } }, '2026-01-03T00:00:00.000Z');
  const edited = TEXT.replace('Tom Lee of the Taxpayers Union', 'a spokesman');
  const rows: [string, string, Annotation[], string[]][] = [
    ['text gone', edited, [manual], ['text-not-found']],
    ['target gone after a reject', TEXT, [rejectFantasy, speakerOnFantasy], ['target-not-found']],
  ];
  for (const [tag, text, annotations, reasons] of rows) {
    const applied = applyAnnotations(text, { quotes: [], entities: [], sources: [] }, annotations);
    assert.deepEqual(applied.orphanReasons.map((o) => o.reason), reasons, `${tag}: reasons`);
    assert.equal(applied.orphans.length, reasons.length, `${tag}: orphans`);
  }
});

test('applyAnnotations: accepted items survive when the engine stops finding them', () => {
  const annotations = [
    make('“fantasy”', { kind: 'accept', on: 'quote', quoteKind: 'scare' }),
    make('Monday', { kind: 'accept', on: 'entity', entityType: 'DATE', name: 'Monday' }),
  ];
  const { result, orphans } = applyAnnotations(TEXT, { quotes: [], entities: [], sources: [] }, annotations);
  assert.deepEqual(orphans, [], 'no orphans');
  assert.deepEqual(result.quotes.map((q) => [q.text, q.kind, q.origin]), [['fantasy', 'scare', 'manual']], 'quote re-created');
  assert.deepEqual(result.entities.map((e) => [e.id, e.name, e.type, e.origin]), [['e1', 'Monday', 'DATE', 'manual']], 'entity re-created');
});

test('applyAnnotations: annotations follow the text after an outside edit', () => {
  const annotation = make('“fantasy”', { kind: 'class', quoteKind: 'quote' });
  const edited = 'UPDATED. ' + TEXT;
  const auto = autoResult();
  for (const q of auto.quotes) Object.assign(q, { start: q.start + 9, end: q.end + 9, contentStart: q.contentStart + 9, contentEnd: q.contentEnd + 9 });
  const { result, orphans, placed } = applyAnnotations(edited, auto, [annotation]);
  assert.deepEqual(orphans, [], 'no orphans');
  assert.equal(placed.get(annotation.id)?.match, 'moved', 'found moved');
  assert.equal(result.quotes[1].kind, 'quote', 'override applied at the new place');
});

test('shiftAnnotations and reanchorAnnotations keep anchors in step with edits', () => {
  const a = make('Tom Lee of the Taxpayers Union', { kind: 'speaker', speaker: { name: 'Tom Lee', kind: 'person', mention: makeAnchor(TEXT, span('Tom Lee').start, span('Tom Lee').end) } });
  const [shifted] = shiftAnnotations([a], { start: 0, end: 5, newLength: 0 });
  assert.equal(shifted.target.start, a.target.start - 5, 'target shifted');
  assert.equal(shifted.kind === 'speaker' && shifted.speaker?.mention?.start, span('Tom Lee').start - 5, 'speaker mention shifted');
  const edited = TEXT.replace('Tom Lee', 'Tom Leigh');
  const [re] = reanchorAnnotations(edited, [a]);
  assert.equal(re.target.exact, 'Tom Leigh of the Taxpayers Union', 'fuzzy match adopted');
  assert.equal(re.modified, a.modified, 'modified untouched');
  const [same] = reanchorAnnotations(TEXT, [a]);
  assert.equal(same, a, 'unchanged annotation is the same object');
});
