/**
 * Pronouns that can name a speaker, with the gender they call for. `they` fits a person
 * of any gender or a group; `it` fits an organisation.
 */
export type PronounGender = 'male' | 'female' | 'any' | 'org';

export const SPEAKER_PRONOUNS: Readonly<Record<string, PronounGender>> = {
  he: 'male',
  she: 'female',
  they: 'any',
  it: 'org',
};

/** Words before a name that tell its gender. */
export const GENDERED_HONORIFICS: Readonly<Record<string, 'male' | 'female'>> = {
  mr: 'male',
  'mr.': 'male',
  sir: 'male',
  king: 'male',
  prince: 'male',
  lord: 'male',
  mrs: 'female',
  'mrs.': 'female',
  ms: 'female',
  'ms.': 'female',
  miss: 'female',
  madam: 'female',
  dame: 'female',
  queen: 'female',
  princess: 'female',
  lady: 'female',
};

/** Common first names and their usual gender; a name missing here fits he and she. */
export const MALE_FIRST_NAMES = (
  'aaron abdul abdullah adam adrian ahmed alan alberto aleksandr alex alexander alexei alexey ali ' +
  'andre andrea andreas andrei andrew andrey angel anthony antonio ashraf barack ben benjamin bernard ' +
  'bill bob boris brad brian bruce carl carlos charles chris christian christopher colin dan daniel ' +
  'david dennis dmitri dmitry donald douglas edward emmanuel enrique eric evgeny fernando francis ' +
  'francisco frank fred friedrich gary george georgi gerald gregory hans harry henry hugo ibrahim igor ' +
  'ivan jack jacob jair james jan javier jean jeff jeremy jerome jim joe johan john jonathan jorge jose ' +
  'joseph josh juan justin karl keir keith kevin kyle lars leonid liam luis marco mario mark ' +
  'martin matthew max michael miguel mikhail mohamed mohammad mohammed muhammad narendra nicholas ' +
  'nick nicolas nikolai oleg olaf oleksandr oleksiy olaf pablo patrick paul pedro peter philip pierre ' +
  'rafael ralph ramzan recep richard rishi robert roger ronald ryan sam samuel scott sean sergei sergey ' +
  'sergiy shinzo simon stefan stephen steve steven thomas tim timothy tom tony valery victor viktor ' +
  'vitali vladimir vladislav volodymyr walter william yuri yury'
).split(' ');

export const FEMALE_FIRST_NAMES = (
  'alice alicia amanda amy ana angela angelina ann anna anne annalena barbara betty carol caroline ' +
  'catherine charlotte christina christine claudia diana dilma elena elizabeth ellen emily emma eva ' +
  'fiona giorgia hannah helen hillary irina jacinda jane janet jennifer jessica jill joan julia julie ' +
  'karen kamala kate katherine kathleen kristalina laura liz lisa liudmila lyudmila maria marie marine ' +
  'mary melania michelle monica nancy natalia natalya nicola nikki olena olga patricia rachel rebecca ' +
  'sanna sarah sophie susan svetlana tatiana tatyana theresa ursula valentina victoria yulia'
).split(' ');

/**
 * Role and kinship nouns that tell a person's gender when they stand right before the name
 * ("spokeswoman Annelies Bakker") or in apposition after it ("Pieter de Vries, a crane
 * operator and her husband"; "Ana Reyes, the company's chairwoman"). Only words that name
 * a person of one gender; "chair", "spokesperson", "parent" tell nothing.
 */
export const GENDERED_ROLES: Readonly<Record<string, 'male' | 'female'>> = Object.fromEntries([
  ...'spokeswoman chairwoman congresswoman councilwoman assemblywoman businesswoman sportswoman policewoman anchorwoman actress waitress stewardess heiress duchess countess baroness empress princess queen mother wife daughter sister grandmother granddaughter aunt niece girlfriend widow woman girl mum mom nun stepmother'
    .split(' ')
    .map((w) => [w, 'female' as const]),
  ...'spokesman chairman congressman councilman assemblyman businessman sportsman policeman anchorman actor waiter steward duke baron emperor prince king father husband son brother grandfather grandson uncle nephew boyfriend widower man boy dad monk stepfather'
    .split(' ')
    .map((w) => [w, 'male' as const]),
]);
