/**
 * Wire copy in one case: an article written all in capitals (old teleprinter style) or all in
 * lower case has no capital letters to tell names from words, so every rule that reads
 * capitals would fail on it. `trueCase` gives such a text ordinary casing, letter for letter
 * (the result has the same length, so every offset found in it holds for the original):
 * sentence starts, the first word inside a quotation, "I", known places, organisations, days,
 * months and nationalities, and names after a known given name or a title ("gareth price",
 * "mr shah"). Text in ordinary casing is returned unchanged.
 */
import { DEMONYMS } from './lexicon/demonyms';
import { FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES, withoutAccents } from './lexicon/firstNames';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './lexicon/pronouns';
import { COMMON_WORDS } from './lexicon/commonWords';
import { FUNCTION_WORDS, NON_ENTITY_WORDS } from './lexicon/nonEntities';
import { AUXILIARIES, SPEECH_VERBS } from './lexicon/speech';
import { TITLES } from './lexicon/titles';
import { ORGS, ORGS_CASE_SENSITIVE } from './lexicon/orgs';
import { PLACES, PLACES_ONLY_CAPITALISED } from './lexicon/places';
import { NEWS_AGENCIES, NEWS_OUTLETS } from './lexicon/agencies';

export type Casing = 'normal' | 'upper' | 'lower';

/** 1 for a capital, 2 for a lower-case letter, below U+0250 (Latin). */
const CASE_OF = (() => {
  const table = new Uint8Array(0x250);
  for (let c = 0; c < table.length; c++) {
    const s = String.fromCharCode(c);
    if (s !== s.toLowerCase()) table[c] = 1;
    else if (s !== s.toUpperCase()) table[c] = 2;
  }
  return table;
})();
/** Letters read to decide the casing: enough for a headline and a few paragraphs. */
const SAMPLE = 20000;
/** Fewer cased letters than this tell nothing ("ok", a date line). */
const MIN_LETTERS = 60;

/**
 * How the text is cased, judged on its first `SAMPLE` code units: `upper` when almost every
 * letter is a capital, `lower` when almost none is (ordinary English prose has 2-5% capitals),
 * else `normal`.
 */
export function casingOf(text: string): Casing {
  let upper = 0;
  let lower = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    // ordinary casing shows within a few lines: stop reading there
    if ((i & 511) === 511 && upper + lower >= 300 && upper > (upper + lower) * 0.01 && lower > (upper + lower) * 0.5) return 'normal';
    const c = text.charCodeAt(i);
    if (c < 0x250) {
      const k = CASE_OF[c]!;
      if (k === 1) upper++;
      else if (k === 2) lower++;
    }
  }
  const letters = upper + lower;
  if (letters < MIN_LETTERS) return 'normal';
  if (lower <= letters * 0.05) return 'upper';
  if (upper <= letters * 0.003) return 'lower';
  return 'normal';
}

