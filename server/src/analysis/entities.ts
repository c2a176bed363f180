import type { Entity, EntityType, Mention, Span } from './types';
import { findDates } from './dates';
import { ownCopy } from './tokens';
import { upperBound } from './structure';
import { NEWS_AGENCIES, NEWS_OUTLETS } from './lexicon/agencies';
import { ALIASES } from './lexicon/aliases';
import { COMMON_WORDS } from './lexicon/commonWords';
import { DEMONYMS } from './lexicon/demonyms';
import { FAMILY_NAMES_FIRST, FAMILY_NAME_ENDINGS, FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES } from './lexicon/firstNames';
import { FURNITURE_PHRASES, FURNITURE_WORDS } from './lexicon/furniture';
import { NAME_TITLES, PERSON_TITLES, POSTNOMINALS } from './lexicon/honorifics';
import { EVENT_HEADS, EVENT_OPENERS, FUNCTION_WORDS, NON_ENTITY_ACRONYMS, NON_ENTITY_WORDS, VEHICLES, VESSEL_PREFIXES } from './lexicon/nonEntities';
import { ORGS, ORGS_CASE_SENSITIVE, ORG_CENTRES, ORG_CUES_AFTER, ORG_CUES_AT, ORG_CUES_FOR, ORG_CUES_IN, ORG_CUES_OF, ORG_CUE_VERBS, ORG_HEADS, ORG_KIND_NOUNS, ORG_KINDS_BEFORE, ORG_OPENERS, SERVICE_DISTRICTS, TEAM_WORDS } from './lexicon/orgs';
import { COMPASS, PLACES, PLACES_ONLY_CAPITALISED, PLACE_HEADS, PLACE_HYPHEN_CUES, PLACE_KIND_NOUNS, PLACE_OWNED, PLACE_PREFIXES } from './lexicon/places';

/*
 * Named entities in one pass over the capitalised words of the text.
 *
 * 1. Dates are found first (dates.ts); their words take no further part.
 * 2. Capitalised words are scanned once (lower-case words are read from the text only where
 *    a rule asks; each capitalised form is read out once and shared). A capitalised word is
 *    "weak" when it opens a sentence or stands in a Title Case headline line: capitals
 *    there say nothing about names. Words capitalised where capitals do mean something
 *    form the "strong" set.
 * 3. Capitalised words that follow each other on one line, with one space between them,
 *    form runs; "of", "for", "and" join a run only inside an organisation's name
 *    ("Carnegie Endowment for International Peace") and "and" not before "the" or a given
 *    name ("the Labour Party and Frederick Fung" is two names), "&" always ("Mary & Leigh
 *    Block Museum"), name particles ("de", "von") inside a person's. A weak word stays in
 *    a run only if it is a known name, strong elsewhere, or an unknown word inside a longer
 *    name; "Hours", "Since", "Dear" never do.
 * 4. A run is classified by lexicon (known places and organisations, news media), by its
 *    head word ("... Council", "... Mining" are organisations, "... Region" a place) or
 *    opening word ("Instituto ...", "Port ..."), by titles inside it ("Chinese President Xi
 *    Jinping": a person; the title is not part of the mention), by given names ("Alexander
 *    Gabuev"), by an acronym in brackets after it (an organisation), by words that are not
 *    ordinary English (a name never seen before: "Tiziano Lugli"), by a compass point after
 *    it ("Kowloon West": a place), and by the words around it: "in Samarkand", "Irving,
 *    Texas", "Velmoor, a town near ...", "Tarsovia's capital", "the village X" make a
 *    place; "a spokesperson for X", "chief executive of X", "the firm X", "X, the oil
 *    giant" an organisation; "Gabuev said" a person. Each type carries how well it is
 *    attested (EV_*): by the name itself, by its context, or only by default.
 * 5. Mentions are linked: a surname alone ("Gabuev") joins the person named in full
 *    elsewhere ("Alexander Gabuev"), an acronym joins the organisation it abbreviates
 *    ("ICC"), aliases ("US", "United States") join each other, "the Church" joins the
 *    "Church of Scientology" named before. One name has one type in a text: the type of
 *    its best-attested mentions (unifyTypes); a name word alone is of the kind of the name
 *    it opens ("the Velda" after "Velda River"), and a name in a list is of the kind of the
 *    attested name before it ("in Kerrville and Brask"). The entity's name is the fullest
 *    form the article uses. Ids follow the order of first mention.
 * 6. A place that plays in a match report ("Sweden defeated South Korea 1 – 0") is a team:
 *    an organisation for the whole text.
 *
 * Decisions: titles are left out of PERSON mentions ("President [Putin]"); "the" is left
 * out of names ("the [Kremlin]"); possessive endings are left out ("[Putin]’s"); names
 * written in lower case keep their mention as written and get a capitalised name
 * ("kyiv" -> "Kyiv"). A lone unknown capitalised word counts only with evidence: a cue
 * around it, a place-name ending ("Evansville"), or a second sighting (then it is taken
 * for an organisation, the commonest kind of such names in news). A lone word the text also
 * writes in lower case as often ("Iodine" beside "iodine") is an ordinary word, and so is
 * any such word opening a sentence or heading. Nationality adjectives
 * ("Russian"), people of a place ("Londoners"), events ("Winter Olympics", "Operation X"),
 * vessels ("the ferry X", and X later), models ("IE9"), hashtags and handles are not entities.
 */

const W_CAP = 1;
const W_WEAK = 2;
const W_POSSESSIVE = 4;
const W_JOINS_NEXT = 8;
const W_SKIP = 16;
const W_LOWER_NAME = 32;

/**
 * A word of the text: `[start, end)`, end before any possessive ending. Its letters live in
 * its form (shared by every occurrence), its flags in one number: a text has tens of
 * thousands of words, and small objects keep the pass fast.
 */
class Word {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly form: Form,
    private flags: number,
    /** The connector words between this word and the next when they join across them ("of", "von der"). */
    public gap: Word[] | null = null,
  ) {}
  get text(): string {
    return this.form.text;
  }
  get lower(): string {
    return this.form.lower;
  }
  /** Capitalised (first letter upper case). */
  get cap(): boolean {
    return (this.flags & W_CAP) !== 0;
  }
  /** All letters upper case, at least two letters. */
  get allCaps(): boolean {
    return (this.flags & W_CAP) !== 0 && this.form.allCaps;
  }
  /** Opens a sentence or stands in a headline line: its capital says nothing. */
  get weak(): boolean {
    return (this.flags & W_WEAK) !== 0;
  }
  set weak(value: boolean) {
    this.flags = value ? this.flags | W_WEAK : this.flags & ~W_WEAK;
  }
  /** Ended by a possessive ("Putin’s") or a hyphenated ending ("Kremlin-backed"): the run ends here. */
  get possessive(): boolean {
    return (this.flags & W_POSSESSIVE) !== 0;
  }
  /** Joined to the next word by exactly one space (or ". " after an initial/abbreviation). */
  get joinsNext(): boolean {
    return (this.flags & W_JOINS_NEXT) !== 0;
  }
  set joinsNext(value: boolean) {
    this.flags = value ? this.flags | W_JOINS_NEXT : this.flags & ~W_JOINS_NEXT;
  }
  /** Inside a date expression or page furniture. */
  get skip(): boolean {
    return (this.flags & W_SKIP) !== 0;
  }
  /** A family name written in lower case after a given name ("Alexander volfovich"). */
  get lowerName(): boolean {
    return (this.flags & W_LOWER_NAME) !== 0;
  }
  /** What the lexicons say about the word's form: one of the F_* bits. */
  is(lexicon: number): boolean {
    return (this.form.lex & lexicon) !== 0;
  }
}

/** The candidates in text order, and apart the persons and organisations named with two or more words (linking reads those first). */
interface Candidates {
  all: Candidate[];
  persons: Candidate[];
  orgs: Candidate[];
  /**
   * Places and organisations named by a name word and a head word ("Velda River", "Zentrovia
   * Energy"), as pairs [name word, type]: the name word alone is of the same kind (see
   * typeShortForms). A text has a few: a flat array is cheaper than a map.
   */
  shortForms: string[] | null;
  /**
   * The head words of the organisations named so far ("church" of "Church of Scientology"),
   * as pairs [head, key]; the key is '' when two organisations share the head. "the Church"
   * alone then means it.
   */
  namedHeads: string[] | null;
}

/** The value after `key` in a flat array of pairs, or undefined. */
function pairValue(pairs: string[], key: string): string | undefined {
  for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === key) return pairs[i + 1];
  return undefined;
}

interface Candidate {
  words: Word[];
  type: EntityType | null;
  /** Set when the type must wait for linking (a lone capitalised word). */
  deferred: boolean;
  /** A place or organisation key after aliases; a person's key is computed in linking. */
  key: string;
  /** How strongly the type is attested (EV_*). */
  evidence: number;
}

// How strongly a candidate's type is attested. One name gets one type in a text: the type of
// its best-attested mention (see unifyTypes).
/** No type: a lone word waiting for linking. */
const EV_NONE = 0;
/** A default: an unknown name taken for a person or an organisation for want of evidence. */
const EV_GUESS = 1;
/** The words around the name: "in X", "X said", "a spokesperson for X", "X, a town". */
const EV_CONTEXT = 2;
/** The name itself: a lexicon, a head word ("... Council"), a title, a given name. */
const EV_NAME = 3;

// Letters as explicit ranges (Latin, Greek, Cyrillic): much faster than \p{L} with the u flag.
const L = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
const LM = L + '0-9_\\u0300-\\u036F';
/** Letters that can open a capitalised word (checked again with isUpper for the mixed ranges). */
const CAP_START = 'A-Z\\u00C0-\\u00DE\\u0100-\\u017F\\u0386-\\u03AB\\u0400-\\u042F\\u1E00-\\u1EFF';

// Character classes as one table of bits, for the scanners below (every class lies under U+2000).
const C_LM = 2; // continues a word: letter, digit, "_", combining mark
const C_L09 = 4; // letter or digit: may follow a joining mark inside a word ("O'Brien", "AT&T")
const C_IN_WORD = 8; // a match right after one is inside a word (LM plus ' ’ . -)
const C_JOIN = 16; // joins two parts of one word: ' ’ . & -
const CLASS_LIMIT = 0x2000;
const CHAR_CLASS = (() => {
  const table = new Uint8Array(CLASS_LIMIT);
  const classes: [number, RegExp][] = [
    [C_LM, new RegExp(`[${LM}]`)],
    [C_L09, new RegExp(`[${L}0-9]`)],
    [C_IN_WORD, new RegExp(`[${LM}'’.-]`)],
    [C_JOIN, /['’.&-]/],
  ];
  for (let c = 0; c < CLASS_LIMIT; c++) {
    const ch = String.fromCharCode(c);
    for (const [bit, re] of classes) if (re.test(ch)) table[c] |= bit;
  }
  return table;
})();
function charClass(code: number): number {
  if (code < CLASS_LIMIT) return CHAR_CLASS[code]!;
  return code === 0x2019 ? C_IN_WORD | C_JOIN : 0;
}
function inWord(code: number): boolean {
  return (charClass(code) & C_IN_WORD) !== 0;
}

/**
 * Place names as wire copy sometimes writes them, in lower case ("attack on kyiv"): the
 * single-word known places that are not also ordinary words.
 */
const LOWER_PLACES: ReadonlySet<string> = new Set(
  [...PLACES].filter((name) => /^[a-z][a-z-]{3,}$/.test(name) && !PLACES_ONLY_CAPITALISED.has(name) && !COMMON_WORDS.has(name) && !NON_ENTITY_WORDS.has(name)),
);
/** The names as one pattern grouped by first letter, so that the engine dispatches on one character. */
const LOWER_PLACE_RE = (() => {
  const byFirst = new Map<string, string[]>();
  for (const name of LOWER_PLACES) {
    const list = byFirst.get(name[0]!) ?? [];
    list.push(name.slice(1));
    byFirst.set(name[0]!, list);
  }
  const groups = [...byFirst].map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`);
  return new RegExp(`\\b(?:${groups.join('|')})(?![${LM}'’])`, 'g');
})();
/** Where a capitalised word can start (checked again with isUpper for the mixed ranges). */
const CAP_START_RE = new RegExp(`[${CAP_START}]`, 'g');

/** Function words as they open sentences ("The", "However"); the scanner passes over them. */
const CAPITALISED_FUNCTION_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS].map((w) => w.charAt(0).toUpperCase() + w.slice(1)));

const GAP_WORD_RE = /[^\s]+/g;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', '&']);
const PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'al', 'el', 'bin', 'ibn', 'ben', 'abu', 'abd', 'bint', 'y']);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'rev', 'jr', 'sr', 'mt', 'ft', 'cmdr', 'hon', 'brig', 'cpl', 'pvt']);
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'wrote', 'writes', 'announced', 'asked', 'replied', 'explained', 'noted', 'warned', 'insisted', 'claimed', 'argued', 'tweeted', 'posted', 'recalled', 'admitted', 'responded', 'declared', 'continued', 'urged', 'suggested', 'confirmed', 'denied', 'reiterated', 'emphasized', 'emphasised', 'stressed', 'praised', 'met', 'visited']);
/** A possessive, maybe with a word after it, ending the text before a kind noun ("its parent", "her record"). */
const APPOSITION_OWNERS = /(?:^|\s)(?:its|his|her|their|our)(?: [a-z]+)?\s*$/i;
/** Words for a court's level or kind that stand before a judge's title ("District Judge", "Circuit Judge"). */
const COURT_LEVELS = new Set(['district', 'circuit', 'appeals', 'appellate', 'magistrate', 'county', 'municipal', 'superior', 'family', 'bankruptcy', 'tax', 'immigration']);
/** Kinds of place written in lower case after a name and "the" ("the Kessel estuary"). */
const PLACE_KINDS_AFTER = new Set(['estuary', 'river', 'valley', 'region', 'coast', 'island', 'islands', 'peninsula', 'delta', 'basin', 'mountains', 'lake', 'bay', 'province', 'district', 'oblast', 'desert', 'plateau', 'strait', 'gulf', 'sea', 'archipelago', 'highlands', 'steppe', 'glacier', 'fjord', 'lagoon', 'canal']);
/** Plurals of nouns for people ("keepers", "volunteers", "scientists", "residents"). */
const PEOPLE_PLURAL = /(?:ers|ists|ants|ents|ians|ors|ees)$/;
/** "The" and at most one word opening a sentence, before a kind noun ("The auction house, X,"). */
const SENTENCE_KIND = /(?:^|[.!?]["”’]?\s+|\n)The(?: [a-z]+)?\s*$/;
/** A name of one to three capitalised words closed by a comma. */
const APPOSITION_CLOSE = /^[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,2},/;
/** Relatives, before the name of one ("his wife, Halina"). */
const KIN_NOUNS = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'partner', 'widow', 'widower', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'niece', 'nephew', 'cousin', 'fiancée', 'fiancee', 'fiancé', 'fiance', 'stepson', 'stepdaughter', 'aunt', 'uncle']);
/** Prepositions whose object a name is: such a name is not the subject of the verb after it. */
const OBJECT_PREPOSITIONS = new Set(['of', 'from', 'in', 'at', 'to', 'with', 'by', 'near', 'on', 'into', 'for', 'about', 'against']);
/** People described by where they come from: "a teacher from X", "a 34-year-old from X". */
const FROM_PLACE_NOUNS = new Set(['man', 'woman', 'men', 'women', 'boy', 'girl', 'resident', 'residents', 'native', 'teacher', 'student', 'farmer', 'worker', 'mother', 'father', 'family', 'families', 'couple', 'pensioner', 'grandmother', 'grandfather', 'people', 'voter', 'voters', 'villagers', 'old', 'lawmaker', 'congressman', 'congresswoman', 'senator', 'councillor', 'councilor', 'mp']);
const PLACE_CUES = new Set(['in', 'into', 'near', 'outside', 'inside', 'across', 'throughout', 'around']);
const PLACE_NOUN_CUES = new Set(['city', 'town', 'village', 'region', 'province', 'district', 'county', 'state', 'capital', 'port', 'island', 'oblast', 'republic', 'suburb', 'settlement', 'municipality']);

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || (code > 0xff && String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code));
}

function isLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7) || (code > 0xff && String.fromCharCode(code).toUpperCase() !== String.fromCharCode(code));
}

/**
 * One word form, read out once however often it occurs, in this text or any other: the
 * letters and what they say stay; the counts belong to one text and are reset when the form
 * is first met in the next (`epoch`).
 */
interface Form {
  text: string;
  lower: string;
  /** All letters upper case, at least two letters. */
  allCaps: boolean;
  /** A function word opening a sentence ("The", "However"). */
  functionWord: boolean;
  /** A furniture word ("Advertisement"). */
  furniture: boolean;
  /** What the lexicons say about the lower-case form (F_* bits), looked up once for all texts. */
  lex: number;
  /** The key of a one-word place or organisation: the lower-case form after aliases. */
  key: string;
  /** The text these counts belong to. */
  epoch: number;
  /** How often the form occurs capitalised outside dates and furniture. */
  count: number;
  /** Seen where capitals mean a name (not weak). */
  strong: boolean;
  /** How often (up to its capitalised count) the text writes the word in lower case, or -1 until asked. */
  lowerSeen: number;
  /** The verdict on the word standing alone from its letters (SINGLE_*), or -1 until asked. */
  single: number;
}

/**
 * The word forms met so far, by their letters. One table serves every text, so a name or a
 * function word met in an earlier article costs no lower-casing and no lexicon look-up again.
 * It starts afresh past `FORMS_MAX`.
 */
class FormTable {
  private forms = new Map<string, Form>();
  /** The text being read: counts of forms from an earlier one are reset on first sight. */
  epoch = 0;

  /** Called once per text, before any form of it is read. */
  nextText(): void {
    this.epoch = (this.epoch + 1) | 0;
    if (this.forms.size > FORMS_MAX) this.forms.clear();
  }

  /** How often the text being read has `raw` capitalised so far (0 if never). */
  countOf(raw: string): number {
    const form = this.forms.get(raw);
    return form !== undefined && form.epoch === this.epoch ? form.count : 0;
  }

  get(text: string, start: number, end: number): Form {
    const raw = text.slice(start, end);
    let form = this.forms.get(raw);
    if (form === undefined) {
      // the table outlives the text: keep the word, not a view into the article
      form = makeForm(ownCopy(raw));
      form.epoch = this.epoch;
      this.forms.set(form.text, form);
    } else if (form.epoch !== this.epoch) {
      form.epoch = this.epoch;
      form.count = 0;
      form.strong = false;
      form.lowerSeen = -1;
      form.single = -1;
    }
    return form;
  }
}

/** Forms kept across texts before the table starts afresh: at roughly 250 bytes a form (object, strings, map entry), about 12 MB at most. */
const FORMS_MAX = 50_000;
const FORMS = new FormTable();

function makeForm(raw: string): Form {
  let allCaps = false;
  if (raw.length >= 2) {
    allCaps = true;
    for (let i = 1; i < raw.length; i++) {
      if (isLower(raw.charCodeAt(i))) {
        allCaps = false;
        break;
      }
    }
  }
  const lower = raw.toLowerCase();
  return { text: raw, lower, allCaps, functionWord: CAPITALISED_FUNCTION_WORDS.has(raw), furniture: FURNITURE_WORDS.has(lower), lex: lexiconBits(raw, lower), key: keyOf(lower), epoch: -1, count: 0, strong: false, lowerSeen: -1, single: -1 };
}

// What the lexicons say about a word form, as bits of Form.lex.
const F_PLACE_CAP = 1 << 0; // isKnownPlace(lower, true)
const F_PLACE_LOW = 1 << 1; // isKnownPlace(lower, false)
const F_ORG_CAP = 1 << 2; // isKnownOrg(lower, true)
const F_ORG_LOW = 1 << 3; // isKnownOrg(lower, false)
const F_GIVEN = 1 << 4; // a given name
const F_RARE = 1 << 5; // not a frequent English word: likely a name when capitalised ("Gabuev")
const F_FUNCTION_WORDS = 1 << 6;
const F_NON_ENTITY_WORDS = 1 << 7;
const F_DEMONYMS = 1 << 8;
const F_PERSON_TITLES = 1 << 9;
const F_NAME_TITLES = 1 << 10;
const F_EVENT_HEADS = 1 << 11;
const F_ORG_HEADS = 1 << 12;
const F_PLACE_HEADS = 1 << 13;
const F_PLACE_PREFIXES = 1 << 14;
const F_COMPASS = 1 << 15;
const F_FAMILY_NAMES_FIRST = 1 << 16;
const F_CONNECTORS = 1 << 17;
const F_PARTICLES = 1 << 18;
const F_PHRASE_FIRST = 1 << 19; // opens a known place or organisation of several words ("united", "bank")
const F_ORG_OPENERS = 1 << 20; // opens an organisation's name ("Instituto", "Banco", "Team")

function lexiconBits(raw: string, lower: string): number {
  const sets: [ReadonlySet<string>, number][] = [
    [FUNCTION_WORDS, F_FUNCTION_WORDS],
    [NON_ENTITY_WORDS, F_NON_ENTITY_WORDS],
    [DEMONYMS, F_DEMONYMS],
    [PERSON_TITLES, F_PERSON_TITLES],
    [NAME_TITLES, F_NAME_TITLES],
    [EVENT_HEADS, F_EVENT_HEADS],
    [ORG_HEADS, F_ORG_HEADS],
    [PLACE_HEADS, F_PLACE_HEADS],
    [PLACE_PREFIXES, F_PLACE_PREFIXES],
    [COMPASS, F_COMPASS],
    [FAMILY_NAMES_FIRST, F_FAMILY_NAMES_FIRST],
    [CONNECTORS, F_CONNECTORS],
    [PARTICLES, F_PARTICLES],
    [ORG_OPENERS, F_ORG_OPENERS],
  ];
  let bits = 0;
  for (const [set, bit] of sets) if (set.has(lower)) bits |= bit;
  if (isKnownPlace(lower, true)) bits |= F_PLACE_CAP;
  if (isKnownPlace(lower, false)) bits |= F_PLACE_LOW;
  if (isKnownOrg(lower, true)) bits |= F_ORG_CAP;
  if (isKnownOrg(lower, false)) bits |= F_ORG_LOW;
  if (isGivenName(lower)) bits |= F_GIVEN;
  if (PHRASE_FIRST_WORDS.has(lower)) bits |= F_PHRASE_FIRST;
  if (raw.length >= 2 && !COMMON_WORDS.has(lower) && !NON_ENTITY_WORDS.has(lower) && !/\d/.test(raw) && !isVerbForm(lower)) bits |= F_RARE;
  return bits;
}

/** "U.S", "U.K": single capitals each followed by a period, the last period not yet taken. */
function isDottedCapitals(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n !== 3 && n !== 5) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(start + i);
    if (i % 2 === 0 ? !(c >= 65 && c <= 90) : c !== 46) return false;
  }
  return true;
}

/**
 * Lower-case place names ("kyiv") that stand as words of their own, as pairs [start, end] in
 * one flat array. Matches are rare, so the engine's scan for them is all the cost.
 */
function lowerPlaceSpans(text: string): number[] {
  const out: number[] = [];
  LOWER_PLACE_RE.lastIndex = 0;
  for (let m = LOWER_PLACE_RE.exec(text); m !== null; m = LOWER_PLACE_RE.exec(text)) {
    if (m.index > 0 && inWord(text.charCodeAt(m.index - 1))) continue;
    out.push(m.index, m.index + m[0].length);
  }
  return out;
}

/**
 * The capitalised words of the text (and lower-case place names after a preposition) with
 * their flags; words in dates and page furniture are marked to skip. Lower-case words are
 * looked at only where a rule needs them, straight from the text: most words of an article
 * are lower case, and making no object for them keeps the pass fast. Each capitalised form
 * is read out (sliced, lower-cased) once per text.
 */
function scanWords(text: string, dates: Span[]): Word[] {
  const words: Word[] = [];
  const furniture = furnitureSpans(text);
  const forms = FORMS;
  let dateIndex = 0;
  let furnitureIndex = 0;
  const push = (start: number, end: number, form: Form, cap: boolean, possessive: boolean): void => {
    while (dateIndex < dates.length && dates[dateIndex]!.end <= start) dateIndex++;
    while (furnitureIndex < furniture.length && furniture[furnitureIndex]!.end <= start) furnitureIndex++;
    const inDate = dateIndex < dates.length && dates[dateIndex]!.start < end;
    const inFurniture = furnitureIndex < furniture.length && furniture[furnitureIndex]!.start < end;
    const skip = inDate || inFurniture || form.furniture;
    words.push(new Word(start, end, form, (cap ? W_CAP : W_LOWER_NAME) | (possessive ? W_POSSESSIVE : 0) | (skip ? W_SKIP : 0)));
  };
  /** A capitalised word `[start, end)`; "U.S" takes its final period. */
  const addCap = (start: number, end: number, possessive: boolean, known: Form | null = null): void => {
    if (text.charCodeAt(end) === 46 && isDottedCapitals(text, start, end)) {
      end += 1;
      known = null;
    }
    push(start, end, known ?? forms.get(text, start, end), true, possessive);
  };
  /** A capitalised part cut out of a hyphenated word. */
  const addRaw = (start: number, raw: string, possessive: boolean): void => {
    addCap(start, start + raw.length, possessive);
  };
  // lower-case place names, merged in order with the capitalised words below
  const lowerPlaces = lowerPlaceSpans(text);
  let lowerIndex = 0;
  const addLowerPlacesBefore = (pos: number): void => {
    while (lowerIndex < lowerPlaces.length && lowerPlaces[lowerIndex]! < pos) {
      const s = lowerPlaces[lowerIndex]!;
      const e = lowerPlaces[lowerIndex + 1]!;
      lowerIndex += 2;
      push(s, e, forms.get(text, s, e), false, false);
    }
  };
  const n = text.length;
  // the engine finds where capitalised words can start; the word is read here
  CAP_START_RE.lastIndex = 0;
  while (CAP_START_RE.test(text)) {
    const start = CAP_START_RE.lastIndex - 1;
    // letters, and joining marks each followed by a letter or digit ("O’Brien", "AT&T")
    let e = start + 1;
    for (;;) {
      while (e < n && (charClass(text.charCodeAt(e)) & C_LM) !== 0) e++;
      if (e + 1 < n && (charClass(text.charCodeAt(e)) & C_JOIN) !== 0 && (charClass(text.charCodeAt(e + 1)) & C_L09) !== 0) e += 2;
      else break;
    }
    CAP_START_RE.lastIndex = e;
    scanCapWord(start, e);
  }
  addLowerPlacesBefore(n + 1);
  markContext(text, words);
  return words;

  /** A capitalised match `[start, e)`: drops sentence-opening function words, cuts endings, splits hyphenated names. */
  function scanCapWord(start: number, e: number): void {
    // ("al-Ansari", "bin-Salman": a name after an Arabic particle and a hyphen counts on its own)
    if (!isUpper(text.charCodeAt(start)) || (start > 0 && inWord(text.charCodeAt(start - 1)) && particleBefore(text, start) === 0)) return;
    // "The", "In", "However": never part of a name, and they break runs by standing between
    const whole = forms.get(text, start, e);
    if (whole.functionWord) return;
    addLowerPlacesBefore(start);
    let end = e;
    let possessive = false;
    // possessive endings: "Putin’s", "Xi Jinping's"
    if (end - start > 2) {
      const apostrophe = text.charCodeAt(end - 2);
      const s = text.charCodeAt(end - 1);
      if ((apostrophe === 0x2019 || apostrophe === 39) && (s === 115 || s === 83)) {
        end -= 2;
        possessive = true;
      }
    }
    // a trailing period is a sentence end, not part of the word ("Moscow."), except initials
    if (text.charCodeAt(end - 1) === 46) end -= 1;
    let hyphen = false;
    for (let i = start + 1; i < end; i++) {
      if (text.charCodeAt(i) === 45) {
        hyphen = true;
        break;
      }
    }
    if (!hyphen) {
      // the whole match unchanged: its form is already known
      addCap(start, end, possessive, end === e ? whole : null);
      return;
    }
    const parts = text.slice(start, end).split('-');
    // "Warhol-like", "Kremlin-backed": the name ends before an ordinary lower-case word; not
    // a given name after a family name written first ("Park Min-jun", "Kim Ji-young")
    let keep = parts.length;
    const asianGiven = parts.length === 2 && parts[0]!.length <= 5 && FAMILY_NAMES_FIRST.has(wordBefore(text, start)) && isUpper(text.charCodeAt(text.lastIndexOf(' ', start - 2) + 1));
    for (let k = 1; k < parts.length && !asianGiven; k++) {
      const part = parts[k]!;
      if (isLower(part.charCodeAt(0)) && part.length >= 3 && COMMON_WORDS.has(part) && !PARTICLES.has(part)) {
        keep = k;
        break;
      }
    }
    if (keep < parts.length) possessive = true;
    const kept = parts.slice(0, keep);
    // "Russia-China", "US-Mexico": names of their own joined by a hyphen
    if (kept.length > 1 && kept.every((part) => isKnownPlace(part.toLowerCase(), true) || isKnownOrg(part.toLowerCase(), true))) {
      let at = start;
      for (const part of kept) {
        addRaw(at, part, true);
        at += part.length + 1;
      }
      return;
    }
    addRaw(start, kept.join('-'), possessive);
  }
}

/** A furniture phrase at the start of a line, longest first, ending at a word boundary. */
const FURNITURE_RE = new RegExp(
  `^(?:${[...FURNITURE_PHRASES].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`,
  'i',
);

/** Spans of page furniture phrases that open a line ("Also Read | ...", "- Advertisement -"). */
function furnitureSpans(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart < 160) {
      let s = lineStart;
      while (s < lineEnd && /[\s\-–—•*|>#·]/.test(text[s]!)) s++;
      const m = FURNITURE_RE.exec(text.slice(s, Math.min(lineEnd, s + 48)));
      if (m !== null) {
        // a short line that is all furniture goes entirely; otherwise only the label
        const whole = lineEnd - s <= m[0].length + 3;
        spans.push({ start: s, end: whole ? lineEnd : s + m[0].length });
      }
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

/** Marks sentence-initial and headline words weak and finds which words join the next. */
function markContext(text: string, words: Word[]): void {
  let i = 0;
  while (i < words.length) {
    const lineStart = text.lastIndexOf('\n', words[i]!.start - 1) + 1;
    let lineEnd = text.indexOf('\n', words[i]!.start);
    if (lineEnd < 0) lineEnd = text.length;
    let j = i;
    while (j < words.length && words[j]!.start < lineEnd) j++;
    const headline = j - i >= 2 && lineEnd - lineStart < 160 && isHeadline(text.slice(lineStart, lineEnd).trimEnd());
    for (let k = i; k < j; k++) {
      const w = words[k]!;
      if (headline) w.weak = w.cap;
      else if (w.cap && isSentenceStart(text, w.start)) w.weak = true;
      if (k + 1 < j) w.joinsNext = joins(text, w, words[k + 1]!);
    }
    i = j;
  }
}

/** A headline: short, most longer words capitalised, one sentence at most, not ended like a sentence. */
function isHeadline(line: string): boolean {
  if (/[.,;]["”’)]?$/.test(line) || /[.!?]["”’)]?\s+[A-Z]/.test(line)) return false;
  let content = 0;
  let capitalised = 0;
  GAP_WORD_RE.lastIndex = 0;
  for (let m = GAP_WORD_RE.exec(line); m !== null; m = GAP_WORD_RE.exec(line)) {
    const word = m[0].replace(/^[^A-Za-z\u00C0-\u024F]+|[^A-Za-z\u00C0-\u024F]+$/g, '');
    if (word.length === 0) continue;
    const cap = isUpper(word.charCodeAt(0));
    if (word.length >= 4 || cap) {
      if (cap || !NON_ENTITY_WORDS.has(word.toLowerCase())) content++;
      if (cap) capitalised++;
    }
  }
  return capitalised >= 2 && capitalised / Math.max(1, content) >= 0.7;
}

function isSentenceStart(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0) {
    const c = text.charCodeAt(p);
    // spaces, quotes and brackets do not decide
    if (c === 32 || c === 9 || c === 0xa0 || c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x201e || c === 40 || c === 91 || c === 42) {
      p--;
      continue;
    }
    if (c === 10 || c === 13) return true;
    // ". " is a sentence end unless it follows an abbreviation or an initial
    if (c === 46) {
      let q = p - 1;
      while (q >= 0 && (isUpper(text.charCodeAt(q)) || isLower(text.charCodeAt(q)))) q--;
      // only a word as short as the longest abbreviation is read out and looked up
      if (p - q - 1 <= ABBREVIATION_MAX && ABBREVIATIONS.has(text.slice(q + 1, p).toLowerCase())) return false;
      if (p - q - 1 === 1 && isUpper(text.charCodeAt(q + 1))) return false;
      return true;
    }
    return c === 33 || c === 63 || c === 58 || c === 0x2026 || c === 124 || c === 8211 || c === 8212 || c === 45 || c === 0x2022;
  }
  return true;
}

/** Arabic particles written with a hyphen before a name ("al-Ansari", "el-Sisi", "bin-Zayed"). */
const HYPHEN_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'abu', 'abd', 'bint']);

