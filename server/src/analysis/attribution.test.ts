import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeQuotes, genderAround } from './attribution';
import { findQuotes } from './quotes';
import { findParagraphs } from './structure';
import type { Entity, EntityType } from './types';

/**
 * Builds an entity list for a test text: each [type, name, ...surface forms] becomes one
 * entity whose mentions are every whole-word occurrence of its surface forms.
 */
function entitiesFor(text: string, specs: [EntityType, string, ...string[]][]): Entity[] {
  const taken: [number, number][] = [];
  const out: Entity[] = [];
  specs.forEach(([type, name, ...forms], i) => {
    const mentions = [];
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
      const re = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) {
        const start = m.index!;
        const end = start + form.length;
        if (taken.some(([s, e]) => start < e && s < end)) continue;
        taken.push([start, end]);
        mentions.push({ start, end, text: form });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    out.push({ id: `e${i + 1}`, type, name, mentions, origin: 'auto' });
  });
  return out;
}

interface Expect {
  speaker: string | null;
  rule?: string | null;
  kind?: string;
  cue?: string | null;
  stance?: string | null;
  via?: string | null;
  role?: string | null;
  mention?: string;
}

type Row = [tag: string, text: string, entities: [EntityType, string, ...string[]][], expected: Expect[]];

const PERSONS: [EntityType, string, ...string[]][] = [
  ['PERSON', 'Maria Lopez', 'Maria Lopez', 'Lopez'],
  ['PERSON', 'John Carter', 'John Carter', 'Carter'],
];