const GIVEN_NAMES = new Set([...MALE_NAMES, ...FEMALE_NAMES, ...UNISEX_NAMES, ...MALE_FIRST_NAMES, ...FEMALE_FIRST_NAMES]);
/** Whether a lower-case word is a known given name, with or without its accents ("maría", "rubén"). */
const GIVEN = {
  has(word: string): boolean {
    if (GIVEN_NAMES.has(word)) return true;
    return /[^\x00-\x7f]/.test(word) && GIVEN_NAMES.has(withoutAccents(word));
  },
};
/** Words of politics that open a party's name ("Democratic Party", "Labour Party"). */
const POLITICAL = new Set(['democratic', 'republican', 'conservative', 'labour', 'liberal', 'socialist', 'communist', 'green', 'national', 'democrat', 'federal', 'international', 'global', 'olympic', 'catholic', 'orthodox', 'christian', 'islamic', 'western', 'eastern', 'northern', 'southern']);
/** One-word news agencies as they write themselves, by their lower-case form ("ap" -> "AP", "reuters" -> "Reuters"). */
const AGENCY_CASE = new Map(NEWS_AGENCIES.filter((a) => /^[A-Za-z]+$/.test(a)).map((a) => [a.toLowerCase(), a] as const));
/** Dotted abbreviations that are no person's initials ("u.s. troops", "e.g. this"). */
const NOT_INITIALS = new Set(['u.s.', 'u.k.', 'u.n.', 'e.u.', 'e.g.', 'i.e.', 'a.m.', 'p.m.', 'u.s.a.', 'd.c.', 'n.b.', 'p.s.', 'r.i.p.']);
/** Prepositions before a place's name. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'outside', 'across']);
/** Words that end or open an organisation's name, the strong ones: "party", "university", "ministry". */
const ORG_NAME_HEADS = new Set(
  'party university college institute ministry council committee commission foundation association federation union agency bank church museum hospital corporation company society league alliance authority bureau court academy department airlines airways'.split(' '),
);
/** A word that may end "X of …" in a name: no function word, article or number. */
function nameWordAfterOf(w: Word): boolean {
  return !NOT_A_NAME.has(w.lower) && !/\d/.test(w.lower) && w.lower.length > 2;
}
/** Given names that are ordinary words too ("mark the date"): never capitalised alone. */
const WORD_GIVEN_NAMES = new Set('mark will bill rose grace hope joy may june april august faith sue pat art dawn ray rich jack frank guy don bob rob sandy robin amber summer ivy lily iris holly victor earnest chase hunter drew gene major king'.split(' '));
/** Particles inside family names, left in lower case: "pieter de vries" -> "Pieter de Vries". */
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'da', 'di', 'del', 'dos', 'das', 'bin', 'ibn', 'al', 'ter', 'ten']);
const DAYS_MONTHS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december'.split(' '),
);
/** Acronyms with vowels enough to read as words, which the rule below would miss. */
const SPOKEN_ACRONYMS = 'nato opec nasa fifa uefa wada iaea osce unrwa usaid isis isil asean sipri ukip tass ansa unicef unesco'.split(' ');
/**
 * Organisations written in capitals ("nato" -> "NATO"): the known ones of up to three letters,
 * or of four or five with at most one vowel ("oecd", "hsbc"), and the spoken ones above; a
 * known name that reads as a word ("tesla", "hamas") is capitalised as a name instead.
 */