/**
 * The length of "al-" (particle and hyphen) right before `start` when it opens a word of its
 * own ("Majed al-Ansari"), else 0.
 */
function particleBefore(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 45) return 0;
  let p = start - 1;
  while (p > 0 && p > start - 6 && isLower(text.charCodeAt(p - 1))) p--;
  if (p === start - 1 || (p > 0 && inWord(text.charCodeAt(p - 1)))) return 0;
  return HYPHEN_PARTICLES.has(text.slice(p, start - 1)) ? start - p : 0;
}

/** Heads of names that go on with "to" and a verb ("Campaign to Protect Rural England"). */
const TO_NAME_HEADS: ReadonlySet<string> = new Set(['campaign', 'committee', 'coalition', 'movement', 'alliance', 'fund', 'society', 'league', 'foundation', 'partnership', 'initiative']);

/** Institutions named after someone in the possessive ("St Mary's Church", "Queen's University"). */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['hospital', 'college', 'university', 'school', 'church', 'cathedral', 'chapel', 'abbey', 'academy', 'infirmary', 'hospice', 'basilica', 'priory']);

/** Plurals whose possessive opens many names ("Women's Institute", "People's Party"). */
const POSSESSIVE_PLURALS: ReadonlySet<string> = new Set(['women', 'children', 'people', 'men', 'peoples']);

function joins(text: string, a: Word, b: Word): boolean {
  const gap = b.start - a.end;
  if (a.possessive) {
    if (gap !== 3 || !b.cap || text.charCodeAt(a.end + 2) !== 32) return false;
    // "Women's Institute", "People's Party": the possessive of a plural belongs to the name
    if (POSSESSIVE_PLURALS.has(a.lower)) return true;
    // "St Luke's Hospital", "King's College", "Guy's Hospital": a saint's or a founder's name
    // before an institution (not a known place's: "Britain's Parliament" stays two)
    return INSTITUTION_HEADS.has(b.lower) && !a.is(F_PLACE_CAP | F_ORG_CAP) && a.end - a.start >= 2;
  }
  // "Workers' Party", "Farmers' Union": a plural's possessive with the apostrophe last
  if (gap === 2 && b.cap && a.cap && text.charCodeAt(a.end - 1) === 115 && text.charCodeAt(a.end + 1) === 32) {
    const c = text.charCodeAt(a.end);
    if (c === 39 || c === 0x2019) return true;
  }
  if (gap === 1) {
    const c = text.charCodeAt(a.end);
    return c === 32 || c === 0xa0;
  }
  // "Majed al-Ansari", "Hamad bin-Jassim": a particle joined to the next name by a hyphen
  if (gap >= 3 && gap <= 5 && text.charCodeAt(a.end) === 32 && particleBefore(text, b.start) === gap - 1) {
    a.gap = [new Word(a.end + 1, b.start - 1, FORMS.get(text, a.end + 1, b.start - 1), W_JOINS_NEXT)];
    return true;
  }
  // "Campaign to Protect Rural England", "Committee to Protect Journalists"
  if (gap === 4 && TO_NAME_HEADS.has(a.lower) && text.startsWith(' to ', a.end)) {
    a.gap = [new Word(a.end + 1, a.end + 3, FORMS.get(text, a.end + 1, a.end + 3), W_JOINS_NEXT)];
    return true;
  }
  // "Endowment for International Peace", "Charles de Gaulle": connector words in between
  if (gap >= 3 && gap <= 12) {
    a.gap = gapWords(text, a.end, b.start);
    if (a.gap !== null) return true;
  }
  // "Mr. Putin", "John F. Kennedy"
  if (gap === 2 && text.charCodeAt(a.end) === 46 && text.charCodeAt(a.end + 1) === 32) {
    return ABBREVIATIONS.has(a.lower) || (a.text.length === 1 && a.cap);
  }
  return false;
}

/**
 * The connector and particle words between two capitalised words ("of", "for the", "von
 * der"), as words of the run, or null when anything else stands between them.
 */
function gapWords(text: string, from: number, to: number): Word[] | null {
  if (text.charCodeAt(from) !== 32 || text.charCodeAt(to - 1) !== 32) return null;
  const out: Word[] = [];
  // the words between the two edge spaces, one space apart (two spaces make an empty word)
  for (let at = from + 1; ; ) {
    let e = at;
    while (e < to - 1 && text.charCodeAt(e) !== 32) e++;
    if (e === at || out.length === 3) return null;
    const form = FORMS.get(text, at, e);
    if (!CONNECTORS.has(form.text) && !PARTICLES.has(form.text)) return null;
    out.push(new Word(at, e, form, W_JOINS_NEXT));
    if (e >= to - 1) return out;
    at = e + 1;
  }
}

/** The word right before `pos`, across spaces only (no punctuation), lower-cased; '' if none. */
function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  if (e === pos && pos > 0) return '';
  let s = e;
  while (s > 0 && (isLower(text.charCodeAt(s - 1)) || isUpper(text.charCodeAt(s - 1)))) s--;
  return text.slice(s, e).toLowerCase();
}

/** The letters right before `pos`, lower-cased ("wife" for the comma of "wife, Halina"). */
function wordEndingAt(text: string, pos: number): string {
  let s = pos;
  while (s > 0 && (isLower(text.charCodeAt(s - 1)) || isUpper(text.charCodeAt(s - 1)))) s--;
  return text.slice(s, pos).toLowerCase();
}

/** The word right after `pos`, across spaces and at most one comma, lower-cased; '' if none. */
function wordAfter(text: string, pos: number): string {
  let s = pos;
  if (text.charCodeAt(s) === 44) s++;
  const spaceStart = s;
  while (s < text.length && text.charCodeAt(s) === 32) s++;
  if (s === spaceStart) return '';
  let e = s;
  while (e < text.length && (isLower(text.charCodeAt(e)) || isUpper(text.charCodeAt(e)))) e++;
  return text.slice(s, e).toLowerCase();
}

function isKnownPlace(lower: string, capitalised: boolean): boolean {
  return PLACES.has(lower) && (capitalised || !PLACES_ONLY_CAPITALISED.has(lower));
}

/**
 * News agencies and outlets (ENGINE-Q's lexicon), lower-cased without a leading "the"; a
 * name that is also an ordinary word ("Time", "Dawn") counts only in capitals or as a run.
 */
const MEDIA: ReadonlySet<string> = new Set(
  [...NEWS_AGENCIES, ...NEWS_OUTLETS]
    .map((name) => name.toLowerCase().replace(/^the /, ''))
    .filter((name) => name.includes(' ') || !COMMON_WORDS.has(name)),
);

/**
 * An -ing form of a frequent English verb ("quoting", "praising", "running"): not rare, so a
 * sentence-opening participle is not taken for part of the name after it ("Quoting Winston
 * Churchill, he said").
 */
function isVerbForm(lower: string): boolean {
  if (lower.length < 6 || !lower.endsWith('ing')) return false;
  const stem = lower.slice(0, -3);
  if (COMMON_WORDS.has(stem) || COMMON_WORDS.has(stem + 'e')) return true;
  // a doubled last consonant: "running", "stopping"
  return stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && COMMON_WORDS.has(stem.slice(0, -1));
}

/** The first words of the known places and organisations of several words. */
const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...PLACES, ...ORGS, ...MEDIA].filter((name) => name.includes(' ')).map((name) => name.slice(0, name.indexOf(' '))),
);

function isKnownOrg(lower: string, capitalised: boolean): boolean {
  if (MEDIA.has(lower)) return capitalised;
  return ORGS.has(lower) && (capitalised || !ORGS_CASE_SENSITIVE.has(lower));
}

function isGivenName(lower: string): boolean {
  return MALE_NAMES.has(lower) || FEMALE_NAMES.has(lower) || UNISEX_NAMES.has(lower);
}

/**
 * Whether the words, as one lower-case phrase, are a known name of a kind `lexicon` names
 * (F_PLACE_CAP, F_PLACE_LOW, F_ORG_CAP, F_ORG_LOW, or several). One word is read from its
 * form's bits; a phrase is built and looked up only when its first word opens a known name.
 */
function knownPhrase(words: readonly Word[], lexicon: number): boolean {
  if (words.length === 1) return words[0]!.is(lexicon);
  if (words.length === 0 || !words[0]!.is(F_PHRASE_FIRST)) return false;
  const phrase = phraseOf(words);
  return (
    ((lexicon & F_PLACE_CAP) !== 0 && isKnownPlace(phrase, true)) ||
    ((lexicon & F_PLACE_LOW) !== 0 && isKnownPlace(phrase, false)) ||
    ((lexicon & F_ORG_CAP) !== 0 && isKnownOrg(phrase, true)) ||
    ((lexicon & F_ORG_LOW) !== 0 && isKnownOrg(phrase, false))
  );
}

function phraseOf(words: readonly Word[]): string {
  // a segment is looked up as an organisation, then as a place, then keyed: built once
  if (words === lastPhraseWords && words.length === lastPhraseLength) return lastPhrase;
  let s = words[0]!.lower;
  for (let i = 1; i < words.length; i++) s += ' ' + words[i]!.lower;
  lastPhraseWords = words;
  lastPhraseLength = words.length;
  lastPhrase = s;
  return s;
}
let lastPhraseWords: readonly Word[] | null = null;
let lastPhraseLength = 0;
let lastPhrase = '';

function keyOf(lower: string): string {
  return ALIASES.get(lower) ?? lower;
}

/**
 * A lone name word that the text also uses with a head word is of the same kind: "the Velda"
 * after "Velda River", "Zentrovia" after "Zentrovia Energy".
 */
function typeShortForms(found: Candidates): void {
  const { all, shortForms } = found;
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (c.words.length !== 1 || c.evidence > EV_CONTEXT) continue;
    const type = pairValue(shortForms!, c.words[0]!.lower) as EntityType | undefined;
    if (type === undefined) continue;
    if (type === 'PLACE') {
      // "the Velda" after "Velda River": the name itself beats what the words around it suggest
      c.evidence = EV_NAME;
    } else {
      // "Zentrix" after "Zentrix Energy" is the firm where nothing else decides, or where only
      // a reporting verb made it a person ("Zentrix denied it"); but "Harwick" after "Harwick
      // Police" may be the town the police serve: a place cue still wins
      if (c.evidence === EV_CONTEXT && c.type !== 'PERSON') continue;
      c.evidence = EV_GUESS;
    }
    c.type = type;
    c.key = c.words[0]!.form.key;
  }
}

/**
 * Names in one list are of one kind: "in Kerrville and Brask", "Velmoor, Brask or Ostby". A
 * name without a type, or an organisation only by default, takes the type of the place or
 * organisation before it in the list when that has evidence of its own; the type passes on
 * down the list. Only forwards: a name before the one it would follow often ends an opening
 * phrase ("In the first game of Group G, Belgium faced ..."), and lists mix kinds when the
 * first name is the attested one ("the Untied Nations and United States").
 */
function typeListsAlike(text: string, all: Candidate[]): void {
  for (let k = 1; k < all.length; k++) {
    const to = all[k]!;
    // a name without evidence of its own, no person, and a name (not "Doctor" alone)
    if (to.evidence > EV_GUESS || to.type === 'PERSON' || (to.words.length === 1 && !to.words[0]!.is(F_RARE))) continue;
    const from = all[k - 1]!;
    if (from.evidence < EV_CONTEXT || (from.type !== 'PLACE' && from.type !== 'ORG')) continue;
    const fromEnd = from.words[from.words.length - 1]!;
    // "Mecca, Islam's holiest site" is no list
    if (fromEnd.possessive || to.words[to.words.length - 1]!.possessive) continue;
    if (!listGap(text, fromEnd.end, to.words[0]!.start)) continue;
    to.type = from.type;
    to.evidence = EV_CONTEXT;
    to.key = to.words.length === 1 ? to.words[0]!.form.key : keyOf(phraseOf(to.words));
  }
}

/** Whether `[from, to)` joins two items of a list: ", ", " and ", " or ", ", and ", ", or ". */
function listGap(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap === 2) return text.charCodeAt(from) === 44 && text.charCodeAt(from + 1) === 32;
  if (gap === 4) return text.startsWith(' or ', from);
  if (gap === 5) return text.startsWith(' and ', from);
  if (gap === 6) return text.startsWith(', or ', from);
  if (gap === 7) return text.startsWith(', and ', from);
  return false;
}

/** Whether the words name people of a known place: "Londoner", "New Zealanders", "Berliners". */
function isPlacePeople(words: Word[]): boolean {
  const last = words[words.length - 1]!.lower;
  const n = last.length;
  // "-er" or "-ers" ending, read as character codes: most names end otherwise
  const cut = last.charCodeAt(n - 1) === 114 && last.charCodeAt(n - 2) === 101 ? 2 : last.charCodeAt(n - 1) === 115 && last.charCodeAt(n - 2) === 114 && last.charCodeAt(n - 3) === 101 ? 3 : 0;
  if (cut === 0 || n - cut < 3 || (words.length > 1 && !words[0]!.is(F_PHRASE_FIRST))) return false;
  let phrase = '';
  for (let i = 0; i < words.length - 1; i++) phrase += words[i]!.lower + ' ';
  phrase += last.slice(0, -cut);
  // "Londoner" from "london", "New Zealander" from "new zealand"
  return isKnownPlace(phrase, true);
}

/** Records a vessel's or vehicle's name (its words, and its last word alone) so that later mentions are no entities. */
function addThing(ctx: Ctx, name: Word[]): void {
  if (name.length === 0) return;
  ctx.things.add(phraseOf(name));
  ctx.things.add(name[name.length - 1]!.lower);
}

