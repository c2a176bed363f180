import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casingOf, trueCase, trueCaseHeadLines, type Casing } from './casing';
import { analyze } from './analyze';

const PROSE = 'The minister, Ana Reyes, said on Monday that the talks in Madrid would resume. ';

test('casingOf: all capitals, all lower case, or ordinary', () => {
  const rows: [tag: string, text: string, want: Casing][] = [
    ['ordinary prose', PROSE.repeat(3), 'normal'],
    ['all capitals', PROSE.repeat(3).toUpperCase(), 'upper'],
    ['all lower case', PROSE.repeat(3).toLowerCase(), 'lower'],
    ['too few letters to tell', 'ok 12', 'normal'],
    ['a capitalised headline over lower-case text is ordinary', 'FLOOD WARNING\n' + PROSE.repeat(3), 'normal'],
    ['accented capitals count', 'ÉMILE ZOLA ÉCRIT À PARIS. '.repeat(6), 'upper'],
    ['empty', '', 'normal'],
  ];
  for (const [tag, text, want] of rows) assert.equal(casingOf(text), want, tag);
});

test('trueCase: ordinary casing letter for letter, same length', () => {
  const rows: [tag: string, text: string, want: string][] = [
    ['sentence starts and "I"', 'it rained. then i left.', 'It rained. Then I left.'],
    ['a given name and a family name', 'residents said sue evans was right.', 'Residents said Sue Evans was right.'],
    ['a form of address and a name', 'mr shah disagreed.', 'Mr Shah disagreed.'],
    ['a role, an unknown given name and a family name', 'said council leader gareth price.', 'Said council leader Gareth Price.'],
    ['a particle stays in lower case inside a family name', 'said pieter de vries, a crane operator.', 'Said Pieter de Vries, a crane operator.'],
    ['after a reporting verb a name may end in -s', 'it is a shock, said marloes visser.', 'It is a shock, said Marloes Visser.'],
    ['after a role, a given name no list knows', 'professor cres eastman says so.', 'Professor Cres Eastman says so.'],
    ['after a role, a verb form is no given name', 'mayor defends tram budget', 'Mayor defends tram budget'],
    ['an adverb is no family name; a name ending in -ing may be one', 'putin publicly said it. president xi jinping came.', 'Putin publicly said it. President Xi Jinping came.'],
    ['a name in apposition after a role', 'his counterpart, xi jinping, came. the leader, however, left.', 'His counterpart, Xi Jinping, came. The leader, however, left.'],
    ['a word no list knows after a preposition of place', 'the flood hit homes in kerrville. it was in contravention of the law.', 'The flood hit homes in Kerrville. It was in contravention of the law.'],
    ['an agency in a dateline\'s brackets', 'paris (afp) - talks went on, (reuters) said.', 'Paris (AFP) - talks went on, (Reuters) said.'],
    ['initials with periods', 'the u.s. and the u.k. agreed.', 'The U.S. and the U.K. agreed.'],
    ['a name after a person\'s initials', 'said j.k. rowling. u.s. troops left.', 'Said J.K. Rowling. U.S. troops left.'],
    ['a name\'s head after a capitalised name word, and "of" a known place', 'the democratic party and the university of tokyo agreed.', 'The Democratic Party and the University of Tokyo agreed.'],
    ['a name\'s head after a word capitalised only as a sentence start stays', 'civic party members left.', 'Civic party members left.'],
    ['a nationality is no role by its ending', 'the italian secularist associations agree.', 'The Italian secularist associations agree.'],
    ['a name before a reporting verb', 'the plan works, gareth price said on monday.', 'The plan works, Gareth Price said on Monday.'],
    ['names of a person named in full, alone later', 'daniel montalvo left. montalvo and daniel were gone.', 'Daniel Montalvo left. Montalvo and Daniel were gone.'],
    ['an ordinary word that is also a family name stays lower case alone', 'sue price met us. the price rose.', 'Sue Price met us. The price rose.'],
    ['the family name alone later, before a reporting verb', 'sue evans met us. later evans said no.', 'Sue Evans met us. Later Evans said no.'],
    ['known places of several words and demonyms', 'the dutch team flew to new york.', 'The Dutch team flew to New York.'],
    ['a known acronym and a word with no vowel', 'nato and the nhs agreed.', 'NATO and the NHS agreed.'],
    ['a quotation opens with a capital, a closing mark and comma do not', 'she said: "we won," said ana reyes.', 'She said: "We won," said Ana Reyes.'],
    ['ordinary words after a given name stay', 'mark said it was fine.', 'Mark said it was fine.'],
    ['a place that is also a word stays', 'the turkey was cold.', 'The turkey was cold.'],
    ['all capitals are lowered first', 'ANA REYES WENT TO MADRID.', 'Ana Reyes went to Madrid.'],
    ['a letter whose other case is longer stays', 'STRASSE UND STRAßE.', 'Strasse und straße.'],
    ['lone surrogates are kept', 'ana reyes \ud800 left.', 'Ana Reyes \ud800 left.'],
  ];
  for (const [tag, text, want] of rows) {
    // "ß" has no one-letter capital: a text in capitals may still hold it
    const casing: Casing = text.replace(/ß/g, 'SS') === text.replace(/ß/g, 'SS').toUpperCase() ? 'upper' : 'lower';
    const got = trueCase(text, casing);
    assert.equal(got, want, tag);
    assert.equal(got.length, text.length, `${tag}: length`);
  }
  assert.equal(trueCase(PROSE), PROSE, 'ordinary text is returned unchanged');
});