const ACRONYMS = new Set([
  ...[...ORGS, ...NEWS_AGENCIES.map((a) => a.toLowerCase()), ...NEWS_OUTLETS.map((a) => a.toLowerCase())].filter(
    (o) =>
      (/^[a-z]{2,3}$/.test(o) || (/^[a-z]{4,5}$/.test(o) && o.replace(/[^aeiou]/g, '').length <= 1)) &&
      !GIVEN.has(o) &&
      !ORGS_CASE_SENSITIVE.has(o) &&
      !NON_ENTITY_WORDS.has(o) &&
      !FUNCTION_WORDS.has(o),
  ),
  ...SPOKEN_ACRONYMS,
]);
/** Forms of address after which the next word is a name ("mr shah", "dr evans"); capitalised too. */
const HONORIFICS = new Set('mr mrs ms miss mx dr prof sir dame lord lady madam rev sen rep gov gen col capt sgt lt maj adm cmdr supt insp'.split(' '));
/** Role words after which an unknown word and a family name are a name ("leader gareth price"). */
const ROLES = new Set(TITLES.filter((t) => !t.includes(' ')));
/** A role, listed or by its ending: "leader", "climatologist", "fisherman", "historian". */
function roleLike(lower: string): boolean {
  return ROLES.has(lower) || (/(?:ist|man|woman|ian)$/.test(lower) && !DEMONYMS.has(lower));
}
/** "I" and its contractions, as the word scan reads them. */
const I_FORMS = new Set(['i', "i'm", 'i’m', "i'll", 'i’ll', "i've", 'i’ve', "i'd", 'i’d']);
/** Abbreviations and words without a vowel that are no acronyms ("st", "jr", "hmm"). */
const NO_VOWEL_WORDS = new Set(['st', 'jr', 'sr', 'nd', 'rd', 'th', 'pp', 'hmm', 'hm', 'shh', 'psst', 'pst', 'brr', 'tsk', 'cf', 'vs', 'km', 'kg', 'mg', 'ml', 'cm', 'mm', 'mph', 'kph', 'hrs', 'pm', 'ft', 'lb', 'lbs']);
/** Reporting verbs in the past and present tense ("said", "told", "says", "added"). */
const REPORTING = new Set(SPEECH_VERBS.flatMap((v) => v.forms).filter((f) => /(?:ed|d|s|told|said)$/.test(f)));
/** Words that end a street or square's name: "canal street" -> "Canal Street". */
const STREET_HEADS = new Set(['street', 'road', 'avenue', 'square', 'lane', 'boulevard']);
const NOT_A_NAME = new Set([
  ...FUNCTION_WORDS,
  ...AUXILIARIES,
  ...SPEECH_VERBS.flatMap((v) => v.forms),
  ...'who whose which that says said told added is was were has had have'.split(' '),
]);
/** Known names as lower-case word sequences, longest first per first word ("new york city", "new york"). */
const PHRASES = (() => {
  const byFirst = new Map<string, string[][]>();
  const add = (name: string): void => {
    const words = name.split(' ');
    if (words.some((w) => !/^[a-zà-ÿ'’.-]+$/.test(w))) return;
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  };
  for (const p of PLACES) if (!PLACES_ONLY_CAPITALISED.has(p)) add(p);
  for (const o of ORGS) if (!ORGS_CASE_SENSITIVE.has(o) && !ACRONYMS.has(o)) add(o);
  for (const a of [...NEWS_AGENCIES, ...NEWS_OUTLETS]) add(a.toLowerCase());
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
})();
/** Words never capitalised as part of a known name ("the Hague" keeps "the" unless it opens a sentence). */
const NAME_GLUE = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'le', 'du', 'von', 'van', 'on', 'upon', 'al']);

interface Word {
  start: number;
  end: number;
  lower: string;
}

/**
 * Whether a word after a given name or a form of address can be a family name: no function
 * word, auxiliary or reporting verb ("sue evans" yes, "mark said" no). Family names are often
 * ordinary words too ("Price", "Evans" are in the common-word list), so that list is no test.
 */
function surnameLike(w: Word | undefined): boolean {
  if (!w || w.lower.length < 2 || /\d/.test(w.lower)) return false;
  return !NOT_A_NAME.has(w.lower) && !DAYS_MONTHS.has(w.lower) && !isParticiple(w.lower) && !isAdverb(w.lower);
}

/** "running", "saying", "hoping": an ordinary verb with "-ing" ("Jinping", "Qing" are none). */
function isParticiple(lower: string): boolean {
  if (!lower.endsWith('ing') || lower.length < 5) return false;
  const stem = lower.slice(0, -3);
  if (COMMON_WORDS.has(stem) || COMMON_WORDS.has(stem + 'e')) return true;
  return stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && COMMON_WORDS.has(stem.slice(0, -1));
}

/** "publicly", "reportedly", "strongly": an ordinary word with "-ly" ("Kelly", "Daly" are none). */
function isAdverb(lower: string): boolean {
  if (!lower.endsWith('ly') || lower.length < 5) return false;
  const stem = lower.slice(0, -2);
  return COMMON_WORDS.has(stem) || COMMON_WORDS.has(stem + 'e') || /(?:al|ed|ous|ive|ful|ab|ib|ent|ant|ic)$/.test(stem);
}

/** Whether a word no list knows can be a given name: not a verb's "-s", "-ed" or "-ing" form ("mayor defends tram"). */
function unknownGivenName(w: Word): boolean {
  if (GIVEN.has(w.lower)) return true;
  const m = /^(.{3,}?)(?:s|es|d|ed|ing)$/.exec(w.lower);
  // "defends", "named", "building": an ordinary word's stem with a verb's ending; "cres" is none
  return !m || (!COMMON_WORDS.has(m[1]!) && !COMMON_WORDS.has(m[1]! + 'e'));
}

/**
 * Whether a word can open a name no list knows before `next`: no ordinary word, or a short one
 * when the next is none ("president xi jinping").
 */
function firstNameBefore(w: Word, next: Word | undefined): boolean {
  return nameWord(w) || (w.lower.length <= 3 && next !== undefined && nameWord(next) && !NOT_A_NAME.has(w.lower));
}

/** Whether a word is no ordinary word, so may be a name no list knows ("gareth", "canal" is not). */
function nameWord(w: Word): boolean {
  return !COMMON_WORDS.has(w.lower) && !NOT_A_NAME.has(w.lower) && !NON_ENTITY_WORDS.has(w.lower);
}

/**
 * The text in ordinary casing when it is all capitals or all lower case (see the module
 * comment), with the same length; otherwise the text itself.
 */
export function trueCase(text: string, casing: Casing = casingOf(text)): string {
  if (casing === 'normal') return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = casing === 'upper' ? lowerCode(c) : c;
  }
  const wellFormed = !LONE_SURROGATE.test(text);
  const base = casing === 'upper' ? decode(codes, wellFormed) : text;
  const words: Word[] = [];
  const re = /[a-zà-öø-ÿ][a-zà-öø-ÿ0-9'’-]*/g;
  for (let m = re.exec(base); m !== null; m = re.exec(base)) {
    // "price’s", "evans'": the possessive is no part of the word looked up
    let end = m.index + m[0].length;
    const last = base.charCodeAt(end - 1);
    if (last === 115 && end - m.index >= 3 && isApostrophe(base.charCodeAt(end - 2))) end -= 2;
    else if (isApostrophe(last)) end -= 1;
    if (end === m.index) continue;
    words.push({ start: m.index, end, lower: end === m.index + m[0].length ? m[0] : base.slice(m.index, end) });
  }
  /** Whether ", " stands between two words. */
  const spacedAfterComma = (a: Word, b: Word): boolean => b.start === a.end + 2 && base.charCodeAt(a.end) === 44 && base.charCodeAt(a.end + 1) === 32;
  /** Whether only spaces (`dot`: or one period, as after "mr.") stand between two words. */
  const spaced = (a: Word, b: Word, dot = false): boolean => {
    if (b.start === a.end) return false;
    for (let i = a.end; i < b.start; i++) {
      const c = base.charCodeAt(i);
      if (c !== 32 && !(dot && c === 46 && i === a.end && b.start - a.end <= 2)) return false;
    }
    return true;
  };
  const cap = (w: Word): void => {
    codes[w.start] = upperCode(codes[w.start]!);
    // hyphenated names: "jean-luc", "bosnia-herzegovina"
    for (let i = w.start + 1; i < w.end - 1; i++) if (codes[i] === 45) codes[i + 1] = upperCode(codes[i + 1]!);
  };
  // initials with periods: "u.s.", "u.k.", "j.k."
  const DOTTED = /(?<![a-zà-ÿ0-9.])(?:[a-z]\.){2,}/g;
  /** Where a word after a person's initials starts ("j.k. rowling"). */
  const afterInitials = new Set<number>();
  for (let m = DOTTED.exec(base); m !== null; m = DOTTED.exec(base)) {
    for (let i = m.index; i < m.index + m[0].length; i += 2) codes[i] = codes[i]! - 32;
    if (!NOT_INITIALS.has(m[0]) && base.charCodeAt(m.index + m[0].length) === 32) afterInitials.add(m.index + m[0].length + 1);
  }
  /** Words capitalised as (part of) a name, not only for opening a sentence. */
  const asName = new Set<Word>();
  const capName = (w: Word): void => {
    cap(w);
    asName.add(w);
  };
  const allCaps = (w: Word): void => {
    for (let i = w.start; i < w.end; i++) codes[i] = upperCode(codes[i]!);
  };
  /** Family names met after a given name: later alone before a reporting verb ("price said"), they are the person. */
  const surnames = new Set<string>();
  /** Given names met before a family name ("ahmed" in "ahmed mohamed"). */
  const givenNames = new Set<string>();
  /**
   * Capitalises the family name that starts at word `at` (its particle, if any, stays in lower
   * case: "de vries" -> "de Vries") and remembers it; returns the index of its last word.
   */
  const familyName = (at: number): number => {
    const first = words[at]!;
    const after = words[at + 1];
    if (PARTICLES.has(first.lower) && after && spaced(first, after) && surnameLike(after)) {
      capName(after);
      surnames.add(after.lower);
      return at + 1;
    }
    capName(first);
    surnames.add(first.lower);
    return at;
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (opensSentence(base, w.start)) cap(w);
    if (afterInitials.size > 0 && afterInitials.has(w.start) && !NOT_A_NAME.has(w.lower) && !DAYS_MONTHS.has(w.lower)) capName(w);
    const after = words[k + 1];
    if (surnames.has(w.lower) && after && REPORTING.has(after.lower) && spaced(w, after)) capName(w);
    if (w.lower.charCodeAt(0) === 105 && w.lower.length <= 4 && I_FORMS.has(w.lower)) codes[w.start] = 73;
    // a nationality is capitalised but names nothing itself ("the Greek court"); a word of
    // politics only where it opens a party's name ("Democratic Party", not "democratic values")
    if (DAYS_MONTHS.has(w.lower)) capName(w);
    else if (POLITICAL.has(w.lower)) {
      if (after !== undefined && ORG_NAME_HEADS.has(after.lower) && spaced(w, after)) capName(w);
    } else if (DEMONYMS.has(w.lower)) cap(w);
    // an agency in brackets, as datelines write it: "(ap)", "(afp)", "(reuters)"
    if (base.charCodeAt(w.start - 1) === 40 && base.charCodeAt(w.end) === 41) {
      const agency = AGENCY_CASE.get(w.lower);
      if (agency !== undefined) {
        for (let i = 0; i < agency.length; i++) codes[w.start + i] = agency.charCodeAt(i);
        continue;
      }
    }
    // known acronyms, and words with no vowel, which no English word is ("nhs", "fnv")
    if (ACRONYMS.has(w.lower) || (w.end - w.start >= 2 && w.end - w.start <= 5 && noVowel(w.lower) && !HONORIFICS.has(w.lower) && !NO_VOWEL_WORDS.has(w.lower))) allCaps(w);
    // known places and organisations, longest first
    const phrases = PHRASES.get(w.lower);
    let matched = 0;
    for (const p of phrases ?? []) {
      if (k + p.length > words.length) continue;
      let ok = true;
      for (let j = 1; j < p.length && ok; j++) ok = words[k + j]!.lower === p[j] && words[k + j]!.start === words[k + j - 1]!.end + 1 && base.charCodeAt(words[k + j - 1]!.end) === 32;
      if (!ok) continue;
      for (let j = 0; j < p.length; j++) if (j === 0 || !NAME_GLUE.has(p[j]!)) capName(words[k + j]!);
      matched = p.length;
      break;
    }
    if (matched > 0) {
      k += matched - 1;
      continue;
    }
    // a name's head after a capitalised word or before "of" and a known place: "Democratic
    // party" -> "Democratic Party", "university of tokyo" -> "University of Tokyo"
    const next = words[k + 1];
    if (ORG_NAME_HEADS.has(w.lower)) {
      const prev = words[k - 1];
      const prevCapital = prev !== undefined && spaced(prev, w) && asName.has(prev);
      const after = words[k + 2];
      const ofName = next !== undefined && next.lower === 'of' && after !== undefined && spaced(w, next) && spaced(next, after);
      if (prevCapital || (ofName && PLACES.has(after!.lower))) {
        capName(w);
        // "institute of technology": the word after "of" belongs to the name
        if (ofName && nameWordAfterOf(after!)) capName(after!);
      }
    }
    // a given name and a family name ("gareth price"), a form of address and a name ("mr shah")
    if (next === undefined) continue;
    if (HONORIFICS.has(w.lower) && spaced(w, next, true) && next.start - w.end <= 2 && surnameLike(next)) {
      capName(w);
      capName(next!);
      continue; // the next word may be a given name with a family name after it
    }
    const adjacent = spaced(w, next);
    if (adjacent && GIVEN.has(w.lower) && surnameLike(next)) {
      capName(w);
      givenNames.add(w.lower);
      k = familyName(k + 1);
      continue;
    }
    // a role or a reporting verb, then a word that is no ordinary word and a family name:
    // "leader gareth price", "said gareth price"
    const third = words[k + 2];
    // (after a reporting verb a word ending in -s is no verb: "said marloes visser")
    const reporting = REPORTING.has(w.lower) && !roleLike(next.lower);
    // (after a role the name may stand in apposition: "his counterpart, xi jinping")
    const roleGap = adjacent || (roleLike(w.lower) && base.charCodeAt(w.end) === 44 && spacedAfterComma(w, next));
    if (roleGap && (roleLike(w.lower) || reporting) && firstNameBefore(next, third) && (reporting ? !/(?:ed|ing)$/.test(next.lower) : unknownGivenName(next)) && third && spaced(next, third) && surnameLike(third)) {
      capName(next);
      givenNames.add(next.lower);
      k = familyName(k + 2);
      continue;
    }
    // "gareth price said": the same two words before a reporting verb
    const fourth = words[k + 3];
    if (adjacent && third && REPORTING.has(third.lower) && fourth !== undefined && nameWord(w) && surnameLike(next) && spaced(next, third)) {
      capName(w);
      k = familyName(k + 1);
      continue;
    }
    // "in kerrville", "near brask": a word no list knows after a preposition of place
    if (adjacent && PLACE_PREPOSITIONS.has(w.lower) && next.lower.length >= 4 && nameWord(next) && !/[-'’]|(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|hood)$/.test(next.lower) && !isParticiple(next.lower) && !isAdverb(next.lower) && unknownGivenName(next)) {
      capName(next);
      k += 1;
      continue;
    }
    if (adjacent && STREET_HEADS.has(next.lower) && nameWord(w)) {
      capName(w);
      capName(next);
      k += 1;
    }
  }
  // The names of people named in full stand alone later too ("montalvo said", "ahmed"): where
  // the word is no ordinary word, it is the name wherever it stands.
  if (surnames.size > 0 || givenNames.size > 0) {
    for (const w of words) {
      if (NOT_A_NAME.has(w.lower)) continue;
      if (surnames.has(w.lower) ? !COMMON_WORDS.has(w.lower) : givenNames.has(w.lower) && !WORD_GIVEN_NAMES.has(w.lower)) capName(w);
    }
  }
  return decode(codes, wellFormed);
}

/** Whether a word at `start` opens a sentence, a paragraph or a quotation. */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  // an opening mark right before the word ("“we"): what stands before the mark decides
  let quoted = false;
  while (i >= 0 && isOpeningMark(text.charCodeAt(i))) {
    quoted = true;
    i--;
  }
  // a closing mark and a comma before ("…,” said") make no sentence start: only spaces here
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  if (c === 10 || c === 13) return true;
  // "u.s. and": the period of initials ends no sentence
  if (c === 46) return !(i >= 2 && text.charCodeAt(i - 2) === 46 && /[a-zA-Z]/.test(text[i - 1]!));
  if (c === 33 || c === 63) return true;
  // a closing mark after a sentence end: "…here.” The"
  if ((c === 34 || c === 0x201d || c === 39 || c === 0x2019 || c === 0xbb || c === 41) && i > 0) {
    const b = text.charCodeAt(i - 1);
    if (b === 46 || b === 33 || b === 63) return true;
  }
  // "she said: “every …”", "he said, “we …”": a quotation opens with a capital
  return quoted && (c === 58 || c === 44 || c === 0x2014 || c === 0x2013);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Whether a lower-case word has no vowel (and no "y"), which no English word lacks. */
function noVowel(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122 || c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) return false;
  }
  return true;
}