/** A known place and then one word, a team word or a plural that is no place or kind of place: "Dallas Cowboys", "Bolton Wanderers". */
function isClubName(text: string, seg: Word[]): boolean {
  const last = seg[seg.length - 1]!;
  // the words before the last must be a known place: one that is a word, or opens a phrase
  if (!last.cap || last.allCaps || !seg[0]!.is(F_PLACE_CAP | F_PHRASE_FIRST)) return false;
  const lower = last.lower;
  // not a people ("Gaza Palestinians") nor a kind of place ("Hawaii Islands")
  let plural = lower.length >= 5 && lower.endsWith('s') && !lower.endsWith('ss') && !last.is(F_PLACE_HEADS | F_PLACE_CAP | F_ORG_CAP | F_EVENT_HEADS | F_PERSON_TITLES | F_NON_ENTITY_WORDS | F_COMPASS) && !DEMONYMS.has(lower.slice(0, -1));
  // a plural of an ordinary word ("Texas Turbines") or of a doer ("Ontario Ghostbusters"), not
  // a surname ending in -s ("Ontario Reyes") unless "the" stands before ("the Boston Herons");
  // after a place that is also a given name, a person ("Sofia Castellanos") unless "the" stands
  // before ("the Dallas Cowboys")
  if (plural) {
    const singular = lower.slice(0, -1);
    const ordinary = COMMON_WORDS.has(singular) || (lower.endsWith('es') && COMMON_WORDS.has(lower.slice(0, -2))) || lower.endsWith('ers');
    const given = seg[0]!.is(F_GIVEN);
    plural = (given ? !isGivenName(singular) : true) && ((!given && ordinary) || wordBefore(text, seg[0]!.start) === 'the');
  }
  return (plural || TEAM_WORDS.has(lower)) && knownPhrase(seg.slice(0, -1), F_PLACE_CAP);
}

/** A name word and a word only clubs end with: "Hartlepool United", "Bolton Wanderers". */
function isTeamName(seg: Word[]): boolean {
  return seg.length === 2 && seg[0]!.cap && !seg[0]!.is(F_GIVEN | F_PERSON_TITLES | F_NON_ENTITY_WORDS) && seg[1]!.cap && TEAM_WORDS.has(seg[1]!.lower);
}

/** What the classifier needs to know about the whole text. */
interface Ctx {
  text: string;
  words: Word[];
  /** Capitalised word forms seen where capitals mean a name (not weak). */
  strong: Set<string>;
  /**
   * Names of ships and vehicles met so far, lower-cased (the whole name and its last word):
   * "the ferry Marvella" makes every later "Marvella" a vessel too, not an organisation.
   */
  things: Set<string>;
}

/**
 * The entity finder proper: builds runs of capitalised words and classifies them into
 * candidates; lone words without a rule are deferred to linking.
 */
/**
 * No name runs to this many words; a longer stretch of capitalised words (a title-case block,
 * a table, junk) is cut into runs of this size, so splitting a run never works on a huge array.
 */
const MAX_RUN_WORDS = 24;

function collectCandidates(ctx: Ctx): Candidates {
  const { text, words } = ctx;
  const out: Candidates = { all: [], persons: [], orgs: [], shortForms: null, namedHeads: null };
  /** The run of a lone word, reused: nothing keeps it. */
  const lone: Word[] = [];
  let i = 0;
  while (i < words.length) {
    if (words[i]!.skip) {
      i++;
      continue;
    }
    // gather a run: capitalised words joined by single spaces or by connector words; a lone
    // word (the common case) gets no array of its own
    const w = words[i]!;
    let run: Word[] | null = null;
    let j = i;
    while (j + 1 < words.length && words[j]!.joinsNext && !words[j + 1]!.skip && (run === null || run.length < MAX_RUN_WORDS)) {
      const cur = words[j]!;
      const next = words[j + 1]!;
      if (!cur.cap || !next.cap || (next.is(F_FUNCTION_WORDS) && !next.allCaps)) break;
      run ??= [w];
      if (next.start - cur.end > 2 && !cur.possessive) {
        // joinsNext across more than ". " means the connector words were found (a possessive
        // that joins, "Women's Institute", has only "'s " between)
        const between = cur.gap;
        if (between === null) break;
        for (let k = 0; k < between.length; k++) run.push(between[k]!);
      }
      run.push(next);
      j++;
    }
    i = j + 1;
    // "Alexander volfovich": a given name and a lower-case family name
    const last = run === null ? w : run[run.length - 1]!;
    if (last.cap && !last.possessive && last.is(F_GIVEN)) {
      const family = lowerCaseFamilyName(text, last.end);
      if (family !== null) {
        run ??= [w];
        run.push(family);
      }
    }
    if (run === null || run.length === 1) {
      // the common case, without the splitting machinery
      const single = run ?? ((lone[0] = w), lone);
      // a lone unknown word opening a sentence counts only before a reporting verb ("Gabuev said")
      // ... or a cue that it is a place or an organisation ("Tarsovia's capital", "Velmoor, a town", "Sinopec, the oil giant")
      if (w.weak && !acceptWeak(single, 0, ctx.strong) && !(w.is(F_RARE) && (SPEECH_VERBS.has(wordAfter(text, w.end)) || cueAfter(text, w.end, w.possessive) !== null))) continue;
      if (w.cap && w.is(F_NON_ENTITY_WORDS) && !(w.allCaps && w.text.length > 1)) continue;
      if (isTag(text, w.start)) continue;
      classifySingle(ctx, w, out);
      continue;
    }
    // "#IStandWithAhmed", "@CityPolice": a hashtag or a handle, not a name as written
    if (isTag(text, w.start)) continue;
    // "Friends of Marram Dunes (FMD)": a run that the text abbreviates is one name
    const segments = acronymFollows(text, run) ? [run] : splitRun(run, ctx.strong);
    for (let k = 0; k < segments.length; k++) classify(ctx, segments[k]!, out);
  }
  return out;
}

/** Whether a hashtag or handle mark stands right before `start`. */
function isTag(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return c === 35 || c === 64;
}

/** A family name written in lower case right after a given name, as a word; null if none. */
function lowerCaseFamilyName(text: string, pos: number): Word | null {
  if (text.charCodeAt(pos) !== 32) return null;
  let e = pos + 1;
  while (e < text.length && isLower(text.charCodeAt(e))) e++;
  const raw = text.slice(pos + 1, e);
  if (raw.length < 5 || NON_ENTITY_WORDS.has(raw) || SPEECH_VERBS.has(raw) || COMMON_WORDS.has(raw)) return null;
  if (!FAMILY_NAME_ENDINGS.some((ending) => raw.endsWith(ending))) return null;
  // must end the name: punctuation or a reporting verb next
  const after = text.slice(e, e + 12);
  if (!/^\s*[,;:)]/.test(after) && !/^\s+(?:said|says|told|added|stated)\b/.test(after)) return null;
  return new Word(pos + 1, e, FORMS.get(text, pos + 1, e), W_LOWER_NAME);
}

/**
 * Splits a run where connectors do not belong to an organisation's name and where weak
 * words are not names, and drops function words from its edges.
 */
function splitRun(run: Word[], strong: Set<string>): Word[][] {
  // a whole run that is a known name stays whole
  if (run.length > 1 && knownPhrase(run, F_PLACE_CAP | F_ORG_CAP)) return [run];
  const segments: Word[][] = [];
  let current: Word[] = [];
  let orgOpen = false;
  const flush = (): void => {
    while (current.length > 0 && !current[current.length - 1]!.cap && !current[current.length - 1]!.lowerName) current.pop();
    if (current.length > 0) segments.push(current);
    current = [];
    orgOpen = false;
  };
  for (let k = 0; k < run.length; k++) {
    const w = run[k]!;
    if (!w.cap && !w.lowerName && (w.is(F_CONNECTORS) || w.is(F_PARTICLES))) {
      const prev = current[current.length - 1];
      if (prev !== undefined && w.is(F_CONNECTORS)) {
        // "Mary & Leigh Block Museum", "Procter & Gamble": an ampersand joins one name
        if (w.lower === '&' || ((orgOpen || prev.is(F_ORG_HEADS)) && !startsSecondName(run, k, prev))) {
          orgOpen = true;
          current.push(w);
          continue;
        }
        // "Bosnia and Herzegovina", "Bank of America": known as a whole
        const rest = run.slice(k + 1);
        if (knownPhrase([...current, w, ...rest], F_PLACE_CAP | F_ORG_CAP)) {
          current.push(w, ...rest);
          break;
        }
        // "Food and Drug Administration": ordinary words and more before an organisation's head word;
        // "Port of Rotterdam Authority", "City of London Corporation": the same before "of";
        // "West Yorkshire Fire and Rescue Service": a place first, then such a word
        const NAMED = F_RARE | F_GIVEN | F_PLACE_CAP | F_ORG_CAP | F_DEMONYMS;
        const placeFirst = w.lower === 'and' && current.length >= 2 && !prev.is(NAMED) && current.some((c) => c.is(F_PLACE_CAP)) && current.every((c) => c.cap && (!c.is(NAMED) || c.is(F_PLACE_CAP)));
        const ordinary = placeFirst || current.every((c) => c.cap && !c.is(NAMED));
        if ((w.lower === 'and' || w.lower === 'of') && endsWithOrgHead(rest) && ordinary) {
          orgOpen = true;
          current.push(w);
          continue;
        }
        flush();
        continue;
      }
      if (prev !== undefined && w.is(F_PARTICLES)) {
        current.push(w);
        continue;
      }
      flush();
      continue;
    }
    if (!w.cap) {
      current.push(w); // a lower-case name admitted by the run builder
      continue;
    }
    if (w.weak && !acceptWeak(run, k, strong)) {
      flush();
      continue;
    }
    if (current.length === 0 && w.is(F_NON_ENTITY_WORDS) && !(w.allCaps && w.text.length > 1) && !w.is(F_PERSON_TITLES)) {
      // unless a known name starts here: "Today Times Live", "The Hague"
      const rest = run.slice(k);
      if (rest.length > 1 && knownPhrase(rest, F_PLACE_CAP | F_ORG_CAP)) {
        current.push(...rest);
        break;
      }
      continue;
    }
    current.push(w);
  }
  flush();
  return segments;
}

/**
 * Whether the "and" at `run[k]`, after an organisation's head word (`prev`), starts a second
 * name rather than continuing the first: "the Democratic Party and the Civic Party", "the
 * Labour Party and Frederick Fung". Not "Museum and Art Gallery".
 */
function startsSecondName(run: Word[], k: number, prev: Word): boolean {
  if (run[k]!.lower !== 'and') return false;
  const next = run[k + 1];
  if (next === undefined) return false;
  // "the Ministry of Justice and the Crown Prosecution Service", "... and the Ministry of
  // Defence": "the" and a name with a head of its own
  if (next.lower === 'the' && !prev.is(F_ORG_HEADS)) {
    const rest = run.slice(k + 2);
    return knownPhrase(rest, F_PLACE_CAP | F_ORG_CAP) || endsWithOrgHead(rest) || (rest.length >= 2 && rest[0]!.cap && rest[0]!.is(F_ORG_HEADS));
  }
  if (!prev.is(F_ORG_HEADS)) return false;
  if (next.lower === 'the' || (next.cap && (next.is(F_GIVEN) || next.is(F_FAMILY_NAMES_FIRST)) && !next.is(F_ORG_HEADS))) return true;
  // "Brightwater Capital and Sunvale Partners", "Amnesty International and Human Rights Watch":
  // a known name, or a name of its own (no ordinary word first) with a head, not "Museum and Art Gallery"
  const rest = run.slice(k + 1);
  return knownPhrase(rest, F_PLACE_CAP | F_ORG_CAP) || (next.cap && next.is(F_RARE) && !next.is(F_ORG_HEADS) && rest.length >= 2 && endsWithOrgHead(rest));
}

/** Whether the words end with an organisation's head word and hold no connector: "Sunvale Partners", "Drug Administration". */
function endsWithOrgHead(words: Word[]): boolean {
  if (words.length === 0) return false;
  for (let i = 0; i < words.length; i++) if (!words[i]!.cap) return false;
  return words[words.length - 1]!.is(F_ORG_HEADS);
}

/** Whether a weak capitalised word (sentence start, headline) is a name after all. */
function acceptWeak(run: Word[], k: number, strong: Set<string>): boolean {
  const w = run[k]!;
  if (w.is(F_FUNCTION_WORDS) && !w.allCaps) return false;
  if (w.form.strong) return true;
  if (w.is(F_PLACE_CAP) || w.is(F_ORG_CAP)) return true;
  const next = run[k + 1];
  // an unknown word inside a longer name ("Claudio De Vincenti" opening a sentence), but not
  // a trade before a given name ("Geophysicist Magnus Tumi Gudmundsson said")
  if (run.length > 1 && w.is(F_RARE) && !w.is(F_DEMONYMS) && !w.is(F_PERSON_TITLES) && !(next !== undefined && next.is(F_GIVEN) && TRADE_ENDING.test(w.lower))) return true;
  const nextIsName = next !== undefined && next.cap;
  // ("Port Talbot", "San Francisco Police" opening a sentence: a word that opens place names)
  if (nextIsName && (w.is(F_PERSON_TITLES) || w.is(F_DEMONYMS) || w.is(F_GIVEN) || w.is(F_FAMILY_NAMES_FIRST) || w.is(F_PLACE_PREFIXES))) return true;
  // the word after an accepted given name or title: "Alexander Gabuev said"
  const prev = run[k - 1];
  if (prev !== undefined && !w.is(F_NON_ENTITY_WORDS) && (prev.is(F_GIVEN) || prev.is(F_NAME_TITLES))) return true;
  return false;
}

/** Endings of words for trades and sciences ("geophysicist", "paediatrician", "volcanologist"). */
const TRADE_ENDING = /(?:ist|ician|grapher|logist|nomer)$/;

function push(out: Candidates, words: Word[], type: EntityType | null, deferred = false, evidence = type === null ? EV_NONE : EV_NAME): void {
  const n = words.length;
  if (n === 0) return;
  const key = n === 1 ? (type === 'PERSON' || deferred ? words[0]!.lower : words[0]!.form.key) : type === 'PERSON' || deferred ? phraseOf(words) : keyOf(phraseOf(words));
  const c: Candidate = { words, type, deferred, key, evidence };
  out.all.push(c);
  if (n === 1) return;
  if (type === 'PERSON') out.persons.push(c);
  else if (type === 'ORG') out.orgs.push(c);
  if (evidence === EV_NAME && (type === 'ORG' || type === 'PLACE')) noteNamedParts(out, words, type, key);
}

/**
 * Notes what a place's or organisation's name of several words lends to its parts: its name
 * word ("Velda" of "Velda River", see typeShortForms) and an organisation's head word
 * ("Church" of "Church of Scientology", see classifySingle).
 */
function noteNamedParts(out: Candidates, words: Word[], type: EntityType, key: string): void {
  // ("Velkarian Army" is the army of a country: "Velkarian" alone is its adjective)
  if (words.length === 2 && words[0]!.is(F_RARE) && words[1]!.is(type === 'PLACE' ? F_PLACE_HEADS : F_ORG_HEADS) && !NATIONALITY_SUFFIX.test(words[0]!.lower)) {
    (out.shortForms ??= []).push(words[0]!.lower, type);
  }
  if (type !== 'ORG') return;
  const head = words[headIndexOf(words)]!;
  if (head.cap && head.is(F_ORG_HEADS)) {
    const heads = (out.namedHeads ??= []);
    let i = 0;
    while (i < heads.length && heads[i] !== head.lower) i += 2;
    if (i === heads.length) heads.push(head.lower, key);
    else if (heads[i + 1] !== key) heads[i + 1] = '';
  }
}

/**
 * The index of the head word: the last word, or the word before the first connector ("&"
 * joins, it does not end a head; "and" ends one only after a head word: "Museum and Art
 * Gallery", but "Food and Drug Administration").
 */
function headIndexOf(seg: Word[]): number {
  for (let k = 1; k < seg.length; k++) {
    const w = seg[k]!;
    if (!w.cap && w.is(F_CONNECTORS) && w.lower !== '&' && (w.lower !== 'and' || seg[k - 1]!.is(F_ORG_HEADS | F_PLACE_HEADS))) return k - 1;
  }
  return seg.length - 1;
}

