import { test } from 'node:test';
import assert from 'node:assert/strict';
import { violations } from './contract';
import type { AnalysisResult, Quote, Entity } from '../server/src/analysis/types';

const text = '“We wait,” Putin said in Moscow.';
//            0123456789012345678901234567890

function quote(over: Partial<Quote> = {}): Quote {
  return {
    id: 'q1', start: 0, end: 10, contentStart: 1, contentEnd: 9, text: 'We wait,', open: '“', close: '”', unclosed: false,
    kind: 'quote', speaker: { name: 'Putin', kind: 'person', entityId: 'e1', role: null, mention: { start: 11, end: 16, text: 'Putin' } },
    cue: { start: 17, end: 21, text: 'said' }, stance: 'neutral', via: null, rule: 'speaker-verb', confidence: 0.9, origin: 'auto', ...over,
  };
}
function entity(over: Partial<Entity> = {}): Entity {
  return { id: 'e1', type: 'PERSON', name: 'Putin', mentions: [{ start: 11, end: 16, text: 'Putin' }], origin: 'auto', ...over };
}
const result = (quotes: Quote[], entities: Entity[] = [entity()]): AnalysisResult => ({ quotes, entities, sources: [] });

test('violations accepts a correct result and names each kind of breach', () => {
  const place = entity({ id: 'e2', type: 'PLACE', name: 'Moscow', mentions: [{ start: 25, end: 31, text: 'Moscow' }] });
  const rows: [string, AnalysisResult, RegExp | null][] = [
    ['correct result', result([quote()], [entity(), place]), null],
    ['span out of bounds', result([quote({ end: 99 })]), /not within \[0, 32\]/],
    ['content outside the quote', result([quote({ contentEnd: 11 })]), /content .* not inside quote/],
    ['open mark not at start', result([quote({ open: '"' })]), /open mark/],
    ['close mark not at end', result([quote({ close: '»' })]), /close mark/],
    ['unclosed flag disagrees', result([quote({ unclosed: true })]), /unclosed=true/],
    ['text differs from slice', result([quote({ text: 'We wait' })]), /single-paragraph text/],
    ['wrong id order', result([quote({ id: 'q2' })]), /id should be q1/],
    ['overlapping quotes', result([quote(), quote({ id: 'q2', start: 5 })]), /overlaps or precedes q1/],
    ['mention text wrong', result([quote({ cue: { start: 17, end: 21, text: 'says' } })]), /cue: text "says"/],
    ['confidence out of range', result([quote({ confidence: 2 })]), /confidence 2/],
    ['speaker entity missing', result([quote()], []), /entityId e1 is not an entity/],
    ['duplicate entity id', result([], [entity(), entity()]), /duplicate id/],
    ['entity without mentions', result([], [entity({ mentions: [] })]), /no mentions/],
    ['mentions of two entities overlap', result([], [entity(), entity({ id: 'e2', mentions: [{ start: 12, end: 16, text: 'utin' }] })]), /overlap/],
  ];
  for (const [tag, r, want] of rows) {
    const v = violations(text, r);
    if (want === null) assert.deepEqual(v, [], tag);
    else assert.ok(v.some((s) => want.test(s)), `${tag}: got ${JSON.stringify(v)}`);
  }
});

test('a quote across paragraphs may join its text', () => {
  const t = '“One.\n“Two.”';
  const q = quote({ start: 0, end: 12, contentStart: 1, contentEnd: 11, text: 'One.\nTwo.', close: '”', speaker: null, cue: null });
  assert.deepEqual(violations(t, result([q], [])), [], 'multi-paragraph text is not the slice');
});