const ROWS: Row[] = [
  ['X said after', '“We will rebuild the bridge,” Lopez said.', PERSONS, [{ speaker: 'Maria Lopez', rule: 'speaker-verb', cue: 'said', stance: 'neutral', mention: 'Lopez' }]],
  ['said X after', '“We will rebuild the bridge,” said Maria Lopez.', PERSONS, [{ speaker: 'Maria Lopez', rule: 'verb-speaker' }]],
  [
    'appositive role kept',
    '“Prices will rise again,” John Carter, an economist at the central bank, warned on Monday.',
    PERSONS,
    [{ speaker: 'John Carter', rule: 'appositive', role: 'an economist at the central bank', cue: 'warned', stance: 'assertive' }],
  ],
  [
    'verb-speaker with role',
    '“Prices will rise again,” said John Carter, an economist at the central bank.',
    PERSONS,
    [{ speaker: 'John Carter', rule: 'appositive', role: 'an economist at the central bank' }],
  ],
  ['X said: before', 'Maria Lopez said: “The vote is over.”', PERSONS, [{ speaker: 'Maria Lopez', rule: 'colon' }]],
  ['X said, before', 'Maria Lopez said, “The vote is over and we won it.”', PERSONS, [{ speaker: 'Maria Lopez', rule: 'speaker-verb' }]],
  ['name colon label', 'Maria Lopez: “The vote is over and we won it.”', PERSONS, [{ speaker: 'Maria Lopez', rule: 'colon' }]],
  [
    'that-clause partial quote',
    'Carter said that the plan was “a reckless gamble with public money”.',
    PERSONS,
    [{ speaker: 'John Carter', rule: 'that-clause', cue: 'said' }],
  ],
  ['warned of', 'Lopez warned of “a long and painful winter for everyone”.', PERSONS, [{ speaker: 'Maria Lopez', rule: 'that-clause', stance: 'assertive' }]],
  ['called for', 'Carter called for “an immediate and independent inquiry”.', PERSONS, [{ speaker: 'John Carter', rule: 'that-clause' }]],
  ['X told Y', 'Lopez told reporters: “We have nothing to hide from anyone.”', PERSONS, [{ speaker: 'Maria Lopez', rule: 'told', cue: 'told' }]],
  [
    'told an agency: channel kept apart',
    '“The border is calm tonight,” Carter told the Associated Press.',
    PERSONS,
    [{ speaker: 'John Carter', rule: 'told', via: 'Associated Press' }],
  ],
  [
    'according to a person',
    'According to Carter, “the money was never spent on the school at all.”',
    PERSONS,
    [{ speaker: 'John Carter', rule: 'according-to', cue: 'According to' }],
  ],
  [
    'according to an agency is a channel',
    'According to Reuters, Lopez said that “the talks collapsed late on Sunday night.”',
    PERSONS,
    [{ speaker: 'Maria Lopez', via: 'Reuters' }],
  ],
  [
    'as reported by an agency',
    'As reported by AFP, Carter insisted that “nobody was hurt in the blast.”',
    PERSONS,
    [{ speaker: 'John Carter', via: 'AFP', stance: 'assertive' }],
  ],
  [
    'split quote, both pieces',
    '“We lost,” Lopez said, “but we will be back next year with a better team.”',
    PERSONS,
    [{ speaker: 'Maria Lopez', rule: 'speaker-verb' }, { speaker: 'Maria Lopez' }],
  ],
  [
    'short form resolves to full name',
    '“We will appeal the ruling,” said Maria Lopez. Later, “the court got it wrong on every count,” Lopez added.',
    [],
    [{ speaker: 'Maria Lopez' }, { speaker: 'Maria Lopez', mention: 'Lopez', cue: 'added' }],
  ],
  [
    'he resolves to the latest male person',
    'Maria Lopez met John Carter on Friday.\nJohn Carter spoke first. “There is no deal yet, and there may never be one,” he said.',
    PERSONS,
    [{ speaker: 'John Carter', rule: 'pronoun', mention: 'he' }],
  ],
  [
    'a word naming an object property ("constructor") is no pronoun',
    '“We will rebuild the bridge,” Maria Lopez said. “And soon,” constructor added.',
    PERSONS,
    [{ speaker: 'Maria Lopez' }, { speaker: null }],
  ],
  [
    'she resolves past a male mention',
    'Maria Lopez spoke after John Carter left. “We need more time for this,” she said.',
    PERSONS,
    [{ speaker: 'Maria Lopez', rule: 'pronoun', mention: 'she' }],
  ],
  [
    'title resolves to the titled person',
    'Brazilian President Maria Lopez met John Carter. “Trade will double within five years,” the Brazilian president said.',
    PERSONS,
    [{ speaker: 'Maria Lopez', rule: 'title', mention: 'the Brazilian president' }],
  ],
  [
    'leader resolves by nationality',
    'Chilean President John Carter and Peruvian President Maria Lopez met. “We will open the border,” the Chilean leader said.',
    PERSONS,
    [{ speaker: 'John Carter', rule: 'title' }],
  ],
  [
    'unnamed speaker kept as written',
    '“The convoy was hit twice before dawn,” a senior military official said.',
    [],
    [{ speaker: 'a senior military official', kind: 'unnamed' }],
  ],
  ['officials', '“The road will reopen on Monday,” officials said.', [], [{ speaker: 'officials', kind: 'unnamed' }]],
  [
    'organisation speaker',
    '“The claims are baseless and absurd,” the Kremlin said.',
    [['ORG', 'Kremlin', 'Kremlin']],
    [{ speaker: 'Kremlin', kind: 'organization' }],
  ],
  [
    'the ministry',
    '“No civilians were harmed in the strike,” the ministry said in a statement.',
    [],
    [{ speaker: 'the ministry', kind: 'organization' }],
  ],
  [
    'claimed is uncertain',
    '“The election was stolen from us,” Carter claimed.',
    PERSONS,
    [{ speaker: 'John Carter', stance: 'uncertain', cue: 'claimed' }],
  ],
  ['scare quote: no speaker', 'The mayor, a self-styled “dreamer”, opened the new park on Sunday.', [], [{ speaker: null, rule: null }]],
  ['label verb with a subject is a partial quote', 'Critics mocked the plan, calling the mayor a “dreamer” for years.', [], [{ speaker: 'Critics', kind: 'unnamed' }]],
  ['scare quote in narrative', 'The so-called “peace dividend” never arrived in the region.', [], [{ speaker: null }]],
  ['titled quote', 'The robot, named “Better Days Ahead For All,” won the prize.', [], [{ speaker: null }]],
  [
    'continuation in the next paragraph',
    '“We are ready,” Lopez said.\n“Our teams have trained for this day for more than a year now.”',
    PERSONS,
    [{ speaker: 'Maria Lopez' }, { speaker: 'Maria Lopez', rule: 'continuation' }],
  ],
  [
    'no continuation after narrative',
    '“We are ready,” Lopez said.\nThe storm hit the coast on Tuesday, flooding hundreds of homes and cutting power to the whole region for two days while crews worked around the clock to restore it.\n“Nobody expected the water to rise so fast this time around.”',
    PERSONS,
    [{ speaker: 'Maria Lopez' }, { speaker: null }],
  ],
  [
    'quote ending a sentence does not take the next sentence as its cue',
    '“It was an accident.” A police spokesman said the driver was “not under the influence”.',
    [],
    [{ speaker: null }, { speaker: 'a police spokesman', rule: 'that-clause' }],
  ],
  [
    'news agency phrase as channel',
    '“We will not negotiate,” Carter told state-run news agency Tanjug.',
    PERSONS,
    [{ speaker: 'John Carter', via: 'Tanjug' }],
  ],
  [
    'name first in a clause with several commas',
    'Nora Vance, curator of prints at the State University, Lincoln, said, “These pictures show daily life in the city.”',
    [],
    [{ speaker: 'Nora Vance', kind: 'person' }],
  ],
  [
    'a verb that opens the next quote is not the cue of the one before',
    '“The bridge is closed.” Transport director General Omar al-Sayed, speaking to local radio, said “It will stay closed all week.”',
    [],
    [{ speaker: null }, { speaker: 'Omar al-Sayed' }],
  ],
  [
    'an agency that makes the statement itself',
    '“The drills will go on for a week and will involve live fire exercises,” said KCNA. “Any provocation will be punished,” it added.',
    [['ORG', 'KCNA', 'KCNA']],
    [{ speaker: 'KCNA', kind: 'organization', via: 'KCNA' }, { speaker: 'KCNA', rule: 'pronoun' }],
  ],
  [
    'according to an outlet, no one else named: the outlet is the source',
    'By then, “the roof had fallen in and the pumps had stopped working”, according to the Globe and Mail.',
    [],
    [{ speaker: 'Globe and Mail', kind: 'organization', rule: 'according-to', via: 'Globe and Mail' }],
  ],
  [
    'according to an agency quoting another: the quoted agency speaks',
    'According to Nova news agency, quoting the state news agency Kavala Press Service, the army was told to prepare for “a long and costly campaign in the hills”.',
    [],
    [{ speaker: 'Kavala Press Service', kind: 'organization', rule: 'according-to', via: 'Nova' }],
  ],
  [
    'an office after a title and "of" is not the name',
    'Minister of Education Maria Lopez said a “more general reflection on the fees” is needed.',
    [['PERSON', 'Education Maria Lopez', 'Education Maria Lopez']],
    [{ speaker: 'Maria Lopez', kind: 'person' }],
  ],
  [
    'an office after a title and "for", then an honorific',
    'Undersecretary for Transport Mr. Carter says “many of the bridges will have to close this winter.”',
    PERSONS,
    [{ speaker: 'John Carter' }],
  ],
  [
    'the subject of the clause speaks through "whilst" and a participle',
    'On Monday, Carter defended the budget whilst promising “a full review of every single contract”.',
    PERSONS,
    [{ speaker: 'John Carter', stance: 'assertive' }],
  ],
  [
    'an organisation right before a participle speaks',
    'The form must be filled in English, the ministry recommending “free online translation tools for everyone” if needed.',
    [],
    [{ speaker: 'the ministry', kind: 'organization', cue: 'recommending' }],
  ],
  [
    'a one-word entity stands for the one fuller name that holds it',
    'Thomas Sam ran the clinic. Later, Thomas’ sister pleaded with him, but he replied “I am not able to do that at all”.',
    [['PERSON', 'Thomas Sam', 'Thomas Sam'], ['PERSON', 'Thomas', 'Thomas']],
    [{ speaker: 'Thomas Sam', rule: 'pronoun' }],
  ],
  [
    'a misspelt surname stands for the fuller name',
    'Lydia Buchtmann runs the food agency. “We need to make sure there is enough iodine in bread,” Ms Bauchtman said.',
    [['PERSON', 'Lydia Buchtmann', 'Lydia Buchtmann'], ['PERSON', 'Bauchtman', 'Bauchtman']],
    [{ speaker: 'Lydia Buchtmann' }],
  ],
  [
    'a one-word name shared by two fuller names stays as written',
    'Ann Moss and Tom Moss met the press. “We will appeal the ruling,” Moss said.',
    [['PERSON', 'Ann Moss', 'Ann Moss'], ['PERSON', 'Tom Moss', 'Tom Moss'], ['PERSON', 'Moss', 'Moss']],
    [{ speaker: 'Moss' }],
  ],
  [
    'an agency that reports is only a channel',
    '“We are ready to talk,” Reuters reported, quoting an unnamed diplomat.',
    [],
    [{ speaker: null, via: 'Reuters' }],
  ],
  [
    'an outlet that comments speaks for itself',
    'The Straits Times noted that “what began as a few messages has grown into a worldwide movement”.',
    [],
    [{ speaker: 'Straits Times', kind: 'organization', via: 'Straits Times' }],
  ],
  [
    'a short term in an outlet\'s comment is no evidence of a speaker',
    'The Straits Times noted that the messages had grown into a “support movement”.',
    [],
    [{ speaker: null, via: 'Straits Times' }],
  ],
  [
    'an outlet that writes an editorial speaks for itself',
    '“The summit was a failure from the first day,” the Daily Courier wrote in an editorial.',
    [['ORG', 'Daily Courier', 'Daily Courier']],
    [{ speaker: 'Daily Courier', kind: 'organization' }],
  ],
  [
    'an outlet that quotes someone is only a channel; the one it quotes speaks',
    '“We will not resign,” the Daily Courier quoted an unnamed minister as saying.',
    [['ORG', 'Daily Courier', 'Daily Courier']],
    [{ speaker: 'an unnamed minister', kind: 'unnamed', via: 'Daily Courier' }],
  ],
  [
    'cue at the end of the paragraph before',
    'Lopez wrote on her blog:\n“The road was closed for three days and nobody told the families why.”',
    PERSONS,
    [{ speaker: 'Maria Lopez', rule: 'colon', cue: 'wrote' }],
  ],
  [
    'in his speech: the owner of the speech',
    'John Carter opened the summit on Monday. In his opening speech, he promised the delegates “a fair deal for every farmer in the region”.',
    PERSONS,
    [{ speaker: 'John Carter' }],
  ],
  [
    'in her letter, no verb',
    'Maria Lopez resigned on Friday. In her letter to the board, “the years of neglect have finally caught up with us.”',
    PERSONS,
    [{ speaker: 'Maria Lopez', rule: 'pronoun' }],
  ],
  [
    'relative clause: who said',
    'The talks stalled until John Carter, who warned that “time is running out for both sides”, left the room.',
    PERSONS,
    [{ speaker: 'John Carter', rule: 'speaker-verb', stance: 'assertive' }],
  ],
  [
    'an unlisted verb with "that" before the quote',
    'Carter reminded the audience that “nothing in this agreement is final until it is signed”.',
    PERSONS,
    [{ speaker: 'John Carter', rule: 'that-clause', stance: null, cue: 'reminded' }],
  ],
  [
    'a noun with "that" is no verb',
    'There is evidence that “the water was poisoned long before the flood”, the report found.',
    [],
    [{ speaker: null }],
  ],
  [
    'a document of a named organisation',
    '“Claims will be reviewed within six weeks of arrival,” the Home Office letter reads.',
    [['ORG', 'Home Office', 'Home Office']],
    [{ speaker: 'Home Office', kind: 'organization' }],
  ],
  [
    'the city stands for the municipality named before',
    'The fine was imposed by the Municipality of Ardena in May.\nThe city reasoned, “the school charges fees, so it runs a business like any other.”',
    [['ORG', 'Municipality of Ardena', 'Municipality of Ardena']],
    [{ speaker: 'Municipality of Ardena', kind: 'organization' }],
  ],
  [
    'a name right before a participle',
    'Critics spoke out, with Dana Whitfield stating: “This process will put lives at risk for no reason at all.”',
    [],
    [{ speaker: 'Dana Whitfield', kind: 'person' }],
  ],
  [
    'a document seen by an outlet',
    'A leaked internal memo seen by the BBC says “staff numbers will be cut by a third next year”.',
    [],
    [{ speaker: 'a leaked internal memo', kind: 'unnamed', via: 'BBC' }],
  ],
  [
    "an owner's statement",
    'Beijing’s statement said “the two sides agreed to keep talking through the winter”.',
    [['PLACE', 'Beijing', 'Beijing']],
    [{ speaker: 'Beijing', kind: 'organization' }],
  ],
  [
    "an owner's analysis of something: the owner speaks",
    'Tech Weekly’s review of its own reader figures concluded, “Most readers now arrive from search engines.”',
    [['ORG', 'Tech Weekly', 'Tech Weekly']],
    [{ speaker: 'Tech Weekly', kind: 'organization', cue: 'concluded' }],
  ],
  [
    '"concluded" reports a document\'s words',
    'The study concluded that “ozone and heat together cut yields far more than either alone”.',
    [],
    [{ speaker: 'the study', kind: 'unnamed', cue: 'concluded' }],
  ],
  [
    'reported by outlet after the quote',
    '“Nobody told us anything,” a resident told the BBC.',
    [],
    [{ speaker: 'a resident', kind: 'unnamed', via: 'BBC' }],
  ],
  // A pronoun after an opening phrase, and who it can stand for.
  [
    'a person-typed name that ends like a team is no antecedent for "he"',
    'Peter Lund has coached the side for six years. Riverside Rangers lost again on Saturday. Asked about the defeat, he said “we simply did not deserve anything from this game”.',
    [['PERSON', 'Peter Lund', 'Peter Lund'], ['PERSON', 'Riverside Rangers', 'Riverside Rangers']],
    [{ speaker: 'Peter Lund', rule: 'pronoun', mention: 'he' }],
  ],
  [
    'a person-typed name that ends like a firm is no antecedent for "she"',
    'Anna Berg leads the inquiry. In a statement released by Coastline Legal Partners on Monday, she said “every house will be rebuilt at their cost”.',
    [['PERSON', 'Anna Berg', 'Anna Berg'], ['PERSON', 'Coastline Legal Partners', 'Coastline Legal Partners']],
    [{ speaker: 'Anna Berg', rule: 'pronoun' }],
  ],
  [
    'a person the quote names by surname is not the pronoun speaker',
    'For Tom Reyes, a local teacher, Victor Hale was a hero. He said, “Victor Hale changed the way this whole town thinks about music.”',
    [['PERSON', 'Tom Reyes', 'Tom Reyes'], ['PERSON', 'Victor Hale', 'Victor Hale']],
    [{ speaker: 'Tom Reyes', rule: 'pronoun' }],
  ],
  [
    'the same subject stays the pronoun speaker when the quote does not name it',
    'For Tom Reyes, a local teacher, Victor Hale was a hero. He said, “Nobody in this town had ever heard music like that before.”',
    [['PERSON', 'Tom Reyes', 'Tom Reyes'], ['PERSON', 'Victor Hale', 'Victor Hale']],
    [{ speaker: 'Victor Hale', rule: 'pronoun' }],
  ],
  [
    'a name after an opening participle is its object, not the pronoun speaker',
    'Mark Olsen leads the inquiry. Citing Abraham Lincoln, he said “a house divided cannot stand, and neither can a party”.',
    [['PERSON', 'Mark Olsen', 'Mark Olsen'], ['PERSON', 'Abraham Lincoln', 'Abraham Lincoln']],
    [{ speaker: 'Mark Olsen', rule: 'pronoun' }],
  ],
  [
    'a person mention that took in the opening participle is no subject either',
    'Mark Olsen leads the inquiry. Quoting Winston Churchill, he said “we shall never surrender to this kind of pressure”.',
    [['PERSON', 'Mark Olsen', 'Mark Olsen'], ['PERSON', 'Quoting Winston Churchill', 'Quoting Winston Churchill']],
    [{ speaker: 'Mark Olsen', rule: 'pronoun' }],
  ],
  [
    'a name after an opening preposition is its object',
    'Mark Olsen leads the agency. Alongside Senator Peter Holm at the Holm Foundation, he said “the shuttle era is over”.',
    [['PERSON', 'Mark Olsen', 'Mark Olsen'], ['PERSON', 'Peter Holm', 'Peter Holm'], ['ORG', 'Holm Foundation', 'Holm Foundation']],
    [{ speaker: 'Mark Olsen', rule: 'pronoun' }],
  ],
  [
    'a name after an opening adverb is still a subject',
    'Mark Olsen leads the agency. Yesterday Peter Holm arrived. “The shuttle era is over,” he said.',
    [['PERSON', 'Mark Olsen', 'Mark Olsen'], ['PERSON', 'Peter Holm', 'Peter Holm']],
    [{ speaker: 'Peter Holm', rule: 'pronoun' }],
  ],
  [
    'a name in an opening clause ("When X arrived") is a subject',
    'Mark Olsen leads the agency. When Peter Holm arrived, he said “the shuttle era is over”.',
    [['PERSON', 'Mark Olsen', 'Mark Olsen'], ['PERSON', 'Peter Holm', 'Peter Holm']],
    [{ speaker: 'Peter Holm', rule: 'pronoun' }],
  ],
  [
    'a person-typed library is no antecedent',
    'Mark Olsen leads the agency. The Ronald Reagan Library opened a new wing. “The shuttle era is over,” he said.',
    [['PERSON', 'Mark Olsen', 'Mark Olsen'], ['PERSON', 'Ronald Reagan Library', 'Ronald Reagan Library']],
    [{ speaker: 'Mark Olsen', rule: 'pronoun' }],
  ],
  [
    'a surname that also ends organisation names (Court) still names a person',
    'Ann Court met Mark Olsen. Court then spoke. “The shuttle era is over,” she said.',
    [['PERSON', 'Ann Court', 'Ann Court', 'Court'], ['PERSON', 'Mark Olsen', 'Mark Olsen']],
    [{ speaker: 'Ann Court', rule: 'pronoun' }],
  ],
  [
    'a surname ending in -ing is still a subject',
    'Ann Moss met Tom Fleming on Monday. Later Fleming spoke to the press. “We are ready for the vote,” he said.',
    [['PERSON', 'Ann Moss', 'Ann Moss'], ['PERSON', 'Tom Fleming', 'Tom Fleming', 'Fleming']],
    [{ speaker: 'Tom Fleming', rule: 'pronoun' }],
  ],
  [
    '"it" after "the department …" stands for the described organisation',
    'The department defended the purchase. In a statement, it said the cabinets “meet the security standard for classified material”.',
    [],
    [{ speaker: 'the department', kind: 'organization', rule: 'pronoun' }],
  ],
  [
    '"it" takes the later of a named and a described organisation',
    'The Ardena Water Board met on Monday. The foreign ministry was not there. It said “we were never invited to the meeting”.',
    [['ORG', 'Ardena Water Board', 'Ardena Water Board']],
    [{ speaker: 'the foreign ministry', kind: 'organization' }],
  ],
  [
    '"it" after a named organisation, nothing described later',
    'The Ardena Water Board met on Monday. “We will raise prices in the spring,” it said.',
    [['ORG', 'Ardena Water Board', 'Ardena Water Board']],
    [{ speaker: 'Ardena Water Board', kind: 'organization' }],
  ],
  // A quote that follows reported speech goes on with that speaker.
  [
    'a quote sentence after reported speech in the same paragraph',
    'Nadia Pell said the museum would reopen in spring. “The roof is finally fixed and the galleries are ready for visitors.”',
    [['PERSON', 'Nadia Pell', 'Nadia Pell']],
    [{ speaker: 'Nadia Pell', rule: 'continuation', cue: 'said' }],
  ],
  [
    'a quote paragraph after a paragraph of reported speech',
    'The fire chief, Rosa Mendes, said the blaze started in the kitchen.\n“It spread very quickly because the windows were open.”',
    [['PERSON', 'Rosa Mendes', 'Rosa Mendes']],
    [{ speaker: 'Rosa Mendes', rule: 'continuation' }],
  ],
  [
    'a quote paragraph after "X spoke to reporters"',
    'Oliver Grant, the head of the regional water board, spoke to reporters on Friday.\n“The reservoirs are at their lowest level in forty years and we must act now.”',
    [['PERSON', 'Oliver Grant', 'Oliver Grant']],
    [{ speaker: 'Oliver Grant', rule: 'continuation', cue: 'spoke' }],
  ],
  [
    'a fronted reporting clause ("As X told Y, …") before a quote sentence',
    'As Hale told the local paper, the choir has doubled in size since May. “We never expected so many people to turn up on a Tuesday night.”',
    [['PERSON', 'Victor Hale', 'Hale']],
    [{ speaker: 'Victor Hale', rule: 'continuation' }],
  ],
  [
    'a narrative sentence before a quote gives no speaker',
    'Nadia Pell opened the museum in spring. “The roof is finally fixed and the galleries are ready for visitors.”',
    [['PERSON', 'Nadia Pell', 'Nadia Pell']],
    [{ speaker: null }],
  ],
  [
    'a scare quote that opens a longer sentence after reported speech stays unattributed',
    'Nadia Pell said the museum would reopen in spring. “Pop-up” shows will fill the gap until then.',
    [['PERSON', 'Nadia Pell', 'Nadia Pell']],
    [{ speaker: null }],
  ],
  [
    'a title-case heading in quotation marks after reported speech stays unattributed',
    'Nadia Pell said the museum would reopen in spring.\n“A New Dawn For The Gallery”\nThe building dates from 1890.',
    [['PERSON', 'Nadia Pell', 'Nadia Pell']],
    [{ speaker: null }],
  ],
  [
    'a quote that answers a question about "she" is hers',
    'Kiara Perkins, an art student, skipped class to attend. Why did she want to attend so badly? “It is Warhol. He is a legend.”',
    [['PERSON', 'Kiara Perkins', 'Kiara Perkins']],
    [{ speaker: 'Kiara Perkins', rule: 'pronoun', cue: null }],
  ],
  [
    'a question about no one leaves the answer unattributed',
    'Kiara Perkins skipped class to attend. Will the plan work? “Nobody can say for sure at this point.”',
    [['PERSON', 'Kiara Perkins', 'Kiara Perkins']],
    [{ speaker: null }],
  ],
  [
    'continuation over one short narrative paragraph',
    '“We have done everything we could,” Grant said.\nThe board meets again next week.\n“If it does not rain soon, we will have to ration water for every household.”',
    [['PERSON', 'Oliver Grant', 'Grant']],
    [{ speaker: 'Oliver Grant' }, { speaker: 'Oliver Grant', rule: 'continuation' }],
  ],
  [
    'no continuation over a short paragraph that brings in another person',
    '“We have done everything we could,” Grant said.\nMayor Lisa Ortiz disagreed with him.\n“If it does not rain soon, we will have to ration water for every household.”',
    [['PERSON', 'Oliver Grant', 'Grant'], ['PERSON', 'Lisa Ortiz', 'Lisa Ortiz']],
    [{ speaker: 'Oliver Grant' }, { speaker: null }],
  ],
  [
    'no continuation over two narrative paragraphs',
    '“We have done everything we could,” Grant said.\nThe board meets again next week.\nRain is forecast.\n“If it does not rain soon, we will have to ration water for every household.”',
    [['PERSON', 'Oliver Grant', 'Grant']],
    [{ speaker: 'Oliver Grant' }, { speaker: null }],
  ],
  // Names and titles in quotation marks: nobody's words, whatever verb is near.
  [
    'a noun, then a naming participle, then the quote: a name',
    'The attack was claimed by a user labelled “Night Owl”, police said on Friday.',
    [],
    [{ speaker: null, rule: null }],
  ],
  [
    '"what he called": the quote is still his words',
    'Victor Hale defended what he called “a fair and honest budget”.',
    [['PERSON', 'Victor Hale', 'Victor Hale']],
    [{ speaker: 'Victor Hale' }],
  ],
  [
    'the website “…”: a name',
    'Lena Fox announced the plan on the website “Fair Rents Now” last week.',
    [['PERSON', 'Lena Fox', 'Lena Fox']],
    [{ speaker: null }],
  ],
  [
    'the word “…”: a term',
    'Lena Fox said the word “crisis” was never used in the meeting.',
    [['PERSON', 'Lena Fox', 'Lena Fox']],
    [{ speaker: null }],
  ],
  [
    'a preposition before a title-case quote: a name',
    'Lena Fox wrote on “The Morning Ledger” that rents would rise.',
    [['PERSON', 'Lena Fox', 'Lena Fox']],
    [{ speaker: null }],
  ],
  [
    'a preposition before a quote in sentence case: reported words',
    'Lena Fox said the rise would come in “a matter of weeks, not months”.',
    [['PERSON', 'Lena Fox', 'Lena Fox']],
    [{ speaker: 'Lena Fox', rule: 'that-clause' }],
  ],
  [
    'known as “…”: a name',
    'The estate, known as “The Island”, has no bus service, Fox said.',
    [['PERSON', 'Lena Fox', 'Fox']],
    [{ speaker: null }],
  ],
  [
    'known locally as “…”: a name',
    'Police said the man, known locally as “the Major”, had been arrested.',
    [],
    [{ speaker: null }],
  ],
  [
    'a title-case name inside reported speech is a title',
    'Maria Lopez said she would vote for the “Homes for All” bill next week.',
    PERSONS,
    [{ speaker: null }],
  ],
  [
    'a title-case name after "told … she had read"',
    'Maria Lopez told the committee she had read “The Prince” twice.',
    PERSONS,
    [{ speaker: null }],
  ],
  [
    'a title-case quote right after the cue is still speech',
    'Lopez told reporters: “We Are Ready.”',
    PERSONS,
    [{ speaker: 'Maria Lopez', rule: 'told' }],
  ],
  [
    'a quote inside an adverbial clause after the cue reports nothing',
    '“We will win this,” Lopez said, before the “red wall” seats voted against her.',
    PERSONS,
    [{ speaker: 'Maria Lopez' }, { speaker: null }],
  ],
  [
    'an adverbial clause closed by a comma before the quote: speech again',
    'Lopez said, as she left the hall, “we will be back next year with more votes”.',
    PERSONS,
    [{ speaker: 'Maria Lopez' }],
  ],
  [
    'in his own words: no title',
    'Victor Hale left the club in May. In his own words, “the club had simply stopped listening to its members.”',
    [['PERSON', 'Victor Hale', 'Victor Hale']],
    [{ speaker: 'Victor Hale' }],
  ],
  // Unnamed sources.
  [
    'a noun after "the" that also spells a verb ("said the post")',
    '“Nobody has been able to reach the server since Tuesday,” said the post on a hobby forum.',
    [],
    [{ speaker: 'the post', kind: 'unnamed', rule: 'verb-speaker' }],
  ],
  [
    '"the witness" after "a witness": the same unnamed source',
    '“The car did not even slow down,” a witness said. Later the witness added that “the driver looked straight at us and kept going”.',
    [],
    [{ speaker: 'a witness', kind: 'unnamed' }, { speaker: 'a witness', kind: 'unnamed', mention: 'the witness' }],
  ],
  [
    '"the witness" with no witness before: as written',
    'Later the witness added that “the driver looked straight at us and kept going”.',
    [],
    [{ speaker: 'the witness', kind: 'unnamed' }],
  ],
  [
    'with, a description and a participle',
    'The ferry sank at dawn, with one survivor telling reporters “the water was freezing and nobody came for hours”.',
    [],
    [{ speaker: 'one survivor', kind: 'unnamed', cue: 'telling' }],
  ],
  [
    'with, a plural source and a participle',
    'Protests went on all night, with residents saying “we will not leave our homes for anyone”.',
    [],
    [{ speaker: 'residents', kind: 'unnamed' }],
  ],
  // A byline after a dash.
  [
    'a name after a spaced dash signs the quote',
    '“We will be back stronger next season.” — Maria Lopez',
    PERSONS,
    [{ speaker: 'Maria Lopez', rule: 'colon', cue: '—' }],
  ],
  [
    'a name and a role after a hyphen used as a dash',
    '“We will be back stronger next season.” - Maria Lopez, club captain',
    PERSONS,
    [{ speaker: 'Maria Lopez', role: 'club captain' }],
  ],
  [
    'a dash then a sentence is no byline',
    '“Pay more or walk away.” - Maria Lopez heard that slogan every day in May.',
    PERSONS,
    [{ speaker: null }],
  ],
  // Titles, documents and genders.
  [
    'a title after an organisation and before the name is a role',
    '“This is a great day for the city,” said Space Agency Administrator Carla Munro to the crowd.',
    [['ORG', 'Space Agency', 'Space Agency'], ['PERSON', 'Carla Munro', 'Carla Munro']],
    [{ speaker: 'Carla Munro', kind: 'person', mention: 'Carla Munro' }],
  ],
  [
    'a statement from a named person: the person speaks',
    '“We are disappointed,” read a statement from Senator Mark Delaney.',
    [['PERSON', 'Mark Delaney', 'Mark Delaney']],
    [{ speaker: 'Mark Delaney', kind: 'person', cue: 'read' }],
  ],
  [
    'a post by an unnamed author: the post as written',
    '“We are disappointed,” said a post by an unknown author.',
    [],
    [{ speaker: 'a post', kind: 'unnamed' }],
  ],
  [
    'a given name from the wider name list tells the gender',
    'Carla Munro met Mark Delaney on Friday.\n“You made history,” Munro told him.\n“We did it together,” he replied.',
    [['PERSON', 'Carla Munro', 'Carla Munro', 'Munro'], ['PERSON', 'Mark Delaney', 'Mark Delaney']],
    [{ speaker: 'Carla Munro' }, { speaker: 'Mark Delaney', rule: 'pronoun' }],
  ],
  // A person "of" an organisation as the subject.
  [
    'a person of an organisation speaks, not the organisation',
    'Ana Reyes of the Harbour Trust said “the pier will not survive another winter like this one”.',
    [['PERSON', 'Ana Reyes', 'Ana Reyes'], ['ORG', 'Harbour Trust', 'Harbour Trust']],
    [{ speaker: 'Ana Reyes', kind: 'person', role: 'of the Harbour Trust' }],
  ],
  [
    'a person of an organisation whose name holds "and"',
    'Writing in a column, Ana Reyes of The Sand and Sea Review dubbed the plan: “A pier too far for a town this size”.',
    [['PERSON', 'Ana Reyes', 'Ana Reyes'], ['ORG', 'Sand and Sea Review', 'Sand and Sea Review']],
    [{ speaker: 'Ana Reyes', kind: 'person' }],
  ],
  [
    'an organisation of a place still speaks as the organisation',
    'The University of Ardena said “the campus will stay closed until the end of the month”.',
    [['ORG', 'University of Ardena', 'University of Ardena']],
    [{ speaker: 'University of Ardena', kind: 'organization' }],
  ],
  [
    '"characterized … as": the subject\'s words',
    'Ana Reyes spoke to the council. She characterized the plan as “a pier too far for a town this size”.',
    [['PERSON', 'Ana Reyes', 'Ana Reyes']],
    [{ speaker: 'Ana Reyes', rule: 'pronoun', cue: 'characterized' }],
  ],
  // Short forms and short continuations.
  [
    'a five-letter surname with one slip stands for the fuller name',
    'Kathy Waters runs the gallery. “Everyone in town knows the name,” Water said.',
    [['PERSON', 'Kathy Waters', 'Kathy Waters'], ['PERSON', 'Water', 'Water']],
    [{ speaker: 'Kathy Waters' }],
  ],
  [
    'a five-letter surname one slip from two fuller names stays as written',
    'Kathy Waters and Ben Wates run the gallery. “Everyone in town knows the name,” Water said.',
    [['PERSON', 'Kathy Waters', 'Kathy Waters'], ['PERSON', 'Ben Wates', 'Ben Wates'], ['PERSON', 'Water', 'Water']],
    [{ speaker: 'Water' }],
  ],
  [
    'a short whole sentence right after the cue continues the turn',
    '“I thought it was a kind of magic,” Carter said. “I loved it.”',
    PERSONS,
    [{ speaker: 'John Carter' }, { speaker: 'John Carter', rule: 'continuation' }],
  ],
  [
    'a short quote that does not end its sentence is no continuation',
    '“I thought it was a kind of magic,” Carter said. “Not now” was the answer he got.',
    PERSONS,
    [{ speaker: 'John Carter' }, { speaker: null }],
  ],
  [
    'an unnamed official with "a" opens the sentence of a participle cue',
    'A federal judge on Tuesday refused to postpone the trial, saying the defence had had “more than enough time” to prepare.',
    PERSONS,
    [{ speaker: 'a federal judge', kind: 'unnamed' }],
  ],
  [
    'a description with a name in apposition opens the sentence of a participle cue: the name speaks',
    'The housing minister, Grace Obi, faced a backlash on Tuesday after describing her plan as “common sense” for everyone.',
    [['PERSON', 'Grace Obi', 'Grace Obi']],
    [{ speaker: 'Grace Obi', kind: 'person' }],
  ],
  [
    '"a ministry statement said": the ministry named before speaks',
    'The Ministry of Health says 60,000 homes are without power. “Our teams will work through the night,” a ministry statement said.',
    [['ORG', 'Ministry of Health', 'Ministry of Health']],
    [{ speaker: 'Ministry of Health', kind: 'organization', rule: 'title' }],
  ],
  [
    'a role in lower case before a name makes it a subject for a pronoun ("Local fisherman X")',
    'Ana Ruiz cancelled a trip.\n\nLocal fisherman Yann Kerbrat, 58, saw the waves. “I have been at sea for forty years,” he said.',
    [['PERSON', 'Ana Ruiz', 'Ana Ruiz'], ['PERSON', 'Yann Kerbrat', 'Yann Kerbrat']],
    [{ speaker: 'Yann Kerbrat', rule: 'pronoun' }],
  ],
  [
    'a given name with an accent tells the gender as without it',
    'Jonas Weber met Élise Martin.\n\nThe talks ended. “My place is here,” she said.',
    [['PERSON', 'Jonas Weber', 'Jonas Weber'], ['PERSON', 'Élise Martin', 'Élise Martin']],
    [{ speaker: 'Élise Martin', rule: 'pronoun' }],
  ],
  [
    '"said Org\'s director, Name": the name in apposition after the role speaks',
    '“We have heard promises before,” said Greenwatch Africa’s director, Fred Njoroge.',
    [['ORG', 'Greenwatch', 'Greenwatch'], ['PLACE', 'Africa', 'Africa'], ['PERSON', 'Fred Njoroge', 'Fred Njoroge']],
    [{ speaker: 'Fred Njoroge', rule: 'appositive', role: 'Greenwatch Africa’s director' }],
  ],
  [
    '"said the group\'s director, Name"',
    '“We have heard promises before,” said the group’s director, Fred Njoroge, on Monday.',
    [['PERSON', 'Fred Njoroge', 'Fred Njoroge']],
    [{ speaker: 'Fred Njoroge', rule: 'appositive' }],
  ],
  [
    '"…," its director, Name, said: a description first, the name in apposition speaks',
    '“For once the rules were applied,” its director, Ioana Dumitru, said.',
    [['PERSON', 'Ioana Dumitru', 'Ioana Dumitru']],
    [{ speaker: 'Ioana Dumitru', rule: 'appositive', role: 'its director' }],
  ],
  [
    '"…," his wife, Name, said: a kinship description, then the name',
    '“He never came home,” his wife, Maria Lopes, told reporters.',
    [['PERSON', 'Maria Lopes', 'Maria Lopes']],
    [{ speaker: 'Maria Lopes', rule: 'appositive', role: 'his wife' }],
  ],
  [
    'an adjective in -ed before a role keeps the name a subject ("The first patient, retired teacher X, 71, had …")',
    'Amina Yusuf spoke first. “It works,” she says.\n\nThe first patient, retired teacher Margaret Lowe, 71, had an operation. “I was nervous,” she says.',
    [['PERSON', 'Amina Yusuf', 'Amina Yusuf'], ['PERSON', 'Margaret Lowe', 'Margaret Lowe']],
    [{ speaker: 'Amina Yusuf', rule: 'pronoun' }, { speaker: 'Margaret Lowe', rule: 'pronoun' }],
  ],
  [
    'a subject from an earlier paragraph gives way to the latest person of the quote\'s own paragraph',
    'Kai Larsen doubled the lead early on.\n\nBut the hosts hit back through a late header from Ethan Pinnock. “I just closed my eyes,” the defender said.',
    [['PERSON', 'Kai Larsen', 'Kai Larsen'], ['PERSON', 'Ethan Pinnock', 'Ethan Pinnock']],
    [{ speaker: 'Ethan Pinnock' }],
  ],
  [
    'a pronoun after a sentence whose subject is an unnamed person who reported something: that person speaks',
    'Daniel Price denies the charges.\n\nOne restaurant owner, who cannot be named, told the court that he had paid every month. “I was afraid for my children,” he said.',
    [['PERSON', 'Daniel Price', 'Daniel Price']],
    [{ speaker: 'one restaurant owner', kind: 'unnamed', rule: 'pronoun' }],
  ],
  [
    'the unnamed subject must fit the pronoun ("the victim’s mother" is not "he")',
    'Daniel Price denies the charges.\n\nThe victim’s mother told reporters she was angry. “He was my only son,” she said. “He lied,” he said.',
    [['PERSON', 'Daniel Price', 'Daniel Price']],
    [{ speaker: 'the victim’s mother', kind: 'unnamed', rule: 'pronoun' }, { speaker: 'Daniel Price', rule: 'pronoun' }],
  ],
  [
    '"the president told reporters …": a title after "the" still points back to the person named with it',
    'President Daniel Price spoke on Monday.\n\nThe president told reporters he was calm. “It is fine,” he said.',
    [['PERSON', 'Daniel Price', 'Daniel Price']],
    [{ speaker: 'Daniel Price', rule: 'pronoun' }],
  ],
  [
    '"a man accused of fraud": a participle, not a reporting verb',
    'A man accused of fraud spent the money on “luxury holidays and fast cars”, the court heard.',
    [],
    [{ speaker: null }],
  ],
  [
    '"…," the statement added: the author of the statement just quoted',
    'In a statement, SkyLink Airways said it was “deeply sorry for the disruption”. “Safety will always come first,” the statement added.',
    [['ORG', 'SkyLink Airways', 'SkyLink Airways']],
    [{ speaker: 'SkyLink Airways' }, { speaker: 'SkyLink Airways', rule: 'title' }],
  ],
  [
    '"…," the letter said: the subject of the sentence that mentions the letter',
    'In a letter to staff, Ana Reyes said the plant would close. “This was not an easy decision,” the letter said.',
    [['PERSON', 'Ana Reyes', 'Ana Reyes']],
    [{ speaker: 'Ana Reyes', rule: 'title' }],
  ],
  [
    '"…," the statement added, with no statement mentioned before: the statement as written',
    'Mayor Ana Reyes spoke to reporters. “We will rebuild,” she said. “The fund is ready,” the statement added.',
    [['PERSON', 'Ana Reyes', 'Ana Reyes']],
    [{ speaker: 'Ana Reyes' }, { speaker: 'the statement' }],
  ],
  [
    'a reflexive between the subject and the verb: "Brenner himself wrote that …", "…," Brenner himself said',
    'Lukas Brenner himself wrote on Monday that he was “shocked and saddened” by it. “We did nothing wrong,” Brenner himself said.',
    [['PERSON', 'Lukas Brenner', 'Lukas Brenner', 'Brenner']],
    [{ speaker: 'Lukas Brenner', rule: 'that-clause' }, { speaker: 'Lukas Brenner', rule: 'speaker-verb' }],
  ],
  [
    '"X was quoted by Outlet as saying": X speaks, the outlet is the channel',
    'President Camille Roux was quoted by Le Monde as saying that the flood was “a tragedy for the whole region.”',
    [['PERSON', 'Camille Roux', 'Camille Roux'], ['ORG', 'Le Monde', 'Le Monde']],
    [{ speaker: 'Camille Roux', via: 'Le Monde' }],
  ],
  [
    'people of two named places speak together, not the last place',
    'The leaders of France and Germany said in a joint statement that they would help “without delay.”',
    [['PLACE', 'France', 'France'], ['PLACE', 'Germany', 'Germany']],
    [{ speaker: 'the leaders of France and Germany', kind: 'unnamed' }],
  ],
  [
    'a group in a place speaks, not the place',
    'Officials in Berlin said the plan was “a dangerous step.”',
    [['PLACE', 'Berlin', 'Berlin']],
    [{ speaker: 'Officials in Berlin', kind: 'unnamed' }],
  ],
  [
    'a headline\'s "says union leader": the person the article introduces with that role',
    '“We will not back down,” says union leader\n\nUnion leader Tomas Brandt struck a defiant tone on Monday.',
    [['PERSON', 'Tomas Brandt', 'Tomas Brandt']],
    [{ speaker: 'Tomas Brandt', rule: 'title', role: 'union leader' }],
  ],
  [
    'a headline\'s role with no one introduced by it stays unnamed',
    '“We will not back down,” says union leader\n\nThe strike went on for a third day.',
    PERSONS,
    [{ speaker: 'union leader', kind: 'unnamed' }],
  ],
  [
    'a short form in brackets, then an apposition, then the verb',
    'The Teaching Institute of Velmoor (TIV), the largest teaching union, said members had rejected the offer as “an insult to every teacher.”',
    [['ORG', 'Teaching Institute of Velmoor', 'Teaching Institute of Velmoor', 'TIV']],
    [{ speaker: 'Teaching Institute of Velmoor', kind: 'organization', role: 'the largest teaching union' }],
  ],
  [
    'a hyphenated given name tells the gender by its first part',
    'Tomas Brandt met Shirley-Anne Kerr.\n\nThe talks ended. “My place is here,” she said.',
    [['PERSON', 'Tomas Brandt', 'Tomas Brandt'], ['PERSON', 'Shirley-Anne Kerr', 'Shirley-Anne Kerr']],
    [{ speaker: 'Shirley-Anne Kerr', rule: 'pronoun' }],
  ],
  [
    'a station named with a capitalised head inside its name is the channel whole',
    '“I have watched it ten times and it is never a red,” Carter told BBC Radio Velmoor.',
    PERSONS,
    [{ speaker: 'John Carter', rule: 'told', via: 'BBC Radio Velmoor' }],
  ],
  [
    'a name with a role before it, between commas after the subject, speaks',
    'A witness, 19-year-old student Jamal Reid, said he heard “a lot of smashing glass” before the men ran out.',
    [['PERSON', 'Jamal Reid', 'Jamal Reid']],
    [{ speaker: 'Jamal Reid', kind: 'person' }],
  ],
  [
    'a document with "a" does not speak through a participle',
    'A report released this week warned of floods, saying the city was “not ready” for storms.',
    PERSONS,
    [{ speaker: null }],
  ],
  [
    'a kind of body in lower case, then its name ("the farmers\' union X")',
    'The farmers’ union Agrivox said the plan was “a death sentence for small growers”.',
    [['ORG', 'Agrivox', 'Agrivox']],
    [{ speaker: 'Agrivox', kind: 'organization' }],
  ],
  [
    'a role in lower case after "the", then the name',
    'The opposition leader Tomas Brandt said the deal was “a betrayal of our voters”.',
    [['PERSON', 'Tomas Brandt', 'Tomas Brandt']],
    [{ speaker: 'Tomas Brandt', kind: 'person' }],
  ],
  [
    'a short form in brackets after the subject names it',
    'The Council of Olive Growers (COG) called the plan “a death sentence for small growers”.',
    [['ORG', 'COG', 'COG']],
    [{ speaker: 'COG', kind: 'organization' }],
  ],
  [
    'words in brackets after a name are passed over',
    'Rena Okafor (pictured) said the plan was “a death sentence for small growers”.',
    [['PERSON', 'Rena Okafor', 'Rena Okafor']],
    [{ speaker: 'Rena Okafor' }],
  ],
  [
    'a sentence with a named subject and no reporting verb introduces a quote with a colon',
    'Asked about the decision, United boss Graham Hill was blunt: “It was never a penalty. Everybody saw it.”',
    [['PERSON', 'Graham Hill', 'Graham Hill']],
    [{ speaker: 'Graham Hill', rule: 'colon', cue: ':' }],
  ],
  [
    'a named object before a colon does not speak',
    'Police arrested Graham Hill on Friday: “He is a danger to the public.”',
    [['PERSON', 'Graham Hill', 'Graham Hill']],
    [{ speaker: null }],
  ],
  [
    'a possessive subject before a colon does not speak',
    'Hill’s lawyer was blunt: “It was never a penalty at all.”',
    [['PERSON', 'Hill', 'Hill']],
    [{ speaker: null }],
  ],
  [
    '"the Spaniard said": a noun of nationality after "the" stands for the person of the passage',
    'Pablo Ruiz praised his side. “We suffered, but we never stopped believing,” the Spaniard said.',
    [['PERSON', 'Pablo Ruiz', 'Pablo Ruiz']],
    [{ speaker: 'Pablo Ruiz', rule: 'title', role: 'the Spaniard' }],
  ],
  [
    '"the 24-year-old said", "the striker said": an age or a trade after "the"',
    'Ana Ruiz scored twice. “It was a dream,” the 24-year-old said. Tomas Brandt saved a penalty. “I guessed right,” the goalkeeper said.',
    [['PERSON', 'Ana Ruiz', 'Ana Ruiz'], ['PERSON', 'Tomas Brandt', 'Tomas Brandt']],
    [{ speaker: 'Ana Ruiz', rule: 'title' }, { speaker: 'Tomas Brandt', rule: 'title' }],
  ],
  [
    'a new subject after the paragraph\'s speaker takes "he"',
    '“We will appeal,” said Tomas Brandt. Jonas Weber, his deputy, disagreed. “It is over,” he said.',
    [['PERSON', 'Tomas Brandt', 'Tomas Brandt'], ['PERSON', 'Jonas Weber', 'Jonas Weber']],
    [{ speaker: 'Tomas Brandt' }, { speaker: 'Jonas Weber', rule: 'pronoun' }],
  ],
  [
    'the paragraph\'s speaker keeps "he" when no one else becomes the subject',
    '“We will appeal,” said Tomas Brandt, who met Jonas Weber on Monday. “It is not over,” he said.',
    [['PERSON', 'Tomas Brandt', 'Tomas Brandt'], ['PERSON', 'Jonas Weber', 'Jonas Weber']],
    [{ speaker: 'Tomas Brandt' }, { speaker: 'Tomas Brandt', rule: 'pronoun' }],
  ],
  [
    'a gendered nationality noun passes over a person of the other gender',
    'Tomas Brandt met Rena Okafor in Lyon. “It was a long day,” the Frenchwoman said.',
    [['PERSON', 'Tomas Brandt', 'Tomas Brandt'], ['PERSON', 'Rena Okafor', 'Rena Okafor']],
    [{ speaker: 'Rena Okafor', rule: 'title' }],
  ],
  [
    'a lower-case owner is no name: "the mayor\'s office" speaks as itself',
    'A spokeswoman for the mayor’s office said the figures included “one-off costs” from the pandemic.',
    PERSONS,
    [{ speaker: 'the mayor’s office', kind: 'organization' }],
  ],
  [
    'one member of a group as an unnamed speaker',
    '“I have never seen anything like it,” said one former colleague, who asked not to be named.',
    PERSONS,
    [{ speaker: 'one former colleague', kind: 'unnamed', rule: 'verb-speaker' }],
  ],
  [
    'a two-word sentence right after the cue continues the turn',
    '“They think we will give in by Friday,” Carter said. “They’re wrong.”',
    PERSONS,
    [{ speaker: 'John Carter' }, { speaker: 'John Carter', rule: 'continuation' }],
  ],
  [
    'a subject after a lower-case role ("Union leader X") takes the pronoun, not an earlier subject',
    'Rena Okafor said the talks had stalled.\n\nUnion leader Tomas Brandt struck a defiant tone. “We will not fold,” he said.',
    [['PERSON', 'Rena Okafor', 'Rena Okafor'], ['PERSON', 'Tomas Brandt', 'Tomas Brandt']],
    [{ speaker: 'Tomas Brandt', rule: 'pronoun' }],
  ],
  [
    'a qualified lower-case role after "The" is still a subject',
    'Rena Okafor said the talks had stalled.\n\nThe party spokesman Tomas Brandt disagreed. “We will not fold,” he said.',
    [['PERSON', 'Rena Okafor', 'Rena Okafor'], ['PERSON', 'Tomas Brandt', 'Tomas Brandt']],
    [{ speaker: 'Tomas Brandt', rule: 'pronoun' }],
  ],
  [
    'a gendered role in apposition tells "he" from her',
    'A spokeswoman, Rena Okafor, said the talks had stalled, and Tomas Brandt agreed.\n\nThe union had no comment. “We will not fold,” he said.',
    [['PERSON', 'Rena Okafor', 'Rena Okafor'], ['PERSON', 'Tomas Brandt', 'Tomas Brandt']],
    [{ speaker: 'Tomas Brandt', rule: 'pronoun' }],
  ],
  [
    '"he said" after a woman\'s quote does not continue her turn',
    'Rena Okafor, the port’s chairwoman, said it was “fully committed to talks” with the union.\n\nThe union had no comment. “We will not fold,” he said.',
    [['PERSON', 'Rena Okafor', 'Rena Okafor']],
    [{ speaker: 'Rena Okafor' }, { speaker: null }],
  ],
  [
    'the subject of this paragraph takes "she" over a woman named two paragraphs up',
    'His lawyer, Esther Kamau, told the court her client had been questioned.\n\nThe group welcomed the ruling.\n\nResila Onyango, a police official, said the inquiry would continue. “Nobody is above the law,” she said.',
    [['PERSON', 'Esther Kamau', 'Esther Kamau'], ['PERSON', 'Resila Onyango', 'Resila Onyango']],
    [{ speaker: 'Resila Onyango', rule: 'pronoun' }],
  ],
  [
    'a man named in the last paragraph does not take "the Frenchman" from this paragraph\'s subject',
    '“We showed character,” Daniel Farke said.\n\nHis opposite number, Regis Le Bris, was frustrated. “We were the better team,” the Frenchman said.',
    [['PERSON', 'Daniel Farke', 'Daniel Farke'], ['PERSON', 'Regis Le Bris', 'Regis Le Bris']],
    [{ speaker: 'Daniel Farke' }, { speaker: 'Regis Le Bris', rule: 'title' }],
  ],
  [
    'a name, a lower-case role and its holder before a participle: the holder speaks',
    'Council leader Tony Dyer defended the plan, saying the city had “no good options left”.',
    [['ORG', 'Council', 'Council'], ['PERSON', 'Tony Dyer', 'Tony Dyer']],
    [{ speaker: 'Tony Dyer', role: 'Council leader' }],
  ],
  [
    'an organisation before a participle speaks when no role follows it',
    'Acme Corp hit back, saying the plan was “a mess”.',
    [['ORG', 'Acme Corp', 'Acme Corp']],
    [{ speaker: 'Acme Corp' }],
  ],
  [
    '"the company" is the organisation just named',
    'Nvidia, the largest maker of AI chips, opposed the bill. “Blanket restrictions will hand the market to rivals,” the company said in a statement.',
    [['ORG', 'Nvidia', 'Nvidia']],
    [{ speaker: 'Nvidia', kind: 'organization', rule: 'title', mention: 'the company' }],
  ],
  [
    '"the carmaker" is the organisation just named',
    'Volkswagen cut its forecast on Tuesday. “Demand in China remains weak,” the carmaker said.',
    [['ORG', 'Volkswagen', 'Volkswagen'], ['PLACE', 'China', 'China']],
    [{ speaker: 'Volkswagen' }],
  ],
  [
    '"the company" is no public body named last',
    'Nvidia was fined by the Commerce Department on Monday. “We will appeal,” the company said.',
    [['ORG', 'Nvidia', 'Nvidia'], ['ORG', 'Commerce Department', 'Commerce Department']],
    [{ speaker: 'the company', kind: 'organization' }],
  ],
  [
    '"the company" is no organisation named paragraphs before',
    'Nvidia opposed the bill.\n\nThe vote is due in May, and many senators are undecided about it; the outcome may turn on a handful of votes from both parties.\n\nThe committee heard from several witnesses over two days of hearings, including economists and trade lawyers, who disagreed on the likely costs.\n\n“We will appeal,” the company said.',
    [['ORG', 'Nvidia', 'Nvidia']],
    [{ speaker: 'the company' }],
  ],
  [
    '"would continue its “…”" is no cue: the reporting verb before it is',
    'Kremlin spokesman Dmitry Peskov told reporters last week that Moscow would continue its “special military operation” until its goals were achieved.',
    [['PERSON', 'Dmitry Peskov', 'Dmitry Peskov'], ['PLACE', 'Moscow', 'Moscow']],
    [{ speaker: 'Dmitry Peskov', rule: 'told' }],
  ],
  [
    '"continued:" right before the quote is a cue',
    'Dmitry Peskov continued: “We will not stop.”',
    [['PERSON', 'Dmitry Peskov', 'Dmitry Peskov']],
    [{ speaker: 'Dmitry Peskov', cue: 'continued' }],
  ],
  [
    'a country\'s ministry speaks as written, not the country',
    'Russia\'s defence ministry said its forces had carried out a “massive strike” on Tuesday.',
    [['PLACE', 'Russia', 'Russia']],
    [{ speaker: 'Russia\'s defence ministry', kind: 'organization' }],
  ],
  [
    'a country\'s statement speaks for the country',
    'Beijing\'s statement called the visit “a provocation”.',
    [['PLACE', 'Beijing', 'Beijing']],
    [{ speaker: 'Beijing', kind: 'organization' }],
  ],
  [
    '"the air force", "the regulator" are bodies that speak',
    '“The enemy is again targeting our power grid,” the air force said. “Fines will follow,” the regulator said.',
    [],
    [{ speaker: 'the air force', kind: 'organization' }, { speaker: 'the regulator', kind: 'organization' }],
  ],
  [
    'a new sentence after a quote that runs on into the next quote introduces that one',
    'The FNSEA, France\'s largest farm union, said it would keep the blockades “as long as necessary.” Its president, Arnaud Rousseau, told France Info radio that the offer was “far from enough.”',
    [['ORG', 'FNSEA', 'FNSEA'], ['PERSON', 'Arnaud Rousseau', 'Arnaud Rousseau'], ['PLACE', 'France', 'France']],
    [{ speaker: 'FNSEA', rule: 'that-clause' }, { speaker: 'Arnaud Rousseau', rule: 'told' }],
  ],
  [
    '"X told reporters." after a quote that ends its sentence is its cue',
    '“We will win.” Arnaud Rousseau told reporters. “The fight goes on.”',
    [['PERSON', 'Arnaud Rousseau', 'Arnaud Rousseau']],
    [{ speaker: 'Arnaud Rousseau', rule: 'told' }, { speaker: 'Arnaud Rousseau', rule: 'continuation' }],
  ],
  [
    '"X told the BBC on Monday." too, with the channel',
    '“We will win the vote.” Arnaud Rousseau told the BBC on Monday.',
    [['PERSON', 'Arnaud Rousseau', 'Arnaud Rousseau'], ['ORG', 'BBC', 'BBC']],
    [{ speaker: 'Arnaud Rousseau', via: 'BBC' }],
  ],
  [
    'but not "X told reporters that …", which reports other words',
    '“We will win the vote.” Arnaud Rousseau told reporters that the fight went on.',
    [['PERSON', 'Arnaud Rousseau', 'Arnaud Rousseau']],
    [{ speaker: null }],
  ],
  [
    'a given name used for men and women ("Andrea", "Nicola") does not stop "she"',
    'Andrea Bradley said teachers were “angry and exhausted.” She added: “This is not a decision anyone takes lightly.”',
    [['PERSON', 'Andrea Bradley', 'Andrea Bradley']],
    [{ speaker: 'Andrea Bradley' }, { speaker: 'Andrea Bradley', rule: 'pronoun' }],
  ],
  [
    'a lower-case role between a word and a person: the person speaks ("Pop star X …, saying")',
    'Pop star Lena Marsh has cancelled her tour, saying she needs time to recover from “physical and mental exhaustion.”',
    [['PERSON', 'Lena Marsh', 'Lena Marsh']],
    [{ speaker: 'Lena Marsh', role: 'Pop star' }],
  ],
  [
    '"the label said", a noun that is also a verb: the organisation just named',
    'Her record label, Northlight Music, said all tickets would be refunded. “Lena\'s health comes first,” the label said in a statement.',
    [['ORG', 'Northlight Music', 'Northlight Music']],
    [{ speaker: 'Northlight Music', rule: 'title' }],
  ],
  [
    '"one wrote", "one fan wrote", "a local said": unnamed people speak, and a quote with its own cue inherits no speaker',
    'Her manager, Dev Patel, told Variety she was “in pain”. “Take all the time you need,” one wrote. “We love you,” one fan wrote. “It was terrifying,” a local said.',
    [['PERSON', 'Dev Patel', 'Dev Patel'], ['ORG', 'Variety', 'Variety']],
    [{ speaker: 'Dev Patel' }, { speaker: 'one', kind: 'unnamed' }, { speaker: 'one fan', kind: 'unnamed' }, { speaker: 'a local', kind: 'unnamed' }],
  ],
  [
    'letters after the name are no part of the speaker\'s name',
    'Sentencing him on Friday, Judge Melbourne Inman KC said Foley had shown “a callous disregard for human life.”',
    [['PERSON', 'Melbourne Inman', 'Melbourne Inman'], ['PERSON', 'Foley', 'Foley']],
    [{ speaker: 'Melbourne Inman' }],
  ],
  [
    '"the British Medical Association" is a name, though "British" opens it ("the Chinese leader" is a description)',
    'The British Medical Association said it had no view but welcomed a “serious and respectful” debate.',
    [['ORG', 'British Medical Association', 'British Medical Association']],
    [{ speaker: 'British Medical Association', kind: 'organization' }],
  ],
  [
    'a person of a region or nation ("the Basque", "the Pole") is the person of the passage',
    'Iñaki Etxeberria said his side deserved a point. “We did everything right,” the Basque said. Anna Kowalska won the final. “It was hard,” the Pole said.',
    [['PERSON', 'Iñaki Etxeberria', 'Iñaki Etxeberria'], ['PERSON', 'Anna Kowalska', 'Anna Kowalska']],
    [{ speaker: 'Iñaki Etxeberria', rule: 'title' }, { speaker: 'Anna Kowalska', rule: 'title' }],
  ],
  [
    'an age or a qualifier before the epithet ("the 37-year-old Norwegian", "the young striker")',
    'Explorer Ingrid Solheim reached the pole. Speaking by phone, the 37-year-old Norwegian said she had “never been so cold.” Tomas Berg scored twice. “I felt calm,” the young striker said.',
    [['PERSON', 'Ingrid Solheim', 'Ingrid Solheim'], ['PERSON', 'Tomas Berg', 'Tomas Berg']],
    [{ speaker: 'Ingrid Solheim', rule: 'title' }, { speaker: 'Tomas Berg', rule: 'title' }],
  ],
  [
    'people at work in the plural speak ("Hospital managers described … as")',
    'Hospital managers described the union\'s demands as “unaffordable” and “unrealistic”.',
    [],
    [{ speaker: 'Hospital managers', kind: 'unnamed' }, { speaker: 'Hospital managers', kind: 'unnamed' }],
  ],
  [
    'a name right after a quote that ends its sentence opens the next sentence, as a subject',
    'Ingrid Solheim said she had “never been so cold.” Tomas Berg scored twice. “I felt calm,” the striker said.',
    [['PERSON', 'Ingrid Solheim', 'Ingrid Solheim'], ['PERSON', 'Tomas Berg', 'Tomas Berg']],
    [{ speaker: 'Ingrid Solheim' }, { speaker: 'Tomas Berg', rule: 'title' }],
  ],
  [
    'a clause that goes on after a partial quote is no cue; "the opposition" speaks',
    'The opposition accused the government on Monday of waging a “war on motorists” after ministers announced a new charge.',
    [],
    [{ speaker: 'the opposition', kind: 'organization', rule: 'that-clause' }],
  ],
  [
    '"One, who …, said:" is one of the people just spoken of',
    'Dockers were greeted by cheers. One, who has worked at the port for 30 years, said: “It was hard, but it was worth it.”',
    [],
    [{ speaker: 'One', kind: 'unnamed' }],
  ],
  [
    'a passive after a quote that ends its sentence is no cue ("Parents were urged to …")',
    'Nutrica said it was acting “out of an abundance of caution.” Parents were urged to check batch numbers.',
    [['ORG', 'Nutrica', 'Nutrica']],
    [{ speaker: 'Nutrica' }],
  ],
  [
    '"X was quoted as saying" after a quote is still its cue',
    '“We won the vote,” Tom Smith was quoted as saying.',
    [['PERSON', 'Tom Smith', 'Tom Smith']],
    [{ speaker: 'Tom Smith' }],
  ],
  [
    '"the statement said" after an unnamed author\'s statement is that author, not the last speaker',
    'A government spokesman, Tesfaye Alemu, said the army had “secured” the highway.\n\nThe rebels denied the claim. Their leader, in a statement posted online, said troops had shelled towns. “The regime is using starvation as a weapon,” the statement said.',
    [['PERSON', 'Tesfaye Alemu', 'Tesfaye Alemu']],
    [{ speaker: 'Tesfaye Alemu' }, { speaker: 'Their leader', kind: 'unnamed' }],
  ],
  [
    '"Analysts at X said": the people at the body speak, not the body',
    'Analysts at Berenberg said the new forecast was “a reset, not a collapse.”',
    [['ORG', 'Berenberg', 'Berenberg']],
    [{ speaker: 'Analysts at Berenberg', kind: 'unnamed' }],
  ],
  [
    '"X quoted Y as saying": Y speaks, through X',
    'Chinese Foreign Minister Wang Jian met Vladimir Orlov. China\'s state news agency Xinhua quoted Wang as saying Beijing was ready to “deepen strategic coordination” with Moscow.',
    [['PERSON', 'Wang Jian', 'Wang Jian', 'Wang'], ['PERSON', 'Vladimir Orlov', 'Vladimir Orlov'], ['ORG', 'Xinhua', 'Xinhua'], ['PLACE', 'Moscow', 'Moscow']],
    [{ speaker: 'Wang Jian', via: 'Xinhua' }],
  ],
  [
    '"the Chinese minister" is the person named with a title of that head ("Foreign Minister")',
    'Chinese Foreign Minister Wang Jian met Vladimir Orlov. The Chinese minister also called for “an early ceasefire” in Ukraine, Xinhua reported.',
    [['PERSON', 'Wang Jian', 'Wang Jian'], ['PERSON', 'Vladimir Orlov', 'Vladimir Orlov'], ['PLACE', 'Ukraine', 'Ukraine']],
    [{ speaker: 'Wang Jian', rule: 'title' }],
  ],
  [
    'a capitalised verb form inside a name ("a State Department spokesperson") is part of the subject',
    'In Washington, a State Department spokesperson said the United States was “working around the clock” to deliver more systems.',
    [['ORG', 'State Department', 'State Department'], ['PLACE', 'Washington', 'Washington']],
    [{ speaker: 'a State Department spokesperson' }],
  ],
  [
    '"thanked his host for the “…”": the thanker\'s words',
    'Chinese President Li Mingzhe hosted his Russian counterpart, Sergei Antonov. The Kremlin leader thanked his host for the “warm welcome” and said trade had reached a record.',
    [['PERSON', 'Li Mingzhe', 'Li Mingzhe'], ['PERSON', 'Sergei Antonov', 'Sergei Antonov']],
    [{ speaker: 'Sergei Antonov', rule: 'title' }],
  ],
  [
    'a document followed by a participle phrase speaks ("A joint statement issued after the talks said")',
    'A joint statement issued after the talks said both sides opposed “unilateral sanctions.”',
    [],
    [{ speaker: 'a joint statement', kind: 'unnamed' }],
  ],
  [
    '"they" after a plural group in its sentence is that group, not the last person named',
    'Li Mingzhe hosted Sergei Antonov, as the two leaders signed agreements and pledged to stand together against what they called Western “hegemony.” Both sides said the talks were “useful”.',
    [['PERSON', 'Li Mingzhe', 'Li Mingzhe'], ['PERSON', 'Sergei Antonov', 'Sergei Antonov']],
    [{ speaker: 'the two leaders', rule: 'pronoun' }, { speaker: 'Both sides', kind: 'unnamed' }],
  ],
  [
    'a dateline is no subject ("KYIV — Ukraine rejected …, calling it “…”")',
    'KYIV — Ukraine on Monday rejected a Russian proposal for a ceasefire, calling it “a trick” designed to give Moscow time.',
    [['PLACE', 'Kyiv', 'KYIV'], ['PLACE', 'Ukraine', 'Ukraine'], ['PLACE', 'Moscow', 'Moscow']],
    [{ speaker: 'Ukraine' }],
  ],
  [
    'a time between the subject and its verb ("X on Thursday said", "X last week said")',
    'Tom Brandt on Thursday said it was “a new chapter”. The company last week said it was “a mistake”. Ukraine yesterday called it “a trick”.',
    [['PERSON', 'Tom Brandt', 'Tom Brandt'], ['PLACE', 'Ukraine', 'Ukraine']],
    [{ speaker: 'Tom Brandt' }, { speaker: 'the company' }, { speaker: 'Ukraine' }],
  ],
  [
    'two people named together as the subject speak together',
    'Indian Prime Minister Rajesh Mehta and U.S. President Daniel Brooks on Thursday hailed a “new chapter” in relations.',
    [['PERSON', 'Rajesh Mehta', 'Rajesh Mehta'], ['PERSON', 'Daniel Brooks', 'Daniel Brooks'], ['PLACE', 'U.S.', 'U.S.']],
    [{ speaker: 'Rajesh Mehta and Daniel Brooks', kind: 'unnamed' }],
  ],
  [
    'a verb\'s form after a possessive is a noun ("Warsaw\'s claims were “…”"): the reporter speaks',
    'Ministry spokeswoman Irina Sokolova said Warsaw\'s claims were “baseless provocations”.',
    [['PERSON', 'Irina Sokolova', 'Irina Sokolova'], ['PLACE', 'Warsaw', 'Warsaw']],
    [{ speaker: 'Irina Sokolova' }],
  ],
  [
    '"the office said" after "Ukraine\'s presidential office" is that office, as written',
    'Ukraine\'s presidential office said Kyiv would only negotiate on its own plan. “There can be no talks about our land without us,” the office said in a statement.',
    [['PLACE', 'Ukraine', 'Ukraine'], ['PLACE', 'Kyiv', 'Kyiv']],
    [{ speaker: 'Ukraine\'s presidential office', kind: 'organization' }],
  ],
  [
    'a nationality of two words tells the country ("the South Korean leader")',
    'Japanese Prime Minister Hiroshi Kanda met South Korean President Park Min-jun. “I believe the prime minister spoke from the heart,” the South Korean leader said.',
    [['PERSON', 'Hiroshi Kanda', 'Hiroshi Kanda'], ['PERSON', 'Park Min-jun', 'Park Min-jun']],
    [{ speaker: 'Park Min-jun', rule: 'title' }],
  ],
  [
    '"said AU Commission chairperson X": a body, a role in lower case and its holder after the verb',
    '“The people of Sudan have suffered enough,” said AU Commission chairperson Moussa Kone at a summit.',
    [['ORG', 'AU Commission', 'AU Commission'], ['PERSON', 'Moussa Kone', 'Moussa Kone']],
    [{ speaker: 'Moussa Kone', role: 'AU Commission chairperson' }],
  ],
  [
    '"the pontiff said" is the pope of the passage',
    'Pope Leo XV called for peace. Speaking from the balcony, the pontiff said the world was “wounded by conflicts”.',
    [['PERSON', 'Leo XV', 'Leo XV']],
    [{ speaker: 'Leo XV', rule: 'title' }],
  ],
  [
    'a body described, then named after "the" between commas, speaks ("Rao\'s party, the People\'s Front, hailed …")',
    'Rao\'s party, the People\'s Front, hailed the decision as “a victory for democracy.” A two-judge bench said there was “no justification” for it.',
    [['PERSON', 'Arvind Rao', 'Rao'], ['ORG', 'People\'s Front', 'People\'s Front']],
    [{ speaker: 'People\'s Front', kind: 'organization' }, { speaker: 'a two-judge bench' }],
  ],
  [
    '"X responded with a statement accusing …": X wrote the statement; an owner\'s body speaks',
    'China\'s embassy in Berlin responded with a statement accusing Germany of “Cold War thinking.” Britain\'s foreign ministry hit back, calling it “absurd”.',
    [['PLACE', 'China', 'China'], ['PLACE', 'Berlin', 'Berlin'], ['PLACE', 'Germany', 'Germany'], ['PLACE', 'Britain', 'Britain']],
    [{ speaker: 'China\'s embassy', kind: 'organization' }, { speaker: 'Britain\'s foreign ministry', kind: 'organization' }],
  ],
  [
    'what someone would do is no speech reported ("said Tokyo would respond “resolutely”")',
    'Hiroshi Kanda called the launch “an outrageous act” and said Tokyo would respond “resolutely.”',
    [['PERSON', 'Hiroshi Kanda', 'Hiroshi Kanda'], ['PLACE', 'Tokyo', 'Tokyo']],
    [{ speaker: 'Hiroshi Kanda' }, { speaker: 'Hiroshi Kanda' }],
  ],
  [
    'a verb after "and"/"but" shares the subject of the verb before ("X confirmed the agreement but said")',
    'An Israeli official confirmed the agreement but said the military was ready to resume fighting “at any moment.” Tom Brandt met the union and said the deal was “fair”.',
    [['PERSON', 'Tom Brandt', 'Tom Brandt']],
    [{ speaker: 'an Israeli official' }, { speaker: 'Tom Brandt' }],
  ],
  [
    '"“…,” the agency X quoted him as saying" after the quote: he speaks, through X',
    'Belarusian leader Alexander Lukin dismissed the criticism. “We are not threatening anyone,” the state news agency BelTA quoted him as saying. “We won,” Xinhua quoted Wang Jian as saying.',
    [['PERSON', 'Alexander Lukin', 'Alexander Lukin'], ['ORG', 'BelTA', 'BelTA'], ['ORG', 'Xinhua', 'Xinhua'], ['PERSON', 'Wang Jian', 'Wang Jian']],
    [{ speaker: 'Alexander Lukin', via: 'BelTA' }, { speaker: 'Wang Jian', via: 'Xinhua' }],
  ],
  [
    '"It described them as …" after "The Belarusian defence ministry said" is that ministry',
    'NATO members were worried. The Belarusian defence ministry said the drills would last a week. It described them as “purely defensive in nature.”',
    [['ORG', 'NATO', 'NATO']],
    [{ speaker: 'the Belarusian defence ministry', kind: 'organization' }],
  ],
  [
    'a source and what it knows speaks as written ("a source close to …", "people familiar with …")',
    '“It is dead,” a source close to Tom Brandt said. A source close to the talks said the plan was “over”. People familiar with the matter said the deal was “very close”.',
    [['PERSON', 'Tom Brandt', 'Tom Brandt']],
    [{ speaker: 'a source close to Tom Brandt', kind: 'unnamed' }, { speaker: 'a source close to the talks', kind: 'unnamed' }, { speaker: 'People familiar with the matter', kind: 'unnamed' }],
  ],
  [
    '"according to X, the plan was …" gives X no role; "according to X, the union leader," does',
    'According to Tom Brandt, the plan was “dead on arrival”. According to Rena Okafor, the union leader, the talks were “over”.',
    [['PERSON', 'Tom Brandt', 'Tom Brandt'], ['PERSON', 'Rena Okafor', 'Rena Okafor']],
    [{ speaker: 'Tom Brandt', role: null }, { speaker: 'Rena Okafor', role: 'the union leader' }],
  ],
  [
    'people of a body whose name has an "of" of its own speak ("Leaders of the Group of Seven", "Officials at the Bank of England")',
    'Leaders of the Group of Seven pledged to act “for as long as it takes”. Officials at the Bank of England said it was “fine”. The Bank of England said it was “calm”.',
    [['ORG', 'Group of Seven', 'Group of Seven'], ['ORG', 'Bank of England', 'Bank of England']],
    [{ speaker: 'Leaders of the Group of Seven', kind: 'unnamed' }, { speaker: 'Officials at the Bank of England', kind: 'unnamed' }, { speaker: 'Bank of England' }],
  ],
  [
    'a cue that ends the quote\'s sentence after a comma ("… “a constructive role” in the region, he said.")',
    'Wang Jian hailed the deal. Beijing would continue to play “a constructive role” in the region, he said. The talks were “useful” for both sides, Wang Jian said.',
    [['PERSON', 'Wang Jian', 'Wang Jian'], ['PLACE', 'Beijing', 'Beijing']],
    [{ speaker: 'Wang Jian', rule: 'pronoun' }, { speaker: 'Wang Jian' }],
  ],
  [
    '"the spokesman said" after a fuller description of that person in the paragraph is that person, as described',
    'The U.N. secretary-general\'s spokesman said the organisation would keep pushing for access. “People in Gaza are running out of everything,” the spokesman said. A senior police officer said the area was closed. “It is unsafe,” the officer said.',
    [],
    [{ speaker: 'the U.N. secretary-general\'s spokesman', kind: 'unnamed', rule: 'title' }, { speaker: 'a senior police officer', kind: 'unnamed' }],
  ],
  [
    'an irregular past verb ("struck") before "but said" shares its subject, an apposition between them',
    'His Slovak counterpart, Milan Hruska, struck a softer tone but said his country needed “real guarantees” before it could sign. Ana Ruiz, the Spanish minister, met the envoys and said the talks were “useful.”',
    [['PERSON', 'Milan Hruska', 'Milan Hruska'], ['PERSON', 'Ana Ruiz', 'Ana Ruiz']],
    [{ speaker: 'Milan Hruska' }, { speaker: 'Ana Ruiz' }],
  ],
  [
    'a source with what it knows keeps its article and modifiers ("A senior Western diplomat close to the talks")',
    'A Qatari official briefed on the talks told Reuters the gaps were “narrower than ever” but that no deal was near. On Monday a senior Western diplomat close to the talks said the plan was “still alive.”',
    [['ORG', 'Reuters', 'Reuters']],
    [{ speaker: 'a Qatari official briefed on the talks', kind: 'unnamed' }, { speaker: 'a senior Western diplomat close to the talks', kind: 'unnamed' }],
  ],
  [
    '"the retired judge" is the person titled "Justice"; "the spokesperson" the one titled "spokeswoman"',
    'The chairman of the commission, Justice Peter Banda, defended the count. “The process was transparent,” the retired judge said. Ministry spokeswoman Anna Berg said more. “We are satisfied,” the spokesperson said. They were seeking justice, Maria Lopez said. “It is over,” the judge said.',
    [['PERSON', 'Peter Banda', 'Peter Banda'], ['PERSON', 'Anna Berg', 'Anna Berg'], ['PERSON', 'Maria Lopez', 'Maria Lopez']],
    [{ speaker: 'Peter Banda', rule: 'title' }, { speaker: 'Anna Berg', rule: 'title' }, { speaker: 'Peter Banda', rule: 'title' }],
  ],
  [
    '"justice" in lower case before a name titles nobody',
    'They were seeking justice, Maria Lopez said. “It is over,” the judge said.',
    [['PERSON', 'Maria Lopez', 'Maria Lopez']],
    [{ speaker: 'the judge', kind: 'unnamed' }],
  ],
  [
    'people in the plural of a body speak as a group, not the body ("Observers from the African Union", "Election observers from the regional bloc")',
    'Election observers from the regional bloc said the vote had been peaceful but noted “serious concerns” about delays. Observers from the African Union noted “grave doubts” about the count. Residents of the village said the water was “undrinkable.”',
    [['ORG', 'African Union', 'African Union']],
    [{ speaker: 'Election observers from the regional bloc', kind: 'unnamed' }, { speaker: 'Observers from the African Union', kind: 'unnamed' }, { speaker: 'Residents of the village', kind: 'unnamed' }],
  ],
  [
    'a surname, an age and a relative clause before "said" is the person named in full earlier',
    'Substitute Jamal Okafor scored late. Okafor, 19, who was making only his third appearance, said he had “dreamed about this since I was a kid”.',
    [['PERSON', 'Jamal Okafor', 'Jamal Okafor', 'Okafor']],
    [{ speaker: 'Jamal Okafor' }],
  ],
  [
    'a description followed by the only name the person gave ("identified only by his call sign, Hawk") is that name',
    '“We count every shell now,” said the commander, a former teacher who asked to be identified only by his call sign, Hawk. “It is the worst feeling,” he said. A nurse who gave only her first name, Oksana, said the ward was “full.”',
    [],
    [{ speaker: 'Hawk', kind: 'person' }, { speaker: 'Hawk' }, { speaker: 'Oksana', kind: 'person' }],
  ],
  [
    '"it" is a body owned by a named one ("China\'s military"), never the agency credited in brackets',
    'BEIJING (Reuters) - China\'s military launched drills around Taiwan on Monday in what it called a “stern warning” to separatist forces.',
    [['ORG', 'Reuters', 'Reuters'], ['PLACE', 'China', 'China'], ['PLACE', 'Taiwan', 'Taiwan']],
    [{ speaker: 'China\'s military', kind: 'organization', rule: 'pronoun' }],
  ],
  [
    'the agency credited in brackets in the dateline is no antecedent of "it"',
    'SEOUL (Reuters) - Shares rose sharply on Monday. Traders were upbeat. “We are ready for more,” it said.',
    [['ORG', 'Reuters', 'Reuters'], ['PLACE', 'Seoul', 'SEOUL']],
    [{ speaker: null }],
  ],
  [
    '"she" after "A spokeswoman for X, which …, said" speaks as X, as "A spokeswoman for X said “…”" does',
    'A spokeswoman for the Bureau of Land Management, which manages the area, said temperatures had dropped. “Conditions are challenging,” she said.',
    [['ORG', 'Bureau of Land Management', 'Bureau of Land Management']],
    [{ speaker: 'Bureau of Land Management', kind: 'organization', rule: 'pronoun' }],
  ],
  [
    '"the whip said" after "One Conservative whip …" is that whip, as described',
    'One Conservative whip, speaking privately, admitted the revolt had been underestimated. “We thought it would be a dozen, tops,” the whip said.',
    [],
    [{ speaker: 'one Conservative whip', kind: 'unnamed', rule: 'title' }],
  ],
  [
    'a paragraph that is all quote after a question on a line of its own answers as the one person introduced before the questions',
    'Dr Ingrid Nyberg has measured glaciers for 25 years. We spoke to her in Zurich.\n\nHow fast are they shrinking?\n\n“Faster than at any time since records began.”\n\nCan anything be done?\n\n“For the small ones it is already too late.”',
    [['PERSON', 'Ingrid Nyberg', 'Ingrid Nyberg']],
    [{ speaker: 'Ingrid Nyberg', rule: 'interview' }, { speaker: 'Ingrid Nyberg', rule: 'interview' }],
  ],
  [
    'with two people named before the questions, an answer after a question line has no speaker',
    'Ingrid Nyberg and Pablo Rivas run the glacier service.\n\nHow fast are they shrinking?\n\n“Faster than at any time since records began.”',
    [['PERSON', 'Ingrid Nyberg', 'Ingrid Nyberg'], ['PERSON', 'Pablo Rivas', 'Pablo Rivas']],
    [{ speaker: null }],
  ],
  [
    '"shot back that", "hit back" and "retorted" report speech',
    'Tom Hadley shot back that Salazar had “never run anything bigger than a car dealership.” “Nonsense,” Rick Salazar retorted.',
    [['PERSON', 'Tom Hadley', 'Tom Hadley'], ['PERSON', 'Rick Salazar', 'Rick Salazar', 'Salazar']],
    [{ speaker: 'Tom Hadley', rule: 'that-clause' }, { speaker: 'Rick Salazar', rule: 'speaker-verb' }],
  ],
  [
    '"the diplomat said" after "A Gulf diplomat familiar with the negotiations cautioned …" keeps what the source knows',
    'A Gulf diplomat familiar with the negotiations cautioned that many issues remained. “Flights are the easy part,” the diplomat said. The minister cautioned that the plan was “not a blank cheque.”',
    [],
    [{ speaker: 'a Gulf diplomat familiar with the negotiations', kind: 'unnamed', rule: 'title' }, { speaker: 'the minister', kind: 'unnamed' }],
  ],
  [
    'a delegation speaks as a body ("Saudi Arabia\'s delegation, speaking on behalf of the Arab Group, said")',
    'Saudi Arabia\'s delegation, speaking on behalf of the Arab Group, said the text must respect “national circumstances” and warned against “singling out any source of energy.”',
    [['PLACE', 'Saudi Arabia', 'Saudi Arabia'], ['ORG', 'Arab Group', 'Arab Group']],
    [{ speaker: 'Saudi Arabia\'s delegation' }, { speaker: 'Saudi Arabia\'s delegation' }],
  ],
  [
    'a body described by what it brings together speaks as written ("a spokesman for a coalition of online news sites said")',
    'The council welcomed it, while a spokesman for a coalition of online news sites said its members had lost “hundreds of millions” in revenue. A group of protesters said the plan was “a disgrace.” Members of the committee of inquiry said it was “a scandal.”',
    [],
    [{ speaker: 'a coalition of online news sites', kind: 'unnamed' }, { speaker: 'a group of protesters', kind: 'unnamed' }, { speaker: null }],
  ],
  [
    'a place is never a speaker through "which"; a short quote no one said does not bound the cue search; "ruled that" reports',
    'Planning inspector Alan Hughes ruled that the sign on Mill Street, which reads “Fresh Bread Daily”, made “a positive contribution to the character of the area.” Orbis, which said the ruling was “wrong and unfair”, will appeal.',
    [['PERSON', 'Alan Hughes', 'Alan Hughes'], ['PLACE', 'Mill Street', 'Mill Street']],
    [{ speaker: null }, { speaker: 'Alan Hughes', rule: 'that-clause' }, { speaker: 'Orbis' }],
  ],
  [
    'an adjective in -ed may open the role in an apposition ("Another passenger, retired teacher June Patel, said")',
    'Another passenger, retired teacher June Patel, said staff had been “doing their best in an impossible situation.”',
    [['PERSON', 'June Patel', 'June Patel']],
    [{ speaker: 'June Patel' }],
  ],
  [
    '"his father" is the father named before in apposition ("Ethan\'s father, Mark Brooks,"); a declaration speaks as a statement does',
    'Ethan\'s father, Mark Brooks, thanked the volunteers.\n\nThe school will review the trip.\n\nAccording to his father, his first request was for “a very large pizza.” “He is home,” his father said. The declaration said borders must hold “regardless of any physical changes” to the coast.',
    [['PERSON', 'Ethan', 'Ethan'], ['PERSON', 'Mark Brooks', 'Mark Brooks']],
    [{ speaker: 'Mark Brooks', rule: 'according-to' }, { speaker: 'Mark Brooks' }, { speaker: 'the declaration' }],
  ],
  [
    'a verb\'s base form after an article and modifiers is a noun ("an Israeli army post"); after a plural or a name it is the verb',
    'Hezbollah said in a statement that it had targeted an Israeli army post “in response to the enemy\'s attacks.” The officials report “steady progress” this week. A memo seen by the BBC says “cuts are coming”.',
    [['ORG', 'Hezbollah', 'Hezbollah'], ['ORG', 'BBC', 'BBC']],
    [{ speaker: 'Hezbollah', rule: 'that-clause' }, { speaker: 'the officials', kind: 'unnamed' }, { speaker: 'a memo', kind: 'unnamed', via: 'BBC' }],
  ],
  [
    '"she laughs", "he smiled" after a quote report it; before one they do not',
    '“People ask me if I am sad,” Angus MacRae says. His wife, Eilidh Ross, is less philosophical. “He will be under my feet all day,” she laughs. The crowd laughed, “Bravo!”',
    [['PERSON', 'Angus MacRae', 'Angus MacRae'], ['PERSON', 'Eilidh Ross', 'Eilidh Ross']],
    [{ speaker: 'Angus MacRae' }, { speaker: 'Eilidh Ross', rule: 'pronoun' }, { speaker: null }],
  ],
  [
    'a body named inside its description speaks as itself ("the nationalist MHP party said"), not as an earlier "party"',
    'A spokesman for the main opposition party accused the government of “making concessions.” In Ankara, the nationalist MHP party said the visit must not “weaken Turkey\'s rights.”',
    [['ORG', 'MHP', 'MHP'], ['PLACE', 'Ankara', 'Ankara'], ['PLACE', 'Turkey', 'Turkey']],
    [{ speaker: 'the main opposition party', kind: 'organization' }, { speaker: 'MHP', kind: 'organization' }],
  ],
  [
    'what a subject "agreed to" is its words; "X said Y had agreed to …" is X\'s',
    'The leaders of Turkey and Greece agreed on Thursday to keep talking and avoid “unilateral actions” at sea. Yuri Ushakov told reporters that the two leaders had agreed to meet “in the near future.”',
    [['PERSON', 'Yuri Ushakov', 'Yuri Ushakov'], ['PLACE', 'Turkey', 'Turkey'], ['PLACE', 'Greece', 'Greece']],
    [{ speaker: 'the leaders of Turkey and Greece', kind: 'unnamed' }, { speaker: 'Yuri Ushakov' }],
  ],
  [
    '"Brig. Gen." is a title, not a sentence end; "who gave his name only as Osman" names the speaker',
    'An army spokesman, Brig. Gen. Nabil Abdallah, said the army was “committed to the truce as long as the other side is.” “We have been eating one meal a day,” said a teacher who gave his name only as Osman.',
    [['PERSON', 'Nabil Abdallah', 'Nabil Abdallah']],
    [{ speaker: 'Nabil Abdallah' }, { speaker: 'Osman', kind: 'person' }],
  ],
  [
    'a title, "of" and its field before a name are the role ("said head of carnivores Rachel Dunn", "head of state"); a zoo speaks as a body',
    '“We are thrilled,” said head of carnivores Rachel Dunn. “It is over,” said head of state Juan Pérez. Highmoor Zoo keeps six cats. The zoo said the cubs were part of a programme aimed at “keeping a healthy population.”',
    [['PERSON', 'Rachel Dunn', 'Rachel Dunn'], ['PERSON', 'Juan Pérez', 'Juan Pérez'], ['ORG', 'Highmoor Zoo', 'Highmoor Zoo']],
    [{ speaker: 'Rachel Dunn', rule: 'verb-speaker' }, { speaker: 'Juan Pérez', rule: 'verb-speaker' }, { speaker: 'Highmoor Zoo', kind: 'organization' }],
  ],
  [
    '"It calls on …" after a sentence opened by a document ("The resolution, drafted by …, passed") is that document',
    'The U.N. Security Council voted on Wednesday to extend the mission. The resolution, drafted by the United States, passed with 13 votes in favour. It calls on the government to “create the conditions” for free elections.',
    [['ORG', 'U.N. Security Council', 'U.N. Security Council'], ['PLACE', 'United States', 'United States']],
    [{ speaker: 'the resolution', kind: 'unnamed', rule: 'pronoun' }],
  ],
];

