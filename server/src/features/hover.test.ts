import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, excerpt, hoverAt } from './hover';
import { buildIndex } from './lookup';
import { at, makeEntities, makeQuotes, makeResult } from './testDoc';

const text =
  'Vladimir Putin spoke. “We are waiting for you, Mr. President,” Putin said. ' +
  'According to Reuters, he assured that these “are the best in history” and “pass all tests. ' +
  'A spokesman said “no comment” and the “war” went on. “Nobody knows” why.';

const result = makeResult(
  makeQuotes(text, [
    { span: '“We are waiting for you, Mr. President,”', speaker: { name: 'Vladimir Putin', mention: 'Putin', mentionNth: 1, entityId: 'e1', role: 'the Russian president' }, cue: 'said', rule: 'speaker-verb', confidence: 0.92 },
    { span: '“are the best in history”', speaker: { name: 'Vladimir Putin', mention: 'he', entityId: 'e1' }, cue: 'assured', stance: 'assertive', rule: 'pronoun', confidence: 0.7, via: { name: 'Reuters', cue: 'according to' } },
    { span: '“pass all tests. ', unclosed: true, speaker: { name: 'Vladimir Putin', mention: 'he', entityId: 'e1' }, rule: 'continuation', confidence: 0.6 },
    { span: '“no comment”', speaker: { name: 'a spokesman', mention: 'A spokesman', kind: 'unnamed' }, cue: 'said', cueNth: 1, rule: 'speaker-verb' },
    { span: '“war”', scare: true },
    { span: '“Nobody knows”' },
  ]),
  makeEntities(text, [
    { name: 'Vladimir Putin', type: 'PERSON', mentions: ['Vladimir Putin', ['Putin', 1]] },
    { name: 'Reuters', type: 'ORG', mentions: ['Reuters'] },
  ]),
);
const index = buildIndex(result);

type Row = [tag: string, where: { needle: string; nth?: number; plus?: number }, contains: string[], excludes: string[], span: string | null];

const rows: Row[] = [
  ['attributed quote: speaker, role, cue, rule, confidence', { needle: 'waiting' }, ['**Quote** by **Vladimir Putin**', 'Role: the Russian president', 'Cue: *said*', '`speaker-verb` rule, confidence 92%'], ['unattributed', 'Unclosed', 'Named here as'], '“We are waiting for you, Mr. President,”'],
  ['pronoun speaker shows the words used, stance and channel', { needle: 'best in' }, ['**Vladimir Putin**', 'Named here as: “he”', 'Cue: *assured* (assertive)', 'Via: Reuters (*according to*)', '`pronoun` rule, confidence 70%'], [], '“are the best in history”'],
  ['unclosed quote says so', { needle: 'all tests' }, ['⚠ Unclosed'], [], '“pass all tests. '],
  ['unnamed source', { needle: 'no comment' }, ['*a spokesman* (unnamed source)'], [], '“no comment”'],
  ['scare quote', { needle: 'war”' }, ['**Scare quote**'], ['by **'], '“war”'],
  ['unattributed quote', { needle: 'Nobody' }, ['*unattributed*', 'no speaker found'], ['Found by'], '“Nobody knows”'],
  ['the opening mark is inside the quote', { needle: '“Nobody' }, ['*unattributed*'], [], '“Nobody knows”'],
  ['just after the closing mark is outside', { needle: '“Nobody knows”', plus: '“Nobody knows”'.length }, [], [], null],
  ['entity mention: type, mentions, quotes by them', { needle: 'Vladimir Putin' }, ['**Vladimir Putin** · person', '2 mentions · 3 quotes', '- “We are waiting for you, Mr. President,”', '- “are the best in history”'], ['Quote** by'], 'Vladimir Putin'],
  ['speaker mention that is an entity mention describes the entity once', { needle: 'Putin', nth: 1 }, ['**Vladimir Putin** · person', '3 quotes'], ['Quote** by'], 'Putin'],
  ['pronoun speaker mention describes the speaker', { needle: ' he ', plus: 1 }, ['**Vladimir Putin** · person', '3 quotes'], [], 'he'],
  ['organisation with no quotes', { needle: 'Reuters' }, ['**Reuters** · organisation', '1 mention · 0 quotes'], ['- “'], 'Reuters'],
  ['unnamed speaker mention', { needle: 'A spokesman' }, ['**a spokesman** · unnamed source (speaker)', '1 quote', '- “no comment”'], [], 'A spokesman'],
  ['cue verb describes its quote', { needle: 'assured' }, ['Cue: *assured* (assertive)'], [], 'assured'],
  ['plain text has no hover', { needle: 'spoke' }, [], [], null],
];