function classify(ctx: Ctx, seg: Word[], out: Candidates): void {
  const n = seg.length;
  if (n === 0) return;
  const first = seg[0]!;
  if (n === 1) {
    classifySingle(ctx, first, out);
    return;
  }
  if (ctx.things.size > 0 && ctx.things.has(phraseOf(seg))) return;
  // "South Korean", "Sri Lankan": an adjective of nationality of two words names nothing
  if (n === 2 && DEMONYMS.has(phraseOf(seg))) return;
  // "Judge Melbourne Inman KC", "Sir Keir Starmer MP": letters after a name are no part of it
  if (n >= 3 && seg[n - 1]!.allCaps && POSTNOMINALS.has(seg[n - 1]!.lower) && seg[n - 2]!.cap && !seg[n - 2]!.allCaps) {
    classify(ctx, seg.slice(0, -1), out);
    return;
  }
  const last = seg[n - 1]!;
  // "Campaign to Protect Rural England": a body named for what it is for
  if (n >= 3 && seg[1]!.lower === 'to' && !seg[1]!.cap && TO_NAME_HEADS.has(first.lower)) {
    push(out, seg, 'ORG');
    return;
  }
  if (knownPhrase(seg, first.cap ? F_ORG_CAP : F_ORG_LOW)) {
    push(out, seg, 'ORG');
    return;
  }
  if (knownPhrase(seg, first.cap ? F_PLACE_CAP : F_PLACE_LOW)) {
    push(out, seg, 'PLACE');
    return;
  }
  // a country's branch of a known body: "British Red Cross", "Russian Orthodox Church" is not
  // known, but "Ukrainian Red Cross" is the Red Cross of a country
  let adjectives = 0;
  while (adjectives < n - 1 && seg[adjectives]!.is(F_DEMONYMS)) adjectives++;
  if (adjectives > 0 && knownPhrase(seg.slice(adjectives), F_ORG_CAP)) {
    push(out, seg, 'ORG');
    return;
  }
  const headIndex = headIndexOf(seg);
  const head = seg[headIndex]!.lower;
  // (a survey that maps the land is an agency: "US Geological Survey", "Ordnance Survey")
  const agencySurvey = last.lower === 'survey' && seg.length >= 2 && (seg[seg.length - 2]!.lower === 'geological' || seg[seg.length - 2]!.lower === 'ordnance');
  if (agencySurvey) return push(out, seg, 'ORG');
  if (last.is(F_EVENT_HEADS) || EVENT_HEADS.has(head)) {
    // "Beijing Winter Olympics", "FIFA World Cup": an event; a known place or organisation inside it still counts
    for (const w of seg) {
      if (w.cap && w.is(F_PLACE_CAP)) push(out, [w], 'PLACE');
      else if (w.cap && w.is(F_ORG_CAP)) push(out, [w], 'ORG');
    }
    return;
  }
  // only titles and adjectives: "Prime Minister", "Mr. President", "Chinese Foreign"
  if (seg.every((w) => w.is(F_PERSON_TITLES) || w.is(F_DEMONYMS) || w.is(F_NON_ENTITY_WORDS))) return;
  // a title inside the run: "Chinese President Xi Jinping", "Shadow Home Secretary Yvette Cooper"
  const titled = splitAtTitle(seg);
  if (titled !== null) {
    const [before, after] = titled;
    // "U.S. District Judge X": a court's level before the title qualifies it, naming nothing
    if (before.length > 0 && !COURT_LEVELS.has(before[before.length - 1]!.lower)) classify(ctx, before, out);
    push(out, after, 'PERSON');
    return;
  }
  // "Former Leeds United": a title word before a known name or a club is not part of it
  // (but "State Department", "Home Office", "Grand Mosque" are names of their own)
  if (first.is(F_PERSON_TITLES) && !first.is(F_NAME_TITLES) && n >= 3) {
    const rest = seg.slice(1);
    if (knownPhrase(rest, F_PLACE_CAP | F_ORG_CAP) || isTeamName(rest) || isClubName(ctx.text, rest)) {
      classify(ctx, rest, out);
      return;
    }
  }
  // "Operation Clambake" is a campaign
  if (EVENT_OPENERS.has(first.lower)) return;
  // "MP Gareth Pryce", "CEO Tessa Holm": a label in capitals before the name is not part of it
  if (first.allCaps && NON_ENTITY_ACRONYMS.has(first.lower)) {
    classify(ctx, seg.slice(1), out);
    return;
  }
  // vessels and vehicles are things, not organisations or people: "HMS Victory", "USS Gerald
  // R. Ford", "Space Shuttle Discovery", "Hubble Space Telescope", "the rover Perseverance"
  if ((first.allCaps && VESSEL_PREFIXES.has(first.lower)) || (!ORG_HEADS.has(head) && seg.some((w) => w.cap && VEHICLES.has(w.lower)))) {
    addThing(ctx, seg.filter((w) => w.cap && !VEHICLES.has(w.lower) && !(w.allCaps && VESSEL_PREFIXES.has(w.lower)) && !w.is(F_NON_ENTITY_WORDS)));
    return;
  }
  // "Instituto Cervantes", "Banco Santander", "Team Estonia": a word that opens an organisation's name
  if (first.is(F_ORG_OPENERS) && seg.every((w) => !w.is(F_EVENT_HEADS))) {
    push(out, seg, 'ORG');
    return;
  }
  // "Metro Toronto Convention Centre", "Kennedy Space Center": a centre named last is a
  // building or site; "Centre for ..." and a research or policy centre are organisations
  if ((head === 'center' || head === 'centre') && headIndex === n - 1 && n >= 2 && !ORG_CENTRES.has(seg[n - 2]!.lower)) {
    push(out, seg, 'PLACE');
    return;
  }
  if (ORG_HEADS.has(head) && (headIndex > 0 || headIndex < n - 1)) {
    push(out, seg, 'ORG');
    return;
  }
  // "Philadelphia Eagles", "Manchester United", "Texas Instruments": a place's name before a
  // plural or a team word names a club or a firm
  if (n >= 2 && n <= 4 && (isTeamName(seg) || isClubName(ctx.text, seg))) {
    push(out, seg, 'ORG');
    return;
  }
  // "Marc Lamont Hill" is a person, "Victoria Falls" a place, and so is "Ross Ice Shelf": an
  // ordinary word between a given name and a place's head word is no part of a person's name
  const placeOfWords = n === 3 && last.is(F_PLACE_HEADS) && !seg[1]!.is(F_GIVEN) && !seg[1]!.is(F_RARE);
  if (first.is(F_GIVEN) && !first.is(F_PLACE_CAP) && n <= 3 && !placeOfWords) {
    push(out, seg, 'PERSON', false, EV_CONTEXT);
    return;
  }
  // "the Coastal Conservation Alliance (CCA)": a name that the text abbreviates is an organisation's
  if (acronymFollows(ctx.text, seg)) {
    push(out, seg, 'ORG');
    return;
  }
  // "Irving Independent School District": a district that runs schools (or water, fire...) is a body
  if (last.lower === 'district' && SERVICE_DISTRICTS.has(seg[n - 2]!.lower)) {
    push(out, seg, 'ORG');
    return;
  }
  // ("Port of Rotterdam Authority": a place's name that ends in an organisation's head is that body)
  if (last.is(F_PLACE_HEADS) || (first.is(F_PLACE_PREFIXES) && !last.is(F_ORG_HEADS))) {
    push(out, seg, 'PLACE');
    return;
  }
  // "Kowloon West", "New Territories East": a name with a compass point after it is a district
  if (last.is(F_COMPASS) && !last.allCaps && seg.every((w) => w.cap) && !seg.some((w) => w.is(F_ORG_HEADS))) {
    push(out, seg, 'PLACE');
    return;
  }
  // "East Los Angeles", "South Australia", "Kowloon West"
  if ((first.is(F_COMPASS) && isKnownPlaceOrCompass(seg.slice(1))) || (last.is(F_COMPASS) && isKnownPlaceOrCompass(seg.slice(0, -1)))) {
    push(out, seg, 'PLACE');
    return;
  }
  if (first.is(F_GIVEN) || (first.is(F_FAMILY_NAMES_FIRST) && n <= 3) || isInitial(first)) {
    push(out, seg, 'PERSON');
    return;
  }
  // "New Zealander", "New Yorkers" are people of a place
  if (isPlacePeople(seg)) return;
  // "worked for Cambridge Analytica": an organisation, though a known place opens it
  const prev = wordBefore(ctx.text, first.start);
  if (orgCueBefore(ctx.text, first.start, prev)) {
    push(out, seg, 'ORG', false, EV_CONTEXT);
    return;
  }
  // a known place or organisation first, then other words: "United States Hamdullah Mohib", "Russia Ukraine"
  for (let p = Math.min(n - 1, 4); p >= 1; p--) {
    const prefix = seg.slice(0, p);
    // "BBC Radio Leeds", "CBS Television Network": a known organisation's own station or branch
    if (seg[p]!.is(F_ORG_OPENERS | F_ORG_HEADS) && !seg[p]!.is(F_GIVEN) && knownPhrase(prefix, F_ORG_CAP)) {
      push(out, seg, 'ORG');
      return;
    }
    if (knownPhrase(prefix, F_PLACE_CAP | F_ORG_CAP)) {
      classify(ctx, prefix, out);
      classify(ctx, seg.slice(p), out);
      return;
    }
  }
  if (seg.some((w) => /\d/.test(w.text))) return;
  // "Russian Army" without a head word we know names no entity; but a word of its own after the
  // adjective ("Northern Powergrid"), or the pair speaking ("Scottish Power said"), is a firm
  if (first.is(F_DEMONYMS) && n === 2) {
    if (!seg[1]!.is(F_PERSON_TITLES | F_NON_ENTITY_WORDS | F_GIVEN | F_DEMONYMS | F_COMPASS | F_PLACE_CAP) && !DEMONYMS.has(phraseOf(seg)) && (seg[1]!.is(F_RARE) || SPEECH_VERBS.has(wordAfter(ctx.text, last.end)))) push(out, seg, 'ORG', false, EV_GUESS);
    return;
  }
  // "the cruise ship Coral Duchess": a vessel's name
  if (VEHICLES.has(prev)) {
    addThing(ctx, seg);
    return;
  }
  // the words around an unknown name: "a spokesperson for Kestrel Mining", "in Mountain Vale", "Velmoor Heath, a village"
  const cue = contextCue(ctx.text, first.start, last.end, last.possessive, prev);
  if (cue !== null) {
    push(out, seg, cue, false, EV_CONTEXT);
    return;
  }
  // "in Velmoor Vale": a place, if a name at all (an unknown word in it, or seen twice; "in
  // Better Times" once is no name, and "in Star Wars" no place)
  if ((last.form.count >= 2 || seg.some((w) => w.is(F_RARE))) && placeCueBefore(ctx.text, first.start, prev, last.possessive)) {
    push(out, seg, 'PLACE', false, EV_CONTEXT);
    return;
  }
  // (particles inside count for nothing: "Pieter de Vries", "Ana de la Cruz")
  const particles = seg.reduce((k, w) => k + (!w.cap && w.is(F_PARTICLES) ? 1 : 0), 0);
  if (n - particles <= 3 && seg.every((w) => !w.allCaps && (w.cap || w.lowerName || w.is(F_PARTICLES))) && (first.is(F_RARE) || looksLikePerson(ctx, seg))) {
    // "the Velvet Marrows": a person's name takes no article
    push(out, seg, prev === 'the' ? 'ORG' : 'PERSON', false, EV_GUESS);
    return;
  }
  // a name of ordinary words seen once ("Science Fair", "Better Idea") is left alone
  if (last.form.count >= 2 || seg.some((w) => w.is(F_RARE))) push(out, seg, UNKNOWN_RUN_TYPE, false, EV_GUESS);
}

/**
 * Whether the name `seg` is followed by its acronym in brackets, each capital the initial of
 * one of its capitalised words in order: "Coastal Conservation Alliance (CCA)".
 */
function acronymFollows(text: string, seg: Word[]): boolean {
  const end = seg[seg.length - 1]!.end;
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 40) return false;
  let k = 0;
  let p = end + 2;
  for (; p < text.length && p < end + 14; p++) {
    const c = text.charCodeAt(p);
    if (c === 41) break;
    if (c === 46 || c === 38) continue; // "U.N.", "R&D"
    if (!(c >= 65 && c <= 90)) return false;
    while (k < seg.length && !seg[k]!.cap) k++;
    if (k >= seg.length || seg[k]!.text.charCodeAt(0) !== c) return false;
    k++;
  }
  if (text.charCodeAt(p) !== 41 || p - end - 2 < 2) return false;
  while (k < seg.length && !seg[k]!.cap) k++;
  return k === seg.length;
}

/**
 * What the words around an unknown name `[start, end)` say it is: an organisation ("a
 * spokesperson for X", "chief executive of X", "she joined X", "a X spokesman"), a place
 * ("in X", "X-based", "X's government", "X, a town near ...", "X is a city"), or null.
 */
function contextCue(text: string, start: number, end: number, possessive: boolean, prev: string): EntityType | null {
  if (orgCueBefore(text, start, prev)) return 'ORG';
  // "the Spanish firm Envases Iberia", "the village Halbacha"
  const kind = kindBefore(text, start, prev);
  if (kind !== null) return kind;
  // "Mountain Vale, California": a town before its state or country
  if (beforeKnownPlace(text, end)) return 'PLACE';
  return cueAfter(text, end, possessive);
}

/** "in Velmoor Vale", not "In Harwell Dynamics" opening a sentence nor "in Velmoor's": a preposition of place before the name. */
function placeCueBefore(text: string, start: number, prev: string, possessive: boolean): boolean {
  return PLACE_CUES.has(prev) && text.charCodeAt(start - 1) === 32 && !isUpper(text.charCodeAt(start - prev.length - 1)) && !possessive;
}

/** "the firm X", "the village X": a lower-case noun right before the name that says what kind of name it is. */
function kindBefore(text: string, start: number, prev: string): EntityType | null {
  // "her record label, Northlight Music,", "its parent company, Velmar": an organisation's
  // kind after a possessive, then the name in apposition
  if (prev === '' && text.charCodeAt(start - 2) === 44 && text.charCodeAt(start - 1) === 32) {
    const kind = wordEndingAt(text, start - 2);
    if (!ORG_KINDS_BEFORE.has(kind) && kind !== 'house') return null;
    const before = text.slice(Math.max(0, start - kind.length - 30), start - kind.length - 2);
    if (ORG_KINDS_BEFORE.has(kind) && APPOSITION_OWNERS.test(before)) return 'ORG';
    // "The auction house, Dorotheum, said": a sentence opening with the kind, the name between commas
    if (SENTENCE_KIND.test(before) && APPOSITION_CLOSE.test(text.slice(start, start + 40))) return 'ORG';
    return null;
  }
  if (prev.length < 3 || text.charCodeAt(start - 1) !== 32 || !isLower(text.charCodeAt(start - 1 - prev.length))) return null;
  return ORG_KINDS_BEFORE.has(prev) ? 'ORG' : PLACE_KIND_NOUNS.has(prev) ? 'PLACE' : null;
}

/** "a spokesperson for X", "chief executive of X", "an analyst at X", "a stake in X", "she joined X": `prev` is the word before `start`. */
function orgCueBefore(text: string, start: number, prev: string): boolean {
  if (prev.length < 2) return false;
  if (ORG_CUE_VERBS.has(prev)) return true;
  if (prev !== 'for' && prev !== 'of' && prev !== 'at' && prev !== 'in') return false;
  const prev2 = wordBefore(text, start - prev.length - 1);
  return (prev === 'for' ? ORG_CUES_FOR : prev === 'in' ? ORG_CUES_IN : prev === 'of' ? ORG_CUES_OF : ORG_CUES_AT).has(prev2);
}

/**
 * "a Zentro spokesperson", "Kestrel shares fell": a word after the name that only an
 * organisation takes; "Sinopec, the Chinese oil giant": an apposition naming a kind of organisation.
 */