for (const [tag, text, specs, expected] of ROWS) {
  test(`attributeQuotes: ${tag}`, () => {
    const entities = entitiesFor(text, specs);
    const quotes = findQuotes(text);
    const got = attributeQuotes(text, findParagraphs(text), quotes, entities);
    assert.equal(got.length, expected.length, `${tag}: quote count`);
    expected.forEach((want, i) => {
      const a = got[i];
      assert.equal(a.speaker?.name ?? null, want.speaker, `${tag} [q${i + 1}]: speaker`);
      if (want.rule !== undefined) assert.equal(a.rule, want.rule, `${tag} [q${i + 1}]: rule`);
      if (want.kind !== undefined) assert.equal(a.speaker?.kind, want.kind, `${tag} [q${i + 1}]: kind`);
      if (want.cue !== undefined) assert.equal(a.cue?.text ?? null, want.cue, `${tag} [q${i + 1}]: cue`);
      if (want.stance !== undefined) assert.equal(a.stance, want.stance, `${tag} [q${i + 1}]: stance`);
      if (want.via !== undefined) assert.equal(a.via?.name ?? null, want.via, `${tag} [q${i + 1}]: via`);
      if (want.role !== undefined) assert.equal(a.speaker?.role ?? null, want.role, `${tag} [q${i + 1}]: role`);
      if (want.mention !== undefined) assert.equal(a.speaker?.mention.text, want.mention, `${tag} [q${i + 1}]: mention`);
      if (a.speaker === null) assert.equal(a.confidence, 0, `${tag} [q${i + 1}]: unattributed confidence`);
      else assert.ok(a.confidence > 0 && a.confidence <= 1, `${tag} [q${i + 1}]: confidence in (0, 1]`);
      if (a.speaker) assert.equal(text.slice(a.speaker.mention.start, a.speaker.mention.end), a.speaker.mention.text, `${tag} [q${i + 1}]: mention span`);
    });
  });
}