for (const [tag, where, contains, excludes, span] of rows) {
  test(`hover: ${tag}`, () => {
    const offset = at(text, where.needle, where.nth ?? 0).start + (where.plus ?? 0);
    const info = hoverAt(index, offset);
    if (span === null) {
      assert.equal(info, null, tag);
      return;
    }
    assert.ok(info, `${tag}: a hover`);
    for (const c of contains) assert.ok(info.markdown.includes(c), `${tag}: has ${JSON.stringify(c)} in\n${info.markdown}`);
    for (const c of excludes) assert.ok(!info.markdown.includes(c), `${tag}: lacks ${JSON.stringify(c)} in\n${info.markdown}`);
    assert.equal(text.slice(info.span.start, info.span.end), span, `${tag}: span`);
  });
}

test('hover: a name inside a quote shows the entity, then the quote', () => {
  const t = 'He said “Moscow is far.”';
  const idx = buildIndex(makeResult(makeQuotes(t, [{ span: '“Moscow is far.”' }]), makeEntities(t, [{ name: 'Moscow', type: 'PLACE', mentions: ['Moscow'] }])));
  const info = hoverAt(idx, t.indexOf('Moscow') + 2);
  assert.ok(info, 'hover');
  const [first, second] = info.markdown.split('\n\n---\n\n');
  assert.ok(first.startsWith('**Moscow** · place'), `entity first: ${first}`);
  assert.ok(second?.startsWith('**Quote** · *unattributed*'), `quote second: ${second}`);
  assert.equal(t.slice(info.span.start, info.span.end), 'Moscow', 'innermost span');
});

test('hover: more than three quotes are counted, not listed', () => {
  const t = 'Ann Lee: “a” “b” “c” “d” “e”';
  const quotes = makeQuotes(t, ['“a”', '“b”', '“c”', '“d”', '“e”'].map((span) => ({ span, speaker: { name: 'Ann Lee', mention: 'Ann Lee', entityId: 'e1' } })));
  const idx = buildIndex(makeResult(quotes, makeEntities(t, [{ name: 'Ann Lee', type: 'PERSON', mentions: ['Ann Lee'] }])));
  const md = hoverAt(idx, 1)?.markdown ?? '';
  assert.ok(md.includes('5 quotes'), `count: ${md}`);
  assert.ok(md.includes('…and 2 more'), `rest: ${md}`);
  assert.ok(!md.includes('“d”'), `fourth not listed: ${md}`);
});

test('hover: markdown escaping and excerpts', () => {
  const rows: [string, string, string][] = [
    ['escape', 'a *b* [c](d) <e> `f` #1 x_y', 'a \\*b\\* \\[c\\](d) \\<e\\> \\`f\\` #1 x\\_y'],
    ['sentence punctuation stays readable', 'Mr. President - no! (yes)', 'Mr. President - no! (yes)'],
    ['plain words untouched', 'We are waiting', 'We are waiting'],
  ];
  for (const [tag, input, expected] of rows) assert.equal(escapeMarkdown(input), expected, tag);
  const ex: [string, string, number, string][] = [
    ['short stays', 'short text', 70, 'short text'],
    ['whitespace collapsed', 'a\n  b', 70, 'a b'],
    ['cut on a word', 'the road to peace will not be easy but as long as both', 30, 'the road to peace will not be…'],
  ];
  for (const [tag, input, max, expected] of ex) assert.equal(excerpt(input, max), expected, tag);
});