function orgCueAfter(text: string, end: number, possessive: boolean): boolean {
  if (possessive || text.charCodeAt(end) !== 32) return false;
  const first = text.charCodeAt(end + 1);
  const cues = first < 128 ? ORG_CUES_AFTER_BY_FIRST[first] : undefined;
  if (cues === undefined) return false;
  // compared in place: no word is read out
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    if (text.startsWith(cue, end + 1) && !inWord(text.charCodeAt(end + 1 + cue.length) || 32)) return true;
  }
  return false;
}

/** ORG_CUES_AFTER by first letter (character code): most words after a name start otherwise. */
const ORG_CUES_AFTER_BY_FIRST: (string[] | undefined)[] = (() => {
  const table: (string[] | undefined)[] = new Array(128);
  for (const w of ORG_CUES_AFTER) (table[w.charCodeAt(0)] ??= []).push(w);
  return table;
})();

/**
 * What the words after a name say it is: a place ("-based", "'s government", ", a town
 * near"), an organisation ("spokesman", ", the oil giant"), or null.
 */
function cueAfter(text: string, end: number, possessive: boolean): EntityType | null {
  // most names are followed by a verb or punctuation that says nothing: decided on two characters
  const c = text.charCodeAt(end);
  if (c === 32) {
    const next = text.charCodeAt(end + 1);
    // "Greenhill is a market town", "Zentrix was the first firm ..."
    if (next === 105 || next === 119) return kindType(appositionKind(text, end));
    return orgCueAfter(text, end, possessive) ? 'ORG' : null;
  }
  if (c === 44) return kindType(appositionKind(text, end));
  if (c === 45 || c === 39 || c === 0x2019) return placeMarkAfter(text, end) ? 'PLACE' : null;
  return null;
}

/** The type a kind noun gives ("town": a place, "firm": an organisation), or null. */
function kindType(kind: string): EntityType | null {
  return kind === '' ? null : PLACE_KIND_NOUNS.has(kind) ? 'PLACE' : ORG_KIND_NOUNS.has(kind) ? 'ORG' : null;
}


/**
 * "Velmoor-based", "Tarsovia's capital": a hyphenated word or a possessive's noun after a
 * name that makes it a place.
 */
function placeMarkAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 45) return PLACE_HYPHEN_CUES.has(lowerWordAt(text, end + 1));
  if ((c === 39 || c === 0x2019) && (text.charCodeAt(end + 1) === 115 || text.charCodeAt(end + 1) === 83) && text.charCodeAt(end + 2) === 32) {
    return PLACE_OWNED.has(lowerWordAt(text, end + 3));
  }
  return false;
}

/**
 * The kind noun of an apposition or a predicate right after a name: ", a town near ..." ->
 * "town", " is the Chinese oil giant that ..." -> "giant": an article, then the noun within
 * three words, where its phrase ends (punctuation or a word in KIND_ENDS). '' if none.
 */
function appositionKind(text: string, end: number): string {
  const c = text.charCodeAt(end);
  let p: number;
  if (c === 44 && text.charCodeAt(end + 1) === 32) p = end + 2;
  else if (c === 32 && (text.startsWith('is ', end + 1) || text.startsWith('was ', end + 1))) p = text.indexOf(' ', end + 1) + 1;
  else return '';
  // "Nutrica, one of Europe's largest makers of …": one of a kind, in the plural
  let plural = false;
  if (text.startsWith('one of ', p)) {
    p += 7;
    plural = true;
  }
  // an article or a possessive: "a town", "the oil giant", "Russia's space agency"
  if (text.startsWith('a ', p)) p += 2;
  else if (text.startsWith('an ', p)) p += 3;
  else if (text.startsWith('the ', p)) p += 4;
  else if (isUpper(text.charCodeAt(p))) {
    let q = p + 1;
    while (q < text.length && (isLower(text.charCodeAt(q)) || isUpper(text.charCodeAt(q)))) q++;
    const apostrophe = text.charCodeAt(q);
    if (!((apostrophe === 39 || apostrophe === 0x2019) && text.charCodeAt(q + 1) === 115 && text.charCodeAt(q + 2) === 32)) return '';
    p = q + 3;
  } else return '';
  for (let k = 0; k < 4; k++) {
    const word = lowerWordAt(text, p);
    if (word === '') return '';
    // a possessive owns the noun after it: "X, the group's representative" is no group
    const after = text.charCodeAt(p + word.length);
    if ((after === 39 || after === 0x2019) && text.charCodeAt(p + word.length + 1) === 115 && text.charCodeAt(p + word.length + 2) === 32) {
      p += word.length + 3;
      continue;
    }
    // the phrase ends at punctuation ("X, a town."), or with a word that goes on after it
    const kind = plural && word.length > 3 && word.endsWith('s') ? word.slice(0, word.endsWith('ies') ? -3 : -1) + (word.endsWith('ies') ? 'y' : '') : word;
    if (after !== 32) return kind;
    const next = lowerWordAt(text, p + word.length + 1);
    if (KIND_ENDS.has(next)) return kind;
    p += word.length + 1;
  }
  return '';
}

/** Words that may follow the kind noun and end its phrase: "a town near", "a city of", "a company based in". */
const KIND_ENDS = new Set([
  'of', 'in', 'on', 'near', 'north', 'south', 'east', 'west', 'with', 'where', 'that', 'which', 'and', 'located', 'situated',
  'close', 'just', 'outside', 'bordering', 'known', 'about', 'some', 'home', 'famous', 'along', 'by', 'based', 'owned', 'founded',
  'run', 'headquartered', 'controlled', 'listed', 'whose', 'for', 'to', 'at', 'from', 'behind', 'led', 'best', 'now',
]);

/** The lower-case letters (and hyphens) of the word at `pos`, lower-cased; '' if none. */
function lowerWordAt(text: string, pos: number): string {
  let e = pos;
  while (e < text.length && (isLower(text.charCodeAt(e)) || isUpper(text.charCodeAt(e)) || (e > pos && text.charCodeAt(e) === 45))) e++;
  return text.slice(pos, e).toLowerCase();
}

/** What a capitalised run of unknown words is taken for when nothing else decides. */
const UNKNOWN_RUN_TYPE: EntityType = 'ORG';

function isKnownPlaceOrCompass(seg: Word[]): boolean {
  if (seg.length === 0) return false;
  if (knownPhrase(seg, F_PLACE_CAP)) return true;
  return seg.length >= 2 && seg[0]!.is(F_COMPASS) && knownPhrase(seg.slice(1), F_PLACE_CAP);
}

/** An initial ("J.", "K.C.") opening a name; "U.S." is a known place, not an initial. */
function isInitial(w: Word): boolean {
  if (w.text.length === 1) return w.cap && w.joinsNext;
  return /^(?:[A-Z]\.){1,2}$/.test(w.text) && !w.is(F_PLACE_CAP) && !w.is(F_ORG_CAP);
}

/**
 * Evidence that an unknown two- or three-word name is a person's: its last word is used alone
 * elsewhere (a surname: "Valeska Paris" ... "Paris said"), or a reporting verb, an age or a
 * relative clause follows it.
 */
function looksLikePerson(ctx: Ctx, seg: Word[]): boolean {
  const first = seg[0]!;
  const last = seg[seg.length - 1]!;
  if (last.form.count > first.form.count) return true;
  const after = ctx.text.slice(last.end, last.end + 24);
  if (/^,\s+(?:\d{1,3},|who\b|whose\b|a\s|an\s|the\s)/.test(after)) return true;
  if (SPEECH_VERBS.has(wordAfter(ctx.text, last.end))) return true;
  const prev = wordBefore(ctx.text, first.start);
  return prev === 'said' || prev === 'says';
}

/** Place heads that are also common surnames ("Mark Hill", "Anna Hall"). */
const SURNAME_HEADS: ReadonlySet<string> = new Set(['hill', 'hall', 'park', 'lane', 'castle', 'marsh', 'chapel', 'bay', 'banks', 'rivers', 'towers']);
/** Titles that buildings and places are named after ("Queen Mary Hospital", "King Edward Park", "St John Hill"). */
const NAMESAKE_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'saint', 'st', 'lord', 'lady', 'duke', 'duchess', 'pope', 'emperor', 'empress', 'sir', 'dame']);

/**
 * Splits a run at a block of title words followed by a name: returns the words before the
 * block (if any) and the name after it, or null when there is no such block. "General Motors"
 * and "Secretary of State" never get here: known names and connectors are handled first.
 */
function splitAtTitle(seg: Word[]): [Word[], Word[]] | null {
  const n = seg.length;
  for (let t = 0; t < n - 1; t++) {
    if (!seg[t]!.is(F_PERSON_TITLES)) continue;
    let e = t;
    let named = false;
    // a country inside the block is its qualifier: "Assistant U.S. Attorney Priya Natarajan"
    // so is a field between two title words: "Chief Fire Officer Martin Lowe", "Chief Medical Officer …"
    while (e < n && (seg[e]!.is(F_PERSON_TITLES) || (e > t && (seg[e]!.is(F_DEMONYMS) || (e + 2 < n && seg[e + 1]!.is(F_PERSON_TITLES) && (seg[e]!.is(F_PLACE_CAP) || (seg[e]!.cap && !seg[e]!.is(F_GIVEN | F_ORG_HEADS)))))))) {
      if (seg[e]!.is(F_NAME_TITLES)) named = true;
      e++;
    }
    if (e >= n) return null; // only titles: "Mr. President"
    const rest = seg.slice(e);
    if (!named && !rest[0]!.is(F_GIVEN)) {
      t = e - 1;
      continue;
    }
    // ("St Peter's Basilica", "Queen Elizabeth Hospital": a building or body named after a person)
    // (but "Chief Constable Mark Hill": a given name and a surname that is also a place's head,
    // after a title that names no building, is that person)
    const placeHead = rest.length >= 2 && rest[rest.length - 1]!.is(F_PLACE_HEADS) && !(rest.length === 2 && rest[0]!.is(F_GIVEN) && SURNAME_HEADS.has(rest[1]!.lower) && !seg.slice(t, e).some((w) => NAMESAKE_TITLES.has(w.lower)));
    if (!rest.every((w) => w.cap || w.lowerName || w.is(F_PARTICLES)) || rest.some((w) => w.is(F_ORG_HEADS) || /\d/.test(w.text)) || placeHead) return null;
    if (knownPhrase(rest, F_PLACE_CAP | F_ORG_CAP)) return null;
    return [seg.slice(0, t), rest];
  }
  return null;
}

// What a lone word's own letters decide, before its context is read; kept per text.
const SINGLE_CONTEXT = 0;
const SINGLE_DROP = 1;
const SINGLE_ORG = 2;
const SINGLE_PLACE = 3;
const SINGLE_DEFERRED = 4;

function classifySingle(ctx: Ctx, w: Word, out: Candidates): void {
  // "the Church" after "the Church of Scientology": that organisation
  if (out.namedHeads !== null && w.is(F_ORG_HEADS) && !w.weak && !w.allCaps) {
    const key = pairValue(out.namedHeads, w.lower);
    if (key !== undefined && key !== '' && wordBefore(ctx.text, w.start) === 'the') {
      push(out, [w], 'ORG', false, EV_CONTEXT);
      out.all[out.all.length - 1]!.key = key;
      return;
    }
  }
  let verdict = w.form.single;
  if (verdict < 0) {
    verdict = lexicalSingle(ctx, w);
    w.form.single = verdict;
  }
  if (verdict === SINGLE_DROP) return;
  if (verdict === SINGLE_ORG) return push(out, [w], 'ORG');
  if (verdict === SINGLE_PLACE) return push(out, [w], 'PLACE');
  // a word opening a sentence or heading that the text also writes in lower case is that
  // ordinary word ("Cosplay celebration ..." beside "cosplay"), never a name
  if (w.weak && !w.allCaps) {
    if (w.form.lowerSeen < 0) w.form.lowerSeen = lowerCaseCount(ctx.text, w.lower, w.start, 1);
    if (w.form.lowerSeen > 0) return;
  }
  if (verdict === SINGLE_DEFERRED) return push(out, [w], null, true);
  classifyByContext(ctx, w, out);
}

/** The verdict on a lone word from the word alone (lexicons, form); the same wherever it stands. */
function lexicalSingle(ctx: Ctx, w: Word): number {
  if (w.text.length < 2) return SINGLE_DROP;
  const lower = w.lower;
  if (w.allCaps && w.text.replace(/\./g, '').length <= 6) {
    if (w.is(F_ORG_CAP)) return SINGLE_ORG;
    if (w.is(F_PLACE_CAP)) return SINGLE_PLACE;
    // a name shouted in capitals ("PUTIN") that the text also writes normally
    if (ctx.strong.has(w.text.charAt(0) + w.lower.slice(1))) return SINGLE_DEFERRED;
    // a common word shouted ("UNLESS", "NEVER"), not an acronym; a model or version ("IE9", "A380")
    if ((lower.length >= 4 && COMMON_WORDS.has(lower)) || MODEL_RE.test(w.text)) return SINGLE_DROP;
    // acronyms may hold digits ("M5S", "G20") but need two letters ("S-300" is a model)
    if (!NON_ENTITY_ACRONYMS.has(lower) && (w.text.match(/[A-Z]/g) ?? []).length >= 2 && !/^[IVXLC]+$/.test(w.text)) return SINGLE_ORG;
    return SINGLE_DROP;
  }
  if (w.is(w.cap ? F_ORG_CAP : F_ORG_LOW)) return SINGLE_ORG;
  // "Londoner", "Berliners": people of a place
  if (isPlacePeople([w])) return SINGLE_DROP;
  if (w.is(w.cap ? F_PLACE_CAP : F_PLACE_LOW)) return SINGLE_PLACE;
  if (!w.cap || w.is(F_NON_ENTITY_WORDS | F_DEMONYMS | F_PERSON_TITLES | F_EVENT_HEADS | F_ORG_HEADS) || /\d/.test(w.text)) return SINGLE_DROP;
  // members of a people or group: "Greeks", "Ukrainians", "Democrats"
  if (lower.endsWith('s') && (DEMONYMS.has(lower.slice(0, -1)) || DEMONYMS.has(lower.slice(0, -2)) || COMMON_WORDS.has(lower.slice(0, -1)))) return SINGLE_DROP;
  // the text writes the word in lower case at least as often ("Iodine deficiency ... iodine"):
  // an ordinary word capitalised, a name alone only as part of a person named in full
  w.form.lowerSeen = lowerCaseCount(ctx.text, lower, w.start, w.form.count);
  if (w.form.lowerSeen >= w.form.count) return SINGLE_DEFERRED;
  return SINGLE_CONTEXT;
}

/** How far around a word the text is searched for the word in lower case: an article's length. */
const LOWER_CASE_WINDOW = 6_000;

/**
 * How often `lower` stands as a lower-case word of its own within LOWER_CASE_WINDOW of `at`,
 * counted up to `enough`.
 */
function lowerCaseCount(text: string, lower: string, at: number, enough: number): number {
  const from = Math.max(0, at - LOWER_CASE_WINDOW);
  const window = text.length <= 2 * LOWER_CASE_WINDOW ? text : text.slice(from, at + LOWER_CASE_WINDOW);
  let count = 0;
  for (let i = window.indexOf(lower); i >= 0 && count < enough; i = window.indexOf(lower, i + 1)) {
    const before = i > 0 ? window.charCodeAt(i - 1) : 32;
    const after = window.charCodeAt(i + lower.length);
    // a word of its own: "iodine," and "iodine's" count, "iodised" and "alt.religion.iodine" do not
    if (!inWord(before) && !(after === after && inWord(after) && after !== 46 && after !== 39 && after !== 0x2019)) count++;
  }
  return count;
}