test('attributeQuotes: mentions are put in text order at every list size (tiny, sorted by keys, beyond the scratch keys)', () => {
  // Each row: [blocks of "Smith spoke. Jones spoke. ", expected speaker of "he"]. Entities are
  // listed Jones first, so only a sort by offset makes Jones the latest person before the quote.
  const ROWS: [number, string][] = [
    [2, 'Peter Jones'],
    [30, 'Peter Jones'],
    [40000, 'Peter Jones'],
  ];
  for (const [blocks, expected] of ROWS) {
    const block = 'Smith spoke. Jones spoke. ';
    const text = block.repeat(blocks) + '“We agree,” he said.';
    const smith: Entity = { id: 'e2', type: 'PERSON', name: 'John Smith', mentions: [], origin: 'auto' };
    const jones: Entity = { id: 'e1', type: 'PERSON', name: 'Peter Jones', mentions: [], origin: 'auto' };
    for (let b = 0; b < blocks; b++) {
      const at = b * block.length;
      smith.mentions.push({ start: at, end: at + 5, text: 'Smith' });
      jones.mentions.push({ start: at + 13, end: at + 18, text: 'Jones' });
    }
    const spans = findQuotes(text);
    const [a] = attributeQuotes(text, findParagraphs(text), spans, [jones, smith]);
    assert.equal(a?.speaker?.name ?? null, expected, `${blocks} blocks: speaker`);
  }
});