function isOpeningMark(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201e || c === 0xab || c === 39 || c === 0x2018 || c === 40;
}

function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0) return c;
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}

function upperCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 32;
  if (c < 0xc0) return c;
  const s = String.fromCharCode(c).toUpperCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le');
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The code units as a string. A UTF-16 decoder reads them at memory speed, but it would turn a
 * lone surrogate into U+FFFD; a text with one (`wellFormed` false) is rebuilt unit by unit.
 */
function decode(codes: Uint16Array, wellFormed: boolean): string {
  if (wellFormed && LITTLE_ENDIAN) return UTF16.decode(codes);
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, Array.from(codes.subarray(i, i + 8192)));
  return out;
}

/** How far into a text in ordinary casing lines all in capitals are looked for (headline, kicker, byline). */
const HEAD_ZONE = 2000;

/**
 * A text in ordinary casing whose opening lines include some all in capitals ("MAYOR DEFENDS
 * TRAM BUDGET", "BY ANA REYES"): those lines in ordinary casing, the rest untouched, same
 * length. Only lines that start in the first `HEAD_ZONE` code units are read, so the cost
 * does not grow with the text. Returns the text itself when no line changes.
 */
export function trueCaseHeadLines(text: string): string {
  let out: string | null = null;
  let start = 0;
  while (start < text.length && start < HEAD_ZONE) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (isCapitalLine(line)) {
      const cased = trueCase(line, 'upper');
      if (cased !== line) out = (out ?? text).slice(0, start) + cased + (out ?? text).slice(end);
    }
    start = end + 1;
  }
  return out ?? text;
}

/** A line of at least two words and eight letters, none of them lower case. */
function isCapitalLine(line: string): boolean {
  let upper = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const isUpper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
    const isLower = (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
    if (isLower) return false;
    if (c > 0xff && line[i]!.toUpperCase() !== line[i]) return false;
    if (isUpper) {
      upper++;
      if (!inWord) words++;
      inWord = true;
    } else if (c === 32 || c === 9) inWord = false;
  }
  return upper >= 8 && words >= 2;
}