/** A lone capitalised word that no lexicon places: its neighbours decide. */
function classifyByContext(ctx: Ctx, w: Word, out: Candidates): void {
  const lower = w.lower;
  const prev = wordBefore(ctx.text, w.start);
  // "the ferry Marvella", and "Marvella" again later: a vessel, not an organisation or a person
  if (VEHICLES.has(prev)) ctx.things.add(lower);
  if (ctx.things.size > 0 && ctx.things.has(lower)) return;
  // "a spokesperson for Zentro", "she joined Zentro", "a stake in Zentro"
  const given = w.is(F_GIVEN);
  if (!given && orgCueBefore(ctx.text, w.start, prev)) {
    push(out, [w], 'ORG', true, EV_CONTEXT);
    return;
  }
  // "the firm Zentrix", "the village Halbacha"
  const kind = kindBefore(ctx.text, w.start, prev);
  if (kind !== null) {
    push(out, [w], kind, true, EV_CONTEXT);
    return;
  }
  // "in Samarkand", "the village of Halbacha"
  if (PLACE_CUES.has(prev) && ctx.text.charCodeAt(w.start - 1) === 32 && !isUpper(ctx.text.charCodeAt(w.start - prev.length - 1))) {
    push(out, [w], 'PLACE', true, EV_CONTEXT);
    return;
  }
  if (prev === 'of' && PLACE_NOUN_CUES.has(wordBefore(ctx.text, w.start - 3))) {
    push(out, [w], 'PLACE', true, EV_CONTEXT);
    return;
  }
  // "the Kessel estuary", "the Donbas region": a kind of place in lower case after the name
  if (prev === 'the' && ctx.text.charCodeAt(w.end) === 32 && PLACE_KINDS_AFTER.has(lowerWordAt(ctx.text, w.end + 1))) {
    push(out, [w], 'PLACE', true, EV_CONTEXT);
    return;
  }
  // "his wife, Halina,", "her son Tomek": a relative is a person, named by one word
  if (!w.allCaps && (KIN_NOUNS.has(prev) || (prev === '' && ctx.text.charCodeAt(w.start - 2) === 44 && KIN_NOUNS.has(wordEndingAt(ctx.text, w.start - 2))))) {
    push(out, [w], 'PERSON', true, EV_CONTEXT);
    return;
  }
  // "a retired teacher from Southmead", "a 34-year-old from Harwick": where a person is from
  if (prev === 'from' && !given && FROM_PLACE_NOUNS.has(wordBefore(ctx.text, w.start - 5)) && ctx.text.charCodeAt(w.start - 1) === 32) {
    push(out, [w], 'PLACE', true, EV_CONTEXT);
    return;
  }
  // "Irving, Texas", "Evansville, Indiana": a town before its state or country; "Velmoor, a
  // town", "Tarsovia's capital", "Velmoor-based"
  const after = beforeKnownPlace(ctx.text, w.end) ? 'PLACE' : cueAfter(ctx.text, w.end, w.possessive);
  if (after === 'PLACE') {
    push(out, [w], 'PLACE', true, EV_CONTEXT);
    return;
  }
  // "a Zentro spokesman", "Zentro shares", "Zentro, the oil giant"
  if (after === 'ORG' && !given) {
    push(out, [w], 'ORG', true, EV_CONTEXT);
    return;
  }
  // "Gabuev said"; but "the Bundesbank said" is an organisation; in "Lena Ortiz of Riverton said"
  // or "a teacher from Riverton, said" the person speaks (a word after a preposition is its object);
  // "Keepers said" opening a sentence is people in the plural. Organisations speak too, so where
  // the text types an unknown name otherwise, that wins (the guess is weak evidence).
  if (!OBJECT_PREPOSITIONS.has(prev) && !(w.weak && PEOPLE_PLURAL.test(lower)) && (SPEECH_VERBS.has(wordAfter(ctx.text, w.end)) || SPEECH_VERBS.has(prev))) {
    push(out, [w], prev === 'the' && !given ? 'ORG' : 'PERSON', true, prev === 'the' || given ? EV_CONTEXT : EV_GUESS);
    return;
  }
  if (given) {
    push(out, [w], 'PERSON', true, EV_CONTEXT);
    return;
  }
  // a name never seen before: its ending may tell a place ("Evansville", "Kramatorsk");
  // otherwise, in news, most such words name an organisation, a company or a movement
  if (!w.weak && w.is(F_RARE)) {
    // "the Velkarian defence ministry": an adjective of nationality we do not know, not a name
    if (NATIONALITY_SUFFIX.test(lower) && ctx.text.charCodeAt(w.end) === 32 && isLower(ctx.text.charCodeAt(w.end + 1))) return;
    if (placeLikeName(lower)) push(out, [w], 'PLACE', true, EV_CONTEXT);
    // "Sberbank", "Rabobank", "Veltrocorp": a firm's ending
    else if (lower.length >= 7 && ORG_SUFFIX.test(lower)) push(out, [w], 'ORG', true, EV_CONTEXT);
    // "Polaroids" beside "Polaroid": things or people called after a name, not an organisation
    else if (w.form.count >= 2 && !(lower.endsWith('s') && FORMS.countOf(w.text.slice(0, -1)) > 0)) push(out, [w], UNKNOWN_WORD_TYPE, true, EV_GUESS);
    else push(out, [w], null, true);
    return;
  }
  push(out, [w], null, true);
}

/**
 * Whether ", " and a known place of one to three capitalised words follow `end`, and the
 * place ends there (punctuation or the end of the line after it): "Irving, Texas, was".
 */
function beforeKnownPlace(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 || text.charCodeAt(end + 1) !== 32) return false;
  let p = end + 2;
  let phrase = '';
  for (let k = 0; k < 3; k++) {
    if (!isUpper(text.charCodeAt(p))) return false;
    let q = p + 1;
    while (q < text.length && (isLower(text.charCodeAt(q)) || isUpper(text.charCodeAt(q)))) q++;
    phrase += (k === 0 ? '' : ' ') + text.slice(p, q).toLowerCase();
    const after = text.charCodeAt(q);
    if (after !== 32) return (q === text.length || after === 44 || after === 46 || after === 59 || after === 58 || after === 41 || after === 10 || after === 13) && isKnownPlace(phrase, true);
    p = q + 1;
  }
  return false;
}

/** Endings of one-word firm names: "Sberbank", "Commerzbank", "Veltrocorp". */
const ORG_SUFFIX = /(?:bank|corp)$/;

/** Endings of place names in many languages. */
const PLACE_SUFFIX = /(?:ville|burg|burgh|boro|borough|ford|field|stan|shire|grad|polis|abad|pur|chester|mouth|haven|sk|tsk|ivka|ivske|opol|kiv|ovo|town|cheon|strasse|straße|platz)$/;

/** "-ia" ends a place name on a longer word that is no common noun ("Tarsovia", not "Garcia" or "Islamophobia"). */
function placeLikeName(lower: string): boolean {
  if (PLACE_SUFFIX.test(lower)) return true;
  return lower.length >= 7 && lower.endsWith('ia') && !NOT_PLACE_IA.test(lower);
}
const NOT_PLACE_IA = /(?:phob|phil|man|med|ped|em|op|alg|log)ia$/;

/** Endings of adjectives of nationality: "Velkarian", "Tarsovese", "Ostbyish". */
const NATIONALITY_SUFFIX = /(?:ian|ean|ese|ish)$/;

/** Letters and then digits: a model or a version ("IE9", "A380", "PS5"), not an organisation ("M5S", "G20" are known or end in a letter). */
const MODEL_RE = /^[A-Z]{1,3}\d{1,4}$/;

/** What a capitalised rare word is taken for when nothing else decides. */
const UNKNOWN_WORD_TYPE: EntityType | null = 'ORG';

/** Title-cases a lower-case word of a name ("volfovich" -> "Volfovich"). */
function nameCase(word: string): string {
  return isLower(word.charCodeAt(0)) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function displayName(words: Word[], text: string): string {
  let name = '';
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // "al-Ansari": a particle joined by a hyphen keeps it
    const prev = k > 0 ? words[k - 1]! : null;
    const hyphened = prev !== null && w.start === prev.end + 1 && text.charCodeAt(prev.end) === 45;
    name += (name === '' ? '' : hyphened ? '-' : ' ') + (w.lowerName ? nameCase(w.text) : w.text);
    // a possessive inside the name keeps its mark: "Women's Institute", "Workers' Party"
    const next = words[k + 1];
    if (next !== undefined && next.start - w.end >= 2 && next.start - w.end <= 3) {
      const c = text.charCodeAt(w.end);
      if (c === 39 || c === 0x2019) name += text.slice(w.end, next.start - 1);
    }
  }
  return name;
}

/**
 * Finds the named entities of an article: people, organisations, places and dates, each
 * with every mention the article makes, linked across surface forms ("Putin", "Vladimir
 * Putin", "President Putin" are one PERSON named "Vladimir Putin"). Titles, "the" and
 * possessive endings are not part of mentions. Entities are ordered by first mention with
 * ids `e1`, `e2`, …; mentions are sorted and never overlap; every mention's `text` equals
 * `text.slice(start, end)`. Pure and linear in the length of the text; never throws.
 */
export function findEntities(text: string): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return findEntitiesUnsafe(text);
  } catch {
    return [];
  }
}

function findEntitiesUnsafe(text: string): Entity[] {
  FORMS.nextText();
  lastPhraseWords = null;
  const dates = findDates(text);
  const words = scanWords(text, dates);
  const strong = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.cap || w.skip) continue;
    const form = w.form;
    form.count++;
    if (!w.weak && !form.strong) {
      form.strong = true;
      strong.add(form.text);
    }
  }
  const found = collectCandidates({ text, words, strong, things: new Set() });
  const candidates = found.all;
  if (found.shortForms !== null) typeShortForms(found);
  typeListsAlike(text, candidates);

  // persons named with two or more words, indexed by their words for linking lone words
  const personByKey = new Map<string, Group>();
  /** Groups begun by a mention without the name's own evidence (see unifyTypes). */
  const weakGroups: Group[] = [];
  const personBySurname = new Map<string, Group>();
  const personByFirst = new Map<string, Group>();
  const groups: Group[] = [];
  /** Full-name mentions per person, to pick who a surname alone means. */
  const named = new Map<Group, number>();
  let sharedSurname = false;
  /** Given names two people named in full share: alone, they name neither. */
  const sharedGiven = new Set<string>();
  const longer = longerPersonKeys(found.persons);
  for (let i = 0; i < found.persons.length; i++) {
    const c = found.persons[i]!;
    // "De Wever" after "Bart De Wever": the end of a longer name is that person
    const key = longer?.get(c.key) ?? c.key;
    if (key !== c.key) c.key = key;
    let g = personByKey.get(key);
    if (g === undefined) {
      const surname = c.words[c.words.length - 1]!.lower;
      const given = c.words[0]!.lower;
      // "Vladimir Putin" and "Vladimir Vladimirovich Putin" are one person
      const same = personBySurname.get(surname);
      g = same !== undefined && same.given === given ? same : newGroup('PERSON', key, given);
      if (g !== same) {
        groups.push(g);
        if (c.evidence < EV_NAME) weakGroups.push(g);
      }
      personByKey.set(key, g);
      if (!personBySurname.has(surname)) personBySurname.set(surname, g);
      else if (personBySurname.get(surname) !== g) sharedSurname = true;
      if (!personByFirst.has(given)) personByFirst.set(given, g);
      else if (personByFirst.get(given) !== g) sharedGiven.add(given);
    }
    named.set(g, (named.get(g) ?? 0) + 1);
  }
  // Two people with one surname ("Kristin Wilkins" in a caption, "Kristen Wilkins" twice in
  // the text): the surname alone means the one named in full more often; the first on a tie.
  if (sharedSurname) {
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      const surname = g.key.slice(g.key.lastIndexOf(' ') + 1);
      const holder = personBySurname.get(surname);
      if (holder !== undefined && holder !== g && named.get(g)! > named.get(holder)!) personBySurname.set(surname, g);
    }
  }
  const orgEndings = placeOrgEndings(found.orgs);
  const orgNameWords = ownNameWords(found.orgs);
  /** Mentions of an organisation without its place, linked to the full name (orgEndings). */
  let shortened = null as Set<Candidate> | null;
  const orgByInitials = new Map<string, Group>();
  const byType: Record<EntityType, Map<string, Group>> = { PERSON: new Map(), ORG: new Map(), PLACE: new Map(), DATE: new Map() };
  for (let i = 0; i < groups.length; i++) byType.PERSON.set(groups[i]!.key, groups[i]!);

  const resolve = (c: Candidate): Group | null => {
    if (c.type === 'PERSON' && c.words.length >= 2) return personByKey.get(c.key) ?? null;
    const single = c.words.length === 1 ? c.words[0]!.lower : null;
    if (single !== null && (c.type === 'PERSON' || c.deferred)) {
      const bySurname = personBySurname.get(single);
      if (bySurname !== undefined) return bySurname;
      const byFirst = personByFirst.get(single);
      if (byFirst !== undefined && FAMILY_NAMES_FIRST.has(single)) return byFirst;
      // "Lena" after "Lena Marsh": the one person of that given name, called by it
      if (byFirst !== undefined && c.type === 'PERSON' && !sharedGiven.has(single) && byFirst.mentions.length > 0) return byFirst;
    }
    if (c.type === null) return null;
    const type = c.type;
    if (type === 'ORG' && single !== null && c.words[0]!.allCaps) {
      const org = orgByInitials.get(single.replace(/\./g, ''));
      if (org !== undefined) return org;
    }
    // "Harbourside" after "Harbourside Bank": the firm's own name word stands for it
    if (type === 'ORG' && single !== null && orgNameWords !== null) {
      const key = orgNameWords.get(single);
      if (key) c.key = key;
    }
    const map = byType[type];
    // "City Council" beside "Bristol City Council": the body of that place
    if (type === 'ORG' && orgEndings !== null && c.words.length >= 2) {
      const long = orgEndings.get(c.key);
      if (long !== undefined) {
        c.key = long;
        (shortened ??= new Set()).add(c);
      }
    }
    let g = map.get(c.key);
    if (g === undefined) {
      g = newGroup(type, c.key, '');
      map.set(c.key, g);
      groups.push(g);
      if (c.evidence < EV_NAME) weakGroups.push(g);
    }
    return g;
  };
  // organisations' initials: "International Criminal Court" -> "icc"
  for (let i = 0; i < found.orgs.length; i++) {
    const c = found.orgs[i]!;
    let initials = '';
    for (let k = 0; k < c.words.length; k++) if (c.words[k]!.cap) initials += c.words[k]!.lower.charAt(0);
    if (initials.length >= 2 && !orgByInitials.has(initials)) orgByInitials.set(initials, resolve(c)!);
  }
  /** Lone words without a type or a person to join, for unifyTypes. */
  let untyped: Candidate[] | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    // a lone word that names a known person wins over the lexicon ("Jordan" after "Michael Jordan")
    let g: Group | null = null;
    if (c.words.length === 1 && c.type !== 'PERSON' && c.type !== null) {
      const w = c.words[0]!;
      const p = personBySurname.get(w.lower);
      if (p !== undefined) {
        const before = wordBefore(text, w.start);
        if (!(PLACE_CUES.has(before) || before === 'of' || before === 'from')) g = p;
      }
    }
    if (g === null) g = resolve(c);
    if (g === null) {
      // (a word the text capitalises once has no other mention to join)
      if (c.words.length === 1 && c.words[0]!.form.count >= 2) (untyped ??= []).push(c);
      continue;
    }
    const start = c.words[0]!.start;
    const end = c.words[c.words.length - 1]!.end;
    g.mentions.push({ start, end, text: text.slice(start, end) });
    if (c.evidence > g.evidence) g.evidence = c.evidence;
    if (shortened !== null && g.type === 'ORG') {
      if (shortened.has(c)) {
        g.short ??= c.words;
        g.shortLead++;
      } else if (c.key === g.key) g.shortLead--;
    }
    // the fullest form: most words, then longest; the first such in the text, but one in
    // ordinary casing before one in capitals ("Kyiv" later names "KYIV (Reuters) -")
    const length = end - start;
    const sameSize = c.words.length === g.bestWords && length === g.bestLength;
    if (c.words.length > g.bestWords || (c.words.length === g.bestWords && length > g.bestLength) || (sameSize && shouted(g.best!) && !shouted(c.words))) {
      g.best = c.words;
      g.bestWords = c.words.length;
      g.bestLength = length;
    }
  }
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const mentionText = text.slice(d.start, d.end);
    const name = mentionText.includes('\n') || mentionText.includes('  ') ? mentionText.replace(/\s+/g, ' ') : mentionText;
    const key = name.toLowerCase();
    let g = byType.DATE.get(key);
    if (g === undefined) {
      g = newGroup('DATE', key, '');
      g.name = name;
      byType.DATE.set(key, g);
      groups.push(g);
    }
    g.mentions.push({ start: d.start, end: d.end, text: mentionText });
  }

  // only a group begun without the name's own evidence can lose its type to another (unifyTypes)
  for (let i = 0; i < weakGroups.length; i++) {
    const g = weakGroups[i]!;
    const clash = g.type === 'PERSON' ? byType.ORG.has(keyOf(g.key)) || byType.PLACE.has(keyOf(g.key)) : byType.PERSON.has(g.key) || byType[g.type === 'ORG' ? 'PLACE' : 'ORG'].has(g.key);
    if (clash) {
      unifyTypes(groups);
      break;
    }
  }
  if (untyped !== null) joinUntyped(text, byType, untyped);
  const scores = dashedNumbers(text);
  if (scores.length > 0) {
    for (let i = 0; i < groups.length; i++) if (groups[i]!.type === 'PLACE' && playsAsTeam(text, groups[i]!.mentions, scores)) groups[i]!.type = 'ORG';
    clubShortForms(text, groups);
  }

  const entities: { first: number; type: EntityType; name: string; mentions: Mention[] }[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.mentions.length === 0) continue;
    // mentions arrive in text order; sort only if linking ever broke that
    const mentions = g.mentions;
    for (let k = 1; k < mentions.length; k++) {
      if (mentions[k - 1]!.start > mentions[k]!.start) {
        mentions.sort((a, b) => a.start - b.start);
        break;
      }
    }
    const best = g.short !== null && g.shortLead > 0 ? g.short : g.best;
    const name = g.name ?? (best !== null ? displayName(best, text) : mentions[0]!.text);
    entities.push({ first: mentions[0]!.start, type: g.type, name, mentions: dropOverlaps(mentions) });
  }
  entities.sort((a, b) => a.first - b.first);
  return entities.map((e, i) => ({ id: `e${i + 1}`, type: e.type, name: e.name, mentions: e.mentions, origin: 'auto' as const }));
}