test('genderAround: a gendered role or kinship noun before the name or heading its apposition', () => {
  const ROWS: [tag: string, text: string, name: string, want: 'm' | 'f' | null][] = [
    ['role before', 'said spokeswoman Rena Okafor on Monday', 'Rena Okafor', 'f'],
    ['role before, comma', 'A spokesman, Tomas Brandt, said', 'Tomas Brandt', 'm'],
    ['kinship before', 'his wife, Rena Okafor, said', 'Rena Okafor', 'f'],
    ['apposition head', 'Rena Okafor, the company’s chairwoman, said', 'Rena Okafor', 'f'],
    ['apposition head before "of"', 'Tomas Brandt, the father of two, said', 'Tomas Brandt', 'm'],
    ['apposition stops at "and": no head noun', 'Tomas Brandt, a crane operator and her husband, said', 'Tomas Brandt', null],
    ['neutral role', 'spokesperson Rena Okafor said', 'Rena Okafor', null],
    ['nothing around', 'Rena Okafor said', 'Rena Okafor', null],
    ['name at text start and end', 'Rena Okafor', 'Rena Okafor', null],
  ];
  for (const [tag, text, name, want] of ROWS) {
    const start = text.indexOf(name);
    assert.equal(genderAround(text, start, start + name.length), want, tag);
  }
});