test('analyze reads wire copy in one case through its re-cased text but reports the original text', () => {
  const base =
    'Flood warnings issued\n\nResidents were told to leave on Saturday, the council said.\n\n' +
    '"We have sandbags out on every corner," said council leader Gareth Price. "But some homes will flood."\n\n' +
    'Pub landlord Sue Evans said she was "terrified it will happen again."';
  for (const [tag, text] of [
    ['lower case', base.toLowerCase()],
    ['capitals', base.toUpperCase()],
  ] as const) {
    const r = analyze(text);
    const speakers = r.quotes.map((q) => q.speaker?.name ?? null);
    assert.deepEqual(speakers, ['Gareth Price', 'Gareth Price', 'Sue Evans'], `${tag}: speakers`);
    for (const q of r.quotes) {
      assert.equal(q.text, text.slice(q.contentStart, q.contentEnd), `${tag}: quote text is the original's`);
      if (q.cue) assert.equal(q.cue.text, text.slice(q.cue.start, q.cue.end), `${tag}: cue text`);
      if (q.speaker) assert.equal(q.speaker.mention.text, text.slice(q.speaker.mention.start, q.speaker.mention.end), `${tag}: speaker mention`);
    }
    for (const e of r.entities) for (const m of e.mentions) assert.equal(m.text, text.slice(m.start, m.end), `${tag}: mention of ${e.name}`);
    assert.ok(r.entities.some((e) => e.type === 'PERSON' && e.name === 'Sue Evans'), `${tag}: the person is named in ordinary casing`);
    assert.ok(r.entities.some((e) => e.type === 'DATE' && e.mentions[0]!.text.toLowerCase() === 'saturday'), `${tag}: the day is a date`);
  }
});

test('trueCaseHeadLines: opening lines in capitals above ordinary text, nothing else', () => {
  const body = 'Councillor Vikram Shah said the budget had doubled. '.repeat(3);
  const rows: [tag: string, text: string, want: string][] = [
    ['headline', 'MAYOR DEFENDS TRAM BUDGET AS COSTS RISE\n' + body, 'Mayor defends tram budget as costs rise\n' + body],
    ['byline and acronym', 'BY ANA REYES\nNATO AND EU AGREE\n' + body, 'By Ana Reyes\nNATO and EU agree\n' + body],
    ['one word in capitals is left (a dateline reads as a name)', 'WASHINGTON\n' + body, 'WASHINGTON\n' + body],
    ['a line with lower case is left', 'MAYOR Defends tram budget\n' + body, 'MAYOR Defends tram budget\n' + body],
    ['lines past the head zone are left', body.repeat(20) + '\nWHAT HAPPENS NEXT IN THE CITY\n', body.repeat(20) + '\nWHAT HAPPENS NEXT IN THE CITY\n'],
    ['no capital lines: the same string', body, body],
  ];
  for (const [tag, text, want] of rows) {
    const got = trueCaseHeadLines(text);
    assert.equal(got, want, tag);
    assert.equal(got.length, text.length, `${tag}: length`);
  }
});

test('analyze: a headline in capitals makes no entities of its words', () => {
  const text = 'MAYOR DEFENDS TRAM BUDGET AS COSTS RISE\n\nThe mayor, Helen Achterberg, defended the tram line on Monday.';
  const r = analyze(text);
  assert.deepEqual(
    r.entities.map((e) => `${e.type}:${e.name}`),
    ['PERSON:Helen Achterberg', 'DATE:Monday'],
    'entities',
  );
});