/** Every word in capitals ("KYIV", "NEW YORK"). */
function shouted(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) if (!words[i]!.allCaps) return false;
  return true;
}

/**
 * Persons named by two or more words that are the last words of one longer name in the text
 * ("De Wever" and "Bart De Wever", "Rodham Clinton" and "Hillary Rodham Clinton"), mapped to
 * that name's key; null when there are none. A short name that ends two different longer
 * names stays apart.
 */
function longerPersonKeys(persons: readonly Candidate[]): Map<string, string> | null {
  if (persons.length < 2) return null;
  let keys: Set<string> | null = null;
  for (let i = 0; i < persons.length; i++) if (persons[i]!.words.length >= 3) (keys ??= new Set()).add(persons[i]!.key);
  if (keys === null) return null;
  let out: Map<string, string> | null = null;
  const ambiguous = new Set<string>();
  for (const long of keys) {
    // every ending of two or more words
    for (let at = long.indexOf(' '); at >= 0; at = long.indexOf(' ', at + 1)) {
      const end = long.slice(at + 1);
      if (end.indexOf(' ') < 0) break;
      if (ambiguous.has(end)) continue;
      const held = out?.get(end);
      if (held === undefined || held === long) (out ??= new Map()).set(end, long);
      // "De La Cruz" and "Maria De La Cruz" are one name: the longer holds the ending
      else if (long.endsWith(' ' + held)) out!.set(end, long);
      else if (!held.endsWith(' ' + long)) {
        out!.delete(end);
        ambiguous.add(end);
      }
    }
  }
  if (out === null) return null;
  // a long name that is itself the end of a longer one goes all the way ("de la cruz" too)
  for (const [end, long] of out) {
    const further = out.get(long);
    if (further !== undefined) out.set(end, further);
  }
  return out;
}

/**
 * Organisations named by a word of their own and head words ("Harbourside Bank", "Zentrix
 * Energy Group"): that word mapped to their key, or to '' when two such names share it; null
 * when there are none. A place, a given name or a known name opens no such pair.
 */
function ownNameWords(orgs: readonly Candidate[]): Map<string, string> | null {
  let out: Map<string, string> | null = null;
  for (let i = 0; i < orgs.length; i++) {
    const c = orgs[i]!;
    const first = c.words[0]!;
    if (c.words.length < 2 || c.words.length > 3 || !first.cap || first.allCaps || !first.is(F_RARE) || first.is(F_PLACE_CAP | F_ORG_CAP | F_GIVEN | F_DEMONYMS)) continue;
    if (!c.words.slice(1).every((w) => w.cap && w.is(F_ORG_HEADS))) continue;
    const held = out?.get(first.lower);
    (out ??= new Map()).set(first.lower, held === undefined || held === c.key ? c.key : '');
  }
  return out;
}

/**
 * Organisations named by a known place and then two or more words ("Bristol City Council",
 * "UN Security Council"): their names without the place ("City Council", "Security
 * Council") mapped to their keys; null when there are none. "Scottish National Party" has no
 * place before "National Party", and an ending two such names share stays apart.
 */
function placeOrgEndings(orgs: readonly Candidate[]): Map<string, string> | null {
  let out: Map<string, string> | null = null;
  let ambiguous: Set<string> | null = null;
  for (let i = 0; i < orgs.length; i++) {
    const c = orgs[i]!;
    const n = c.words.length;
    for (let p = 1; p <= 2 && n - p >= 2; p++) {
      if (!knownPhrase(c.words.slice(0, p), F_PLACE_CAP | F_ORG_CAP)) continue;
      const rest = c.words.slice(p);
      if (!rest[0]!.cap) break;
      const end = keyOf(phraseOf(rest));
      const held = out?.get(end);
      if (ambiguous?.has(end)) break;
      if (held === undefined) (out ??= new Map()).set(end, c.key);
      else if (held !== c.key) {
        out!.delete(end);
        (ambiguous ??= new Set()).add(end);
      }
      break;
    }
  }
  return out !== null && out.size > 0 ? out : null;
}

/*
 * Countries and cities that play. In a match report the place names the team: "Sweden
 * defeated South Korea 1 – 0", "Group F — Sweden 1 – 0 Korea Republic", "Tunisia lost 1 – 2 to
 * England". A place with one mention in such a score line is an organisation (the team) for
 * the whole text: a report that gives a result names the team throughout. A score is two
 * numbers of one or two digits joined by a dash, then the end of the clause, a capital, or a
 * word that goes on with the result ("to", "in", "after"): not a range ("2-3 villages") and
 * not a clock time.
 */
const SCORE = String.raw`\b\d{1,2} ?[-–—] ?\d{1,2}(?=\s*(?:$|[^\sa-z]|(?:to|in|at|on|after|against|with|and|before|thanks|win|victory|defeat|loss|draw)\b))`;
const RESULT_VERBS = 'defeated|defeats|beat|beats|thrashed|thrashes|edged|edges|routed|routs|overcame|overcomes|eliminated|eliminates|drew with|draws with|lost to|loses to|knocked out|upset';
/** After a team's mention: its score against the next name, or a result verb with a score later in the clause. */
const TEAM_AFTER = new RegExp(String.raw`^(?: ${SCORE} \p{Lu}| (?:${RESULT_VERBS}) [^.!?;\n]{0,60}?${SCORE}| (?:lost|won|drew) ${SCORE})`, 'u');
/** Before a team's mention: the other side and the score, or the result it lost. */
const TEAM_BEFORE = new RegExp(String.raw`(?:[\p{L}.] ${SCORE} |\b(?:lost|won|drew) ${SCORE} (?:to|against|with) )$`, 'u');
/** Before a team's mention: a result verb (the score must follow the mention). */
const RESULT_BEFORE = new RegExp(String.raw`\b(?:${RESULT_VERBS}) (?:[a-z]+ )?$`);
const SCORE_AFTER = new RegExp(String.raw`^[^.!?;\n]{0,30}?${SCORE}`);

function playsAsTeam(text: string, mentions: readonly Mention[], scores: readonly number[]): boolean {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // every pattern holds a score: most mentions have none near them, and are done here
    const k = upperBound(scores, m.end + 90) - 1;
    if (k < 0 || scores[k]! < m.start - 40) continue;
    const after = text.slice(m.end, m.end + 90);
    if (TEAM_AFTER.test(after)) return true;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (TEAM_BEFORE.test(before)) return true;
    if (RESULT_BEFORE.test(before) && SCORE_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * In a match report (the text gives a score), a town's name alone is the club named after it
 * in the text ("Leeds remain second" after "Leeds United"), except where a preposition of
 * place stands before it ("fans in Leeds"). The mentions join the club; a place left with no
 * mention is dropped. Two clubs of one town ("Manchester United", "Manchester City") leave it.
 */
function clubShortForms(text: string, groups: Group[]): void {
  let clubs: Map<string, Group | null> | null = null;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    const best = g.best;
    if (g.type !== 'ORG' || best === null || best.length !== 2 || !TEAM_WORDS.has(best[1]!.lower)) continue;
    const town = best[0]!.lower;
    clubs ??= new Map();
    clubs.set(town, clubs.has(town) && clubs.get(town) !== g ? null : g);
  }
  if (clubs === null) return;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.type !== 'PLACE' || g.key.includes(' ')) continue;
    const club = clubs.get(g.key);
    if (!club) continue;
    const kept: Mention[] = [];
    for (let k = 0; k < g.mentions.length; k++) {
      const m = g.mentions[k]!;
      const before = wordBefore(text, m.start);
      if (PLACE_CUES.has(before) || OBJECT_PREPOSITIONS.has(before) || text.charCodeAt(m.end) === 45) kept.push(m);
      else club.mentions.push(m);
    }
    if (kept.length === g.mentions.length) continue;
    club.mentions.sort((a, b) => a.start - b.start);
    g.mentions = kept;
  }
}

/** Where the text holds a digit, a dash (spaced or not) and a digit ("1 – 0", "2-1"), in order. */
function dashedNumbers(text: string): number[] {
  const out: number[] = [];
  DASHED_NUMBERS_RE.lastIndex = 0;
  while (DASHED_NUMBERS_RE.test(text)) out.push(DASHED_NUMBERS_RE.lastIndex - 1);
  return out;
}
const DASHED_NUMBERS_RE = /\d ?[-–—] ?\d/g;

interface Group {
  type: EntityType;
  mentions: Mention[];
  /** The words of the fullest mention so far, and their count and length. */
  best: Word[] | null;
  bestWords: number;
  bestLength: number;
  /** A fixed name (dates). */
  name: string | null;
  given: string;
  key: string;
  /** The best evidence for the type among the mentions (EV_*). */
  evidence: number;
  /**
   * An organisation's name without its place ("Home Office" of "United Kingdom Home Office"),
   * and how many more mentions use it than the full name: the commoner form names the entity.
   */
  short: Word[] | null;
  shortLead: number;
}

function newGroup(type: EntityType, key: string, given: string): Group {
  return { type, mentions: [], best: null, bestWords: 0, bestLength: 0, name: null, given, key, evidence: EV_NONE, short: null, shortLead: 0 };
}

/**
 * One name, one type in a text. A name found as two types (a person by default and an
 * organisation after "a spokesperson for", a place after "in" and an organisation by default)
 * takes the type of its better-attested mentions, and the others join them; the same
 * evidence on both sides leaves both as they are.
 */
function unifyTypes(groups: Group[]): void {
  const byKey = new Map<string, Group>();
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.mentions.length === 0 || g.type === 'DATE') continue;
    const key = keyOf(g.key);
    const held = byKey.get(key);
    if (held === undefined) {
      byKey.set(key, g);
      continue;
    }
    if (held.type === g.type || held.evidence === g.evidence) continue;
    const [win, lose] = g.evidence > held.evidence ? [g, held] : [held, g];
    for (let k = 0; k < lose.mentions.length; k++) win.mentions.push(lose.mentions[k]!);
    lose.mentions.length = 0;
    if (lose.best !== null && (lose.bestWords > win.bestWords || (lose.bestWords === win.bestWords && lose.bestLength > win.bestLength))) {
      win.best = lose.best;
      win.bestWords = lose.bestWords;
      win.bestLength = lose.bestLength;
    }
    byKey.set(key, win);
  }
}

/**
 * A lone word left without a type joins the place or organisation of the same name
 * ("Velmoor" opening a sentence, after "Velmoor, a town"); if both, the better-attested one,
 * or the one mentioned more often.
 */
function joinUntyped(text: string, byType: Record<EntityType, Map<string, Group>>, untyped: Candidate[]): void {
  if (byType.PLACE.size === 0 && byType.ORG.size === 0) return;
  for (let i = 0; i < untyped.length; i++) {
    const w = untyped[i]!.words[0]!;
    const p = liveGroup(byType.PLACE.get(w.form.key));
    const o = liveGroup(byType.ORG.get(w.form.key));
    const g = p !== null && o !== null ? (o.evidence > p.evidence || (o.evidence === p.evidence && o.mentions.length > p.mentions.length) ? o : p) : (p ?? o);
    if (g !== null) g.mentions.push({ start: w.start, end: w.end, text: text.slice(w.start, w.end) });
  }
}

/** The group if it still has mentions (unifyTypes empties the ones it merges away). */
function liveGroup(g: Group | undefined): Group | null {
  return g !== undefined && g.mentions.length > 0 ? g : null;
}

function dropOverlaps(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (out.length === 0 || out[out.length - 1]!.end <= m.start) out.push(m);
  }
  return out;
}

/**
 * The grammatical gender a given name suggests, from the first-name lexicon: 'm', 'f', or
 * null when the name is unknown or used for both. Looks at the first word that is a given
 * name, so "Vladimir Putin" -> 'm', "Yulia Svyrydenko" -> 'f', "Xi Jinping" -> null.
 */
export function personGender(name: string): 'm' | 'f' | null {
  for (const part of name.split(/\s+/)) {
    const lower = part.toLowerCase().replace(/[.,]$/, '');
    if (UNISEX_NAMES.has(lower)) return null;
    const male = MALE_NAMES.has(lower);
    const female = FEMALE_NAMES.has(lower);
    if (male !== female) return male ? 'm' : 'f';
    if (male && female) return null;
  }
  return null;
}

/**
 * The PERSON or ORG entity a surface form names: an exact mention text, a full name, or a
 * surname ("Gabuev" -> the entity named "Alexander Gabuev"). Titles before the name are
 * ignored ("President Putin"). Returns null when nothing matches or when a surname matches
 * more than one person.
 */
export function canonicalPerson(entities: readonly Entity[], surface: string): Entity | null {
  const words = surface
    .trim()
    .replace(/['’]s$/, '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  while (words.length > 1 && PERSON_TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
  if (words.length === 0) return null;
  const wanted = words.join(' ').toLowerCase();
  let byWord: Entity | null = null;
  let ambiguous = false;
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    if (e.name.toLowerCase() === wanted) return e;
    if (e.mentions.some((m) => m.text.toLowerCase() === wanted)) return e;
    if (e.type === 'PERSON' && words.length === 1 && e.name.toLowerCase().split(' ').includes(wanted)) {
      if (byWord !== null && byWord !== e) ambiguous = true;
      byWord = e;
    }
  }
  return ambiguous ? null : byWord;
}
