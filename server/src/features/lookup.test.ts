import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, mentionsAt, quoteAt, quotesByEntity, speakerKey } from './lookup';
import { makeEntities, makeQuotes, makeResult } from './testDoc';

const text = 'Ann Lee of Acme Corp said “go” and “stop” in Paris, she said.';
const result = makeResult(
  makeQuotes(text, [
    { span: '“go”', speaker: { name: 'Ann Lee', mention: 'Ann Lee', entityId: 'e1' }, cue: 'said' },
    { span: '“stop”', speaker: { name: 'Ann Lee', mention: 'she', entityId: 'e1' }, cue: 'said', cueNth: 1 },
  ]),
  // "Ann Lee of Acme Corp" overlaps both a person and an organisation on purpose.
  makeEntities(text, [
    { name: 'Ann Lee', type: 'PERSON', mentions: ['Ann Lee'] },
    { name: 'Ann Lee of Acme Corp', type: 'ORG', mentions: ['Ann Lee of Acme Corp'] },
    { name: 'Paris', type: 'PLACE', mentions: ['Paris'] },
  ]),
);
const index = buildIndex(result);

test('lookup: quoteAt by offset', () => {
  const rows: [string, number, string | undefined][] = [
    ['before any quote', 0, undefined],
    ['on the opening mark', text.indexOf('“go'), 'q1'],
    ['on the closing mark', text.indexOf('go”') + 2, 'q1'],
    ['right after the closing mark', text.indexOf('go”') + 3, undefined],
    ['second quote', text.indexOf('stop'), 'q2'],
    ['after the last quote', text.length - 1, undefined],
  ];
  for (const [tag, offset, id] of rows) assert.equal(quoteAt(index, offset)?.id, id, tag);
});

test('lookup: mentionsAt finds every overlapping mention', () => {
  const show = (offset: number) => mentionsAt(index, offset).map((m) => `${m.role}:${m.entity?.name ?? m.quote?.id}`);
  const rows: [string, number, string[]][] = [
    ['name inside an org name and a speaker mention', text.indexOf('Lee'), ['entity:Ann Lee of Acme Corp', 'entity:Ann Lee', 'speaker:Ann Lee']],
    ['org only, after the person ends', text.indexOf('Acme'), ['entity:Ann Lee of Acme Corp']],
    ['cue', text.indexOf('said'), ['cue:q1']],
    ['pronoun speaker', text.indexOf('she'), ['speaker:Ann Lee']],
    ['place', text.indexOf('Paris') + 4, ['entity:Paris']],
    ['nothing', text.indexOf(' in '), []],
  ];
  for (const [tag, offset, expected] of rows) assert.deepEqual(show(offset).sort(), expected.sort(), tag);
});

test('lookup: quotes grouped by speaker key', () => {
  assert.deepEqual(quotesByEntity(index, 'e1').map((q) => q.id), ['q1', 'q2'], 'both quotes by the entity');
  assert.deepEqual(quotesByEntity(index, 'e3'), [], 'a place has none');
  const rows: [string, Parameters<typeof speakerKey>[0], string][] = [
    ['entity id wins', { name: 'X', kind: 'person', entityId: 'e7', role: null, mention: { start: 0, end: 1, text: 'X' } }, 'entity:e7'],
    ['unnamed by lower-cased description', { name: 'A Spokesman', kind: 'unnamed', entityId: null, role: null, mention: { start: 0, end: 1, text: 'A' } }, 'unnamed:a spokesman'],
  ];
  for (const [tag, speaker, key] of rows) assert.equal(speakerKey(speaker), key, tag);
});
