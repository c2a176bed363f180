import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { canonicalPerson, findEntities, personGender } from './entities';
import type { Entity, EntityType } from './types';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'articles');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** `TYPE name: mention | mention` for each entity, so a failure shows the whole picture. */
function describe(entities: Entity[]): string {
  return entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`).join('\n');
}

function find(entities: Entity[], type: EntityType, name: string): Entity | undefined {
  return entities.find((e) => e.type === type && e.name === name);
}

/** Every mention's text as found, whatever its entity. */
function surfaces(entities: Entity[]): string[] {
  return entities.flatMap((e) => e.mentions.map((m) => m.text));
}

/** The invariants every result must keep, whatever the input. */
function checkInvariants(text: string, entities: Entity[], tag: string): void {
  const all = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `${tag}: span ${m.start}-${m.end} in bounds`);
    assert.equal(m.text, text.slice(m.start, m.end), `${tag}: mention text is the source slice`);
    if (i > 0) assert.ok(all[i - 1]!.end <= m.start, `${tag}: mentions never overlap (${all[i - 1]!.text} / ${m.text})`);
  }
  entities.forEach((e, i) => {
    assert.equal(e.id, `e${i + 1}`, `${tag}: ids in order`);
    assert.equal(e.origin, 'auto', `${tag}: origin`);
    for (let k = 1; k < e.mentions.length; k++) assert.ok(e.mentions[k - 1]!.end <= e.mentions[k]!.start, `${tag}: ${e.name} mentions sorted`);
    if (i > 0) assert.ok(entities[i - 1]!.mentions[0]!.start < e.mentions[0]!.start, `${tag}: entities in order of first mention`);
  });
}

test('findEntities finds and links the constructions of news copy', () => {
  // [text, expected entities as [type, name, mention texts]]
  const rows: [string, [EntityType, string, string[]][]][] = [
    [
      'President Vladimir Putin met Xi Jinping on Friday. Putin said the talks went well, and Xi agreed.',
      [
        ['PERSON', 'Vladimir Putin', ['Vladimir Putin', 'Putin']],
        ['PERSON', 'Xi Jinping', ['Xi Jinping', 'Xi']],
        ['DATE', 'Friday', ['Friday']],
      ],
    ],
    [
      '“Nothing has changed,” said Alexander Gabuev, a senior fellow at the Carnegie Endowment for International Peace. Gabuev added that ties would grow.',
      [
        ['PERSON', 'Alexander Gabuev', ['Alexander Gabuev', 'Gabuev']],
        ['ORG', 'Carnegie Endowment for International Peace', ['Carnegie Endowment for International Peace']],
      ],
    ],
    [
      'Ukrainian President Volodymyr Zelensky spoke with Indian Prime Minister Narendra Modi by phone.',
      [
        ['PERSON', 'Volodymyr Zelensky', ['Volodymyr Zelensky']],
        ['PERSON', 'Narendra Modi', ['Narendra Modi']],
      ],
    ],
    [
      'The talks came after former Russian President Dmitri Medvedev warned NATO and the European Union.',
      [
        ['PERSON', 'Dmitri Medvedev', ['Dmitri Medvedev']],
        ['ORG', 'NATO', ['NATO']],
        ['ORG', 'European Union', ['European Union']],
      ],
    ],
    [
      'The International Criminal Court (ICC) issued a warrant. Officials said the ICC had no jurisdiction.',
      [['ORG', 'International Criminal Court', ['International Criminal Court', 'ICC', 'ICC']]],
    ],
    [
      'A spokesman for the Chinese Foreign Ministry told Reuters that the Kremlin had been informed.',
      [
        ['ORG', 'Chinese Foreign Ministry', ['Chinese Foreign Ministry']],
        ['ORG', 'Reuters', ['Reuters']],
        ['ORG', 'Kremlin', ['Kremlin']],
      ],
    ],
    [
      'Its general secretary at the Belarusian Security Council spoke to the United Nations.',
      [
        ['ORG', 'Belarusian Security Council', ['Belarusian Security Council']],
        ['ORG', 'United Nations', ['United Nations']],
      ],
    ],
    [
      'Officials in the US said the United States would respond, and Washington agreed.',
      [
        ['PLACE', 'United States', ['US', 'United States']],
        ['PLACE', 'Washington', ['Washington']],
      ],
    ],
    [
      'Fighting raged in Bakhmut, near Zaporizhzhia and in the southern region of Kherson.',
      [
        ['PLACE', 'Bakhmut', ['Bakhmut']],
        ['PLACE', 'Zaporizhzhia', ['Zaporizhzhia']],
        ['PLACE', 'Kherson', ['Kherson']],
      ],
    ],
    [
      'Air defenses shot down a missile near the village of Halbacha, and a convoy reached Kovelitsa, officials said. It later stopped in Dorvelenko.',
      [
        ['PLACE', 'Halbacha', ['Halbacha']],
        ['PLACE', 'Dorvelenko', ['Dorvelenko']],
      ],
    ],
    [
      'China stood with Russia in its confrontation with the West over sanctions.',
      [
        ['PLACE', 'China', ['China']],
        ['PLACE', 'Russia', ['Russia']],
        ['PLACE', 'West', ['West']],
      ],
    ],
    [
      'There is little sign of an attack on kyiv, Alexander volfovich, general secretary of the council, told reporters.',
      [
        ['PLACE', 'Kyiv', ['kyiv']],
        ['PERSON', 'Alexander Volfovich', ['Alexander volfovich']],
      ],
    ],
    [
      'Mr. Halvorsen, the lead author, declined to comment. Dr. Ingrid Halvorsen had said so before.',
      [['PERSON', 'Ingrid Halvorsen', ['Halvorsen', 'Ingrid Halvorsen']]],
    ],
    [
      'Shares of Microsoft rose while the Bank of England held rates and the World Health Organization (WHO) warned.',
      [
        ['ORG', 'Microsoft', ['Microsoft']],
        ['ORG', 'Bank of England', ['Bank of England']],
        ['ORG', 'World Health Organization', ['World Health Organization', 'WHO']],
      ],
    ],
    [
      'Working for Today Times Live has given me the chance. Source: La Verdad',
      [
        ['ORG', 'Today Times Live', ['Today Times Live']],
        ['ORG', 'La Verdad', ['La Verdad']],
      ],
    ],
    [
      'Vladimir Putin spoke on Friday. Minutes later, the Kremlin said PUTIN would travel.',
      [['PERSON', 'Vladimir Putin', ['Vladimir Putin', 'PUTIN']]],
    ],
    [
      'U.S. Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman in Riyadh, the State Department said.',
      [
        ['PLACE', 'U.S.', ['U.S.']],
        ['PERSON', 'Antony Blinken', ['Antony Blinken']],
        ['PERSON', 'Mohammed bin Salman', ['Mohammed bin Salman']],
        ['PLACE', 'Riyadh', ['Riyadh']],
        ['ORG', 'State Department', ['State Department']],
      ],
    ],
    [
      'Russia-China relations were described as the best in history.',
      [
        ['PLACE', 'Russia', ['Russia']],
        ['PLACE', 'China', ['China']],
      ],
    ],
    [
      'Seats went to Maria Santos of the Green Party and Omar Haddad of the Liberal Party, and to the Green Party and the Liberal Party.',
      [
        ['PERSON', 'Maria Santos', ['Maria Santos']],
        ['PERSON', 'Omar Haddad', ['Omar Haddad']],
        ['ORG', 'Green Party', ['Green Party', 'Green Party']],
        ['ORG', 'Liberal Party', ['Liberal Party', 'Liberal Party']],
      ],
    ],
    [
      'The Ridgeton Museum and Art Gallery opened a show lent by the Anna & Leo Brandt Museum of Art.',
      [
        ['ORG', 'Ridgeton Museum and Art Gallery', ['Ridgeton Museum and Art Gallery']],
        ['ORG', 'Anna & Leo Brandt Museum of Art', ['Anna & Leo Brandt Museum of Art']],
      ],
    ],
    [
      'The boy, from Brantwell, Texas, was arrested. A report from Fayemont, Ohio, found the same.',
      [
        ['PLACE', 'Brantwell', ['Brantwell']],
        ['PLACE', 'Fayemont', ['Fayemont']],
        ['PLACE', 'Texas', ['Texas']],
      ],
    ],
    [
      'Cosplay contest draws a record field\nJudges praised Peekaboo Cosplay as the Fawn, and cosplay fans cheered.',
      [['PERSON', 'Peekaboo Cosplay', ['Peekaboo Cosplay']]],
    ],
    [
      'Turnout rose in Castleford West and fell in Dunmore East, officials said.',
      [
        ['PLACE', 'Castleford West', ['Castleford West']],
        ['PLACE', 'Dunmore East', ['Dunmore East']],
      ],
    ],
  ];
  for (const [text, expected] of rows) {
    const entities = findEntities(text);
    checkInvariants(text, entities, text);
    for (const [type, name, mentions] of expected) {
      const e = find(entities, type, name);
      assert.ok(e, `${type} "${name}" in ${JSON.stringify(text)}; found:\n${describe(entities)}`);
      assert.deepEqual(
        e.mentions.map((m) => m.text),
        mentions,
        `mentions of ${name} in ${JSON.stringify(text)}`,
      );
    }
  }
});

test('findEntities makes no entity of sentence openers, greetings, titles and furniture', () => {
  // [text, words that must not be (part of) any mention]
  const rows: [string, string[]][] = [
    ['Doctors say Iodine deficiency is common, and Iodine supplements help. Children need iodine, and iodine is cheap.', ['Iodine']],
    ['The prosecutor, Jane Oduya, QC, said an IQ test and the BMI of the boy were never taken.', ['QC', 'IQ', 'BMI']],
    ['Hours after another attack, the president spoke. Since the war began, prices rose.', ['Hours', 'Since']],
    ['However, nothing changed. Already, prices rise. Despite the rain, crowds came. Following the meeting, they left.', ['However', 'Already', 'Despite', 'Following']],
    ['“We are waiting for you, Mr. President. Dear friend, we await you,” he said.', ['Mr', 'President', 'Dear', 'friend']],
    ['“Dear Chairman, dear friend, I look forward to your visit,” the leader said.', ['Dear', 'Chairman']],
    ['The Prime Minister and the Foreign Minister met the Chinese ambassador.', ['Prime', 'Minister', 'Foreign', 'Chinese']],
    [
      'Also Read | Talks Resume\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n- Advertisement -spot_img\n\nMore articles\n\n- Advertisement -\n\nLatest article\n\nMust read',
      ['Also', 'Read', 'Leave', 'Reply', 'Your', 'Required', 'Advertisement', 'spot_img', 'More', 'Latest', 'Must', 'Talks', 'Resume'],
    ],
    ['Why Markets Fear The Next Winter Storm\n\nTraders sold shares on Monday.', ['Why', 'Markets', 'Fear', 'Winter', 'Storm', 'Traders']],
    ['Western sanctions hit Russian firms, and Ukrainian officials welcomed them.', ['Western', 'Russian', 'Ukrainian']],
    ['Analysts at the bank expect pro-Kremlin voices and anti-Western rhetoric.', ['pro-Kremlin', 'Kremlin', 'Western']],
  ];
  for (const [text, banned] of rows) {
    const entities = findEntities(text);
    checkInvariants(text, entities, text);
    const found = surfaces(entities);
    for (const word of banned) {
      assert.ok(!found.some((s) => s.split(/[\s|-]+/).includes(word) || s === word), `"${word}" is not an entity in ${JSON.stringify(text)}; found:\n${describe(entities)}`);
    }
  }
});

test('findEntities on the sample articles', () => {
  // [file, expected [type, name], surfaces that must not be mentions]
  const rows: [string, [EntityType, string][], string[]][] = [
    [
      '000_149395d38a820d69.txt',
      [
        ['PERSON', 'Vladimir Putin'],
        ['PERSON', 'Xi Jinping'],
        ['PERSON', 'Narendra Modi'],
        ['ORG', 'Reuters'],
        ['ORG', 'NATO'],
        ['ORG', 'Kremlin'],
        ['PLACE', 'Samarkand'],
        ['PLACE', 'Beijing'],
        ['PLACE', 'West'],
        ['DATE', 'this Friday'],
      ],
      ['Dear friend', 'Dear', 'Mr. President', 'President', 'Hours', 'Since'],
    ],
    [
      '002_b6e6b9d8da215a52.txt',
      [
        ['PERSON', 'Alexander Gabuev'],
        ['PERSON', 'Volodymyr Zelensky'],
        ['ORG', 'Carnegie Endowment for International Peace'],
        ['ORG', 'Belarusian Security Council'],
        ['PLACE', 'Kherson'],
        ['PLACE', 'Cape Town'],
        ['DATE', 'Friday, March 24, 2023'],
      ],
      ['Must read', 'Must', 'Advertisement', 'More articles', 'Latest article', 'Dear Chairman', 'Chairman'],
    ],
    [
      '003_98ffcff286fe7b4b.txt',
      [
        ['ORG', 'International Criminal Court'],
        ['PLACE', 'Bakhmut'],
        ['PLACE', 'Zaporizhzhia'],
        ['PERSON', 'John Kirby'],
        ['PERSON', 'Joe Biden'],
      ],
      ['Also Read', 'Also', 'Leave a Reply', 'Leave', 'Reply', 'Required', 'Related Read', 'Related'],
    ],
    ['004_c17b033383a99a32.txt', [['PERSON', 'Dmitri Medvedev'], ['DATE', 'December 21'], ['PLACE', 'Kyiv']], ['However', 'Already', 'Despite', 'Following']],
  ];
  for (const [file, expected, banned] of rows) {
    const text = fixture(file);
    const entities = findEntities(text);
    checkInvariants(text, entities, file);
    for (const [type, name] of expected) assert.ok(find(entities, type, name), `${file}: ${type} "${name}"; found:\n${describe(entities)}`);
    const found = surfaces(entities);
    for (const s of banned) assert.ok(!found.includes(s), `${file}: "${s}" is not an entity`);
  }
  const e002 = findEntities(fixture('002_b6e6b9d8da215a52.txt'));
  assert.deepEqual(
    find(e002, 'PERSON', 'Alexander Gabuev')!.mentions.map((m) => m.text),
    ['Alexander Gabuev', 'Gabuev'],
    '002: the surname joins the full name',
  );
  const putin = find(e002, 'PERSON', 'Vladimir Putin')!;
  assert.ok(putin.mentions.every((m) => m.text === 'Putin' || m.text === 'Vladimir Putin'), '002: titles stay out of mentions');
});

test('findEntities never throws and keeps its invariants on any input', () => {
  const rows: [string, string][] = [
    ['', 'empty'],
    ['   \n\n\t', 'whitespace'],
    ['A', 'one letter'],
    ['U.S.', 'dotted acronym alone'],
    ['Mr.', 'title alone'],
    ['“”‘’«»', 'only quote marks'],
    ['\uD800 Putin \uDFFF', 'lone surrogates'],
    ['of the of and for', 'only connectors'],
    ['PUTIN SAYS RUSSIA WILL WIN', 'all capitals'],
    ['X'.repeat(5000), 'one long word'],
  ];
  for (const [text, tag] of rows) checkInvariants(text, findEntities(text), tag);
  fc.assert(
    fc.property(fc.array(fc.constantFrom('Putin', 'said', 'in', 'Kyiv', 'of', 'the', 'Council', 'Mr.', ' ', '\n', ', ', '. ', '“', '”', 'kyiv', 'Xi', 'Jinping', 'ICC', '-', 'March', '24', '2023'), { maxLength: 60 }), (parts) => {
      const text = parts.join(' ');
      checkInvariants(text, findEntities(text), JSON.stringify(text));
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.fullUnicodeString({ maxLength: 200 }), (text) => {
      checkInvariants(text, findEntities(text), JSON.stringify(text));
    }),
    { numRuns: 300 },
  );
});

test('personGender guesses from the given name', () => {
  const rows: [string, 'm' | 'f' | null][] = [
    ['Vladimir Putin', 'm'],
    ['Alexander Gabuev', 'm'],
    ['Ursula von der Leyen', 'f'],
    ['Yulia Navalnaya', 'f'],
    ['Xi Jinping', null],
    ['Alex Morgan', null],
    ['Gabuev', null],
    ['', null],
  ];
  for (const [name, expected] of rows) assert.equal(personGender(name), expected, `gender of "${name}"`);
});

test('canonicalPerson finds the entity a surface form names', () => {
  const text = 'President Vladimir Putin met Xi Jinping. Alexander Gabuev of the Carnegie Endowment said Putin and Xi agreed. Alexander Volkov disagreed.';
  const entities = findEntities(text);
  const rows: [string, string | null][] = [
    ['Putin', 'Vladimir Putin'],
    ['President Putin', 'Vladimir Putin'],
    ['Vladimir Putin', 'Vladimir Putin'],
    ['Putin’s', 'Vladimir Putin'],
    ['Gabuev', 'Alexander Gabuev'],
    ['Xi', 'Xi Jinping'],
    ['Alexander', null],
    ['Carnegie Endowment', 'Carnegie Endowment'],
    ['Medvedev', null],
    ['', null],
  ];
  for (const [surface, expected] of rows) assert.equal(canonicalPerson(entities, surface)?.name ?? null, expected, `canonicalPerson("${surface}")`);
});

/** A row of the tables below: the text, the entities it must have, the surfaces it must not. */
type EntityRow = [tag: string, text: string, expected: [EntityType, string][], absent: string[]];

function checkRows(rows: readonly EntityRow[]): void {
  for (const [tag, text, expected, absent] of rows) {
    const entities = findEntities(text);
    for (const [type, name] of expected) assert.ok(find(entities, type, name), `${tag}: ${type} ${name} in\n${describe(entities)}`);
    for (const s of absent) assert.ok(!surfaces(entities).includes(s), `${tag}: no entity "${s}" in\n${describe(entities)}`);
  }
}

test('a place that plays in a match report is a team (ORG) for the whole text; ranges, times and votes are not scores', () => {
  checkRows([
    ['verb and score', 'On Sunday Portugal defeated Ghana 3 – 2 in Doha. Portugal now lead the group.', [['ORG', 'Portugal'], ['ORG', 'Ghana'], ['PLACE', 'Doha']], []],
    ['score line', 'Group B — Wales 0 – 2 Iran', [['ORG', 'Wales'], ['ORG', 'Iran']], []],
    ['lost to', 'Morocco lost 1-2 to Croatia after extra time.', [['ORG', 'Morocco'], ['ORG', 'Croatia']], []],
    ['result verb before the second team', 'Argentina beat hosts Qatar 2-0 on Friday.', [['ORG', 'Argentina'], ['ORG', 'Qatar']], []],
    ['range of villages', 'Troops from Russia took 2-3 villages near Kharkiv.', [['PLACE', 'Russia'], ['PLACE', 'Kharkiv']], []],
    ['clock time', 'Russia attacked Kyiv at 10:30, officials in Ukraine said.', [['PLACE', 'Russia'], ['PLACE', 'Kyiv'], ['PLACE', 'Ukraine']], []],
    ['vote count', 'The referendum in Ohio passed 52-48 on Tuesday.', [['PLACE', 'Ohio']], []],
    ['result verb without a score', 'France defeated the proposal in Brussels.', [['PLACE', 'France'], ['PLACE', 'Brussels']], []],
  ]);
});

test('organisations: a country branch of a known body, service districts, one-word parties', () => {
  checkRows([
    ['demonym + known body', 'Volunteers from the Kenyan Red Cross reached the village.', [['ORG', 'Kenyan Red Cross']], []],
    ['two demonyms + known body', 'The Canadian Red Cross and the World Bank agreed.', [['ORG', 'Canadian Red Cross'], ['ORG', 'World Bank']], []],
    ['school district', 'The Dallas Independent School District closed 40 schools.', [['ORG', 'Dallas Independent School District']], []],
    ['water district', 'The Coachella Valley Water District raised rates.', [['ORG', 'Coachella Valley Water District']], []],
    ['a district is still a place', 'Shelling hit the Kupiansk District overnight.', [['PLACE', 'Kupiansk District']], []],
    ['party by one word', 'Polls put Labour ahead in Wales.', [['ORG', 'Labour'], ['PLACE', 'Wales']], []],
    ['labour as a word', 'The strike cost 40 hours of labour at the port.', [], ['labour']],
  ]);
});

test('events are not entities, but a known place or organisation inside one is', () => {
  checkRows([
    ['fair', 'She won the Regional Science Fair last spring.', [], ['Regional Science Fair', 'Science Fair']],
    ['pilgrimage', 'Two million pilgrims performed the Hajj near Mecca.', [['PLACE', 'Mecca']], ['Hajj']],
    ['organisation inside an event', 'Tickets for the FIFA World Cup sold out.', [['ORG', 'FIFA']], ['FIFA World Cup']],
    ['place inside an event', 'Athletes arrived for the Beijing Winter Olympics.', [['PLACE', 'Beijing']], ['Beijing Winter Olympics']],
  ]);
});

test('a centre named last is a place (a building or site); a centre for something, or a research centre, is an organisation', () => {
  checkRows([
    ['convention centre', 'The expo filled the Metro Vancouver Convention Centre.', [['PLACE', 'Metro Vancouver Convention Centre']], []],
    ['space center', 'The rocket rolled out at Kennedy Space Center on Monday.', [['PLACE', 'Kennedy Space Center']], []],
    ['arts centre', 'The show moves to the Barbican Arts Centre in May.', [['PLACE', 'Barbican Arts Centre']], []],
    ['research center', 'A survey by the Harwick Research Center found a drop.', [['ORG', 'Harwick Research Center']], []],
    ['centre for', 'The Centre for Coastal Studies said numbers fell.', [['ORG', 'Centre for Coastal Studies']], []],
  ]);
});

test('a sentence-opening participle is not part of the name after it; firms and libraries are organisations', () => {
  checkRows([
    ['quoting', 'Quoting Winston Churchill, he said the fight would go on.', [['PERSON', 'Winston Churchill']], []],
    ['praising', 'Praising Tom Ricci, the mayor opened the hall.', [['PERSON', 'Tom Ricci']], []],
    ['doubled consonant', 'Stopping Anna Kerr at the door, guards checked her bag.', [['PERSON', 'Anna Kerr']], []],
    ['library', 'The papers are kept at the Ronald Reagan Library in California.', [['ORG', 'Ronald Reagan Library']], []],
    ['partners', 'A lawyer at Coastline Legal Partners said so.', [['ORG', 'Coastline Legal Partners']], []],
    ['developments', 'Kingsley Marsh Developments bought the site.', [['ORG', 'Kingsley Marsh Developments']], []],
    ['a name ending in -ing', 'Talks with Xi Jinping ended on Friday.', [['PERSON', 'Xi Jinping']], []],
  ]);
});

test('a surname alone means the person of that surname named in full most often', () => {
  const rows: [string, string, string, string][] = [
    ['caption spelling first', 'Photo: Kristin Wilkins at the gallery.\nThe show was curated by Kristen Wilkins. Kristen Wilkins said it opened. Wilkins added more.', 'Kristen Wilkins', 'Wilkins'],
    ['tie: the first', 'Anna Berg met Olaf Berg. Berg said no.', 'Anna Berg', 'Berg'],
  ];
  for (const [tag, text, person, surname] of rows) {
    const entities = findEntities(text);
    const e = find(entities, 'PERSON', person);
    assert.ok(e?.mentions.some((m) => m.text === surname), `${tag}: "${surname}" is ${person} in\n${describe(entities)}`);
  }
});

test('ships and vehicles are not organisations or people; craters and ridges are places', () => {
  checkRows([
    ['ship prefix', 'Crew aboard HMS Aldrick rescued them near Dover.', [['PLACE', 'Dover']], ['HMS Aldrick', 'Aldrick']],
    ['us navy ship', 'The USS Carl Vinson sailed on Monday.', [], ['USS Carl Vinson', 'Carl Vinson']],
    ['space shuttle', 'The Space Shuttle Discovery will go to a museum in Virginia.', [['PLACE', 'Virginia']], ['Space Shuttle Discovery']],
    ['telescope', 'NASA said the Hubble Space Telescope is working again.', [['ORG', 'NASA']], ['Hubble Space Telescope']],
    ['a company named after one', 'Rocket Lab launched again; Rocket Lab said the flight went well.', [['ORG', 'Rocket Lab']], []],
    ['crater', 'The rover landed in Jezero Crater in February.', [['PLACE', 'Jezero Crater']], []],
  ]);
});

test("a firm's trade word ends an organisation's name; 'and' before a second such name starts it", () => {
  checkRows([
    ['mining', 'Shares in Kestrel Mining rose on Monday.', [['ORG', 'Kestrel Mining']], []],
    ['energy after a given name', 'Victoria Energy raised its prices.', [['ORG', 'Victoria Energy']], []],
    ['capital', 'An offer from Brightwater Capital was rejected.', [['ORG', 'Brightwater Capital']], []],
    ['two firms', 'The deal between Brightwater Capital and Sunvale Partners was approved.', [['ORG', 'Brightwater Capital'], ['ORG', 'Sunvale Partners']], ['Brightwater Capital and Sunvale Partners']],
    ['museum and gallery stays one', 'The Harlow Museum and Art Gallery reopened.', [['ORG', 'Harlow Museum and Art Gallery']], []],
    ['ordinary words and a head', 'The pill was approved by the Food and Drug Administration on Friday.', [['ORG', 'Food and Drug Administration']], ['Drug Administration']],
    ['a place before "and" stays apart', 'Officials from Portugal and Coastline Legal Partners met.', [['PLACE', 'Portugal'], ['ORG', 'Coastline Legal Partners']], []],
  ]);
});

test('a word that opens an organisation name makes it one, in English and other languages', () => {
  checkRows([
    ['instituto', 'Pupils at the Instituto Galdana went home early.', [['ORG', 'Instituto Galdana']], []],
    ['banco', 'Banco Ferrante cut its rates.', [['ORG', 'Banco Ferrante']], []],
    ['team and a country', 'The riders of Team Norway finished second.', [['ORG', 'Team Norway']], []],
    ['an event is still no entity', 'He watched the Club World Cup on television.', [], ['Club World Cup']],
  ]);
});

test('the words around an unknown name make it an organisation', () => {
  checkRows([
    ['spokesperson for', 'A spokesperson for Orvane Holmberg declined to comment.', [['ORG', 'Orvane Holmberg']], []],
    ['chief executive of', 'Tessa Holm, chief executive of Kestrel Vantage, said they would appeal.', [['PERSON', 'Tessa Holm'], ['ORG', 'Kestrel Vantage']], []],
    ['joined', 'He joined Harwell Okonjo in 2019.', [['ORG', 'Harwell Okonjo']], []],
    ['works for', 'Jonah Pell, who works for Zentrix, said the mine was safe.', [['PERSON', 'Jonah Pell'], ['ORG', 'Zentrix']], []],
    ['analyst at', 'An analyst at Quorvane said demand was weak.', [['ORG', 'Quorvane']], []],
    ['stake in', 'She sold her stake in Velkor Ostby last year.', [['ORG', 'Velkor Ostby']], []],
    ['spokesman after', 'A Zentrix spokesman said talks continued.', [['ORG', 'Zentrix']], []],
    ['a person after for is still a person', 'A spokesperson for Maria Lopez said she was well.', [['PERSON', 'Maria Lopez']], []],
  ]);
});

test('the words around an unknown name make it a place', () => {
  checkRows([
    ['apposition', 'Residents of Velmoor, a town near the border, were evacuated.', [['PLACE', 'Velmoor']], []],
    ['apposition with an adjective', 'Ashwell, a small market town, voted to leave.', [['PLACE', 'Ashwell']], []],
    ['is a city', 'Kerovan is a city of 40,000 people.', [['PLACE', 'Kerovan']], []],
    ['possessive government', "Delmarva's government collapsed after the vote.", [['PLACE', 'Delmarva']], []],
    ['possessive capital in a sentence', "Troops neared Tarsovia's capital on Sunday.", [['PLACE', 'Tarsovia']], []],
    ['based', 'The Velmoor-based firm hired 40 people.', [['PLACE', 'Velmoor']], []],
    ['in, several words', 'Protesters gathered in Velmoor Vale on Sunday.', [['PLACE', 'Velmoor Vale']], []],
    ['in, ordinary words once', 'Fans queued to see it in Golden Dreams on Sunday.', [], ['Golden Dreams']],
    ['before a state', 'The meeting was held in Mountain Vale, California, on Friday.', [['PLACE', 'Mountain Vale'], ['PLACE', 'California']], []],
    ['into', 'Troops crossed into Ostrania overnight.', [['PLACE', 'Ostrania']], []],
    ['a state agency is no place', 'Zentrix, a state agency, said prices rose. Zentrix added more.', [], []],
    ["a firm's president is no place cue", "On Monday Zentrix's president resigned and Zentrix shares fell.", [['ORG', 'Zentrix']], []],
  ]);
  for (const [tag, text, name] of [
    ['state agency', 'Zentrix, a state agency, said prices rose. Zentrix added more.', 'Zentrix'],
    ['president', "On Monday Zentrix's president resigned and Zentrix shares fell.", 'Zentrix'],
  ]) assert.ok(!findEntities(text!).some((e) => e.type === 'PLACE' && e.name === name), `${tag}: ${name} is no place`);
});

test('a name followed by its acronym in brackets is an organisation, and the acronym joins it', () => {
  checkRows([
    ['plain', 'The Coastal Conservation Alliance (CCA) filed a lawsuit. CCA lawyers said the case was strong.', [['ORG', 'Coastal Conservation Alliance']], []],
    ['without a head word', 'Friends of Marram Dunes (FMD) wrote to the council. FMD said it would go on.', [['ORG', 'Friends of Marram Dunes']], []],
    ['a person', 'Jonah Pell (JP) smiled.', [['PERSON', 'Jonah Pell']], []],
  ]);
  const e = findEntities('The Coastal Conservation Alliance (CCA) filed a lawsuit. CCA lawyers said the case was strong.');
  assert.deepEqual(find(e, 'ORG', 'Coastal Conservation Alliance')?.mentions.map((m) => m.text), ['Coastal Conservation Alliance', 'CCA', 'CCA'], 'acronym joins');
});

test('one name has one type in a text: the best-attested mention decides', () => {
  const rows: [string, string, EntityType, string, number][] = [
    ['place cue beats a default', 'Zentrovar sent aid. Officials in Zentrovar said the roads were closed. Zentrovar police made arrests.', 'PLACE', 'Zentrovar', 3],
    ['org cue beats a person default', 'Kestrel Vantage said profits fell. A spokesperson for Kestrel Vantage said costs rose.', 'ORG', 'Kestrel Vantage', 2],
    ['untyped opener joins', 'Residents of Velmoor, a town near the coast, left. Velmoor was empty by noon.', 'PLACE', 'Velmoor', 2],
  ];
  for (const [tag, text, type, name, count] of rows) {
    const entities = findEntities(text);
    assert.equal(find(entities, type, name)?.mentions.length, count, `${tag}: ${type} ${name} has ${count} mentions in\n${describe(entities)}`);
    assert.equal(entities.filter((e) => e.name === name).length, 1, `${tag}: one entity named ${name} in\n${describe(entities)}`);
  }
});

test('clubs and firms named after a place; place names that open with Port, San, Santa', () => {
  checkRows([
    ['plural after a city', 'The Denver Foxes beat the Boston Herons 3-1.', [['ORG', 'Denver Foxes'], ['ORG', 'Boston Herons']], []],
    ['team word', 'Leeds United signed a striker on Friday.', [['ORG', 'Leeds United']], []],
    ['firm', 'Engineers at Texas Turbines built it.', [['ORG', 'Texas Turbines']], []],
    ['a people is no club', 'Leaders met Gaza Palestinians and Kenya Somalis on Sunday.', [], ['Gaza Palestinians']],
    ['islands stay a place', 'Storms hit the Orkney Islands overnight.', [['PLACE', 'Orkney Islands']], []],
    ['port', 'The storm hit Port Aldren and Lake Mirrow on Thursday.', [['PLACE', 'Port Aldren'], ['PLACE', 'Lake Mirrow']], []],
    ['santa', 'Fires spread near Santa Veluna overnight.', [['PLACE', 'Santa Veluna']], []],
  ]);
});

test('an apposition or "the" says a lone name is an organisation; a place after "of" does not speak', () => {
  checkRows([
    ['apposition at a sentence start', 'Sinoval, the Chinese oil giant, signed a deal.', [['ORG', 'Sinoval']], []],
    ['apposition with a hyphenated word', 'Trade rose at Kestrova, a Dublin-based lender, last year.', [['ORG', 'Kestrova'], ['PLACE', 'Dublin']], []],
    ['is a company', 'Zentrix is a company based in Lyon.', [['ORG', 'Zentrix'], ['PLACE', 'Lyon']], []],
    ['the ... said', 'The Volksrat warned that prices would rise.', [['ORG', 'Volksrat']], []],
    ['a person still speaks', 'Asked about it, Okonjo said no.', [['PERSON', 'Okonjo']], []],
    ['of X said', 'Mayor Lena Ortiz of Riverton said the city would rebuild.', [['PERSON', 'Lena Ortiz']], []],
  ]);
  assert.ok(!findEntities('Mayor Lena Ortiz of Riverton said the city would rebuild.').some((e) => e.type === 'PERSON' && e.name === 'Riverton'), 'of X said: Riverton is no person');
});

test("'and the' before a name with a head starts a second name; an organisation's cue wins over a place that opens the name", () => {
  checkRows([
    ['and the', 'The Ministry of Fisheries and the Coastal Survey Agency declined to comment.', [['ORG', 'Ministry of Fisheries'], ['ORG', 'Coastal Survey Agency']], []],
    ['of ... and ... stays one', 'Staff at the Department of Health and Social Care were told.', [['ORG', 'Department of Health and Social Care']], []],
    ['worked for', 'She worked for Oxford Lexica before the scandal.', [['ORG', 'Oxford Lexica']], ['Oxford']],
    ['planetarium', 'The Halden Planetarium in Chicago lost out.', [['ORG', 'Halden Planetarium'], ['PLACE', 'Chicago']], []],
    ['visitor complex', 'He spoke at the Harlow Launch Visitor Complex on Monday.', [['PLACE', 'Harlow Launch Visitor Complex']], []],
    ["apposition with a possessive", "Astrova, Russia's space agency, said the station would close.", [['ORG', 'Astrova'], ['PLACE', 'Russia']], []],
  ]);
});

test("a vessel's name stays a vessel through the text: no organisation or person of its later mentions", () => {
  checkRows([
    ['ferry', 'The ferry Marvella sank off the coast. Marvella was carrying 300 passengers when Marvella hit rocks.', [], ['Marvella']],
    ['ship prefix', 'Crew aboard HMS Aldrick rescued them. Aldrick returned to port on Monday, and Aldrick will sail again.', [], ['Aldrick', 'HMS Aldrick']],
    ['rover', 'The rover Tenacity landed in Jezero Crater. Tenacity sent pictures home. Scientists said Tenacity was healthy.', [['PLACE', 'Jezero Crater']], ['Tenacity']],
    ['two words', 'The cruise ship Coral Duchess docked in Yokohama. Passengers on the Coral Duchess were quarantined.', [['PLACE', 'Yokohama']], ['Coral Duchess']],
    ['others stay', 'The ferry Marvella left London. Officials at Brask Ferries said Marvella was late.', [['PLACE', 'London'], ['ORG', 'Brask Ferries']], ['Marvella']],
  ]);
});

test('names in one list are of one kind', () => {
  checkRows([
    ['and', 'Storms hit homes in Kerrville and Brask on Monday.', [['PLACE', 'Kerrville'], ['PLACE', 'Brask']], []],
    ['comma list', 'Officials in Velmoor, Ostby and Brask said roads were closed.', [['PLACE', 'Velmoor'], ['PLACE', 'Ostby']], []],
    ['organisations', 'Shares in Zentrix and Orvane fell.', [['ORG', 'Zentrix'], ['ORG', 'Orvane']], []],
    ['a possessive is no list item', "Pilgrims reached Mecca, Velmorat's holiest site.", [['PLACE', 'Mecca']], ['Velmorat']],
    ['a title is no list item', 'Fans met the Ontario Ghostbusters, Doctor Who fans and others.', [], ['Doctor']],
  ]);
});

test('an unknown name after "the" is no person', () => {
  checkRows([
    ['band', 'She once sang with the Velvet Marrows in a small club.', [['ORG', 'Velvet Marrows']], []],
    ['party', 'Votes for the Neo Tavristas doubled.', [['ORG', 'Neo Tavristas']], []],
    ['without the, a person', 'She once sang with Velma Marrows in a small club.', [['PERSON', 'Velma Marrows']], []],
  ]);
});

test('a place that is also a given name before a surname in -s is a person, before a plural a club', () => {
  checkRows([
    ['surname', 'Sofia Castellanos said the plan would fail.', [['PERSON', 'Sofia Castellanos']], []],
    ['a surname in -s after a place', 'Crowds cheered Ontario Reyes on Monday.', [], ['Ontario Reyes']],
    ['club', 'The Dallas Cowboys lost again.', [['ORG', 'Dallas Cowboys']], []],
  ]);
});

test('investors in a place are no cue for an organisation', () => {
  checkRows([['investors in', 'Prices fell for investors in Gdańsk on Monday.', [['PLACE', 'Gdańsk']], []]]);
});

test('endings of place names: -ia on longer words, -town, -cheon; not -phobia or a short surname', () => {
  checkRows([
    ['ia', 'Troops from Velkaria crossed the river. Velkaria denied it.', [['PLACE', 'Velkaria']], []],
    ['town', 'Flooding hit Marlowtown twice this year, and Marlowtown is now dry.', [['PLACE', 'Marlowtown']], []],
  ]);
  const text = 'Critics said Islamophobia was rising. Islamophobia was discussed.';
  assert.ok(!find(findEntities(text), 'PLACE', 'Islamophobia'), `phobia: no place in\n${describe(findEntities(text))}`);
});

test('a subject or department after "professor of" or "director of" is no organisation', () => {
  checkRows([['professor of', 'Jonah Pell, a professor of Economics at Halloway University, disagreed.', [['PERSON', 'Jonah Pell'], ['ORG', 'Halloway University']], ['Economics']]]);
});

test('a name word used alone after its name with a head is of the same kind; an unknown nationality adjective is no name', () => {
  checkRows([
    ['river', 'Water rose on the Velda River overnight. "The Velda has never been this high," she said. The Velda may rise again.', [['PLACE', 'Velda']], []],
    ['a town and its police', 'Officers of Harwick Police searched the area. Police in Harwick said more arrests were likely. Harwick, a market town, is quiet.', [['ORG', 'Harwick Police'], ['PLACE', 'Harwick']], []],
    ['a label before the name', 'Local MP Gareth Pryce called for more officers. Pryce said so.', [['PERSON', 'Gareth Pryce']], ['MP Gareth Pryce']],
    ['nationality adjective', 'The Velkarian Army sent helicopters, the Velkarian defence ministry said. Velkarian officials agreed.', [['ORG', 'Velkarian Army']], ['Velkarian']],
  ]);
  checkLinks([['firm (and one entity with it)', 'Shares in Zentrix Energy fell. Critics blamed Zentrix for the flood, and Zentrix denied it.', 'ORG', 'Zentrix Energy', ['Zentrix Energy', 'Zentrix', 'Zentrix']]]);
});

test('a noun naming a kind of organisation or place right before a name types it', () => {
  checkRows([
    ['firm', 'Orvane bought the Spanish firm Envases Iberia last year.', [['ORG', 'Envases Iberia']], []],
    ['group, one word', 'Attacks by the militant group Harakat rose.', [['ORG', 'Harakat']], []],
    ['magazine', 'He told the magazine Zeitbild that he was leaving.', [['ORG', 'Zeitbild']], []],
    ['village', 'Soldiers entered the village Halbacha at dawn.', [['PLACE', 'Halbacha']], []],
    ['producer is a person', 'The song was made with producer Marco Velti in Rome.', [['PERSON', 'Marco Velti']], []],
  ]);
});

test('hashtags, handles, shouted common words, campaigns and people of a place are no entities', () => {
  checkRows([
    ['hashtag', 'Thousands posted #StandWithKora on Monday. #StandWithKora trended all day.', [], ['StandWithKora']],
    ['handle', 'The mayor wrote to @VelmoorPolice and @VelmoorPolice replied.', [], ['VelmoorPolice']],
    ['shouted word', 'He wrote that NOTHING would change UNLESS the board resigned.', [], ['NOTHING', 'UNLESS']],
    ['acronym still', 'The VKTU said so, and VKTU members agreed.', [['ORG', 'VKTU']], []],
    ['operation', 'Protesters launched Operation Marrowfield against the firm.', [], ['Operation Marrowfield', 'Marrowfield']],
    ['people of a place', 'A New Zealander and two Londoners were hurt in Berlin.', [['PLACE', 'Berlin']], ['New Zealander', 'Londoners']],
    ['new zealand abbreviated', 'Voters in NZ chose a new flag.', [['PLACE', 'NZ']], []],
  ]);
});

test('models and versions in capitals and plurals of a name are no organisations', () => {
  checkRows([
    ['version', 'Users of XB7 should upgrade to XB9, the firm said. XB7 is old and XB9 is faster.', [], ['XB7', 'XB9']],
    ['acronym ending in a letter', 'The M7S won seats. M7S leaders were pleased.', [['ORG', 'M7S']], []],
    ['plural of a name', 'He shot Vantagraphs all his life. His Vantagraphs sold well, and one Vantagraph went for $9,000.', [], ['Vantagraphs']],
    ['a name seen twice', 'The Zentrix plan grew. Critics of Zentrix were many.', [['ORG', 'Zentrix']], []],
  ]);
});

test('place names in other languages: a mosque, a street, a square, a mountain', () => {
  checkRows([
    ['masjid after the', 'Pilgrims filled the Masjid Al-Tawba at dawn.', [['PLACE', 'Masjid Al-Tawba']], []],
    ['piazza', 'Crowds gathered in Piazza Verdana on Sunday.', [['PLACE', 'Piazza Verdana']], []],
    ['street in one word', 'The march went down Kastanienstrasse to the park.', [['PLACE', 'Kastanienstrasse']], []],
  ]);
});

test('"the Church" after the organisation named in full means that organisation', () => {
  const text = 'She left the Church of Velmorism in 2009. Former members say the Church kept her passport, and the Church denies it.';
  const e = find(findEntities(text), 'ORG', 'Church of Velmorism');
  assert.deepEqual(e?.mentions.map((m) => m.text), ['Church of Velmorism', 'Church', 'Church'], `head alone joins\n${describe(findEntities(text))}`);
  checkRows([
    ['two with one head', 'The Ministry of Health and the Ministry of Defence met. A statement from the Ministry followed.', [['ORG', 'Ministry of Health'], ['ORG', 'Ministry of Defence']], ['Ministry']],
    ['without the', 'The Court of Appeal ruled. Court officials left.', [['ORG', 'Court of Appeal']], ['Court']],
  ]);
});

test('clubs named with a team word, "Radio X", and a title word before a club', () => {
  checkRows([
    ['team word after an unknown name', 'He later managed Kestwick United for two years.', [['ORG', 'Kestwick United']], []],
    ['title word before a club', 'Former Leeds United striker Tom Orme has died.', [['ORG', 'Leeds United'], ['PERSON', 'Tom Orme']], ['Former Leeds United']],
    ['a known broadcaster\'s station is one name', 'His son told BBC Radio Kestwick that he had been ill.', [['ORG', 'BBC Radio Kestwick']], []],
    ['"Radio X" alone', 'His son told Radio Kestwick that he had been ill.', [['ORG', 'Radio Kestwick']], []],
    ['names of their own stay whole', 'A State Department spokesperson and the Home Office declined to comment.', [['ORG', 'State Department'], ['ORG', 'Home Office']], []],
  ]);
});

test('"Watch" ends a known name but opens no entity', () => {
  checkRows([
    ['known name', 'A report by Oxfam and Human Rights Watch criticised the plan.', [['ORG', 'Oxfam'], ['ORG', 'Human Rights Watch']], []],
    ['furniture', 'Watch: The moment the bridge collapsed', [], ['Watch']],
    ['verb', 'Watch the video below.', [], ['Watch']],
  ]);
});

test('a plural\'s possessive inside a name keeps the name whole; a place\'s possessive does not', () => {
  checkRows([
    ['apostrophe last', 'The Velkan Workers’ Party said the talks had failed.', [['ORG', 'Velkan Workers’ Party']], ['Velkan Workers']],
    ['women\'s', 'The Women’s Institute of Harwick met on Monday.', [['ORG', 'Women’s Institute of Harwick']], ['Institute of Harwick']],
    ['a place\'s possessive stays apart', 'Britain’s Labour Party said it would vote against.', [['PLACE', 'Britain'], ['ORG', 'Labour Party']], []],
  ]);
});

test('a person\'s name with a particle or a trade in apposition stays a person', () => {
  checkRows([
    ['particle', 'Pieter de Vries, a crane operator, said the strike would go on.', [['PERSON', 'Pieter de Vries']], []],
    ['trade said of people', 'Joris Vlemmix, a property developer, bought the site.', [['PERSON', 'Joris Vlemmix']], []],
    ['a firm with its kind', 'Kestrel Mining, an oil company, said the site would close.', [['ORG', 'Kestrel Mining']], []],
  ]);
});

test('a country inside a title, a people\'s noun, a known firm, "The Hague"', () => {
  checkRows([
    ['country inside a title', 'The case was argued by Assistant U.S. Attorney Priya Natarajan on Friday.', [['PERSON', 'Priya Natarajan']], ['Assistant U.S.']],
    ['nation noun', 'After the match the Spaniard thanked the fans.', [], ['Spaniard']],
    ['known firm', 'Shipping lines including Maersk have diverted ships.', [['ORG', 'Maersk']], []],
    ['the hague', 'The talks were held in The Hague last week.', [['PLACE', 'Hague']], []],
  ]);
});

test('a body named for what it is for: "Campaign to Protect Rural England"', () => {
  checkRows([
    ['campaign', 'The Campaign to Protect Rural Velmoor said it would fight the plan.', [['ORG', 'Campaign to Protect Rural Velmoor']], ['Protect Rural Velmoor']],
    ['committee', 'The Committee to Protect Reporters said he was held.', [['ORG', 'Committee to Protect Reporters']], ['Protect Reporters']],
  ]);
});

test('a one-word name with a firm\'s ending is an organisation', () => {
  checkRows([
    ['bank', 'The measures include restrictions on Velgarbank and Ostrobank.', [['ORG', 'Velgarbank'], ['ORG', 'Ostrobank']], []],
    ['corp', 'Shares in Tarnocorp fell sharply.', [['ORG', 'Tarnocorp']], []],
    ['lower case stays a word', 'He sat on the riverbank all day.', [], ['riverbank']],
  ]);
});

test('a named fire or flood is an event, not an organisation; a fire department is one', () => {
  checkRows([
    ['fire', 'The Canyon Fire had burned about 9,000 acres by Tuesday.', [], ['Canyon Fire']],
    ['flood', 'The Great Flood of 1927 changed the river.', [], ['Great Flood']],
    ['department', 'The Ventura County Fire Department said the road was closed.', [['ORG', 'Ventura County Fire Department']], []],
  ]);
});

test('plans, programmes, laws and treaties are no organisations', () => {
  checkRows([
    ['project', 'The Flag Consideration Project will report next year.', [], ['Flag Consideration Project']],
    ['act', 'Ministers said the Clean Water Act had worked.', [], ['Clean Water Act']],
    ['a person named Bill stays one', 'The deal was signed by Jane Bill on Monday.', [['PERSON', 'Jane Bill']], []],
  ]);
});

test('a research firm is an organisation, speaking or not', () => {
  checkRows([
    ['research', 'Velcro Point Research said the phone could help.', [['ORG', 'Velcro Point Research']], []],
    ['labs', 'A report by Orvane Labs found the flaw.', [['ORG', 'Orvane Labs']], []],
  ]);
});

test('a place prefix opening a sentence, and a place\'s body ending in an organisation\'s head', () => {
  checkRows([
    ['port opening a sentence', 'Port Velden is a town on the coast.', [['PLACE', 'Port Velden']], ['Velden']],
    ['san opening a sentence', 'San Velmoro Police said the road was closed.', [['ORG', 'San Velmoro Police']], ['Velmoro Police']],
    ['port of X authority', 'The Port of Velden Authority said it regretted the delay.', [['ORG', 'Port of Velden Authority']], ['Velden Authority']],
    ['a word that is no prefix stays out', 'Port officials said the quay was closed.', [], ['Port']],
  ]);
});

/** Each row: the text, the entity's type and name, and the mentions it must have, in order. */
type LinkRow = [tag: string, text: string, type: EntityType, name: string, mentions: string[]];

function checkLinks(rows: readonly LinkRow[]): void {
  for (const [tag, text, type, name, mentions] of rows) {
    const entities = findEntities(text);
    checkInvariants(text, entities, tag);
    assert.deepEqual(find(entities, type, name)?.mentions.map((m) => m.text), mentions, `${tag}\n${describe(entities)}`);
  }
}

test('the end of a longer person name is that person; an end two names share stays apart', () => {
  checkLinks([
    ['particle surname', 'Prime Minister Bart De Wever urged talks. De Wever later left.', 'PERSON', 'Bart De Wever', ['Bart De Wever', 'De Wever']],
    ['two-word end of a three-word name', 'Maria De La Cruz spoke first. Then De La Cruz left.', 'PERSON', 'Maria De La Cruz', ['Maria De La Cruz', 'De La Cruz']],
    ['the shorter name first', 'De Wever spoke first. Prime Minister Bart De Wever then left.', 'PERSON', 'Bart De Wever', ['De Wever', 'Bart De Wever']],
    ['shared end stays apart', 'Bart De Wever and Anna De Wever met. De Wever left.', 'PERSON', 'De Wever', ['De Wever']],
  ]);
});

test('an organisation named without its place is the body of that place, named by its commoner form', () => {
  checkLinks([
    ['headline without the place', 'City Council approves budget\n\nThe Bristol City Council voted on Thursday.', 'ORG', 'Bristol City Council', ['City Council', 'Bristol City Council']],
    ['the short form is commoner', 'The United Kingdom Home Office said so. The Home Office said no. The Home Office left.', 'ORG', 'Home Office', ['United Kingdom Home Office', 'Home Office', 'Home Office']],
    ['an organisation before the rest', 'The UN Security Council met. The Security Council voted.', 'ORG', 'UN Security Council', ['UN Security Council', 'Security Council']],
    ['no place before the rest', 'The Scottish National Party and the National Party met.', 'ORG', 'National Party', ['National Party']],
  ]);
});

test('in a match report a town alone is its club; after a preposition of place it is the town', () => {
  checkLinks([
    ['club named in full', 'Leeds United drew 2-2 with Sunderland on Saturday. Leeds remain second, and fans in Leeds were pleased.', 'ORG', 'Leeds United', ['Leeds United', 'Leeds']],
    ['the town stays', 'Leeds United drew 2-2 with Sunderland on Saturday. Leeds remain second, and fans in Leeds were pleased.', 'PLACE', 'Leeds', ['Leeds']],
    ['no score, no club', 'Leeds United opened a museum. Leeds is a city in Yorkshire.', 'PLACE', 'Leeds', ['Leeds']],
  ]);
});

test('landforms and routes end place names; a person is no apposition\'s owner; where a person is from is a place', () => {
  checkRows([
    ['ice shelf after a given name', 'The team took samples on the Ross Ice Shelf in 2019.', [['PLACE', 'Ross Ice Shelf']], []],
    ['given name, rare middle name, place word', 'The talk by Marc Lamont Hill ran long.', [['PERSON', 'Marc Lamont Hill']], []],
    ['crossing and tunnel', 'Trucks waited at the Rafah Crossing and in the Channel Tunnel.', [['PLACE', 'Rafah Crossing'], ['PLACE', 'Channel Tunnel']], []],
    ['from after a person noun', 'Sarah Hughes, a retired teacher from Southmead, said she was angry.', [['PERSON', 'Sarah Hughes'], ['PLACE', 'Southmead']], []],
    ['from after an age', 'A 34-year-old from Harwick was arrested.', [['PLACE', 'Harwick']], []],
    ['possessive in an apposition', '"We must stop," said Muthoki Mumo, the group\'s regional representative.', [['PERSON', 'Muthoki Mumo']], []],
  ]);
  // the object of a preposition does not speak: "to Velmarsh, said the mayor" makes no person
  const text = 'The grant went to Velmarsh, said the mayor.';
  assert.equal(find(findEntities(text), 'PERSON', 'Velmarsh'), undefined, describe(findEntities(text)));
});

test('a place and an ordinary word before "and" and a body\'s head make one organisation; a dateline in capitals does not name the place', () => {
  checkRows([
    ['fire and rescue service', 'West Yorkshire Fire and Rescue Service said the blaze covered two square kilometres.', [['ORG', 'West Yorkshire Fire and Rescue Service']], ['West', 'Rescue Service']],
    ['after "the"', 'The Greater Manchester Fire and Rescue Service said so.', [['ORG', 'Greater Manchester Fire and Rescue Service']], ['Manchester']],
    ['two places are still two', 'Talks between Russia and Ukraine failed.', [['PLACE', 'Russia'], ['PLACE', 'Ukraine']], []],
    ['a constabulary is a body', 'Officers from Somerset Constabulary said so.', [['ORG', 'Somerset Constabulary']], []],
  ]);
  checkLinks([['dateline in capitals', 'KYIV, Jan 14 (Reuters) - Drones hit Kyiv overnight.', 'PLACE', 'Kyiv', ['KYIV', 'Kyiv']]]);
});

test('a firm\'s own name word alone is that firm; a trade before a given name opening a sentence is no part of the name', () => {
  checkLinks([
    ['name word after the full name', 'Regulators fined Harbourside Bank on Tuesday. Harbourside said it accepted the findings.', 'ORG', 'Harbourside Bank', ['Harbourside Bank', 'Harbourside']],
    ['two firms share the word: neither', 'Zentrix Energy said so, and Zentrix Mining disagreed.', 'ORG', 'Zentrix Energy', ['Zentrix Energy']],
  ]);
  checkRows([['trade first', 'Geophysicist Magnus Tumi Gudmundsson said the eruption could last weeks.', [['PERSON', 'Magnus Tumi Gudmundsson']], ['Geophysicist Magnus Tumi Gudmundsson']]]);
});

test('a relative named by one word is a person', () => {
  checkRows([
    ['apposition after a kinship noun', 'His wife, Halina, sat on a bench by the jetty.', [['PERSON', 'Halina']], []],
    ['no comma', 'Her son Tomek was not at home.', [['PERSON', 'Tomek']], []],
  ]);
});

test('letters after a name are no part of it; a firm named in apposition after its kind is a firm', () => {
  checkRows([
    ['KC after a judge', 'Sentencing him, Judge Melbourne Inman KC said the crime was callous.', [['PERSON', 'Melbourne Inman']], ['Melbourne Inman KC']],
    ['MP after a name', 'The motion was tabled by Keir Starmer MP on Monday.', [['PERSON', 'Keir Starmer']], ['Keir Starmer MP']],
    ['record label', 'Her record label, Northlight Music, said all tickets would be refunded.', [['ORG', 'Northlight Music']], []],
    ['parent company', 'Its parent company, Velmar, said so.', [['ORG', 'Velmar']], []],
  ]);
});

test('a court\'s level before a judge names nothing; "the X estuary" is a place; a given name alone is the one person of that name', () => {
  checkRows([
    ['district judge', 'U.S. District Judge Alan Whitfield told jurors to expect a long trial.', [['PERSON', 'Alan Whitfield']], ['U.S. District', 'District']],
    ['a supreme court is still named', 'Supreme Court Justice Elena Kagan wrote the opinion.', [['ORG', 'Supreme Court'], ['PERSON', 'Elena Kagan']], []],
    ['estuary', 'He has carried passengers across the Kessel estuary for years.', [['PLACE', 'Kessel']], []],
    ['workers of a country', 'Tasha Coleman, an organiser with the Communications Workers of America, spoke.', [['ORG', 'Communications Workers of America']], []],
    ['"X said" is weaker than "the company X"', 'Cloud software company Brightline cut jobs. Brightline said it would pay severance.', [['ORG', 'Brightline']], []],
  ]);
  assert.equal(find(findEntities('Cloud software company Brightline cut jobs. Brightline said it would pay severance.'), 'PERSON', 'Brightline'), undefined);
  checkLinks([
    ['given name alone', 'Pop star Lena Marsh cancelled her tour. Her label said Lena needed rest.', 'PERSON', 'Lena Marsh', ['Lena Marsh', 'Lena']],
    ['a given name two people share names neither', 'Donald Trump met Donald Tusk. Donald said hello.', 'PERSON', 'Donald Trump', ['Donald Trump']],
  ]);
});

test('a saint\'s or founder\'s possessive before an institution is part of its name', () => {
  checkRows([
    ['saint and hospital', 'A patient at St Luke\'s Hospital said so.', [['ORG', "St Luke's Hospital"]], ['Luke']],
    ['apostrophe last', 'He was taken to St Thomas\' Hospital.', [['ORG', "St Thomas' Hospital"]], []],
    ['founder and hospital', 'She trained at Guy\'s Hospital.', [['ORG', "Guy's Hospital"]], []],
    ['a place\'s possessive stays apart', 'Britain\'s Parliament met on Monday.', [['PLACE', 'Britain']], ["Britain's Parliament"]],
  ]);
});

test('"X, one of the largest makers of …" names a kind in the plural', () => {
  checkRows([
    ['firm', 'Nutrica, one of Europe\'s largest makers of infant formula, is recalling tins.', [['ORG', 'Nutrica']], []],
    ['companies', 'Velmora, one of the largest companies in Chile, said so.', [['ORG', 'Velmora']], []],
    ['towns', 'Arlen, one of the towns in the valley, flooded.', [['PLACE', 'Arlen']], []],
  ]);
});

test('a regional adjective and a word of its own, or a pair that speaks, is a firm; an adjective and a title is none', () => {
  checkRows([
    ['rare word after the adjective', 'Northern Powergrid said engineers were working.', [['ORG', 'Northern Powergrid']], []],
    ['the pair speaks', 'The firm Scottish Power said no.', [['ORG', 'Scottish Power']], []],
    ['an adjective and a title', 'Chinese President Wen spoke. Russian officials said so.', [], ['Chinese President', 'Russian']],
  ]);
});

test('a plural noun for people opening a sentence before "said" is no name; "X, the German company behind …" is a firm', () => {
  checkRows([
    ['plural before said', 'Keepers said the cubs were healthy.', [], ['Keepers']],
    ['company behind', 'Bioventa, the German biotech company behind one of the first vaccines, cut its forecast.', [['ORG', 'Bioventa']], []],
  ]);
});

test('a sentence opening with "The" and a kind of organisation names the firm in apposition', () => {
  checkRows([
    ['auction house', 'The auction house, Dorotheum, said it had examined the painting.', [['ORG', 'Dorotheum']], []],
    ['company', 'The company, Velmar Group, said so.', [['ORG', 'Velmar Group']], []],
    ['renewables', 'It will power two million homes, according to its developer, Northsea Renewables.', [['ORG', 'Northsea Renewables']], []],
  ]);
  assert.equal(find(findEntities('At the firm, Smith worked hard. Smith said so.'), 'ORG', 'Smith'), undefined);
});

test('a nationality of two words names nothing; a Korean given name keeps its hyphenated part', () => {
  checkRows([
    ['south korean', 'South Korean President Park Min-jun spoke. The South Korean leader left.', [['PERSON', 'Park Min-jun']], ['South Korean']],
    ['another family name first', 'Opposition lawmaker Kim Ji-young agreed.', [['PERSON', 'Kim Ji-young']], ['Kim Ji']],
    ['an ordinary word after a hyphen still ends a name', 'The Kremlin-backed group met Moscow-based firms.', [['ORG', 'Kremlin'], ['PLACE', 'Moscow']], []],
  ]);
});

test('a building named after a saint or a person is a place, not the person', () => {
  checkRows([
    ['basilica', "Speaking from St Peter's Basilica, he called for peace.", [['PLACE', "St Peter's Basilica"]], ["Peter's Basilica"]],
    ['a title before a person is still cut', 'President Vladimir Putin met Queen Elizabeth.', [['PERSON', 'Vladimir Putin'], ['PERSON', 'Elizabeth']], ['President Vladimir Putin']],
  ]);
});

test('an Arabic particle joined by a hyphen is part of the name', () => {
  checkRows([
    ['al-', "Qatar's foreign ministry spokesman, Majed al-Ansari, announced the extension.", [['PERSON', 'Majed al-Ansari']], []],
    ['el- after a title', 'Egyptian President Abdel Fattah el-Sisi spoke.', [['PERSON', 'Abdel Fattah el-Sisi']], ['Egyptian President Abdel Fattah el-Sisi']],
    ['a hyphenated ordinary word is not a particle', 'A state-run firm cut jobs.', [], ['run']],
  ]);
});

test('a field between two title words is part of the title; a surname that is also a place\'s head stays a surname after a title', () => {
  checkRows([
    ['chief fire officer', 'Chief Fire Officer Martin Lowe said the crews had done well.', [['PERSON', 'Martin Lowe']], ['Fire Officer Martin Lowe']],
    ['chief medical officer', 'The Chief Medical Officer, Dr Anna Berg, spoke first. Chief Medical Officer Anna Berg later said it was fine.', [['PERSON', 'Anna Berg']], ['Medical Officer Anna Berg']],
    ['chief operating officer', 'Chief Operating Officer Lisa Park left the firm in May.', [['PERSON', 'Lisa Park']], []],
    ['surname hill after a rank', 'Chief Constable Mark Hill said the force would review the case.', [['PERSON', 'Mark Hill']], ['Chief Constable Mark Hill']],
    ['a park named after a king', 'Crowds gathered in King Edward Park on Sunday.', [['PLACE', 'King Edward Park']], ['Edward Park']],
    ['a hill named after a saint', 'The chapel stands on St John Hill above the town.', [['PLACE', 'St John Hill']], []],
  ]);
});

test('a named study, survey or census is a work, not an organisation or a person; a survey that maps the land is an agency', () => {
  checkRows([
    ['study', 'The results of the Australian National Iodine Nutrition Study were published this week.', [], ['Australian National Iodine Nutrition Study']],
    ['study after "of"', 'The Global Burden of Disease Study found more deaths.', [], ['Disease Study', 'Global Burden of Disease Study']],
    ['survey', 'The British Social Attitudes Survey asked 3,000 people.', [], ['British Social Attitudes Survey']],
    ['census', 'The National Farm Census counted fewer herds.', [], ['National Farm Census']],
    ['an agency', 'The Ordnance Survey mapped the coast. The British Geological Survey agreed. The US Geological Survey said the quake was strong.', [['ORG', 'Ordnance Survey'], ['ORG', 'British Geological Survey'], ['ORG', 'US Geological Survey']], ['Geological Survey']],
  ]);
});
