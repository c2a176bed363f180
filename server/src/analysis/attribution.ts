import type { AttributionRule, Channel, Entity, Mention, Span, Speaker, SpeakerKind, Stance } from './types';
import type { QuoteSpan } from './quotes';
import { tokenBoundary, tokenize, type Token } from './tokens';
import { channelAt, knownChannel } from './channels';
import { paragraphIndexAt, upperBound } from './structure';
import { ACCORDING_TO, AUXILIARIES, SPEECH_VERBS, type SpeechVerb } from './lexicon/speech';
import { FEMALE_FIRST_NAMES, GENDERED_HONORIFICS, GENDERED_ROLES, MALE_FIRST_NAMES, SPEAKER_PRONOUNS } from './lexicon/pronouns';
import {
  LEADER_TITLES,
  NAME_PREFIXES,
  NATIONALITIES,
  ORG_NAMES,
  ORG_NOUNS,
  ORG_LIKE_NAME_ENDS,
  ORG_SUFFIXES,
  PERSON_EPITHETS,
  SURNAME_LIKE_ORG_SUFFIXES,
  TITLES,
  UNNAMED_SOURCE_NOUNS,
} from './lexicon/titles';
import { resolveTitle, type TitleOf } from './coref';
import { FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES, withoutAccents } from './lexicon/firstNames';
import { POSTNOMINALS } from './lexicon/honorifics';

/** What attribution found for one quote. */
export interface Attribution {
  speaker: Speaker | null;
  cue: Mention | null;
  stance: Stance | null;
  via: Channel | null;
  rule: AttributionRule | null;
  confidence: number;
  /** The quote names something (a robot named “…”, a book titled “…”): a scare quote, whatever its length. */
  title?: boolean;
}

/** The attribution of a quote nothing attributes. */
export const NO_ATTRIBUTION: Attribution = { speaker: null, cue: null, stance: null, via: null, rule: null, confidence: 0 };

// ---- lexicon lookups -------------------------------------------------------------------

const VERBS = new Map<string, SpeechVerb>();
for (const verb of SPEECH_VERBS) for (const form of verb.forms) VERBS.set(form, verb);
/**
 * For each ASCII first letter, the lengths (bit n: length n, n < 32) of the verb forms that
 * start with it: most words are ruled out without hashing them.
 */
const VERB_SHAPES = new Uint32Array(128);
const VERB_LONG = [...VERBS.keys()].some((f) => f.length >= 32 || f.charCodeAt(0) >= 128);
for (const form of VERBS.keys()) if (form.length < 32 && form.charCodeAt(0) < 128) VERB_SHAPES[form.charCodeAt(0)] |= 1 << form.length;
function verbNamed(lower: string): SpeechVerb | null {
  const c = lower.charCodeAt(0);
  if (!VERB_LONG && (c >= 128 || lower.length >= 32 || (VERB_SHAPES[c] & (1 << lower.length)) === 0)) return null;
  return VERBS.get(lower) ?? null;
}
/** Verbs that introduce a quote only as a partial quote or a label ("called it a “…”"). */
const LABEL_VERBS = new Set(['call', 'describe', 'dub', 'brand', 'label', 'mock', 'characterize', 'characterise']);
/** Verbs that work after a quote ("…," X said) but are too common as plain verbs before one. */
const POST_ONLY = new Set(['continue', 'post', 'report', 'confirm', 'agree', 'speak', 'laugh', 'smile']);
const AUX = new Set(AUXILIARIES);
const PRONOUNS = SPEAKER_PRONOUNS;

/**
 * Look-ups in the word tables by map: indexing a plain object with a word from the text makes
 * the engine intern that word first, which costs more than the look-up, and would find
 * properties every object has ("constructor", "toString") as if they were table entries.
 */
function tableOf<T>(record: Readonly<Record<string, T>>): (key: string) => T | undefined {
  const map = new Map<string, T>(Object.entries(record));
  return (key) => map.get(key);
}
const pronounOf = tableOf(PRONOUNS);
const nationalityOf = tableOf(NATIONALITIES);
const honorificOf = tableOf(GENDERED_HONORIFICS);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'four', 'several', 'some', 'many', 'other', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'most', 'few', 'both', 'all', 'each', 'no']);
const CLAUSE_BOUNDARY = new Set([
  'that', 'and', 'but', 'or', 'while', 'as', 'when', 'which', 'who', 'whom', 'because', 'after', 'before', 'if',
  'since', 'though', 'although', 'where', 'so', 'than', 'with', 'in', 'on', 'at', 'for', 'by', 'from', 'about',
  'into', 'over', 'under', 'during', 'without', 'to', 'of', 'what', 'how', 'why', 'whether', 'then', 'also',
  'not', 'never', 'yet', 'once', 'until', 'unless', 'whereas', 'whose', 'upon', 'said', 'says',
]);
const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'le', 'la', 'di', 'du', 'dos', 'das', 'del', 'ibn', 'y', 'ter', 'zu']);
const TITLE_SET = new Set(TITLES);
const LEADERS = new Set(LEADER_TITLES);
const NAME_PREFIX_SET = new Set(NAME_PREFIXES.map((p) => p.toLowerCase()));
const ORG_NOUN_SET = new Set(ORG_NOUNS);
const ORG_SUFFIX_SET = new Set(ORG_SUFFIXES);
/** Last words of a name that make it an organisation, not a person, whatever its entity type. */
const ORG_LIKE_END = new Set([...ORG_SUFFIXES, ...ORG_LIKE_NAME_ENDS]);
for (const w of SURNAME_LIKE_ORG_SUFFIXES) ORG_LIKE_END.delete(w);
const ORG_NAME_SET = new Set(ORG_NAMES);
const UNNAMED = new Set(UNNAMED_SOURCE_NOUNS);
const MALE = new Set(MALE_FIRST_NAMES);
const FEMALE = new Set(FEMALE_FIRST_NAMES);
/** Words that may follow a lower-case surname in a messy name ("Alexander volfovich"), never a name. */
const NOT_A_NAME = new Set([...CLAUSE_BOUNDARY, ...AUX, ...DETERMINERS, 'he', 'she', 'they', 'it', 'who', 'himself', 'herself', 'themselves']);

/** Capitalised at the start of a sentence, these are never a speaker's name. */
const FUNCTION_WORDS = new Set(['as', 'in', 'on', 'at', 'for', 'but', 'and', 'so', 'if', 'when', 'while', 'after', 'before', 'since', 'although', 'though', 'however', 'meanwhile', 'also', 'still', 'yet', 'now', 'then', 'there', 'here', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'i', 'you', 'our', 'my', 'your', 'his', 'her', 'their', 'what', 'who', 'why', 'how', 'where', 'which', 'according', 'despite', 'during', 'following', 'asked', 'speaking', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'even', 'only', 'just', 'with', 'without', 'from', 'by', 'to', 'of', 'about', 'against', 'among', 'between', 'into', 'through', 'under', 'over', 'because', 'unless', 'until', 'whether', 'instead', 'indeed', 'perhaps', 'maybe', 'thus', 'therefore', 'hence', 'otherwise', 'besides', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'again', 'once', 'twice', 'first', 'second', 'finally', 'lastly', 'above', 'below', 'other', 'another', 'such', 'more', 'less', 'few', 'several']);

const WINDOW = 180;
/** A cue before a quote may open a long sentence ("According to X, quoting Y, … “…”"). */
const BEFORE_WINDOW = 260;
/** At most this many tokens after a quote are read for its cue. */
const AFTER_TOKENS = 40;

/** Gender a person name suggests: honorific, then first name; null when unknown. */
export function nameGender(name: string, before = ''): 'm' | 'f' | null {
  if (before.length > 0) {
    const prev = before.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    const hon = honorificOf(prev);
    if (hon) return hon === 'male' ? 'm' : 'f';
  }
  let first = firstWord(name).toLowerCase();
  // "Shirley-Anne", "Jean-Pierre": the first part tells
  const hyphen = first.indexOf('-');
  if (hyphen > 1) first = first.slice(0, hyphen);
  // "Andrea", "Nicola", "Jean": a man's name in one language, a woman's in another
  if (UNISEX_NAMES.has(first)) return null;
  if (MALE.has(first) || MALE_NAMES.has(first)) return 'm';
  if (FEMALE.has(first) || FEMALE_NAMES.has(first)) return 'f';
  // "Élise", "José": the lists hold most names without their accents
  if (/[^\x00-\x7f]/.test(first)) {
    first = withoutAccents(first);
    if (MALE.has(first) || MALE_NAMES.has(first)) return 'm';
    if (FEMALE.has(first) || FEMALE_NAMES.has(first)) return 'f';
  }
  return null;
}

const roleGenderOf = tableOf(GENDERED_ROLES);
/** Words that end the head of an apposition (", a spokeswoman for the port"). */
const APPOSITION_STOPS = new Set(['for', 'of', 'at', 'with', 'in', 'on', 'from', 'and', 'or', 'who', 'whose', 'which', 'that', 'to', 'since', 'until', 'said', 'says', 'told']);

/**
 * The gender a mention's surroundings tell, for a name that does not: a gendered role or
 * kinship noun right before it ("spokeswoman Ana Reyes", "his wife, Ana Reyes") or as the
 * head of an apposition after it ("Ana Reyes, the company's chairwoman"). Null when neither.
 */
export function genderAround(text: string, start: number, end: number): 'm' | 'f' | null {
  // before: the word just before the name, across at most one comma
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i >= 0 && text.charCodeAt(i) === 44) {
    i--;
    while (i >= 0 && text.charCodeAt(i) === 32) i--;
  }
  let w = i;
  while (w >= 0 && isLetter(text.charCodeAt(w))) w--;
  if (i - w >= 2 && i - w <= 14) {
    const g = roleGenderOf(text.slice(w + 1, i + 1).toLowerCase());
    if (g) return g === 'male' ? 'm' : 'f';
  }
  // after: ", a spokeswoman for …": the last word before the apposition's first stop word
  if (text.charCodeAt(end) !== 44) return null;
  let head = '';
  let at = end + 1;
  for (let n = 0; n < 6; n++) {
    while (at < text.length && text.charCodeAt(at) === 32) at++;
    let e = at;
    while (e < text.length && (isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019)) e++;
    if (e === at) break;
    const word = text.slice(at, e).toLowerCase();
    if (APPOSITION_STOPS.has(word)) break;
    head = word;
    at = e;
  }
  const g = head ? roleGenderOf(head) : undefined;
  return g ? (g === 'male' ? 'm' : 'f') : null;
}

/** The gender the surroundings of one of an entity's first few mentions tell (genderAround). */
function genderOfMentions(text: string, entity: Entity): 'm' | 'f' | null {
  for (let k = 0; k < entity.mentions.length && k < 4; k++) {
    const g = genderAround(text, entity.mentions[k].start, entity.mentions[k].end);
    if (g) return g;
  }
  return null;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** What `name.split(/\s+/)[0]` gives, without a regular expression or an array. */
function firstWord(name: string): string {
  for (let i = 0; i < name.length; i++) if (isWhiteSpace(name.charCodeAt(i))) return name.slice(0, i);
  return name;
}

/** What `/[.!?…]\s*$/` tests, reading back from the end only (quotes can be long). */
function endsWithSentenceMark(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isWhiteSpace(s.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = s.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** The characters `\s` matches. */
function isWhiteSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

// ---- the speaker phrase ------------------------------------------------------------------

type Phrase =
  | { type: 'pronoun'; tok: Token; gender: string }
  | { type: 'name'; name: Token[]; prefix: Token[]; written?: boolean }
  | { type: 'desc'; words: Token[]; det: string; source?: boolean }
  | { type: 'bare'; words: Token[] };

/** Classifies the words that stand where a speaker stands; null when they cannot be one. */
export function classifyPhrase(words: readonly Token[]): Phrase | null {
  if (words.length === 0 || words.length > 9) return null;
  for (const w of words) if (!w.word) return null;
  const first = words[0];
  // "a source close to the talks", "people familiar with the matter": a source and what it knows
  for (let k = 1; k < words.length - 1 && k <= 5; k++) {
    if (!SOURCE_POSTMODIFIERS.has(words[k].lower) || !UNNAMED.has(words[k - 1].lower)) continue;
    return { type: 'desc', words: [...words], det: DETERMINERS.has(first.lower) ? first.lower : '', source: true };
  }
  if (words.length === 1 && pronounOf(first.lower)) return { type: 'pronoun', tok: first, gender: pronounOf(first.lower)! };
  const last = words[words.length - 1];
  if (DETERMINERS.has(first.lower)) {
    if (words.length === 1) return null;
    // "the Kremlin", "the White House", "the Foreign Ministry": a capitalised name after "the".
    const rest = words.slice(1);
    // ("the Chinese leader" is a description; "the British Medical Association" a name)
    const nationalDescription = isNationality(rest[0].lower) && !(rest.length >= 2 && ORG_LIKE_END.has(last.text));
    if (first.lower === 'the' && rest.every((w) => w.cap) && !TITLE_SET.has(last.lower) && !nationalDescription && !(rest.length === 1 && isEpithet(last.lower))) {
      return { type: 'name', name: rest, prefix: [] };
    }
    // "the farmers' union COAG", "the rights group Amnesty International", "the opposition
    // leader Tom Jansen": a role or kind of body in lower case, then the name.
    if (first.lower === 'the' && last.cap) {
      let s = words.length - 1;
      while (s > 1 && words[s - 1].cap) s--;
      const noun = words[s - 1];
      if (s >= 2 && !noun.cap && words.slice(1, s).every((w) => !w.cap) && (ORG_NOUN_SET.has(noun.lower) || TITLE_SET.has(noun.lower) || isPersonOrSourceNoun(noun.lower))) {
        return { type: 'name', name: words.slice(s), prefix: words.slice(0, s) };
      }
    }
    return { type: 'desc', words: [...words], det: first.lower };
  }
  if (!last.cap) {
    // "officials", "Ukrainian officials", "police"
    if (UNNAMED.has(last.lower) && words.length <= 4) return { type: 'bare', words: [...words] };
    // "Beijing's statement", "the Kremlin's spokesman": an owner and what speaks for it.
    if (words.length <= 5 && words.some((w, i) => i < words.length - 1 && w.cap && /['’]s$/.test(w.text))) return { type: 'desc', words: [...words], det: '' };
    // A messy name with a lower-case surname: "Alexander volfovich".
    if (words.length === 2 && first.cap && isGivenName(first.lower) && !NOT_A_NAME.has(last.lower) && verbNamed(last.lower) === null) {
      return { type: 'name', name: [...words], prefix: [] };
    }
    return null;
  }
  // The name is the run of capitalised words at the end (particles allowed inside).
  let s = words.length - 1;
  while (s > 0 && (words[s - 1].cap || (PARTICLES.has(words[s - 1].lower) && s - 1 > 0 && words[s - 2].cap))) s--;
  const prefix = words.slice(0, s);
  // A lower-case word before the run must be a role word ("national security spokesman John Kirby").
  // ("head of carnivores Rachel Dunn": "of" or "for" after a title word is part of the role)
  let field = -1; // where the role's field starts, after such a link ("head of state")
  for (let k = 0; k < prefix.length; k++) {
    const w = prefix[k];
    if ((w.lower === 'of' || w.lower === 'for') && k > 0 && TITLE_SET.has(prefix[k - 1].lower)) {
      field = k + 1;
      continue;
    }
    if (field >= 0 && k >= field && k - field < 3 && !CLAUSE_BOUNDARY.has(w.lower)) continue;
    if (!w.cap && (CLAUSE_BOUNDARY.has(w.lower) || verbNamed(w.lower) !== null || w.lower.endsWith('ed'))) return null;
  }
  let name = words.slice(s);
  // "Judge Melbourne Inman KC": the letters after the name are no part of it
  while (name.length > 2 && name[name.length - 1].text.length >= 2 && name[name.length - 1].text === name[name.length - 1].text.toUpperCase() && POSTNOMINALS.has(name[name.length - 1].lower)) name = name.slice(0, -1);
  if (name.length === 1 && UNNAMED.has(name[0].lower)) return { type: 'bare', words: [...words] };
  let k = 0;
  while (k < name.length - 1 && (NAME_PREFIX_SET.has(name[k].lower) || isNationality(name[k].lower))) k++;
  prefix.push(...name.slice(0, k));
  name = name.slice(k);
  if (name.length === 1 && (NAME_PREFIX_SET.has(name[0].lower) || TITLE_SET.has(name[0].lower))) {
    // "Mr. President", "the Minister": a title with no name.
    return { type: 'desc', words: [...words], det: '' };
  }
  if (name.length === 1 && (pronounOf(name[0].lower) || NOT_A_NAME.has(name[0].lower) || FUNCTION_WORDS.has(name[0].lower))) return null;
  if (name.length > 5) return null;
  return { type: 'name', name, prefix };
}

/** A name whose last word ends a company's, team's or institution's name ("Riverside Rangers"). */
function orgLikeName(name: string): boolean {
  const last = name.lastIndexOf(' ');
  return last > 0 && ORG_LIKE_END.has(name.slice(last + 1));
}

/** "Administrator Carla Munro" for "Carla Munro": the written form adds only title words in front. */
function onlyTitlesBefore(surface: string, name: string): boolean {
  if (!surface.endsWith(name) || surface.length === name.length || surface.charCodeAt(surface.length - name.length - 1) !== 32) return false;
  for (const w of surface.slice(0, surface.length - name.length - 1).split(' ')) {
    const lower = w.toLowerCase();
    if (!NAME_PREFIX_SET.has(lower) && !TITLE_SET.has(lower)) return false;
  }
  return true;
}

function isGivenName(lower: string): boolean {
  return MALE.has(lower) || FEMALE.has(lower);
}

function isAnyGivenName(lower: string): boolean {
  return MALE.has(lower) || FEMALE.has(lower) || MALE_NAMES.has(lower) || FEMALE_NAMES.has(lower) || UNISEX_NAMES.has(lower);
}

/** A word that, after "the", stands for a person named before: "Spaniard", "striker", "24-year-old". */
function isEpithet(lower: string): boolean {
  if (Object.prototype.hasOwnProperty.call(PERSON_EPITHETS, lower)) return true;
  return lower.endsWith('-year-old') && /^\d{1,3}-year-old$/.test(lower);
}

function isNationality(lower: string): boolean {
  return nationalityOf(lower) !== undefined;
}

// ---- the document context -----------------------------------------------------------------

interface Point {
  start: number;
  end: number;
  name: string;
  kind: SpeakerKind;
  gender: 'm' | 'f' | null;
  entityId: string | null;
}

/** Scratch keys for sorting mentions, reused from document to document (grown as needed). */
let sortKeys = new Float64Array(1024);

/** Everything attribution looks up: entity mentions by offset, recent speakers, titles. */
class Context {
  readonly mentionStarts: number[] = [];
  readonly mentionRefs: { start: number; end: number; entity: Entity }[] = [];
  readonly persons: Point[] = [];
  readonly orgs: Point[] = [];
  readonly places: Point[] = [];
  readonly speakers: Point[] = [];
  readonly personSpeakers: Point[] = [];
  readonly orgSpeakers: Point[] = [];
  readonly quoteStarts: number[];
  /** Start of the paragraph of the quote being attributed. */
  paraStart = 0;
  /** Start of the paragraph before it (its own start when it is the first). */
  prevParaStart = 0;
  /** The content of the quote being attributed (its first `NAMED_IN_QUOTE_SPAN` code units). */
  quoteText = '';
  /** Where the quote being attributed starts. */
  quoteStart = 0;
  private readonly titleCache = new Map<number, TitleOf[]>();
  private byName: Map<string, Entity> | null = null;
  private byWord: Map<string, Entity> | null = null;
  /** The gender of each PERSON entity whose name or surroundings tell one. */
  private readonly genderById = new Map<string, 'm' | 'f'>();

  /** A person speaker's gender, from the name or else from the surroundings of its entity's mentions. */
  genderOf(speaker: Speaker): 'm' | 'f' | null {
    const g = this.infoOf(speaker.name).gender;
    if (g !== null || speaker.entityId === null) return g;
    return this.genderById.get(speaker.entityId) ?? null;
  }
  /** Full-named person speakers by surname and given name (the latest one wins). */
  private readonly speakerByWord = new Map<string, Point>();

  constructor(
    readonly text: string,
    readonly limit: number,
    readonly quotes: readonly QuoteSpan[],
    readonly entities: readonly Entity[],
  ) {
    const refs: { start: number; end: number; entity: Entity }[] = [];
    for (const e of entities) for (const m of e.mentions) refs.push({ start: m.start, end: m.end, entity: e });
    // Sort by start, ties in entity order: a numeric typed-array sort of start and index
    // packed in one double, cheaper than the comparator sort for all but tiny lists.
    if (refs.length < 16) refs.sort((a, b) => a.start - b.start);
    else if (refs.length < 1048576) {
      // The scratch array is kept up to 64 Ki keys; a larger list gets its own.
      if (sortKeys.length < refs.length && refs.length <= 65536) sortKeys = new Float64Array(Math.min(65536, Math.max(refs.length, 2 * sortKeys.length)));
      const keys = sortKeys.length >= refs.length ? sortKeys.subarray(0, refs.length) : new Float64Array(refs.length);
      for (let i = 0; i < refs.length; i++) keys[i] = refs[i].start * 1048576 + i;
      keys.sort();
      const sorted = new Array<{ start: number; end: number; entity: Entity }>(refs.length);
      for (let i = 0; i < keys.length; i++) sorted[i] = refs[keys[i] % 1048576];
      for (let i = 0; i < sorted.length; i++) refs[i] = sorted[i];
    } else refs.sort((a, b) => a.start - b.start);
    this.quoteStarts = quotes.map((q) => q.start);
    const genders = new Map<Entity, 'm' | 'f' | null | 'org'>();
    for (const r of refs) {
      this.mentionRefs.push(r);
      this.mentionStarts.push(r.start);
      if (r.entity.type === 'DATE') continue;
      if (this.insideQuote(r.start)) continue;
      if (r.entity.type === 'PLACE') {
        this.places.push({ start: r.start, end: r.end, name: r.entity.name, kind: 'organization', gender: null, entityId: r.entity.id });
        continue;
      }
      let gender: 'm' | 'f' | null | 'org' | undefined = r.entity.type === 'PERSON' ? genders.get(r.entity) : undefined;
      if (r.entity.type === 'PERSON' && gender === undefined) {
        // A "person" whose name ends like a company's or a team's stands with the organisations.
        gender = orgLikeName(r.entity.name) ? 'org' : (nameGender(r.entity.name) ?? genderOfMentions(text, r.entity));
        genders.set(r.entity, gender);
        if (gender === 'm' || gender === 'f') this.genderById.set(r.entity.id, gender);
      }
      if (r.entity.type === 'PERSON' && gender !== 'org' && gender !== undefined) {
        this.persons.push({ start: r.start, end: r.end, name: r.entity.name, kind: 'person', gender, entityId: r.entity.id });
      } else if (!(text.charCodeAt(r.start - 1) === 40 && text.charCodeAt(r.end) === 41 && knownChannel(r.entity.name)?.kind === 'agency')) {
        // (an agency's credit in brackets, "BEIJING (Reuters) -", is no one a pronoun points at)
        this.orgs.push({ start: r.start, end: r.end, name: r.entity.name, kind: 'organization', gender: null, entityId: r.entity.id });
      }
    }
  }

  /** The person an earlier title points at ("Chinese President Xi Jinping" for "the Chinese leader"). */
  personTitled(title: string, nat: string | null, before: number): Point | null {
    return resolveTitle(this.text, this.persons, before, title, nat, this.titleCache);
  }

  private readonly tokenCache: { from: number; to: number; tokens: Token[] }[] = [];
  private tokenNext = 0;

  /**
   * Tokens of `[from, to)`. The stretch between two quotes is both the after-window of one
   * and the before-window of the next, so the last few ranges are kept.
   */
  /**
   * The tokens of `[from, to)` after its last sentence end (all of them when there is none):
   * `tokens(from, to)` cut as `cueBefore` cuts it. Read backwards a stretch at a time,
   * starting each stretch after white space, so the sentences before the quote's own are
   * not tokenized at all.
   */
  sentenceTokensBefore(from: number, to: number): Token[] {
    const cache = this.tokenCache;
    for (let k = 0; k < cache.length; k++) {
      if (cache[k].from === from && cache[k].to === to) {
        const all = cache[k].tokens;
        return afterLastSentenceEnd(all, all.length) ?? all;
      }
    }
    const text = this.text;
    let tail: Token[] = [];
    let at = to;
    while (at > from) {
      let start = Math.max(from, at - SENTENCE_STRETCH);
      while (start > from && !tokenBoundary(text, start)) start--;
      // Words near `at` look up to two characters past it: tokenize a little beyond, keep
      // only the tokens that start before `at`.
      const bound = Math.min(to, at + 2);
      const chunk = tokenize(text, start, bound);
      let n = chunk.length;
      while (n > 0 && chunk[n - 1].start >= at) n--;
      if (n < chunk.length) chunk.length = n;
      const checked = chunk.length;
      const all = checked === 0 ? tail : tail.length === 0 ? chunk : chunk.concat(tail);
      const cut = afterLastSentenceEnd(all, checked);
      if (cut !== null) return cut;
      tail = all;
      at = start;
    }
    return tail;
  }

  tokens(from: number, to: number): Token[] {
    const cache = this.tokenCache;
    for (let k = 0; k < cache.length; k++) if (cache[k].from === from && cache[k].to === to) return cache[k].tokens;
    const tokens = tokenize(this.text, from, to);
    // A ring of four: the oldest entry is overwritten.
    if (cache.length < 4) cache.push({ from, to, tokens });
    else cache[this.tokenNext] = { from, to, tokens };
    this.tokenNext = (this.tokenNext + 1) & 3;
    return tokens;
  }

  insideQuote(offset: number): boolean {
    const i = upperBound(this.quoteStarts, offset) - 1;
    return i >= 0 && offset < this.quotes[i].end;
  }

  /**
   * The first PERSON or ORG mention in `[from, to)` that stands where a subject stands (at the
   * start of the sentence or clause, after any role words) and is not a possessive ("Hill's
   * lawyer"): the subject of a sentence with no reporting verb.
   */
  subjectMentionIn(from: number, to: number): { start: number; end: number } | null {
    for (let i = upperBound(this.mentionStarts, from - 1); i < this.mentionRefs.length && this.mentionRefs[i].start < to; i++) {
      const r = this.mentionRefs[i];
      if (r.entity.type !== 'PERSON' && r.entity.type !== 'ORG') continue;
      if (r.end > to || this.insideQuote(r.start)) continue;
      const next = this.text.charCodeAt(r.end);
      if (next === 39 || next === 0x2019) return null;
      return isSubjectPosition(this.text, r.start) ? { start: r.start, end: r.end } : null;
    }
    return null;
  }

  /** The entity one of whose mentions covers `offset`. */
  entityAt(offset: number): Entity | null {
    const i = upperBound(this.mentionStarts, offset) - 1;
    if (i < 0) return null;
    const r = this.mentionRefs[i];
    return offset < r.end ? r.entity : null;
  }

  /** A PERSON or ORG entity named `surface` (full name, surname or given name). */
  entityNamed(surface: string): Entity | null {
    if (this.byName === null || this.byWord === null) {
      this.byName = new Map();
      this.byWord = new Map();
      for (const e of this.entities) {
        if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
        const name = e.name.toLowerCase();
        if (!this.byName.has(name)) this.byName.set(name, e);
        if (e.type === 'PERSON') for (const w of name.split(' ')) if (!this.byWord.has(w)) this.byWord.set(w, e);
      }
    }
    const lower = surface.toLowerCase();
    return this.byName.get(lower) ?? (lower.includes(' ') ? null : this.byWord.get(lower) ?? null);
  }

  private fullByWord: Map<string, { entity: Entity; first: number } | null> | null = null;
  private fullNames: { entity: Entity; first: number; last: string }[] = [];

  /**
   * The one PERSON entity with a name of several words, mentioned before `before`, that a
   * one-word person name stands for: "Thomas" for "Thomas Sam", and a misspelt surname
   * ("Bauchtman" for "Lydia Buchtmann": same first letter, at most two edits). Null when
   * none or more than one fits.
   */
  fullerPerson(word: string, before: number): Entity | null {
    if (this.fullByWord === null) {
      this.fullByWord = new Map();
      for (const e of this.entities) {
        if (e.type !== 'PERSON' || e.mentions.length === 0) continue;
        const parts = e.name.toLowerCase().split(' ');
        if (parts.length < 2) continue;
        const first = e.mentions[0].start;
        this.fullNames.push({ entity: e, first, last: parts[parts.length - 1] });
        for (const w of new Set(parts)) {
          const had = this.fullByWord.get(w);
          this.fullByWord.set(w, had === undefined ? { entity: e, first } : had && had.entity.name === e.name ? had : null);
        }
      }
    }
    const lower = word.toLowerCase();
    const exact = this.fullByWord.get(lower);
    if (exact !== undefined) return exact && exact.first < before ? exact.entity : null;
    if (lower.length < 5 || this.fullNames.length > 400) return null;
    // Two slips in a surname of six letters or more, one in a five-letter one ("Water" for "Waters").
    const slips = lower.length >= 6 ? 2 : 1;
    let found: Entity | null = null;
    for (const f of this.fullNames) {
      if (f.first >= before || f.last.charCodeAt(0) !== lower.charCodeAt(0) || Math.abs(f.last.length - lower.length) > slips) continue;
      if (editDistanceAtMost(f.last, lower, slips)) {
        if (found && found.name !== f.entity.name) return null;
        found = f.entity;
      }
    }
    return found;
  }

  /** A speaker met before whose full name has `word` as its surname or given name. */
  speakerNamed(word: string, before: number): Point | null {
    const p = this.speakerByWord.get(word.toLowerCase());
    return p && p.start < before ? p : null;
  }

  /**
   * The person "he", "she" or "the Spaniard" stands for at `offset`: the speaker of an earlier
   * quote in this paragraph keeps the turn, unless another person has since become the
   * subject of a sentence ("“…,” Ruiz said. Brandt disagreed. “…,” he said" is Brandt);
   * otherwise the latest subject, else the latest person mentioned whose gender fits.
   */
  personOfPassage(offset: number, gender: 'm' | 'f' | null): Point | null {
    const last = this.lastSpeaker(offset);
    const subject = this.subjectBefore(offset, gender);
    if (last && last.kind === 'person' && last.start >= this.paraStart && (gender === null || last.gender === null || last.gender === gender) && !this.namedInQuote(last)) {
      return subject && subject.start > last.end && subject.name !== last.name && !this.insideQuote(subject.start) ? subject : last;
    }
    // "… through Wissa and a late header from Pinnock. “…,” he said": a subject from an
    // earlier paragraph gives way to the latest fitting person of this one.
    if (subject && subject.start < this.paraStart) {
      const near = latestFitting(this.persons, offset, gender, this);
      if (near && near.start >= this.paraStart && !this.insideQuote(near.start)) return near;
    }
    // "Jonas Weber met Élise Martin. … she said": a person whose name tells the gender asked
    // for, nearby, wins over a subject whose name tells none; but not from an earlier
    // paragraph over the subject of this one ("Resila Onyango, a police official, said … “…,”
    // she said" after a woman named two paragraphs up).
    if (gender !== null && (subject === null || subject.gender === null)) {
      const known = this.knownGenderBefore(offset, gender);
      if (known && (subject === null || subject.start < this.paraStart || known.start >= this.paraStart)) return known;
    }
    return subject ?? this.personBefore(offset, gender);
  }

  /** The latest person within a paragraph or two before `offset` whose name tells `gender`. */
  private knownGenderBefore(offset: number, gender: 'm' | 'f'): Point | null {
    for (let i = upperBoundBy(this.persons, offset) - 1, n = 0; i >= 0 && n < 15; i--, n++) {
      const p = this.persons[i];
      if (offset - p.start > 1500) break;
      if (p.end <= offset && p.gender === gender && !this.namedInQuote(p)) return p;
    }
    return null;
  }

  /**
   * The first person after `offset` (within a few paragraphs) whose mention follows the role
   * `role` ("union leader" -> "Union leader Tom Jansen"): whom a headline's role stands for.
   */
  personIntroducedAs(role: string, offset: number): Point | null {
    for (let i = upperBoundBy(this.persons, offset); i < this.persons.length; i++) {
      const p = this.persons[i];
      if (p.start - offset > 1500) return null;
      const before = this.text.slice(Math.max(0, p.start - role.length - 1), p.start).toLowerCase();
      if (before === role + ' ' || before.endsWith(' ' + role + ' ')) return p;
    }
    return null;
  }

  /** The latest person before `offset` (not inside a quote) whose gender fits. */
  personBefore(offset: number, gender: 'm' | 'f' | null): Point | null {
    return later(latestFitting(this.persons, offset, gender, this), latestFitting(this.personSpeakers, offset, gender, this));
  }

  /**
   * Whether the quote being attributed names this person by surname ("“Andy Warhol was the
   * centre of it all,” he said"): people seldom speak of themselves so, and a pronoun that
   * introduces the quote stands for someone else.
   */
  namedInQuote(p: Point): boolean {
    const q = this.quoteText;
    if (q.length === 0 || p.kind !== 'person') return false;
    const sp = p.name.lastIndexOf(' ');
    const surname = sp >= 0 ? p.name.slice(sp + 1) : p.name;
    if (surname.length < 3) return false;
    for (let at = q.indexOf(surname); at >= 0; at = q.indexOf(surname, at + 1)) {
      const before = at > 0 ? q.charCodeAt(at - 1) : 32;
      const after = at + surname.length < q.length ? q.charCodeAt(at + surname.length) : 32;
      if (!isNameChar(before) && !isNameChar(after)) return true;
    }
    return false;
  }

  /**
   * The latest person before `offset`, within this paragraph and the one before, who stands
   * where a subject stands: at the start of a sentence or clause, possibly after a title
   * ("Harry Kane won the award. He said" finds Kane, not the award's name).
   */
  subjectBefore(offset: number, gender: 'm' | 'f' | null): Point | null {
    const points = this.persons;
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1, n = 0; i >= 0 && n < 15; i--, n++) {
      const p = points[i];
      if (offset - p.start > 1500) break;
      if (p.end > offset) continue;
      if (gender !== null && p.gender !== null && p.gender !== gender) continue;
      if (this.namedInQuote(p)) continue;
      // A mention that took in an opening participle ("Quoting Winston Churchill") is its object.
      const head = this.text.slice(p.start, Math.min(p.end, p.start + 24));
      if (head.includes(' ') && isParticiple(firstWord(head))) continue;
      if (isSubjectPosition(this.text, p.start)) return p;
    }
    return null;
  }

  /** Whether a person other than `name` is mentioned in `[from, to)`. */
  otherPersonBetween(from: number, to: number, name: string): boolean {
    for (let i = upperBoundBy(this.persons, from); i < this.persons.length && this.persons[i].start < to; i++) {
      if (this.persons[i].name !== name) return true;
    }
    return false;
  }

  /**
   * The latest "the ministry", "the foreign ministry" (an organisation noun after "the") in
   * this paragraph before `offset` and after `after`, outside quotes, read from at most 300
   * characters back.
   */
  orgDescribedBefore(offset: number, after: number): Point | null {
    const from = Math.max(this.paraStart, after, offset - 300);
    if (offset - from < 8) return null;
    const slice = this.text.slice(from, offset);
    let found: Point | null = null;
    for (const m of slice.matchAll(ORG_DESCRIPTION)) {
      // "the department defended": the noun may be the first word after "the".
      const modifier = m[1].trimEnd();
      const head = ORG_NOUN_SET.has(m[2]) || modifier.length === 0 ? m[2] : modifier;
      // "The resolution, drafted by …, passed. It calls on …": a document that opens its
      // sentence is what "it" says
      const start = from + m.index!;
      if (modifier.length === 0 && DOCUMENT_NOUNS.has(m[2]) && !STATEMENT_NOUNS.has(m[2]) && this.opensSentence(start) && !this.insideQuote(start)) {
        found = { start, end: start + m[0].length, name: asWritten(m[0]), kind: 'unnamed', gender: null, entityId: null };
        continue;
      }
      if (!ORG_NOUN_SET.has(head) || DOCUMENT_NOUNS.has(head) || head === 'campaign') continue;
      if (this.insideQuote(start)) continue;
      const written = head === m[2] ? m[0] : m[0].slice(0, 4 + modifier.length);
      found = { start, end: start + written.length, name: asWritten(written), kind: 'organization', gender: null, entityId: null };
    }
    // "China's military launched … in what it called …": a body owned by a named one
    for (const m of slice.matchAll(OWNED_ORG_DESCRIPTION)) {
      const start = from + m.index!;
      if (found && found.start > start) continue;
      if (!ORG_NOUN_SET.has(m[2]) || DOCUMENT_NOUNS.has(m[2]) || this.insideQuote(start) || !this.entityAt(start)) continue;
      found = { start, end: start + m[0].length, name: m[0], kind: 'organization', gender: null, entityId: null };
    }
    return found;
  }

  /** Whether `at` opens a sentence: the paragraph's start, or after ". ", "! " or "? ". */
  private opensSentence(at: number): boolean {
    if (at <= this.paraStart) return true;
    let i = at - 1;
    while (i > this.paraStart && this.text.charCodeAt(i) === 32) i--;
    const c = this.text.charCodeAt(i);
    return i < at - 1 && (c === 46 || c === 33 || c === 63);
  }

  /** The latest place mentioned before `offset` (for "the city said"). */
  placeBefore(offset: number): Point | null {
    return latestFitting(this.places, offset, null);
  }

  /** The latest organisation speaker or ORG mention before `offset`. */
  orgBefore(offset: number): Point | null {
    return later(latestFitting(this.orgs, offset, null), latestFitting(this.orgSpeakers, offset, null));
  }

  /**
   * The latest unnamed speaker before `before` whose description has the head noun `head`
   * ("one poster" for "the poster"), within the distance a pronoun may look back.
   */
  unnamedSpeaker(head: string, before: number): Point | null {
    for (let i = this.speakers.length - 1, n = 0; i >= 0 && n < 20; i--, n++) {
      const p = this.speakers[i];
      if (p.start >= before) continue;
      if (before - p.start > COREF_WINDOW) return null;
      if (p.kind !== 'unnamed') continue;
      const sp = p.name.lastIndexOf(' ');
      if (sp > 0 && p.name.slice(sp + 1).toLowerCase() === head) return p;
    }
    return null;
  }

  /**
   * "One restaurant owner, who cannot be named, told the court that he had paid. “…,” he
   * said": the sentence right before the quote, in its paragraph, has an unnamed person for
   * its subject ("a witness", "one restaurant owner", "the victim's mother") and a reporting
   * verb, and names no person. That description, as written, and where the sentence starts.
   */
  unnamedSubjectBeforeQuote(gender: 'm' | 'f' | null): { mention: Mention; sentenceStart: number; org?: Point } | null {
    const end = this.quoteStart;
    const from = Math.max(this.paraStart, end - 400);
    let i = end - 1;
    while (i >= from && (this.text.charCodeAt(i) === 32 || this.text.charCodeAt(i) === 9)) i--;
    const last = this.text.charCodeAt(i);
    if (i < from || (last !== 46 && last !== 33 && last !== 63)) return null;
    // The sentence: back to the previous sentence end or the paragraph's start.
    let start = i - 1;
    while (start >= from) {
      const c = this.text.charCodeAt(start);
      if ((c === 46 || c === 33 || c === 63 || c === 10) && /\s/.test(this.text[start + 1] ?? '')) break;
      start--;
    }
    if (start < from && from !== this.paraStart) return null;
    start++;
    while (start < i && /\s/.test(this.text[start])) start++;
    const m = UNNAMED_SUBJECT.exec(this.text.slice(start, Math.min(i, start + 80)));
    if (!m) return null;
    // The head: the last of the nouns for people in a row ("restaurant owner", "victim's mother").
    const words = m[1].trim().split(/ +/);
    const isHead = (w: string): boolean =>
      UNNAMED.has(w) || (isPersonOrSourceNoun(w) && !FUNCTION_WORDS.has(w) && !APPOSITION_STOPS.has(w) && !ORG_NOUN_SET.has(w) && !DOCUMENT_NOUNS.has(w));
    let h = words.findIndex(isHead);
    if (h < 0) return null;
    while (h + 1 < words.length && isHead(words[h + 1])) h++;
    const head = words[h];
    // "The president told reporters …": a title after "the" may stand for a person named
    // before, which the title rules find; "a lawyer", "one official" cannot.
    if (m[0].startsWith('The') && TITLE_SET.has(head)) return null;
    let headEnd = start + m[0].length - m[1].length;
    for (let k = 0; k <= h; k++) headEnd = this.text.indexOf(words[k], headEnd) + words[k].length;
    const nounGender = roleGenderOf(head);
    if (gender !== null && nounGender !== undefined && (nounGender === 'male' ? 'm' : 'f') !== gender) return null;
    // A named person in the sentence is the better antecedent.
    for (let k = upperBoundBy(this.persons, start); k < this.persons.length && this.persons[k].start < i; k++) return null;
    const tokens = tokenize(this.text, headEnd, i);
    if (!tokens.some((t) => t.word && verbAt(t) !== null)) return null;
    // "A spokeswoman for the Bureau of Land Management … said": the body speaks, as where the
    // quote follows its cue directly
    const forBody = SPOKES_ROLES.has(head) ? /^ (?:for|of) (?:the )?/.exec(this.text.slice(headEnd, headEnd + 10)) : null;
    const body = forBody ? this.entityAt(headEnd + forBody[0].length) : null;
    if (body?.type === 'ORG') {
      const at = headEnd + forBody![0].length;
      const org: Point = { start: at, end: at + body.name.length, name: body.name, kind: 'organization', gender: null, entityId: body.id };
      return { mention: { start, end: headEnd, text: this.text.slice(start, headEnd) }, sentenceStart: start, org };
    }
    return { mention: { start, end: headEnd, text: this.text.slice(start, headEnd) }, sentenceStart: start };
  }

  /**
   * Whether the text between `speaker`'s mention and `before` (at most 600 characters) says
   * that speaker put something in writing: the noun of a statement, post or letter.
   */
  statementBy(speaker: Point, before: number): boolean {
    const from = Math.max(0, speaker.start - 120);
    return STATEMENT_WORD.test(this.text.slice(from, before));
  }

  /**
   * The latest sentence of this paragraph, before the quote, that mentions a statement, letter
   * or post: where it starts, and where the statement's word stands (offsets in the text); null
   * if none within 400 characters.
   */
  private statementSentence(): { sentenceStart: number; word: number } | null {
    const end = this.quoteStart;
    const from = Math.max(this.paraStart, end - 400);
    const region = this.text.slice(from, end);
    let at = -1;
    for (const m of region.matchAll(STATEMENT_WORDS)) at = m.index;
    if (at < 0) return null;
    const stop = /[.!?]\s/g;
    let sentenceStart = 0;
    for (let m = stop.exec(region); m !== null && m.index < at; m = stop.exec(region)) sentenceStart = m.index + 2;
    return { sentenceStart: from + sentenceStart, word: from + at };
  }

  /**
   * The author of the statement named in this paragraph before the quote when the sentence
   * that names it opens with an unnamed person ("Their leader, in a statement posted online,
   * said"); null otherwise.
   */
  unnamedStatementAuthor(): Point | null {
    const found = this.statementSentence();
    if (!found) return null;
    const m = UNNAMED_AUTHOR.exec(this.text.slice(found.sentenceStart, found.word));
    if (!m || !(TITLE_SET.has(m[2].toLowerCase()) || UNNAMED.has(m[2].toLowerCase()))) return null;
    const start = found.sentenceStart;
    return { start, end: start + m[0].length, name: asWritten(m[0]), kind: 'person', gender: null, entityId: null };
  }

  /**
   * The latest "Ukraine's presidential office", "China's foreign ministry" (a capitalised owner
   * in the possessive, at most two words, then `head`) since the paragraph before `offset`,
   * outside quotes, as written; null if none.
   */
  ownedBodyBefore(head: string, offset: number): string | null {
    return this.latestOutsideQuotes(OWNED_BODY, `\\b[A-Z][\\w.-]*(?: [A-Z][\\w.-]*)?['’]s (?:[a-z-]+ ){0,2}`, head, Math.max(this.prevParaStart, offset - 600), offset)?.text ?? null;
  }

  /**
   * The person last named in apposition to a relative before `offset` ("Ethan's father, Mark
   * Brooks," for "his father"), at most 1,500 characters back, outside quotes.
   */
  kinNamedBefore(kin: string, offset: number): Entity | null {
    const from = Math.max(0, offset - 1500);
    const region = this.text.slice(from, offset);
    if (!region.includes(kin)) return null;
    let found: Entity | null = null;
    let re = KIN_APPOSITION.get(kin);
    if (!re) {
      re = new RegExp(`\\b${kin}, ([A-Z])`, 'g');
      KIN_APPOSITION.set(kin, re);
    }
    re.lastIndex = 0;
    for (let m = re.exec(region); m !== null; m = re.exec(region)) {
      const at = from + m.index + m[0].length - 1;
      const e = this.entityAt(at);
      if (e?.type === 'PERSON' && !this.insideQuote(at)) found = e;
    }
    return found;
  }

  /**
   * The latest fuller description ending in `head` in this paragraph before `offset`, outside
   * quotes ("The U.N. secretary-general's spokesman" for "the spokesman"): "the", "a" or "one", one to
   * three words, the head; null if none is longer than "the" and the head.
   */
  describedBefore(head: string, offset: number): string | null {
    const match = this.latestOutsideQuotes(DESCRIBED, `\\b(?:[Tt]he|[Aa]n?|[Oo]ne) (?:[\\w.’'-]+ ){1,3}`, head, this.paraStart, offset);
    if (match === null) return null;
    const found = match.text;
    // and what the source knows: "A Gulf diplomat familiar with the negotiations"
    const end = match.start + found.length;
    const m = SOURCE_KNOWS.exec(this.text.slice(end, Math.min(offset, end + 60)));
    if (!m) return found;
    const words = m[2].split(' ');
    let k = 0;
    while (k < words.length && verbNamed(words[k]) === null && !words[k].endsWith('ed') && !CLAUSE_BOUNDARY.has(words[k])) k++;
    return k > 0 && (k > 1 || !DETERMINERS.has(words[0])) ? `${found} ${m[1]} ${words.slice(0, k).join(' ')}` : found;
  }

  /**
   * The last match, outside quotes, in `[from, offset)` of `lead` followed by the word `head`:
   * its text and where it starts (the pattern is built once per head and kept in `cache`); null
   * if none.
   */
  private latestOutsideQuotes(cache: Map<string, RegExp>, lead: string, head: string, from: number, offset: number): { text: string; start: number } | null {
    const region = this.text.slice(from, offset);
    if (!region.includes(head)) return null;
    let re = cache.get(head);
    if (!re) {
      re = new RegExp(`${lead}${head}\\b`, 'g');
      cache.set(head, re);
    }
    let found: { text: string; start: number } | null = null;
    re.lastIndex = 0;
    for (let m = re.exec(region); m !== null; m = re.exec(region)) {
      if (!this.insideQuote(from + m.index)) found = { text: m[0], start: from + m.index };
    }
    return found;
  }

  /**
   * "the two leaders", "both sides", "the ministers": a plural group of people in the sentence
   * before `offset` (at most 200 characters back, outside quotes), or null.
   */
  pluralSubjectBefore(offset: number): { start: number; text: string } | null {
    const from = Math.max(this.paraStart, offset - 200);
    const region = this.text.slice(from, offset);
    const cut = Math.max(region.lastIndexOf('. '), region.lastIndexOf('? '), region.lastIndexOf('! '));
    const sentence = cut >= 0 ? region.slice(cut + 2) : region;
    let found: { start: number; text: string } | null = null;
    for (const m of sentence.matchAll(PLURAL_GROUP)) {
      const head = m[2].toLowerCase();
      const singular = head.replace(/(?:ies)$/, 'y').replace(/s$/, '');
      if (!(UNNAMED.has(head) || TITLE_SET.has(singular) || PLURAL_GROUP_HEADS.has(head))) continue;
      const start = from + (cut >= 0 ? cut + 2 : 0) + m.index!;
      if (this.insideQuote(start)) continue;
      found = { start, text: m[0] };
    }
    return found;
  }

  /**
   * "The ministry said in a statement that … “…,” the statement added": the subject of the
   * latest sentence of this paragraph, before the quote, that mentions a statement, letter or
   * post: a named person or organisation, or a described one ("the ministry").
   */
  statementAuthorBeforeQuote(): Point | null {
    const found = this.statementSentence();
    if (!found) return null;
    const subject = this.subjectMentionIn(found.sentenceStart, this.quoteStart);
    const entity = subject ? this.entityAt(subject.start) : null;
    if (entity && (entity.type === 'PERSON' || entity.type === 'ORG')) {
      return { start: subject!.start, end: subject!.end, name: entity.name, kind: entity.type === 'PERSON' ? 'person' : 'organization', gender: null, entityId: entity.id };
    }
    return this.orgDescribedBefore(found.word, found.sentenceStart);
  }

  lastSpeaker(before: number): Point | null {
    for (let i = this.speakers.length - 1, n = 0; i >= 0 && n < 50; i--, n++) if (this.speakers[i].start < before) return this.speakers[i];
    return null;
  }

  /** Gender and lower-case words of each speaker name met, worked out once per name. */
  private readonly nameInfo = new Map<string, { gender: 'm' | 'f' | null; parts: string[] }>();

  private infoOf(name: string): { gender: 'm' | 'f' | null; parts: string[] } {
    let info = this.nameInfo.get(name);
    if (!info) {
      info = { gender: nameGender(name), parts: name.toLowerCase().split(' ') };
      this.nameInfo.set(name, info);
    }
    return info;
  }

  remember(speaker: Speaker): void {
    const info = speaker.kind === 'person' ? this.infoOf(speaker.name) : null;
    const p: Point = {
      start: speaker.mention.start,
      end: speaker.mention.end,
      name: speaker.name,
      kind: speaker.kind,
      gender: info ? (info.gender ?? (speaker.entityId !== null ? (this.genderById.get(speaker.entityId) ?? null) : null)) : null,
      entityId: speaker.entityId,
    };
    insertSorted(this.speakers, p);
    if (info) {
      insertSorted(this.personSpeakers, p);
      const parts = info.parts;
      if (parts.length > 1) {
        this.speakerByWord.set(parts[parts.length - 1], p);
        const holder = this.speakerByWord.get(parts[0]);
        if (!holder || this.infoOf(holder.name).parts[0] === parts[0]) this.speakerByWord.set(parts[0], p);
      }
    }
    if (p.kind === 'organization') insertSorted(this.orgSpeakers, p);
  }
}

const SUBJECT_INTRODUCERS = new Set(['that', 'and', 'but', 'when', 'while', 'as', 'after', 'before', 'because', 'since', 'if', 'who', 'then', 'so', 'although', 'though']);

/** Fuller descriptions of a person by head noun ("The U.N. secretary-general's spokesman"), for describedBefore. */
const DESCRIBED = new Map<string, RegExp>();

/** "his father" -> "father, Mark Brooks": the relative in apposition to a name, by relative, for kinNamedBefore. */
const KIN_APPOSITION = new Map<string, RegExp>();

/** "Ukraine's presidential office" by head noun: a capitalised owner in the possessive, up to two lower-case words, the head. */
const OWNED_BODY = new Map<string, RegExp>();

/** "the two leaders", "both sides", "the three ministers": a group named in the plural. */
const PLURAL_GROUP = /\b(?:[Tt]he (two|three|four|five)? ?|[Bb]oth )([a-z]+s)\b/g;
/** Plurals for groups of people or parties that PLURAL_GROUP accepts besides sources and titles. */
const PLURAL_GROUP_HEADS = new Set(['sides', 'countries', 'governments', 'parties', 'men', 'women', 'teams', 'nations', 'allies', 'rivals', 'neighbours', 'neighbors', 'partners']);

/** "Their leader", "Its chief executive": a possessive, at most one word, and a role, opening a sentence. */
const UNNAMED_AUTHOR = /^(?:Their|His|Her|Its)(\s+[a-z]+)??\s+([a-z]+)(?=,|\s)/;

/** "A witness,", "One restaurant owner ", "The victim's mother ": an unnamed person opening a sentence. */
const UNNAMED_SUBJECT = /^(?:A|An|One|Another|The)((?: +[a-z][\w'’-]*){1,4})/;

/**
 * Words in -ed that qualify a role as adjectives ("retired teacher Ann Lowe", "jailed
 * activist X"), where another -ed word before a role is a verb with the name as its object
 * ("praised teacher Ann Lowe").
 */
const ROLE_QUALIFIERS_ED = new Set([
  'retired', 'qualified', 'registered', 'unemployed', 'self-employed', 'disabled', 'licensed', 'trained', 'certified',
  'married', 'widowed', 'divorced', 'bereaved', 'injured', 'wounded', 'displaced', 'jailed', 'detained', 'imprisoned',
  'exiled', 'ousted', 'embattled', 'beleaguered', 'disgraced', 'decorated', 'acclaimed', 'celebrated', 'respected',
  'seasoned', 'experienced', 'unnamed', 'elected', 'appointed', 'accused', 'convicted',
]);

/** Prepositions that may open a sentence before a name ("Alongside Senator Holm, …"). */
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'without', 'from', 'by', 'to', 'of', 'about', 'against', 'among', 'between', 'into', 'through', 'under', 'over', 'during', 'despite', 'following', 'alongside', 'unlike', 'like', 'beside', 'besides', 'towards', 'toward', 'behind', 'beyond', 'near', 'amid', 'amidst', 'around', 'across', 'along', 'throughout', 'within', 'upon', 'onto', 'opposite', 'outside', 'inside', 'except', 'including', 'regarding', 'concerning', 'joined', 'thanks']);

/**
 * A name at the start of a sentence or clause, after any capitalised title words, or after a
 * role in lower case with at most one word qualifying it ("Union leader Tom Jansen",
 * "The party spokesman Ali Reza", "Opposition leader X").
 */
function isSubjectPosition(text: string, start: number): boolean {
  let i = start - 1;
  const stop = Math.max(0, start - 80);
  // 0: no lower-case role read yet; 1: a role read; 2: the role's qualifier read too
  let role = 0;
  for (;;) {
    while (i >= stop && text.charCodeAt(i) === 32) i--;
    if (i < stop) return i < 0;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2013 || c === 0x2014 || c === 45 || c === 40 || c === 41) return true;
    // a closing quotation mark says what the mark before it says ("…so cold.” Berg scored")
    if (c === 0x201d || c === 34 || c === 0xbb || (c === 0x2019 && i > 0 && !/\p{L}/u.test(text[i - 1]))) {
      i--;
      continue;
    }
    let w = i;
    while (w >= stop && /[\p{L}.'’-]/u.test(text[w])) w--;
    const word = text.slice(w + 1, i + 1);
    if (word.length === 0) return false;
    if (/^\p{Lu}/u.test(word)) {
      // "Citing Abraham Lincoln, he said": the name is the object of an opening participle;
      // "Alongside Senator Peter Holm, he said": of a preposition. "When Holm arrived" is a clause.
      if (isParticiple(word)) return false;
      const lower = word.toLowerCase();
      if (SUBJECT_INTRODUCERS.has(lower)) return true;
      if (OPENING_PREPOSITIONS.has(lower)) return false;
      i = w;
      continue;
    }
    const lower = word.toLowerCase();
    if (role === 0 && (TITLE_SET.has(lower) || (isPersonOrSourceNoun(lower) && !FUNCTION_WORDS.has(lower) && verbNamed(lower) === null))) role = 1;
    else if (role === 1 && !FUNCTION_WORDS.has(lower) && !SUBJECT_INTRODUCERS.has(lower) && ((!lower.endsWith('ed') && !verbNamed(lower)) || ROLE_QUALIFIERS_ED.has(lower))) role = 2;
    else if (role !== 0 && (lower === 'the' || lower === 'a' || lower === 'an')) role = 2;
    else return SUBJECT_INTRODUCERS.has(lower);
    i = w;
  }
}

/** A capitalised -ing word that opens a phrase ("Citing", "Quoting", "Praising"), not a given name. */
function isParticiple(word: string): boolean {
  if (word.length < 6 || !word.endsWith('ing')) return false;
  const lower = word.toLowerCase();
  return !isAnyGivenName(lower);
}

/** Whether `a` becomes `b` in at most `max` insertions, deletions or substitutions. */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < best) best = cur[j];
    }
    if (best > max) return false;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] <= max;
}

/** How far into a quote `namedInQuote` looks for a name. */
const NAMED_IN_QUOTE_SPAN = 4000;

/** A letter, digit, apostrophe or hyphen: a character that may continue a name. */
function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 45 || (c >= 0xc0 && c <= 0x24f);
}

function later(a: Point | null, b: Point | null): Point | null {
  if (!a) return b;
  if (!b) return a;
  return b.start >= a.start ? b : a;
}

/** How far back a pronoun may look for the person it stands for. */
const COREF_WINDOW = 2500;
const COREF_MAX_STEPS = 40;

function latestFitting(points: readonly Point[], offset: number, gender: 'm' | 'f' | null, ctx?: Context): Point | null {
  let i = upperBoundBy(points, offset) - 1;
  for (let steps = 0; i >= 0 && steps < COREF_MAX_STEPS; i--, steps++) {
    const p = points[i];
    if (p.end > offset) continue;
    if (offset - p.start > COREF_WINDOW) return null;
    if ((gender === null || p.gender === null || p.gender === gender) && !(ctx && ctx.namedInQuote(p))) return p;
  }
  return null;
}

function upperBoundBy(points: readonly Point[], value: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid].start < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(points: Point[], p: Point): void {
  if (points.length === 0 || points[points.length - 1].start <= p.start) {
    points.push(p);
    return;
  }
  const i = upperBoundBy(points, p.start + 1);
  points.splice(i, 0, p);
}

// ---- resolving a phrase to a speaker ---------------------------------------------------------

interface Resolved {
  speaker: Speaker | null;
  /** The phrase named a news channel, not a speaker. */
  channel: Channel | null;
  /** How the speaker was found when that is not the cue's position: pronoun or title. */
  via: 'pronoun' | 'title' | null;
  confidence: number;
}

function mentionOf(text: string, words: readonly Token[]): Mention {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  return { start, end, text: text.slice(start, end) };
}

function resolvePhrase(ctx: Context, phraseIn: Phrase, role: string | null, cueWord: string): Resolved | null {
  const text = ctx.text;
  let phrase = phraseIn;
  switch (phrase.type) {
    case 'pronoun': {
      const mention = mentionOf(text, [phrase.tok]);
      let target: Point | null = null;
      if (phrase.gender === 'org') {
        target = ctx.orgBefore(mention.start);
        // "The department defended the purchase. In a statement, it said …": a described
        // organisation named after the latest named one.
        const described = ctx.orgDescribedBefore(mention.start, target ? target.end : 0);
        if (described) target = described;
      }
      else if (phrase.gender === 'any') {
        // "… as the two leaders signed deals and pledged to stand against what they called
        // “hegemony”": a plural subject of the pronoun's own sentence, as written
        const group = ctx.pluralSubjectBefore(mention.start);
        if (group) return { speaker: { name: asWritten(group.text), kind: 'unnamed', entityId: null, role, mention }, channel: null, via: 'pronoun', confidence: 0.6 };
        target = ctx.lastSpeaker(mention.start) ?? ctx.personBefore(mention.start, null);
      }
      else {
        // The speaker of an earlier quote in the same paragraph keeps the turn; otherwise the
        // latest person mentioned ("Zelensky reiterated … “…,” he said").
        const gender = phrase.gender === 'male' ? 'm' : 'f';
        target = ctx.personOfPassage(mention.start, gender);
        const unnamed = mention.start > ctx.quoteStart ? ctx.unnamedSubjectBeforeQuote(gender) : null;
        if (unnamed?.org && (!target || target.end <= unnamed.sentenceStart)) {
          return { speaker: { name: unnamed.org.name, kind: 'organization', entityId: unnamed.org.entityId, role, mention }, channel: null, via: 'pronoun', confidence: 0.7 };
        }
        if (unnamed && (!target || target.end <= unnamed.sentenceStart)) {
          return {
            speaker: { name: asWritten(unnamed.mention.text), kind: 'unnamed', entityId: null, role, mention },
            channel: null,
            via: 'pronoun',
            confidence: 0.7,
          };
        }
      }
      if (!target) return null;
      const fuller = target.kind === 'person' && !target.name.includes(' ') ? ctx.fullerPerson(target.name, mention.start) : null;
      return {
        speaker: { name: fuller?.name ?? target.name, kind: target.kind, entityId: fuller?.id ?? target.entityId, role, mention },
        channel: null,
        via: 'pronoun',
        confidence: target.gender !== null ? 0.85 : 0.75,
      };
    }
    case 'name': {
      // "Refugee Council Enver Solomon": where a person's mention starts inside the run, the
      // words before it are a role.
      // A name split off a role by the phrase's caller keeps its written form.
      let split = phrase.written === true;
      if (phrase.name.length > 1 && !split) {
        const firstEntity = ctx.entityAt(phrase.name[0].start);
        for (let k = 1; k < phrase.name.length; k++) {
          const e = ctx.entityAt(phrase.name[k].start);
          const personStarts = e && e.type === 'PERSON' && e !== firstEntity && e !== ctx.entityAt(phrase.name[k - 1].start);
          // "… Council Enver Solomon": an organisation's last word, then a given name.
          const rest = phrase.name.length - k;
          const givenAfterOrg =
            ORG_SUFFIX_SET.has(phrase.name[k - 1].text) &&
            (isAnyGivenName(phrase.name[k].lower) || rest <= 3) &&
            rest >= 2 &&
            !ORG_SUFFIX_SET.has(phrase.name[phrase.name.length - 1].text);
          if (personStarts || givenAfterOrg) {
            phrase = { type: 'name', name: phrase.name.slice(k), prefix: [...phrase.prefix, ...phrase.name.slice(0, k)] };
            split = givenAfterOrg && !personStarts;
            break;
          }
        }
      }
      // "… Agency Administrator Carla Munro": title words after the split are the role's too.
      if (phrase.prefix.length > 0 && phrase.name.length > 2 && NAME_PREFIX_SET.has(phrase.name[0].lower)) {
        let k = 0;
        while (k < phrase.name.length - 2 && NAME_PREFIX_SET.has(phrase.name[k].lower)) k++;
        phrase = { type: 'name', name: phrase.name.slice(k), prefix: [...phrase.prefix, ...phrase.name.slice(0, k)], written: phrase.written };
        if (ctx.entityAt(phrase.name[0].start)?.type === 'PERSON') split = false;
      }
      const mention = mentionOf(text, phrase.name);
      const surface = mention.text.replace(/['’]s$/, '');
      const channel = knownChannel(surface);
      if (channel) return { speaker: null, channel: { name: channel.name, mention, cue: cueWord }, via: null, confidence: 0 };
      let covering = ctx.entityAt(mention.start);
      if (split && covering && covering.type !== 'PERSON') covering = null;
      const writtenName = split;
      if (covering?.type === 'DATE') return null;
      const entity = covering ?? (split ? null : ctx.entityNamed(surface));
      const lastWord = phrase.name[phrase.name.length - 1].text;
      let kind: SpeakerKind = 'person';
      // A person's title before the name ("Senior researcher Mu Li") outweighs an ORG guess.
      const titled = phrase.prefix.some((w) => TITLE_SET.has(w.lower) || NAME_PREFIX_SET.has(w.lower)) && !ORG_SUFFIX_SET.has(lastWord);
      if ((entity?.type === 'ORG' && !titled) || entity?.type === 'PLACE') kind = 'organization';
      else if (!entity && (ORG_SUFFIX_SET.has(lastWord) || ORG_NAME_SET.has(surface) || /^[A-Z]{2,6}$/.test(surface))) kind = 'organization';
      if (kind === 'organization' && OUTLET_SUFFIXES.has(lastWord)) {
        // "The Straits Times noted": a newspaper is a channel, not a speaker.
        return { speaker: null, channel: { name: surface, mention, cue: cueWord }, via: null, confidence: 0 };
      }
      let name = surface;
      let entityId: string | null = entity?.id ?? null;
      if (entity && entity.type !== 'DATE') {
        // The entity's name is the fullest form; keep the written one when it is fuller.
        name = !writtenName && (entity.name.length >= surface.length || !surface.includes(entity.name) || onlyTitlesBefore(surface, entity.name)) ? entity.name : surface;
      } else if (kind === 'person' && phrase.name.length === 1) {
        const earlier = ctx.speakerNamed(surface, mention.start);
        if (earlier) {
          name = earlier.name;
          entityId = earlier.entityId;
        }
      }
      if (kind === 'person' && !name.includes(' ')) {
        const fuller = ctx.fullerPerson(name, mention.start);
        if (fuller) {
          name = fuller.name;
          entityId = fuller.id;
        }
      }
      const prefixRole = phrase.prefix.length > 0 ? text.slice(phrase.prefix[0].start, phrase.prefix[phrase.prefix.length - 1].end) : null;
      return {
        speaker: { name, kind, entityId, role: role ?? prefixRole, mention },
        channel: null,
        via: null,
        confidence: 0.95,
      };
    }
    case 'desc': {
      const mention = mentionOf(text, phrase.words);
      if (phrase.source) return { speaker: { name: asWritten(mention.text), kind: 'unnamed', entityId: null, role, mention }, channel: null, via: null, confidence: 0.75 };
      const lowerWords = phrase.words.map((w) => w.lower);
      const head2 = lowerWords.slice(-2).join(' ');
      const head = TITLE_SET.has(head2) ? head2 : lowerWords[lowerWords.length - 1];
      // ("the South Korean leader": a nationality of two words first)
      let nat: string | null = null;
      for (let k = 0; k + 1 < lowerWords.length && nat === null; k++) nat = nationalityOf(`${lowerWords[k]} ${lowerWords[k + 1]}`) ?? null;
      nat ??= lowerWords.map((w) => nationalityOf(w)).find((n) => n !== undefined) ?? null;
      // "Beijing's statement", "the Kremlin's spokesman": the owner speaks.
      const owner = phrase.words.findIndex((w) => /['’]s$/.test(w.text));
      // A lower-case owner is no name: "the mayor's office" is the office itself.
      if (owner >= 0 && owner < phrase.words.length - 1 && phrase.words[owner].cap && (ORG_NOUN_SET.has(head) || DOCUMENT_NOUNS.has(head))) {
        const ownerWords = phrase.words.slice(phrase.det === 'the' ? 1 : 0, owner + 1);
        const ownerMention = mentionOf(text, ownerWords);
        const ownerName = ownerMention.text.replace(/['’]s$/, '');
        const entity = ctx.entityAt(ownerMention.start);
        // "Russia's defence ministry said": the body itself speaks, as written; a document
        // ("Beijing's statement") speaks for its owner
        if (ORG_NOUN_SET.has(head) && !DOCUMENT_NOUNS.has(head) && entity?.type === 'PLACE' && phrase.words.slice(owner + 1).every((w) => !w.cap)) {
          return { speaker: { name: asWritten(mention.text), kind: 'organization', entityId: null, role, mention }, channel: null, via: null, confidence: 0.8 };
        }
        return {
          speaker: { name: entity?.name ?? ownerName, kind: 'organization', entityId: entity?.id ?? null, role, mention },
          channel: null,
          via: null,
          confidence: 0.8,
        };
      }
      // "the nationalist MHP party said": a body named inside its description speaks as itself
      if (ORG_NOUN_SET.has(head) && owner < 0) {
        for (const w of phrase.words) {
          const named = w.cap && w !== phrase.words[0] ? ctx.entityAt(w.start) : null;
          if (named?.type === 'ORG') return { speaker: { name: named.name, kind: 'organization', entityId: named.id, role: role ?? asWritten(mention.text), mention }, channel: null, via: null, confidence: 0.8 };
        }
      }
      // "Ethan's father, Mark Brooks, thanked … “…,” his father said": the relative named so
      // a little before
      if ((phrase.det === 'his' || phrase.det === 'her' || phrase.det === 'their') && lowerWords.length === 2 && KIN.has(head)) {
        const named = ctx.kinNamedBefore(head, mention.start);
        if (named) return { speaker: { name: named.name, kind: 'person', entityId: named.id, role: role ?? asWritten(mention.text), mention }, channel: null, via: 'title', confidence: 0.7 };
      }
      // "In a statement, the airline said …. “…,” the statement added": the author of the
      // statement just reported, the latest speaker of this paragraph or the one before.
      if (phrase.det === 'the' && lowerWords.length === 2 && STATEMENT_NOUNS.has(head)) {
        const last = ctx.lastSpeaker(mention.start);
        // "Their leader, in a statement posted online, said … “…,” the statement said": an
        // unnamed author whose sentence names the statement after the last speaker spoke
        const unnamed = ctx.unnamedStatementAuthor();
        if (unnamed && (!last || last.end <= unnamed.start)) {
          return { speaker: { name: unnamed.name, kind: 'unnamed', entityId: null, role, mention }, channel: null, via: 'title', confidence: 0.65 };
        }
        const author = last && mention.start - last.end < 600 && ctx.statementBy(last, mention.start) ? last : ctx.statementAuthorBeforeQuote();
        if (author) {
          return { speaker: { name: author.name, kind: author.kind, entityId: author.entityId, role, mention }, channel: null, via: 'title', confidence: 0.7 };
        }
      }
      if (phrase.det === 'the' || phrase.det === '' || phrase.det === 'this') {
        // "The Home Office letter reads": the organisation that wrote it speaks.
        const middle = phrase.words.slice(1, -1);
        if (DOCUMENT_NOUNS.has(head) && middle.length > 0 && middle.every((w) => w.cap)) {
          const owner = mentionOf(text, middle);
          const entity = ctx.entityAt(owner.start);
          return {
            speaker: { name: entity?.name ?? owner.text.replace(/['’]s$/, ''), kind: 'organization', entityId: entity?.id ?? null, role, mention },
            channel: null,
            via: null,
            confidence: 0.75,
          };
        }
        // "the city said": the latest place named before stands for its authorities.
        if (PLACE_NOUNS.has(head) && lowerWords.length === 2) {
          // A municipal body named more recently ("the Municipality of Livorno") wins over a place.
          const org = ctx.orgBefore(mention.start);
          const placeOnly = ctx.placeBefore(mention.start);
          const civic = org && /\b(?:municipality|city|town|council|county|government|province|state|region|village)\b/i.test(org.name) ? org : null;
          const place = later(placeOnly, civic);
          if (place) return { speaker: { name: place.name, kind: 'organization', entityId: place.entityId, role, mention }, channel: null, via: 'title', confidence: 0.6 };
        }
        if (TITLE_SET.has(head) || LEADERS.has(head)) {
          const rec = ctx.personTitled(head, nat, mention.start);
          if (rec) {
            return {
              speaker: { name: rec.name, kind: 'person', entityId: rec.entityId, role: role ?? mention.text, mention },
              channel: null,
              via: 'title',
              confidence: 0.8,
            };
          }
        }
        // "…,” the Spaniard said", "the 24-year-old added": the person of the passage, as a
        // pronoun would find them (the paragraph's speaker, else the latest subject).
        // Also "the 37-year-old Norwegian", "the young striker": an age or a qualifier first.
        const qualified = lowerWords.length === 3 && (isEpithet(lowerWords[1]) || EPITHET_QUALIFIERS.has(lowerWords[1]));
        if (phrase.det === 'the' && (lowerWords.length === 2 || qualified) && isEpithet(head)) {
          const target = ctx.personOfPassage(mention.start, PERSON_EPITHETS[head] ?? null);
          if (target) {
            return { speaker: { name: target.name, kind: 'person', entityId: target.entityId, role: role ?? mention.text, mention }, channel: null, via: 'title', confidence: 0.65 };
          }
        }
        // "Nvidia … opposed the bill. “…,” the company said": a word for a business stands
        // for the organisation just named, if that is no public body.
        if (phrase.det === 'the' && lowerWords.length === 2 && BUSINESS_NOUNS.has(head)) {
          const org = ctx.orgBefore(mention.start);
          if (org && org.start >= ctx.prevParaStart && !PUBLIC_BODY.test(org.name)) {
            return { speaker: { name: org.name, kind: 'organization', entityId: org.entityId, role, mention }, channel: null, via: 'title', confidence: 0.7 };
          }
        }
        if (ORG_NOUN_SET.has(head) || ORG_NOUN_SET.has(head2)) {
          const org = ctx.orgBefore(mention.start);
          if (org && org.name.toLowerCase().includes(head)) {
            return { speaker: { name: org.name, kind: 'organization', entityId: org.entityId, role, mention }, channel: null, via: 'title', confidence: 0.75 };
          }
          // "Ukraine's presidential office said … “…,” the office said": the body described
          // with its owner in this paragraph or the one before
          const owned = phrase.det === 'the' && lowerWords.length === 2 ? ctx.ownedBodyBefore(head, mention.start) : null;
          if (owned) return { speaker: { name: owned, kind: 'organization', entityId: null, role, mention }, channel: null, via: 'title', confidence: 0.7 };
          return { speaker: { name: asWritten(mention.text), kind: 'organization', entityId: null, role, mention }, channel: null, via: null, confidence: 0.8 };
        }
      }
      // "a ministry statement said", "a police statement": the body named before speaks.
      if (DOCUMENT_NOUNS.has(head) && lowerWords.length >= 2 && ORG_NOUN_SET.has(lowerWords[lowerWords.length - 2])) {
        const noun = lowerWords[lowerWords.length - 2];
        const org = ctx.orgBefore(mention.start);
        if (org && org.name.toLowerCase().includes(noun)) {
          return { speaker: { name: org.name, kind: 'organization', entityId: org.entityId, role, mention }, channel: null, via: 'title', confidence: 0.7 };
        }
        const described = ctx.orgDescribedBefore(mention.start, 0);
        if (described && described.name.toLowerCase().includes(noun)) {
          return { speaker: { name: described.name, kind: 'organization', entityId: null, role, mention }, channel: null, via: 'title', confidence: 0.7 };
        }
      }
      if (!isPersonOrSourceNoun(head)) return null;
      // "The poster wrote" after "One poster admitted": the same unnamed source.
      if (phrase.det === 'the' && !ORG_NOUN_SET.has(head)) {
        const earlier = ctx.unnamedSpeaker(head, mention.start);
        if (earlier) return { speaker: { name: earlier.name, kind: 'unnamed', entityId: null, role, mention }, channel: null, via: 'title', confidence: 0.75 };
        // "The U.N. secretary-general's spokesman said … “…,” the spokesman said": the same
        // person, described more fully earlier in the paragraph
        const fuller = lowerWords.length === 2 ? ctx.describedBefore(head, mention.start) : null;
        if (fuller) return { speaker: { name: asWritten(fuller), kind: 'unnamed', entityId: null, role, mention }, channel: null, via: 'title', confidence: 0.7 };
      }
      return { speaker: { name: asWritten(mention.text), kind: 'unnamed', entityId: null, role, mention }, channel: null, via: null, confidence: 0.85 };
    }
    case 'bare': {
      const mention = mentionOf(text, phrase.words);
      const head = phrase.words[phrase.words.length - 1].lower;
      const kind: SpeakerKind = head === 'police' || head === 'authorities' ? 'organization' : 'unnamed';
      return { speaker: { name: asWritten(mention.text), kind, entityId: null, role, mention }, channel: null, via: null, confidence: 0.8 };
    }
  }
}

/** "the department", "the foreign ministry": "the", at most one modifier, a lower-case noun. */
const ORG_DESCRIPTION = /\b[Tt]he ((?:[A-Z][a-z]+ )?(?:[a-z]+ )?)([a-z]+)\b(?!['’])/g;
const OWNED_ORG_DESCRIPTION = /\b([A-Z][a-z]+)['’]s ([a-z]+)\b(?!['’])/g;

const OUTLET_SUFFIXES = new Set(['Times', 'Post', 'News', 'Daily', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Guardian', 'Observer', 'Chronicle', 'Independent', 'Express', 'Mirror', 'Star', 'Sun', 'Mail', 'Standard', 'Inquirer', 'Bulletin', 'Courier', 'Dispatch', 'Examiner', 'Monitor', 'Reporter', 'Review', 'Weekly', 'Magazine', 'Radio', 'TV', 'Television', 'Broadcasting']);

const SEEN_BY = new Set(['seen', 'obtained', 'published', 'released', 'leaked', 'shared', 'reviewed', 'quoted', 'cited', 'reported']);

/** Words that qualify an epithet for a person ("the young striker", "the veteran Frenchman"). */
const EPITHET_QUALIFIERS = new Set(['young', 'old', 'veteran', 'former', 'experienced', 'teenage', 'retired', 'injured', 'talented', 'new', 'in-form', 'home', 'visiting']);

/** Words for a business or a body of members that "the …" uses for an organisation just named. */
const BUSINESS_NOUNS = new Set(['company', 'firm', 'group', 'label', 'studio', 'club', 'team', 'union', 'airline', 'carrier', 'operator', 'manufacturer', 'maker', 'automaker', 'carmaker', 'chipmaker', 'retailer', 'insurer', 'lender', 'utility', 'network', 'broadcaster', 'publisher', 'startup', 'conglomerate', 'giant', 'organisation', 'organization', 'charity']);

/** An organisation's name that makes it a public body, which "the company" does not stand for. */
const PUBLIC_BODY = /\b(?:Ministry|Department|Government|Council|Court|Police|Senate|Parliament|Congress|Assembly|Commission|Agency|Office|Army|Navy|Kremlin|Pentagon|House|Administration|Authority|Embassy|Cabinet|Presidency|Service|Bureau|Municipality)\b/;

const PLACE_NOUNS = new Set(['city', 'town', 'village', 'municipality', 'county', 'province', 'region', 'state', 'country']);

/** Documents that "say" or "read": a letter, a statement, a report. */
const STATEMENT_WORD = /\b(?:statement|letter|post|tweet|release|message|email|memo|note|communiqu[eé])\b/i;
const STATEMENT_WORDS = new RegExp(STATEMENT_WORD.source, 'gi');

/** What someone issues and then "adds" or "says" in their stead. */
const STATEMENT_NOUNS = new Set(['statement', 'letter', 'post', 'tweet', 'release', 'message', 'email', 'memo', 'note', 'communique', 'communiqué', 'declaration']);

const DOCUMENT_NOUNS = new Set(['letter', 'statement', 'report', 'document', 'memo', 'sign', 'notice', 'message', 'release', 'post', 'tweet', 'website', 'study', 'survey', 'filing', 'complaint', 'lawsuit', 'ruling', 'verdict', 'order', 'decree', 'resolution', 'communique', 'communiqué', 'declaration', 'readout', 'transcript', 'email', 'note', 'banner', 'placard', 'headline', 'caption', 'petition', 'analysis', 'review', 'editorial', 'investigation', 'assessment']);

/**
 * An unnamed source as written, without the capital a sentence start gave its first word:
 * "A Ukrainian military spokesman said" -> "a Ukrainian military spokesman".
 */
function asWritten(description: string): string {
  return description.replace(/^(A|An|The|One|Another|Some|Several|Two|Three|Many|Other|Senior|Local)(?= )/, (w) => w.toLowerCase());
}

function isPersonOrSourceNoun(head: string): boolean {
  return TITLE_SET.has(head) || UNNAMED.has(head) || ORG_NOUN_SET.has(head) || DOCUMENT_NOUNS.has(head) || /(?:man|woman|person|er|or|ist|ian|ant|ent)s?$/.test(head);
}

// ---- cues ---------------------------------------------------------------------------------------

interface Found {
  speaker: Speaker | null;
  cue: Mention | null;
  stance: Stance | null;
  via: Channel | null;
  rule: AttributionRule;
  confidence: number;
}

/** Longest stretch read at a time when looking back for the start of a quote's sentence. */
const SENTENCE_STRETCH = 96;

/** Index of the last sentence end among `tokens[0…below)`, or -1. */
function lastSentenceEnd(tokens: readonly Token[], below: number): number {
  for (let k = below - 1; k >= 0; k--) if (isSentenceEnd(tokens, k)) return k;
  return -1;
}

/**
 * The tokens after the last sentence end among `tokens[0…checkBelow)` (those from
 * `checkBelow` on are known to hold none), or null when there is none.
 */
function afterLastSentenceEnd(tokens: Token[], checkBelow: number): Token[] | null {
  const k = lastSentenceEnd(tokens, checkBelow);
  return k < 0 ? null : tokens.slice(k + 1);
}

function isSentenceEnd(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.word || !(t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…')) return false;
  const next = tokens[i + 1];
  return next === undefined || next.cap || !next.word;
}

function verbAt(t: Token | undefined): SpeechVerb | null {
  if (!t || !t.word || t.cap) return null;
  return verbNamed(t.lower);
}

/** Skips auxiliaries and adverbs ("has also publicly") from `i` forward; returns the new index. */
function firstTokens(tokens: Token[], max: number): Token[] {
  return tokens.length <= max ? tokens : tokens.slice(0, max);
}

function isAdverb(t: Token): boolean {
  return t.word && !t.cap && t.lower.length > 3 && t.lower.endsWith('ly');
}

/** Words that may follow a reporting verb at the end of its clause ("Putin said on Friday."). */
const AFTER_VERB = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'yesterday', 'today', 'tonight', 'last', 'this', 'late', 'earlier', 'later', 'when', 'while', 'as', 'via', 'through', 'from', 'to', 'told', 'with', 'recently', 'again', 'afterwards', 'then', 'of', 'about', 'by', 'for', 'told', 'adding', 'noting', 'saying', 'according', 'speaking', 'writing', 'responding', 'referring']);

function skipAux(tokens: readonly Token[], i: number): number {
  let n = 0;
  while (i < tokens.length && n < 3 && tokens[i].word && (AUX.has(tokens[i].lower) || REFLEXIVES.has(tokens[i].lower) || (tokens[i].lower.endsWith('ly') && tokens[i].lower.length > 3 && !tokens[i].cap))) {
    i++;
    n++;
  }
  return i;
}

/** Words that may stand between a subject and its verb: "Brenner himself wrote". */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);

function skipAuxBack(tokens: readonly Token[], i: number): number {
  let n = 0;
  while (i >= 0 && n < 4 && tokens[i].word) {
    const t = tokens[i];
    if (AUX.has(t.lower) || REFLEXIVES.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 3 && !t.cap) || TIME_ADVERBS.has(t.lower)) {
      i--;
      n++;
      continue;
    }
    // "Ukraine on Monday said", "The company last week said": a time between subject and verb
    if (i >= 1 && TIME_WORDS.has(t.lower) && TIME_OPENERS.has(tokens[i - 1].lower)) {
      i -= 2;
      n++;
      continue;
    }
    break;
  }
  return i;
}

/** Adverbs of time that stand between a subject and its verb ("Kyiv yesterday said", "he also said"). */
const TIME_ADVERBS = new Set(['yesterday', 'today', 'tonight', 'also', 'again', 'earlier', 'later', 'previously', 'meanwhile', 'then', 'now', 'still', 'already', 'once', 'recently', 'subsequently']);
/** Days, months and parts of the calendar after "on", "last", "this" ("on Monday", "last week"). */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'weekend', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const TIME_OPENERS = new Set(['on', 'last', 'this', 'late', 'early', 'in', 'next', 'that']);

function textOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

/** Words forward from `i` that can name a speaker after a verb ("said Alexander Gabuev, a …"). */
function phraseForward(tokens: readonly Token[], i: number): number {
  let j = i;
  if (j >= tokens.length || !tokens[j].word) return i;
  if (pronounOf(tokens[j].lower)) return j + 1;
  if (tokens[j].cap && !DETERMINERS.has(tokens[j].lower)) {
    j = capitalRunEnd(tokens, j, i, 6);
    // "said AU Commission chairperson Moussa Kone": a body, its role in lower case, the holder
    const r = roleWordsEnd(tokens, j, tokens.length);
    if (r > 0 && TITLE_SET.has(tokens[r - 1].lower)) return capitalRunEnd(tokens, r + 1, i, 10);
    return j;
  }
  // A word after a determiner is a noun even where it spells a verb too ("said the post").
  while (j < tokens.length && j - i < 7 && tokens[j].word && !(j > i && CLAUSE_BOUNDARY.has(tokens[j].lower)) && (verbNamed(tokens[j].lower) === null || (j > i && DETERMINERS.has(tokens[j - 1].lower)))) j++;
  // "said head of carnivores Rachel Dunn": a title, "of" and its field, then the holder
  if (j < tokens.length && j > i && (tokens[j].lower === 'of' || tokens[j].lower === 'for') && TITLE_SET.has(tokens[j - 1].lower)) {
    const r = roleWordsEnd(tokens, j + 1, tokens.length);
    if (r > 0) return capitalRunEnd(tokens, r, i, 10);
  }
  return j;
}

/** Where the run of capitalised words (particles inside) from `j` ends, at most `max` tokens after `i`. */
function capitalRunEnd(tokens: readonly Token[], j: number, i: number, max: number): number {
  while (j < tokens.length && j - i < max && tokens[j].word && (tokens[j].cap || (PARTICLES.has(tokens[j].lower) && tokens[j + 1]?.cap))) j++;
  return j;
}

/** A role after a comma: everything up to the next comma or sentence end (at most 25 tokens). */
function roleForward(tokens: readonly Token[], i: number): { role: [number, number]; next: number } | null {
  let j = i;
  while (j < tokens.length && j - i < 25 && tokens[j].text !== ',' && tokens[j].text !== ';' && !isSentenceEnd(tokens, j) && !isQuoteMark(tokens[j])) j++;
  if (j === i) return null;
  return { role: [i, j], next: j };
}

function isQuoteMark(t: Token): boolean {
  return !t.word && /["“”„«»]/.test(t.text);
}

/**
 * After the quote: "…," Putin said / said Putin / Gabuev, a senior fellow at X, said /
 * he told Y / according to X.
 */
function cueAfter(ctx: Context, q: QuoteSpan, windowEnd: number): Found | null {
  const text = ctx.text;
  const tokens = firstTokens(ctx.tokens(q.end, windowEnd), AFTER_TOKENS);
  let i = 0;
  let skipped = 0;
  while (i < tokens.length && !tokens[i].word && skipped < 2 && /[,.!?;:—–\-…]/.test(tokens[i].text)) {
    i++;
    skipped++;
  }
  if (i >= tokens.length) return null;
  // "“…” — Ana Reyes": a byline after a spaced dash, with at most a role after it.
  if (i === 1 && tokens[0].start > q.end && (tokens[0].text === '-' || tokens[0].text === '—' || tokens[0].text === '–' || tokens[0].text === '--') && tokens[1].cap) {
    const byline = dashByline(ctx, tokens, 1);
    if (byline) return byline;
  }
  // A quote that ends its sentence ("…." Next sentence) takes a cue after it only in the
  // plain form "X said." — not "according to", and not a verb that goes on to a clause.
  let endsSentence = endsWithSentenceMark(q.text);
  for (let k = 0; k < i && !endsSentence; k++) endsSentence = tokens[k].text === '.' || tokens[k].text === '!' || tokens[k].text === '?';
  const newSentence = endsSentence && tokens[i].cap;
  const acc = newSentence ? i : matchAccordingTo(tokens, i);
  if (acc > i) return accordingTo(ctx, tokens, i, acc);
  // said X
  const v0 = newSentence ? null : verbAt(tokens[i]);
  if (v0 && !LABEL_VERBS.has(v0.lemma) && !tokens[i].lower.endsWith('ing')) {
    let end = phraseForward(tokens, i + 1);
    let phrase = classifyPhrase(tokens.slice(i + 1, end));
    // "read a statement from Senator Mark Delaney": the author of the document speaks.
    if (phrase?.type === 'desc' && DOCUMENT_NOUNS.has(phrase.words[phrase.words.length - 1].lower) && (tokens[end]?.lower === 'from' || tokens[end]?.lower === 'by' || tokens[end]?.lower === 'of')) {
      const authorEnd = phraseForward(tokens, end + 1);
      const author = classifyPhrase(tokens.slice(end + 1, authorEnd));
      // Only a named author or an organisation: "a post by an unknown author" stays the post.
      const orgAuthor = (author?.type === 'desc' || author?.type === 'bare') && ORG_NOUN_SET.has(author.words[author.words.length - 1].lower);
      if (author && (author.type === 'name' || orgAuthor)) {
        phrase = author;
        end = authorEnd;
      }
    }
    // "said Greenpeace Africa's director, Fred Njoroge": a role, then the name in apposition.
    let roleEnd = end;
    if (phrase?.type === 'name' && end > i + 1 && /['’]s$/.test(tokens[end - 1].text)) {
      while (roleEnd < tokens.length && roleEnd - end < 3 && tokens[roleEnd].word && !tokens[roleEnd].cap && !CLAUSE_BOUNDARY.has(tokens[roleEnd].lower)) roleEnd++;
      if (roleEnd === end) roleEnd = -1;
    }
    if (phrase && (phrase.type === 'desc' || roleEnd > end) && tokens[roleEnd]?.text === ',') {
      const end0 = end;
      end = roleEnd;
      let a = end + 1;
      while (a < tokens.length && a - (end + 1) < 5 && tokens[a].word && (tokens[a].cap || PARTICLES.has(tokens[a].lower))) a++;
      const after = tokens[a];
      const named = a > end + 1 && (!after || !after.word) ? classifyPhrase(tokens.slice(end + 1, a)) : null;
      if (named?.type === 'name') {
        const raw = resolvePhrase(ctx, named, textOf(text, tokens, i + 1, end), tokens[i].text);
        const res = raw ? agencySpeaks(ctx, raw, v0) : null;
        if (res?.speaker?.kind === 'person') return withChannel(ctx, tokens, a, { ...found(res, tokens[i], v0, 'appositive'), confidence: Math.min(res.confidence, 0.9) });
      }
      end = end0;
    }
    if (phrase) {
      let role: string | null = null;
      if (tokens[end]?.text === ',' && tokens[end + 1]?.word && DETERMINERS.has(tokens[end + 1].lower)) {
        const r = roleForward(tokens, end + 1);
        if (r) role = textOf(text, tokens, r.role[0], r.role[1]);
      }
      const raw = resolvePhrase(ctx, phrase, role, tokens[i].text);
      const res = raw ? agencySpeaks(ctx, raw, v0) : null;
      if (res?.speaker) {
        const rule: AttributionRule = res.via ?? (role ? 'appositive' : 'verb-speaker');
        const f = withChannel(ctx, tokens, end, { ...found(res, tokens[i], v0, rule), confidence: res.confidence });
        return res.channel && !f.via ? { ...f, via: res.channel } : f;
      }
      if (res?.channel) {
        return { speaker: null, cue: mentionOf(text, [tokens[i]]), stance: v0.stance, via: res.channel, rule: 'verb-speaker', confidence: 0 };
      }
    }
    // A headline's "“…,” says union leader": a role with no article; the person the article
    // introduces with that role ("Union leader Tom Jansen …") speaks, else the role as written.
    const roleWords = tokens.slice(i + 1, end);
    if (!phrase && roleWords.length > 0 && roleWords.length <= 3 && roleWords.every((t) => t.word && !t.cap)) {
      const head = roleWords[roleWords.length - 1].lower;
      if (TITLE_SET.has(head) || UNNAMED.has(head)) {
        const mention = mentionOf(text, roleWords);
        const p = ctx.personIntroducedAs(mention.text.toLowerCase(), q.end);
        if (p) return { speaker: { name: p.name, kind: 'person', entityId: p.entityId, role: mention.text, mention }, cue: mentionOf(text, [tokens[i]]), stance: v0.stance, via: null, rule: 'title', confidence: 0.7 };
        return { speaker: { name: mention.text, kind: 'unnamed', entityId: null, role: null, mention }, cue: mentionOf(text, [tokens[i]]), stance: v0.stance, via: null, rule: 'verb-speaker', confidence: 0.7 };
      }
    }
    return null;
  }
  // "… waging a “war on motorists” after ministers announced …": a clause that goes on from
  // the quote's sentence is no cue
  if (i === 0 && tokens[0].start - q.end <= 1 && SUBORDINATORS.has(tokens[0].lower)) return null;
  // X said / X, ROLE, said ("the label said": a verb's form after an article is a noun)
  let j = i;
  while (j < tokens.length && j - i < 9 && tokens[j].word && (!verbAt(tokens[j]) || nounAfterArticle(tokens, j, i)) && !(j > i && (AUX.has(tokens[j].lower) || REFLEXIVES.has(tokens[j].lower) || isAdverb(tokens[j])))) j++;
  const phraseEnd = j;
  let role: string | null = null;
  let roleSpan: [number, number] | null = null;
  if (tokens[j]?.text === ',') {
    const r = roleForward(tokens, j + 1);
    if (!r || tokens[r.next]?.text !== ',') return null;
    role = textOf(text, tokens, r.role[0], r.role[1]);
    roleSpan = r.role;
    j = r.next + 1;
  }
  const beforeAux = j;
  j = skipAux(tokens, j);
  const verb = verbAt(tokens[j]);
  if (!verb || tokens[j].lower.endsWith('ing') || LABEL_VERBS.has(verb.lemma)) return null;
  // "Parents were urged to check …": the passive's subject is spoken to, not speaking
  // ("X was quoted as saying" speaks)
  if (j > beforeAux && PASSIVE_AUX.has(tokens[j - 1].lower) && /ed$/.test(tokens[j].lower) && verb.lemma !== 'quote') return null;
  if (newSentence || q.unclosed) {
    let after = tokens[j + 1];
    if (after && (after.text === ',' || after.text === ':')) after = tokens[j + 2] ?? after;
    // The verb opens the next quote ("… said, “…"), not this one's cue.
    if (after && isQuoteMark(after)) return null;
    let k = tokens[j].end;
    while (k < text.length && k - tokens[j].end < 4 && /[\s,:]/.test(text[k])) k++;
    if (/["“”„«»]/.test(text[k] ?? '')) return null;
    if (after && after.word && !AFTER_VERB.has(after.lower) && !(after.cap && verb.lemma === 'tell') && !(verb.lemma === 'tell' && shortObjectEndsSentence(tokens, j + 1))) return null;
    // "…necessary.” Its president, X, told France Info radio that it was “far from enough”:
    // a new sentence that runs on into the next quote introduces that one.
    if (newSentence && windowEnd < text.length && /["“”„«»]/.test(text[windowEnd]) && !tokens.slice(j + 1).some((t, k) => isSentenceEnd(tokens, j + 1 + k))) return null;
  }
  let phrase = classifyPhrase(tokens.slice(i, phraseEnd));
  // "“Take all the time you need,” one wrote": one of the people just spoken of
  if (!phrase && phraseEnd === i + 1 && (tokens[i].lower === 'one' || tokens[i].lower === 'another')) phrase = { type: 'bare', words: [tokens[i]] };
  if (!phrase) return null;
  // "its director, Ioana Dumitru, said", "his wife, Ana Reyes, said": the description comes
  // first and the name stands in apposition; the name speaks, the description is its role.
  if ((phrase.type === 'desc' || phrase.type === 'bare') && roleSpan) {
    const named = classifyPhrase(tokens.slice(roleSpan[0], roleSpan[1]));
    if (named?.type === 'name' && named.prefix.length === 0 && tokens[roleSpan[0]].cap) {
      role = textOf(text, tokens, i, phraseEnd);
      phrase = named;
    }
  }
  // "“…,” the state news agency BelTA quoted him as saying": the one quoted speaks, through it
  if (verb.lemma === 'quote') {
    let as = j + 1;
    while (as < tokens.length && as - j < 6 && tokens[as].word && tokens[as].lower !== 'as') as++;
    if (as > j + 1 && tokens[as]?.lower === 'as' && tokens[as + 1]?.lower.endsWith('ing')) {
      const object = OBJECT_PRONOUNS[tokens[j + 1].lower];
      const quoted: Phrase | null = as === j + 2 && object ? { type: 'pronoun', tok: tokens[j + 1], gender: pronounOf(object)! } : classifyPhrase(tokens.slice(j + 1, as));
      const who = quoted && quoted.type !== 'bare' ? resolvePhrase(ctx, quoted, role, tokens[as + 1].text) : null;
      const by = resolvePhrase(ctx, phrase, null, tokens[j].text);
      if (who?.speaker) {
        const via = by?.channel ?? (by?.speaker ? { name: by.speaker.name, mention: by.speaker.mention, cue: 'quoted' } : null);
        return { ...found(who, tokens[as + 1], verb, who.via ?? 'speaker-verb'), via, confidence: Math.min(who.confidence, 0.8) };
      }
    }
  }
  const raw = resolvePhrase(ctx, phrase, role, tokens[j].text);
  const res = raw ? agencySpeaks(ctx, raw, verb) : null;
  if (!res) return null;
  if (res.channel && res.speaker) {
    return { ...found(res, tokens[j], verb, 'speaker-verb'), via: res.channel };
  }
  if (res.channel) {
    // "…," Reuters reported: a channel, not a speaker.
    return { speaker: null, cue: mentionOf(text, [tokens[j]]), stance: verb.stance, via: res.channel, rule: 'speaker-verb', confidence: 0 };
  }
  if (!res.speaker) return null;
  let rule: AttributionRule = res.via ?? (role ? 'appositive' : verb.lemma === 'tell' ? 'told' : 'speaker-verb');
  if (role && res.via) rule = res.via;
  return withChannel(ctx, tokens, j + 1, { ...found(res, tokens[j], verb, rule), confidence: role ? Math.min(res.confidence, 0.9) : res.confidence });
}

/**
 * Whether the verb form at `j` (after `from`) is a noun: a base form after an article ("the
 * label", "the report") or, with `possessive`, after a possessive ("Warsaw's claims").
 */
function nounAfterArticle(tokens: readonly Token[], j: number, from: number, possessive = false): boolean {
  if (j <= from) return false;
  const lemma = verbAt(tokens[j])?.lemma;
  if (DETERMINERS.has(tokens[j - 1].lower) || (possessive && /['’]s$/.test(tokens[j - 1].text))) return lemma === tokens[j].lower || lemma + 's' === tokens[j].lower;
  // the base form after one or two modifiers, a nationality or lower-case words that are no
  // plural, verb or name ("an Israeli army post"); not "the officials report", "the BBC says"
  if (lemma !== tokens[j].lower) return false;
  let d = j - 1;
  while (d > from && j - d <= 2 && tokens[d].word && (tokens[d].cap ? isNationality(tokens[d].lower) : !tokens[d].lower.endsWith('s') && !AUX.has(tokens[d].lower) && !CLAUSE_BOUNDARY.has(tokens[d].lower) && verbAt(tokens[d]) === null && !DETERMINERS.has(tokens[d].lower))) d--;
  return d < j - 1 && d >= from && DETERMINERS.has(tokens[d].lower);
}

/**
 * Whether the words from `i` are a short object that ends the sentence ("told reporters.",
 * "told the BBC on Monday."), not a clause ("told reporters that …").
 */
function shortObjectEndsSentence(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k - i <= 6; k++) {
    const t = tokens[k];
    if (isSentenceEnd(tokens, k)) return k > i;
    if (!t.word || CLAUSE_OPENERS.has(t.lower) || verbAt(t)) return false;
  }
  return false;
}

/** What a source knows, after its description: " familiar with the negotiations cautioned". */
const SOURCE_KNOWS = /^ (close to|familiar with|briefed on|involved in|knowledgeable about) ((?:the |a |an )?[a-z’'-]+(?: [a-z’'-]+){0,2})(?=[ ,.;])/;

/** Words after a source that say what it knows ("a source close to", "people familiar with"). */
const SOURCE_POSTMODIFIERS = new Set(['close', 'familiar', 'briefed', 'involved', 'knowledgeable', 'with']);

/** Object pronouns and the subject pronouns they stand for ("quoted him as saying"). */
const OBJECT_PRONOUNS: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };

/** Modal verbs: "would respond", "will say" tell what may be said, not what was. */
const MODALS = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'must', 'can', "won't", 'shall']);

/** Words that open a subordinate clause ("after ministers announced", "when officials said"). */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'if', 'until', 'unless', 'although', 'though', 'whereas', 'once']);

/** Words that open a clause of their own after a verb's object ("told reporters that …"). */
const CLAUSE_OPENERS = new Set(['that', 'when', 'while', 'as', 'because', 'if', 'whether', 'what', 'how', 'why', 'which', 'who', 'but', 'and', 'or', 'although', 'though', 'unless', 'so']);

/** The name after a dash that signs a quote: nothing may follow it but a comma and a role. */
function dashByline(ctx: Context, tokens: readonly Token[], i: number): Found | null {
  const end = phraseForward(tokens, i);
  if (end < tokens.length && tokens[end].text !== ',') return null;
  const phrase = classifyPhrase(tokens.slice(i, end));
  if (phrase?.type !== 'name') return null;
  let role: string | null = null;
  if (end < tokens.length) {
    const r = roleForward(tokens, end + 1);
    if (r) role = textOf(ctx.text, tokens, r.role[0], r.role[1]);
  }
  const res = resolvePhrase(ctx, phrase, role, tokens[i - 1].text);
  if (!res?.speaker) return null;
  return { speaker: res.speaker, cue: mentionOf(ctx.text, [tokens[i - 1]]), stance: 'neutral', via: res.channel, rule: 'colon', confidence: Math.min(res.confidence, 0.8) };
}

/**
 * A news agency as the subject of a reporting verb: "Reuters reported" names only the
 * channel; "…," said KCNA (a statement of the agency itself) makes the agency the speaker too.
 */
function agencySpeaks(ctx: Context, res: Resolved, verb: SpeechVerb): Resolved {
  if (!res.channel || res.speaker || CHANNEL_ONLY_VERBS.has(verb.lemma)) return res;
  // An agency's statement is the agency's; an outlet speaks in its own voice only with a
  // verb of comment ("The Straits Times noted"), never by relaying ("reported", "quoted").
  if (knownChannel(res.channel.name)?.kind !== 'agency' && !OUTLET_VOICE_VERBS.has(verb.lemma)) return res;
  const entity = ctx.entityAt(res.channel.mention.start);
  return {
    speaker: { name: entity?.name ?? res.channel.name, kind: 'organization', entityId: entity?.id ?? null, role: null, mention: res.channel.mention },
    channel: res.channel,
    via: null,
    confidence: 0.8,
  };
}

/** Verbs by which a news agency or outlet only relays what others said. */
const CHANNEL_ONLY_VERBS = new Set(['report', 'quote', 'cite']);
/** Verbs by which an outlet speaks for itself: comment, not relay. */
const OUTLET_VOICE_VERBS = new Set(['note', 'observe', 'comment', 'remark', 'argue', 'write', 'say', 'state', 'describe', 'call', 'warn', 'urge', 'claim', 'suggest', 'predict', 'declare', 'conclude', 'editorialize']);

function found(res: Resolved, verbTok: Token, verb: SpeechVerb, rule: AttributionRule): Found {
  return {
    speaker: res.speaker,
    cue: { start: verbTok.start, end: verbTok.end, text: verbTok.text },
    stance: verb.stance,
    via: null,
    rule,
    confidence: res.confidence,
  };
}

/** "told Russian state-run news agency Sputnik Belarus", "in an interview with the BBC". */
function withChannel(ctx: Context, tokens: readonly Token[], from: number, f: Found): Found {
  let i = from;
  for (let n = 0; i < tokens.length && n < 6 && !isSentenceEnd(tokens, i) && !isQuoteMark(tokens[i]); n++, i++) {
    const lower = tokens[i].lower;
    if (lower === 'told' || lower === 'to' || lower === 'with' || lower === 'on' || lower === 'by' || (n === 0 && tokens[i].word)) {
      const start = lower === 'told' || lower === 'to' || lower === 'with' || lower === 'on' || lower === 'by' ? i + 1 : i;
      let k = start;
      if (tokens[k]?.lower === 'an' && tokens[k + 1]?.lower === 'interview' && tokens[k + 2]?.lower === 'with') k += 3;
      const ch = channelAt(ctx.text, tokens, k);
      if (ch) return { ...f, via: { name: ch.name, mention: ch.mention, cue: tokens[i].word && start > i ? tokens[i].text : f.cue?.text ?? 'told' } };
    }
  }
  return f;
}

function matchAccordingTo(tokens: readonly Token[], i: number): number {
  // Most words open no such phrase: one look-up rules them out.
  if (i >= tokens.length || !ACCORDING_FIRST.has(tokens[i].lower)) return i;
  for (const phrase of ACCORDING) {
    if (i + phrase.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = tokens[i + k].lower === phrase[k];
    if (ok) return i + phrase.length;
  }
  return i;
}
const ACCORDING = ACCORDING_TO.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const ACCORDING_FIRST = new Set(ACCORDING.map((p) => p[0]));

/** "according to X": X is a channel when it is an agency or outlet, else the speaker. */
function accordingTo(ctx: Context, tokens: readonly Token[], cueStart: number, i: number): Found | null {
  const text = ctx.text;
  const cue = { start: tokens[cueStart].start, end: tokens[i - 1].end, text: text.slice(tokens[cueStart].start, tokens[i - 1].end) };
  const ch = channelAt(text, tokens, i);
  if (ch) {
    const via = { name: ch.name, mention: ch.mention, cue: cue.text };
    // "according to Yonhap, quoting North Korea's news agency KCNA": the quoted one speaks.
    const q = tokens[ch.next]?.text === ',' ? ch.next + 1 : ch.next;
    if (q > ch.next && (tokens[q]?.lower === 'quoting' || tokens[q]?.lower === 'citing')) {
      const source = channelAt(text, tokens, q + 1);
      if (source) {
        const entity = ctx.entityAt(source.mention.start);
        const speaker: Speaker = { name: entity?.type === 'ORG' ? entity.name : source.name, kind: 'organization', entityId: entity?.id ?? null, role: null, mention: source.mention };
        return { speaker, cue, stance: 'neutral', via, rule: 'according-to', confidence: 0.7 };
      }
    }
    return { speaker: null, cue, stance: 'neutral', via, rule: 'according-to', confidence: 0 };
  }
  const end = phraseForward(tokens, i);
  const phrase = classifyPhrase(tokens.slice(i, end));
  if (!phrase) return null;
  let role: string | null = null;
  if (phrase.type === 'desc' && tokens[end]?.text === ',' && tokens[end + 1]?.cap) {
    // "according to the team's coach, Alireza Mehraban, …"
    const nameEnd = phraseForward(tokens, end + 1);
    const named = classifyPhrase(tokens.slice(end + 1, nameEnd));
    if (named?.type === 'name' && (nameEnd >= tokens.length || !tokens[nameEnd].word)) {
      const res = resolvePhrase(ctx, named, textOf(text, tokens, i, end), cue.text);
      if (res?.speaker) return { speaker: res.speaker, cue, stance: 'neutral', via: null, rule: 'according-to', confidence: Math.min(res.confidence, 0.85) };
    }
  }
  // "according to X, the group's leader, …": a role closed by a comma ("according to X, the
  // plan was …" goes on with the sentence)
  if (tokens[end]?.text === ',' && tokens[end + 1]?.word && DETERMINERS.has(tokens[end + 1].lower)) {
    const r = roleForward(tokens, end + 1);
    if (r && tokens[r.next]?.text === ',') role = textOf(text, tokens, r.role[0], r.role[1]);
  }
  const res = resolvePhrase(ctx, phrase, role, cue.text);
  if (!res) return null;
  if (res.channel) return { speaker: null, cue, stance: 'neutral', via: res.channel, rule: 'according-to', confidence: 0 };
  if (!res.speaker) return null;
  // "according to the statement": a document, not a speaker.
  if (res.speaker.kind === 'unnamed' && /\b(?:statement|report|document|letter|release|transcript|summary|readout|data|figures|study|survey|poll)s?$/i.test(res.speaker.name)) return null;
  return { speaker: res.speaker, cue, stance: 'neutral', via: null, rule: 'according-to', confidence: Math.min(res.confidence, 0.85) };
}

/**
 * Before the quote, in the same sentence: X said: “…” / X said that … “…” / X told Y “…” /
 * according to X, “…” / X: “…”.
 */
function cueBefore(ctx: Context, q: QuoteSpan, windowStart: number, spokeTo = false): Found | null {
  const text = ctx.text;
  // Only the sentence the quote stands in.
  const tokens = ctx.sentenceTokensBefore(windowStart, q.start);
  if (tokens.length === 0) return null;
  const n = tokens.length;
  // X: “…” — a name then a colon right before the quote.
  if (tokens[n - 1].text === ':' && n >= 2) {
    let s = n - 2;
    while (s > 0 && n - 1 - s < 5 && tokens[s - 1].word && tokens[s - 1].cap) s--;
    const words = tokens.slice(s, n - 1);
    if (words.every((w) => w.word && w.cap) && (s === 0 || !tokens[s - 1].word)) {
      const phrase = classifyPhrase(words);
      const res = phrase && phrase.type === 'name' ? resolvePhrase(ctx, phrase, null, ':') : null;
      if (res?.speaker && (res.speaker.entityId !== null || words.length > 1)) {
        return { speaker: res.speaker, cue: mentionOf(text, [tokens[n - 1]]), stance: 'neutral', via: null, rule: 'colon', confidence: 0.85 };
      }
    }
  }
  // "In his opinion, “…”", "In her words: “…”": the pronoun names the speaker.
  for (let k = 0; k + 2 < n; k++) {
    // "in his own words": "own" may stand before the noun.
    const h = tokens[k + 2].lower === 'own' && k + 3 < n ? k + 3 : k + 2;
    if ((tokens[k].lower === 'in' || tokens[k].lower === 'to') && OPINION_OWNERS[tokens[k + 1].lower] && OPINION_NOUNS.has(tokens[h].lower) && n - (h + 1) <= 2) {
      const pron = tokens[k + 1];
      const res = resolvePhrase(ctx, { type: 'pronoun', tok: pron, gender: OPINION_OWNERS[pron.lower] }, null, pron.text);
      if (res?.speaker) {
        const cue = { start: tokens[k].start, end: tokens[h].end, text: text.slice(tokens[k].start, tokens[h].end) };
        return { speaker: res.speaker, cue, stance: 'neutral', via: null, rule: 'pronoun', confidence: Math.min(res.confidence, 0.75) };
      }
    }
  }
  // The last reporting verb in the sentence.
  for (let v = n - 1, tried = 0; v >= 0 && tried < 3; v--) {
    let verb = verbAt(tokens[v]);
    // "Hadley shot back that …", "hit back", "fired back": a retort
    if (!verb && v > 0 && tokens[v].lower === 'back' && BACK_VERBS.has(tokens[v - 1].lower)) {
      verb = verbNamed('retorted');
      v--;
    }
    if (!verb) continue;
    // Only the nearest few reporting verbs can introduce the quote; this also bounds the work.
    tried++;
    if (v > 0 && tokens[v - 1].text === '-') continue;
    // "Warsaw's claims were “…”", "the reports": a verb's base form after an article or a
    // possessive is a noun
    if (nounAfterArticle(tokens, v, 0, true)) continue;
    // "… said Tokyo would respond “resolutely”": what someone would do is no speech reported
    if (v > 0 && MODALS.has(tokens[v - 1].lower) && !tokens.slice(v + 1).some((t) => t.text === ":")) continue;
    // "X was quoted by Le Monde as saying …": X speaks, through the outlet.
    if (v >= 4 && tokens[v - 1].lower === 'as' && tokens[v].lower.endsWith('ing')) {
      const quoted = quotedAs(ctx, tokens, v, verb);
      if (quoted) return quoted;
    }
    // "X spoke to reporters on Friday." may stand before a paragraph of quote (`spokeTo`).
    // Nor does "would continue its “…”": such a verb takes the quote only with nothing but
    // punctuation between ("he continued: “…”").
    // ("The leaders agreed on Thursday to … avoid “unilateral actions”": what they agreed to)
    // (only as the sentence's own verb: in "X said Y had agreed to …" the saying reports)
    const agreedTo = verb.lemma === 'agree' && tokens.slice(v + 1, v + 5).some((t) => t.lower === 'to') && !tokens.slice(0, v).some((t) => verbAt(t) !== null);
    if (POST_ONLY.has(verb.lemma) && (v < n - 2 || (v === n - 2 && tokens[n - 1].word)) && !(spokeTo && verb.lemma === 'speak') && !agreedTo) continue;
    // Passive: "condemned by", "was criticised"; "a man accused of fraud" (one who is accused:
    // the accuser names whom before "of").
    if (tokens[v + 1]?.lower === 'by' || (v > 0 && PASSIVE_AUX.has(tokens[v - 1].lower))) continue;
    if (verb.lemma === 'accuse' && tokens[v + 1]?.lower === 'of') continue;
    const result = subjectOf(ctx, tokens, v, verb);
    if (!result) continue;
    const between = tokens.slice(v + 1);
    // "Lopez said, before the “red wall” seats voted": the quote stands in an adverbial clause.
    if (inAdverbialClause(text, tokens[v].end, q.start)) return null;
    const adjacent = between.every((t) => t.text === ',' || t.text === ':' || t.lower === 'that' || t.text === '—' || t.text === '–');
    const colon = between.some((t) => t.text === ':');
    let rule: AttributionRule;
    if (result.via) rule = result.via;
    else if (verb.lemma === 'tell' && between.length > 0) rule = 'told';
    else if (adjacent) rule = colon ? 'colon' : 'speaker-verb';
    else if (between[between.length - 1]?.text === ':' && between.length <= 6) rule = 'colon';
    else rule = 'that-clause';
    let confidence = result.confidence;
    if (rule === 'that-clause' || result.participle) confidence = Math.min(confidence, result.participle ? 0.6 : 0.8);
    let f: Found = { speaker: result.speaker, cue: mentionOf(text, [tokens[v]]), stance: verb.stance, via: result.channel ?? null, rule, confidence };
    if (verb.lemma === 'tell') f = withChannel(ctx, tokens, v, f);
    const acc = accordingInSentence(ctx, tokens);
    if (!f.via && acc?.via) f.via = acc.via;
    return f;
  }
  const acc = accordingInSentence(ctx, tokens);
  if (acc) return acc;
  // "Putin recalled to Xi that “…”" with a verb the lexicon lacks: a named subject, a verb in
  // the past or present tense, and "that" right before the quote make reported speech.
  const that = tokens[n - 1]?.lower === 'that' ? n - 1 : tokens[n - 1]?.text === ',' && tokens[n - 2]?.lower === 'that' ? n - 2 : -1;
  if (that > 0) {
    for (let v = that - 1; v >= 0 && that - v <= 6; v--) {
      const t = tokens[v];
      if (!t.word || t.cap || CLAUSE_BOUNDARY.has(t.lower) || AUX.has(t.lower)) continue;
      if (!/(?:ed|s)$/.test(t.lower) || t.lower.length < 4) continue;
      const pseudo: SpeechVerb = { lemma: t.lower, forms: [t.lower], stance: 'neutral' };
      const result = subjectOf(ctx, tokens, v, pseudo);
      if (!result || result.speaker.kind === 'unnamed' || result.speaker.entityId === null) break;
      return { speaker: result.speaker, cue: mentionOf(text, [t]), stance: null, via: null, rule: result.via ?? 'that-clause', confidence: Math.min(result.confidence, 0.6) };
    }
  }
  // "Asked about the decision, United boss Graham Hill was blunt: “…”": a sentence whose
  // subject is a named person or organisation and which ends in a colon before a quote of a
  // full statement introduces that subject's words, though no reporting verb says so.
  if (tokens[n - 1].text === ':' && n >= 4 && moreWordsThan(text, q.contentStart, q.contentEnd, 3)) {
    const subject = ctx.subjectMentionIn(tokens[0].start, tokens[n - 1].start);
    if (subject) {
      const phrase = classifyPhrase(ctx.tokens(subject.start, subject.end));
      const res = phrase?.type === 'name' ? resolvePhrase(ctx, phrase, null, ':') : null;
      if (res?.speaker) return { speaker: res.speaker, cue: mentionOf(text, [tokens[n - 1]]), stance: 'neutral', via: null, rule: 'colon', confidence: 0.7 };
    }
  }
  // "In his opening speech …, “…”": the owner of the speech, letter or interview speaks.
  for (let k = 0; k + 2 < n; k++) {
    const prep = tokens[k].lower;
    if (prep !== 'in' && prep !== 'during' && prep !== 'through') continue;
    const owner = OPINION_OWNERS[tokens[k + 1].lower];
    if (!owner) continue;
    let h = k + 2;
    if (!SPEECH_NOUNS.has(tokens[h].lower) && h + 1 < n && tokens[h].word && !tokens[h].cap) h++;
    if (!SPEECH_NOUNS.has(tokens[h].lower)) continue;
    const pron = tokens[k + 1];
    const res = resolvePhrase(ctx, { type: 'pronoun', tok: pron, gender: owner }, null, pron.text);
    if (res?.speaker) {
      const cue = { start: tokens[k].start, end: tokens[h].end, text: text.slice(tokens[k].start, tokens[h].end) };
      return { speaker: res.speaker, cue, stance: 'neutral', via: null, rule: 'pronoun', confidence: Math.min(res.confidence, 0.6) };
    }
  }
  return null;
}

const SPEECH_NOUNS = new Set(['speech', 'remarks', 'statement', 'address', 'interview', 'letter', 'article', 'post', 'tweet', 'message', 'comments', 'testimony', 'op-ed', 'column', 'blog', 'essay', 'memoir', 'video', 'broadcast', 'press', 'briefing', 'sermon', 'toast', 'eulogy']);

/** "… “clarifications” of Russia's position, according to the Kremlin": later in the same sentence. */
function accordingLater(ctx: Context, q: QuoteSpan, windowEnd: number): Found | null {
  if (endsWithSentenceMark(q.text)) return null;
  const tokens = firstTokens(ctx.tokens(q.end, windowEnd), AFTER_TOKENS);
  let end = tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    if (isSentenceEnd(tokens, k) || isQuoteMark(tokens[k])) {
      end = k;
      break;
    }
  }
  const acc = accordingInSentence(ctx, tokens.slice(0, end));
  if (acc) return acc;
  // "Beijing would play “a constructive role” in the region, he said.": the cue ends the
  // quote's sentence after a comma
  const v = end - 1;
  if (end < tokens.length && v >= 3 && tokens[end].text === '.' && verbAt(tokens[v]) && !tokens[v].lower.endsWith('ing')) {
    let s = v - 1;
    while (s > 0 && v - s < 4 && tokens[s - 1].word && (tokens[s - 1].cap || tokens[s].cap)) s--;
    if (s >= 1 && tokens[s - 1].text === ',') {
      const phrase = classifyPhrase(tokens.slice(s, v));
      const verb = verbAt(tokens[v])!;
      const res = phrase && (phrase.type === 'pronoun' || phrase.type === 'name') ? resolvePhrase(ctx, phrase, null, tokens[v].text) : null;
      if (res?.speaker) return { ...found(res, tokens[v], verb, res.via ?? 'that-clause'), confidence: Math.min(res.confidence, 0.7) };
    }
  }
  return null;
}

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'gets']);

const OPINION_OWNERS: Record<string, string> = { his: 'male', her: 'female', their: 'any' };
const OPINION_NOUNS = new Set(['opinion', 'view', 'words', 'mind', 'estimation', 'assessment', 'judgment', 'judgement']);

/**
 * Where the sentence holding `end` starts, at or after `from`: after the last ". " (or ! ?)
 * followed by a capital or a quote mark, skipping abbreviations such as "Mr." and "U.S.".
 */
function sentenceStart(text: string, from: number, end: number): number {
  for (let i = end - 2; i > from; i--) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    if (text.charCodeAt(i + 1) !== 32) continue;
    const n = text.charCodeAt(i + 2);
    if (!((n >= 65 && n <= 90) || n === 0x201c || n === 34 || n >= 0xc0)) continue;
    if (c === 46) {
      // "Mr. Smith", "U.S. officials": an abbreviation, not a sentence end.
      let w = i - 1;
      while (w >= from && text.charCodeAt(w) !== 32 && i - w < 6) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      if (word.length <= 1 || word.includes('.') || ABBREVIATION_WORDS.has(word)) continue;
    }
    return i + 1;
  }
  return from;
}
const ABBREVIATION_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'brig', 'sgt', 'st', 'rev', 'jr', 'sr', 'no', 'vs', 'inc', 'corp', 'ltd', 'co']);

function accordingInSentence(ctx: Context, tokens: readonly Token[]): Found | null {
  for (let i = 0; i < tokens.length; i++) {
    const end = matchAccordingTo(tokens, i);
    if (end > i) {
      const f = accordingTo(ctx, tokens, i, end);
      if (f) return f;
    }
  }
  return null;
}

/**
 * Irregular past forms of common verbs ("struck", "met"): a verb before "but said" whose form
 * no ending shows ("Milan Hruska, the Slovak leader, struck a softer tone but said …").
 */
const IRREGULAR_PAST = new Set([
  'struck', 'took', 'gave', 'made', 'held', 'met', 'went', 'came', 'left', 'sought', 'spoke', 'kept', 'brought',
  'thought', 'found', 'stood', 'won', 'lost', 'sent', 'spent', 'led', 'ran', 'saw', 'became', 'began', 'broke',
  'chose', 'drew', 'fell', 'felt', 'fought', 'got', 'grew', 'knew', 'meant', 'paid', 'rose', 'shook', 'sat',
  'threw', 'understood', 'withdrew', 'upheld', 'forgave', 'foresaw', 'undertook', 'overcame', 'flew', 'swore', 'wore',
]);

/** Verbs that with "back" make a retort: "shot back", "hit back", "fired back". */
const BACK_VERBS = new Set(['shot', 'hit', 'fired', 'snapped', 'struck', 'pushed']);

/** Relatives a text names in apposition and then calls "his father", "her sister". */
const KIN = new Set(['father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'partner', 'widow', 'widower', 'uncle', 'aunt', 'grandmother', 'grandfather', 'cousin', 'fiancée', 'fiance', 'fiancé', 'girlfriend', 'boyfriend', 'niece', 'nephew']);

/** Bodies named by what they bring together: "a coalition of news sites", "the union of farmers". */
const BODY_OF = new Set(['coalition', 'union', 'alliance', 'federation', 'association', 'group', 'network', 'consortium', 'council', 'committee', 'panel']);

/** Roles that speak for a body: "a spokeswoman for X" speaks as X. */
const SPOKES_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative']);

/**
 * The group whose head word is tokens[h], with up to three words before it ("Election
 * observers", "the"), and all that follows to `e` ("Officials in Berlin", "Observers from the
 * African Union"): one unnamed speaker.
 */
function groupSpeaker(text: string, tokens: readonly Token[], h: number, e: number): { speaker: Speaker; via: null; confidence: number; participle: false } {
  let m = h;
  while (m > 0 && h - m < 3 && tokens[m - 1].word && !CLAUSE_BOUNDARY.has(tokens[m - 1].lower) && verbNamed(tokens[m - 1].lower) === null && (!tokens[m - 1].cap || tokens[m - 1].lower === 'the' || m - 1 === 0)) m--;
  const mention = mentionOf(text, tokens.slice(m, e + 1));
  return { speaker: { name: asWritten(mention.text), kind: 'unnamed', entityId: null, role: null, mention }, via: null, confidence: 0.75, participle: false };
}

/** Words that join a participle to the clause whose subject speaks ("… whilst promising “…”"). */
const PARTICIPLE_LINKS = new Set(['while', 'whilst', 'when', 'before', 'after']);

/** The subject of the reporting verb at `v`: the words before it back to a clause boundary. */
function subjectOf(
  ctx: Context,
  tokens: readonly Token[],
  v: number,
  verb: SpeechVerb,
  coordinated = false,
): { speaker: Speaker; via: 'pronoun' | 'title' | null; confidence: number; participle: boolean; channel?: Channel | null } | null {
  const text = ctx.text;
  const participle = tokens[v].lower.endsWith('ing');
  if (participle) {
    // "…, saying “…”": the subject of the sentence speaks.
    let c = skipAuxBack(tokens, v - 1);
    // "with Boswell stating: “…”": the name right before the participle speaks.
    if (c >= 0 && tokens[c].cap && tokens[c].word) {
      let s0 = c;
      while (s0 > 0 && c - s0 < 5 && tokens[s0 - 1].word && (tokens[s0 - 1].cap || PARTICLES.has(tokens[s0 - 1].lower))) s0--;
      const named = classifyPhrase(tokens.slice(s0, c + 1));
      if (named?.type === 'name' && s0 > 0 && (tokens[s0 - 1].lower === 'with' || tokens[s0 - 1].text === ',')) {
        const res = resolvePhrase(ctx, named, null, tokens[v].text);
        if (res?.speaker) return { speaker: res.speaker, via: res.via, confidence: Math.min(res.confidence, 0.75), participle: true };
      }
    }
    // ", the government recommending “…”": an organisation or an official right before the
    // participle, after a comma or "with", speaks.
    let documentBy = false;
    if (c >= 0 && tokens[c].word && !tokens[c].cap) {
      let s0 = c;
      while (s0 > 0 && c - s0 < 3 && tokens[s0 - 1].word && !CLAUSE_BOUNDARY.has(tokens[s0 - 1].lower)) s0--;
      const before = s0 > 0 ? tokens[s0 - 1] : null;
      const described = before && (before.text === ',' || before.lower === 'with') ? classifyPhrase(tokens.slice(s0, c + 1)) : null;
      const docHead = described?.type === 'desc' ? described.words[described.words.length - 1].lower : '';
      // "X responded with a statement accusing …": the subject wrote the statement
      if (before?.lower === 'with' && STATEMENT_NOUNS.has(docHead) && s0 >= 3) {
        documentBy = true;
        c = s0 - 1;
      } else if ((described?.type === 'desc' && (described.det === 'the' || before?.lower === 'with')) || (described?.type === 'bare' && before?.lower === 'with')) {
        const head = described.words[described.words.length - 1].lower;
        // "with one witness saying “…”": after "with", any person or source speaks.
        if (ORG_NOUN_SET.has(head) || TITLE_SET.has(head) || (before?.lower === 'with' && (UNNAMED.has(head) || isPersonOrSourceNoun(head)))) {
          const res = resolvePhrase(ctx, described, null, tokens[v].text);
          if (res?.speaker) return { speaker: res.speaker, via: res.via, confidence: Math.min(res.confidence, 0.7), participle: true };
        }
      }
    }
    // "…, saying “…”", "… by demanding “…”", "… whilst promising “…”"
    if (documentBy) c--;
    else if (c >= 0 && tokens[c].lower === 'by') c--;
    else if (c >= 0 && PARTICIPLE_LINKS.has(tokens[c].lower)) c--;
    else if (c < 0 || tokens[c].text !== ',') return null;
    if (c < 0) return null;
    // The subject opens the sentence, or follows an opening phrase ("On Friday, Putin met …"),
    // or a dateline ("KYIV — Ukraine rejected …").
    let res: Resolved | null = null;
    for (let from = datelineEnd(tokens, c), commas = 0; from < c && commas < 3 && !res?.speaker; commas++) {
      let e = from;
      while (e < c && tokens[e].word && !verbAt(tokens[e]) && !(e > from && (AUX.has(tokens[e].lower) || CLAUSE_BOUNDARY.has(tokens[e].lower)))) e++;
      // An opening phrase ("Trying to …,", "In Moscow,") is not the subject.
      const lead = tokens[from];
      const opening = lead && (lead.lower.endsWith('ing') || lead.lower.endsWith('ed') || CLAUSE_BOUNDARY.has(lead.lower) || FUNCTION_WORDS.has(lead.lower));
      // Shortest first, but never cutting a run of capitalised words ("President Xi Jinping").
      for (let len = 1, max = opening ? 0 : Math.min(e - from, 8); len <= max && !res?.speaker; len++) {
        if (from + len < e && tokens[from + len].cap) continue;
        // "China's embassy in Berlin responded …": a possessive owns the noun after it
        if (from + len < e && tokens[from + len].word && /['’]s$/.test(tokens[from + len - 1].text)) continue;
        let phrase = classifyPhrase(tokens.slice(from, from + len));
        if (!phrase) continue;
        // "Council leader Tony Dyer defended …, saying": the name before a lower-case role is
        // the body the role belongs to; its holder, named after it, is the subject.
        if (phrase.type === 'name' && roleHolderAt(ctx, tokens, from + len, e)) continue;
        // "The report …, saying": a description speaks with "the"; with "a" only a person or
        // a source ("A federal judge refused …, saying …"), not "a report" or "a video".
        if (phrase.type === 'desc' && phrase.det !== 'the') {
          const head = phrase.words[phrase.words.length - 1].lower;
          // ("China's embassy": an owner's body speaks too)
          if (!UNNAMED.has(head) && !TITLE_SET.has(head) && !(phrase.det === '' && ORG_NOUN_SET.has(head))) continue;
        }
        // "The housing minister, Grace Obi, faced …, describing …": the name in apposition.
        if (phrase.type === 'desc' && tokens[from + len]?.text === ',') {
          let a = from + len + 1;
          while (a < c && tokens[a].word && tokens[a].cap && a - (from + len + 1) < 5) a++;
          const named = a > from + len + 1 && tokens[a]?.text === ',' ? classifyPhrase(tokens.slice(from + len + 1, a)) : null;
          if (named?.type === 'name') phrase = named;
        }
        res = resolvePhrase(ctx, phrase, null, tokens[v].text);
      }
      let next = from;
      while (next < c && tokens[next].text !== ',') next++;
      from = next + 1;
    }
    if (!res?.speaker) return null;
    return { speaker: res.speaker, via: res.via, confidence: Math.min(res.confidence, 0.6), participle: true };
  }
  let e = skipAuxBack(tokens, v - 1);
  // "An Israeli official confirmed the agreement but said …": the verb shares the subject of
  // the verb before "and"/"but"
  if (e >= 2 && (tokens[e].lower === 'but' || tokens[e].lower === 'and') && !coordinated) {
    for (let p = e - 1; p > 0 && e - p < 12; p--) {
      const t = tokens[p];
      if (!t.word) break;
      // a verb's form, or any lower-case word right after a name ("Tom Brandt met …")
      if (t.cap || AUX.has(t.lower) || !(verbNamed(t.lower) !== null || /[a-z](?:ed|s)$/.test(t.lower) || IRREGULAR_PAST.has(t.lower) || (tokens[p - 1].cap && tokens[p - 1].word))) continue;
      const shared = subjectOf(ctx, tokens, p, verbAt(t) ?? verb, true);
      if (shared && !shared.participle) return shared;
      // a plural noun ("met the envoys and said") looks like a verb in -s: the verb is further back
      if (t.lower.endsWith('ed') || verbNamed(t.lower) !== null || IRREGULAR_PAST.has(t.lower)) break;
    }
  }
  let role: string | null = null;
  // "The Coordinator of Farmers' Organisations (COAG) called …": the short form in brackets
  // names the subject; else the words before the brackets do. (Again below, after an
  // apposition: "The Institute of X (IX), the largest union, said".)
  const bracketed = (): ReturnType<typeof subjectOf> | undefined => {
    if (e < 2 || tokens[e].text !== ')') return undefined;
    let o = e - 1;
    while (o > 0 && e - o < 5 && tokens[o].text !== '(') o--;
    if (tokens[o].text !== '(' || o < 1) return undefined;
    const inner = tokens.slice(o + 1, e);
    const short = inner.length >= 1 && inner.length <= 3 && inner.every((t) => t.word && t.cap) ? classifyPhrase(inner) : null;
    if (short?.type === 'name') {
      const res = resolvePhrase(ctx, short, null, tokens[v].text);
      if (res?.speaker && ctx.entityAt(inner[0].start)) return { speaker: res.speaker, via: res.via, confidence: Math.min(res.confidence, 0.85), participle: false };
    }
    e = o - 1;
    return undefined;
  };
  const fromBrackets = bracketed();
  if (fromBrackets) return fromBrackets;
  // "Narendra Modi, who snapped at …": the relative pronoun stands for the name before it.
  // ("the sign on Mill Street, which reads “…”": only a body speaks through "which")
  const throughWhich = e >= 1 && tokens[e].lower === 'which' && tokens[e - 1].text === ',';
  if (e >= 1 && (tokens[e].lower === 'who' || tokens[e].lower === 'which') && tokens[e - 1].text === ',') e -= 2;
  else if (e >= 0 && tokens[e].text === ',') {
    // "Mu Li, of the University of NSW, said"
    let c = e - 1;
    while (c >= 0 && e - c < 25 && tokens[c].text !== ',' && !isQuoteMark(tokens[c])) c--;
    if (c < 0 || tokens[c].text !== ',' || c === e - 1) return null;
    // "Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said": with more
    // commas before, the first segment of the clause may be the name.
    let first = c - 1;
    let commas = 0;
    while (first >= 0 && e - first < 40 && !isSentenceEnd(tokens, first) && !isQuoteMark(tokens[first])) {
      if (tokens[first].text === ',') commas++;
      first--;
    }
    if (commas > 0) {
      let segStart = first + 1;
      while (segStart < c) {
        let segEnd = segStart;
        while (segEnd < c && tokens[segEnd].text !== ',') segEnd++;
        let k = segEnd - 1;
        let sStart = k;
        while (sStart > segStart && tokens[sStart - 1].word && !CLAUSE_BOUNDARY.has(tokens[sStart - 1].lower)) sStart--;
        const seg = tokens.slice(sStart, segEnd);
        const segPhrase = seg.length > 0 && seg.length <= 8 ? classifyPhrase(seg) : null;
        // (one word only for a person the text has named in full: "Okafor, 19, who …, said")
        if (segPhrase?.type === 'name') {
          const res = resolvePhrase(ctx, segPhrase, textOf(text, tokens, segEnd + 1, e), tokens[v].text);
          if (res?.speaker?.kind === 'person' && (segPhrase.name.length >= 2 || (res.speaker.entityId !== null && res.speaker.name.includes(' ')))) return { speaker: res.speaker, via: res.via, confidence: Math.min(res.confidence, 0.85), participle: false };
        }
        segStart = segEnd + 1;
        void k;
      }
    }
    const inner = tokens.slice(c + 1, e);
    // "Nunzio Galantino" or, with a role before the name, "19-year-old student Jamal Reid"
    // ("retired teacher June Patel": an adjective in -ed may open the role between commas)
    const innerPhrase =
      inner.length <= 5 && inner.every((t) => t.word && (t.cap || PARTICLES.has(t.lower)))
        ? classifyPhrase(inner)
        : inner.length <= 7 && inner.every((t) => t.word) && inner[inner.length - 1].cap && !DETERMINERS.has(inner[0].lower)
          ? (classifyPhrase(inner) ?? (inner.length >= 3 && !inner[0].cap && !inner[1].cap && inner[0].lower.endsWith('ed') ? classifyPhrase(inner.slice(1)) : null))
          : null;
    if (innerPhrase?.type === 'name' && c > 0) {
      // "The secretary general of X, Nunzio Galantino, has called …": the name between the
      // commas speaks; the words before it are the role.
      const res = resolvePhrase(ctx, innerPhrase, textOf(text, tokens, Math.max(0, c - 15), c), tokens[v].text);
      if (res?.speaker) return { speaker: res.speaker, via: res.via, confidence: Math.min(res.confidence, 0.9), participle: false };
    }
    // "Rao's party, the People's Front, hailed …": a body described, then named after "the"
    if (inner.length >= 2 && inner.length <= 6 && inner[0].lower === 'the' && inner.slice(1).every((t) => t.word && t.cap) && c > 0 && ORG_NOUN_SET.has(tokens[c - 1].lower)) {
      const named = classifyPhrase(inner);
      const res = named?.type === 'name' ? resolvePhrase(ctx, named, textOf(text, tokens, Math.max(0, c - 3), c), tokens[v].text) : null;
      if (res?.speaker) return { speaker: { ...res.speaker, kind: 'organization' }, via: res.via, confidence: Math.min(res.confidence, 0.85), participle: false };
    }
    role = textOf(text, tokens, c + 1, e);
    e = c - 1;
    const afterApposition = bracketed();
    if (afterApposition) return { ...afterApposition, speaker: { ...afterApposition.speaker, role } };
  }
  if (e < 0) return null;
  let s = e;
  // (a verb's form in capitals before another capitalised word is part of a name: "a State
  // Department spokesperson")
  while (s > 0 && e - s < 8 && tokens[s - 1].word && !CLAUSE_BOUNDARY.has(tokens[s - 1].lower) && (verbNamed(tokens[s - 1].lower) === null || (tokens[s - 1].cap && tokens[s].cap && s - 1 > 0 && tokens[s - 2].word))) s--;
  // "A source close to the talks said": the source's words before "close to"
  if (s >= 3 && tokens[s - 1].word && (tokens[s - 1].lower === 'to' || tokens[s - 1].lower === 'with' || tokens[s - 1].lower === 'of' || tokens[s - 1].lower === 'on' || tokens[s - 1].lower === 'in') && SOURCE_POSTMODIFIERS.has(tokens[s - 2].lower) && UNNAMED.has(tokens[s - 3].lower)) {
    s -= 3;
    // its modifiers and article: "A senior Qatari official briefed on the talks"
    for (let k = 0; k < 3 && s > 0 && tokens[s - 1].word && (DETERMINERS.has(tokens[s - 1].lower) || !CLAUSE_BOUNDARY.has(tokens[s - 1].lower)) && verbNamed(tokens[s - 1].lower) === null; k++) {
      s--;
      if (DETERMINERS.has(tokens[s].lower)) break;
    }
  }
  const personNoun = (w: Token): boolean => {
    const lower = w.lower.replace(/s$/, '');
    return !ORG_NOUN_SET.has(w.lower) && !ORG_NOUN_SET.has(lower) && !DOCUMENT_NOUNS.has(lower) && isPersonOrSourceNoun(lower);
  };
  // "The leaders of France and Germany said", "Officials in Berlin said": people of named
  // bodies or places speak, not the last name in the phrase.
  if (tokens[s].cap) {
    // the names end at `e`; before them maybe "X and", then the link and the head noun
    let r = s - 1;
    if (r >= 1 && tokens[r].lower === 'and' && tokens[r - 1].cap) {
      r--;
      while (r > 0 && tokens[r - 1].word && tokens[r - 1].cap && s - r < 6) r--;
      r--;
    }
    // "Leaders of the Group of Seven rich democracies": a name with an "of" of its own
    if (r >= 3 && tokens[r].lower === 'of' && tokens[r - 1].cap) {
      let r2 = r - 1;
      while (r2 > 0 && r - r2 < 5 && tokens[r2].word && (tokens[r2].cap || tokens[r2].lower === 'the')) r2--;
      const link2 = r2 >= 1 ? tokens[r2].lower : '';
      if ((link2 === 'of' || link2 === 'in' || link2 === 'from' || link2 === 'at') && tokens[r2 - 1].word && (!tokens[r2 - 1].cap || r2 - 1 === 0 || !tokens[r2 - 2].word) && UNNAMED.has(tokens[r2 - 1].lower)) r = r2;
    }
    const link = r >= 1 ? tokens[r].lower : '';
    const head = r >= 1 && tokens[r - 1].word ? tokens[r - 1] : null;
    // a head in lower case, or a group opening the sentence ("Officials in Berlin said")
    const plain = head !== null && (!head.cap || ((r - 1 === 0 || !tokens[r - 2].word) && (UNNAMED.has(head.lower) || (head.lower.endsWith('s') && personNoun(head)))));
    // ("Observers from the African Union said": people in the plural, from a body)
    if (head && plain && (link === 'of' || link === 'in' || link === 'from' || link === 'at') && (UNNAMED.has(head.lower) || ((link === 'of' || head.lower.endsWith('s')) && personNoun(head)))) {
      return groupSpeaker(text, tokens, r - 1, e);
    }
  } else if (s >= 2 && tokens[s].lower === 'the' && (tokens[s - 1].lower === 'of' || tokens[s - 1].lower === 'from' || tokens[s - 1].lower === 'at' || tokens[s - 1].lower === 'in')) {
    // "Election observers from the regional bloc said", "Observers from the African Union
    // said": people in the plural, of a body
    const head = tokens[s - 2];
    if (head.word && (!head.cap || s - 2 === 0 || !tokens[s - 3].word) && head.lower.endsWith('s') && (UNNAMED.has(head.lower) || personNoun(head)) && tokens.slice(s + 1, e + 1).every((t) => t.word)) return groupSpeaker(text, tokens, s - 2, e);
  }
  // "A leaked letter seen by Sky News says": the subject is the letter; the outlet is a channel.
  let seenBy: Channel | null = null;
  if (s >= 3 && tokens[s - 1].lower === 'by' && SEEN_BY.has(tokens[s - 2].lower)) {
    const ch = channelAt(text, tokens, s);
    if (ch) seenBy = { name: ch.name, mention: ch.mention, cue: `${tokens[s - 2].text} by` };
    e = s - 3;
    s = e;
    while (s > 0 && e - s < 8 && tokens[s - 1].word && !CLAUSE_BOUNDARY.has(tokens[s - 1].lower) && verbNamed(tokens[s - 1].lower) === null) s--;
    if (e < 0) return null;
  }
  const together = jointSpeakers(ctx, tokens, s, e, tokens[v].text);
  if (together) return { speaker: together, via: null, confidence: 0.75, participle: false, channel: seenBy };
  const ofOrg = personOfOrganisation(ctx, tokens, s, e, tokens[v].text);
  if (ofOrg) return { speaker: ofOrg, via: null, confidence: 0.9, participle: false, channel: seenBy };
  // Drop a lower-case lead-in that is not part of the subject ("In Brussels officials said").
  let words = tokens.slice(s, e + 1);
  if (words.length === 0 || !words.every((w) => w.word)) return null;
  // An opening adverb is no part of the subject ("Later the witness said").
  while (words.length > 1 && FUNCTION_WORDS.has(words[0].lower) && !DETERMINERS.has(words[0].lower) && !pronounOf(words[0].lower)) words = words.slice(1);
  let phrase = classifyPhrase(words);
  const speaks = (p: Phrase | null): boolean => p !== null && (p.type !== 'desc' || isPersonOrSourceNoun(p.words[p.words.length - 1].lower) || p.words.some((w) => w.cap));
  if (!speaks(phrase) && s >= 2 && tokens[s - 1].lower === 'of') {
    // "PC World's analysis of its own statistics concluded": the head before "of" is the subject.
    let o = s - 2;
    while (o > 0 && s - 1 - o < 6 && tokens[o - 1].word && !CLAUSE_BOUNDARY.has(tokens[o - 1].lower) && verbNamed(tokens[o - 1].lower) === null) o--;
    const head = tokens.slice(o, s - 1);
    const headPhrase = head.every((w) => w.word) ? classifyPhrase(head) : null;
    if (headPhrase?.type === 'desc' && headPhrase.det === '') {
      words = head;
      phrase = headPhrase;
    }
  }
  // "A coalition of online news sites said", "(a spokesman for) the union of news sites said":
  // a body described by what it brings together speaks, as written
  // ("A group of protesters said" too; not "Members of the committee of inquiry": its members)
  if ((!speaks(phrase) || phrase?.type === 'bare' || phrase?.type === 'desc') && s >= 2 && tokens[s - 1].lower === 'of' && tokens[s - 2].word && !tokens[s - 2].cap && BODY_OF.has(tokens[s - 2].lower)) {
    let o = s - 2;
    while (o > 0 && s - 2 - o < 2 && tokens[o - 1].word && !tokens[o - 1].cap && !DETERMINERS.has(tokens[o - 1].lower) && !CLAUSE_BOUNDARY.has(tokens[o - 1].lower) && verbNamed(tokens[o - 1].lower) === null) o--;
    if (o > 0 && DETERMINERS.has(tokens[o - 1].lower) && (o < 2 || tokens[o - 2].lower !== 'of')) {
      const mention = mentionOf(text, tokens.slice(o - 1, e + 1));
      return { speaker: { name: asWritten(mention.text), kind: 'unnamed', entityId: null, role, mention }, via: null, confidence: 0.7, participle: false, channel: seenBy };
    }
  }
  while (!phrase && words.length > 1) {
    words = words.slice(1);
    phrase = classifyPhrase(words);
  }
  // "One, who has worked at the port for 30 years, said": one of the people just spoken of
  if (!phrase && words.length === 1 && (words[0].lower === 'one' || words[0].lower === 'another') && role !== null) phrase = { type: 'bare', words: [words[0]] };
  // "A joint statement issued after the talks said": a document, then a participle phrase
  if (!speaks(phrase)) {
    const doc = documentBeforeParticiple(tokens, s);
    if (doc) phrase = doc;
  }
  if (!phrase) return null;
  if (phrase.type === 'name') phrase = afterTitleOf(tokens, e + 1 - words.length, phrase);
  const raw = resolvePhrase(ctx, phrase, role, tokens[v].text);
  const res = raw ? agencySpeaks(ctx, raw, verb) : null;
  if (!res?.speaker || (throughWhich && (res.speaker.kind === 'person' ? ctx.entityAt(res.speaker.mention.start) !== null : ctx.entityAt(res.speaker.mention.start)?.type === 'PLACE'))) return null;
  return { speaker: res.speaker, via: res.via, confidence: role ? Math.min(res.confidence, 0.9) : res.confidence, participle: false, channel: res.channel ?? seenBy };
}

/**
 * Whether `tokens[i]` opens a lower-case role of at most three words ("leader", "party
 * spokesman", "star") followed, before `end`, by the holder of the role: a capitalised word
 * after a title, or a person's name.
 */
function roleHolderAt(ctx: Context, tokens: readonly Token[], i: number, end: number): boolean {
  const j = roleWordsEnd(tokens, i, end);
  return j > 0 && (TITLE_SET.has(tokens[j - 1].lower) || ctx.entityAt(tokens[j].start)?.type === 'PERSON');
}

/**
 * Where the capitalised word after one to three lower-case words from `i` stands (before
 * `end`): the holder after a role ("chairperson Moussa Kone"); -1 when there is none.
 */
function roleWordsEnd(tokens: readonly Token[], i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 3 && tokens[j].word && !tokens[j].cap) j++;
  return j > i && j < end && tokens[j].cap ? j : -1;
}

/**
 * Where the words after a dateline start ("KYIV —", "BARCELONA, Spain —", "MOSCOW, March 3
 * (Reuters) -"): after the dash, when the words before it are a place in capitals, a comma, a
 * date or an agency in brackets; else 0. Only the first ten tokens before `end` are read.
 */
function datelineEnd(tokens: readonly Token[], end: number): number {
  if (end < 2 || !tokens[0].word || tokens[0].text !== tokens[0].text.toUpperCase() || tokens[0].text.length < 2) return 0;
  for (let k = 1; k < end && k < 10; k++) {
    const t = tokens[k];
    if (t.text === '—' || t.text === '–' || t.text === '-' || t.text === '--') return k + 1;
    if (!(t.word || t.text === ',' || t.text === '(' || t.text === ')')) return 0;
  }
  return 0;
}

/**
 * "Prime Minister Rajesh Mehta and President Daniel Brooks hailed …": two people named as the
 * subject together speak together; the speaker is both names, as one group. `[s, e]` is the
 * second name's phrase; null unless "and" and a person's phrase stand right before it.
 */
function jointSpeakers(ctx: Context, tokens: readonly Token[], s: number, e: number, cue: string): Speaker | null {
  if (s < 2 || tokens[s - 1].lower !== 'and' || !tokens[s].cap) return null;
  let f = s - 2;
  while (f > 0 && s - 2 - f < 6 && tokens[f - 1].word && (tokens[f - 1].cap || PARTICLES.has(tokens[f - 1].lower))) f--;
  if (f > 0 && tokens[f - 1].word && !CLAUSE_BOUNDARY.has(tokens[f - 1].lower) && !DETERMINERS.has(tokens[f - 1].lower)) return null;
  const first = classifyPhrase(tokens.slice(f, s - 1));
  const second = classifyPhrase(tokens.slice(s, e + 1));
  if (first?.type !== 'name' || second?.type !== 'name') return null;
  const a = resolvePhrase(ctx, first, null, cue)?.speaker;
  const b = resolvePhrase(ctx, second, null, cue)?.speaker;
  // (both known people: "Work and Pensions Secretary X" is one person's title)
  if (!a || !b || a.kind !== 'person' || b.kind !== 'person' || a.entityId === null || b.entityId === null || a.name === b.name) return null;
  return { name: `${a.name} and ${b.name}`, kind: 'unnamed', entityId: null, role: null, mention: mentionOf(ctx.text, tokens.slice(f, e + 1)) };
}

/** Participles that follow a document in the subject ("a statement issued after the talks"). */
const DOCUMENT_PARTICIPLES = new Set(['issued', 'released', 'published', 'posted', 'signed', 'seen', 'obtained', 'sent', 'read', 'circulated', 'leaked', 'adopted', 'filed']);

/**
 * The document that opens the clause ending before `s` when a participle follows it: "A
 * joint statement issued after the talks" ("A joint statement"); null otherwise.
 */
function documentBeforeParticiple(tokens: readonly Token[], s: number): Phrase | null {
  for (let p = s - 1; p > 0 && s - p < 10; p--) {
    if (!DOCUMENT_PARTICIPLES.has(tokens[p].lower) || !DOCUMENT_NOUNS.has(tokens[p - 1].lower)) continue;
    let d = p - 1;
    while (d > 0 && p - d < 4 && tokens[d - 1].word && !DETERMINERS.has(tokens[d - 1].lower) && !CLAUSE_BOUNDARY.has(tokens[d - 1].lower)) d--;
    if (d === 0 || !DETERMINERS.has(tokens[d - 1].lower)) return null;
    return { type: 'desc', words: tokens.slice(d - 1, p), det: tokens[d - 1].lower };
  }
  return null;
}

/** Words that may join the capitalised words of one organisation's name ("Globe and Mail", "Museum of Art"). */
const NAME_GLUE = new Set(['of', 'and', 'the', '&', 'for', 'de']);

/**
 * "Ana Reyes of the Harbour Trust said": the subject is a person named before "of" or "from"
 * and an organisation. `s…e` are the words the subject search kept (the organisation's last
 * words, cut at "of" or "and"); this reads back over the name's capitalised words and glue.
 */
function personOfOrganisation(ctx: Context, tokens: readonly Token[], s: number, e: number, cue: string): Speaker | null {
  if (s < 2 || !(tokens[s].cap || NAME_GLUE.has(tokens[s].lower))) return null;
  let b = s;
  while (b > 0 && e - b < 14 && tokens[b - 1].word && (tokens[b - 1].cap || NAME_GLUE.has(tokens[b - 1].lower) || tokens[b - 1].lower === 'from')) b--;
  while (b < s && !tokens[b].cap) b++;
  if (b >= s || (b > 0 && tokens[b - 1].word)) return null;
  let k = b + 1;
  while (k < s && tokens[k].cap) k++;
  if (k >= s || (tokens[k].lower !== 'of' && tokens[k].lower !== 'from')) return null;
  const entity = ctx.entityAt(tokens[b].start);
  if (entity?.type !== 'PERSON' || ctx.entityAt(tokens[k - 1].start) !== entity) return null;
  const phrase = classifyPhrase(tokens.slice(b, k));
  if (phrase?.type !== 'name') return null;
  const res = resolvePhrase(ctx, phrase, textOf(ctx.text, tokens, k, e + 1), cue);
  return res?.speaker?.kind === 'person' ? res.speaker : null;
}

/**
 * "Minister of Education Stefania Giannini", "Undersecretary for Education Mr. Toccafondi":
 * after a title and "of" or "for", the capitalised words up to a given name or an honorific
 * (else all but the last two) name the office, not the person. `at` is the index of the name's first word in `tokens`.
 */
function afterTitleOf(tokens: readonly Token[], at: number, phrase: Phrase & { type: 'name' }): Phrase {
  if (at < 2 || phrase.name.length < 2) return phrase;
  const link = tokens[at - 1].lower;
  if ((link !== 'of' && link !== 'for') || !tokens[at - 2].cap || !TITLE_SET.has(tokens[at - 2].lower)) return phrase;
  for (let k = 1; k < phrase.name.length; k++) {
    const w = phrase.name[k].lower;
    const honorific = NAME_PREFIX_SET.has(w);
    const from = honorific ? k + 1 : k;
    if ((honorific || isAnyGivenName(w)) && from < phrase.name.length) {
      return { type: 'name', name: phrase.name.slice(from), prefix: [...phrase.prefix, ...phrase.name.slice(0, from)], written: true };
    }
  }
  // No given name known: an office of one or more words, then a given name and a surname.
  if (phrase.name.length >= 3) {
    const from = phrase.name.length - 2;
    return { type: 'name', name: phrase.name.slice(from), prefix: [...phrase.prefix, ...phrase.name.slice(0, from)], written: true };
  }
  return phrase;
}

// ---- the pass over all quotes -------------------------------------------------------------------

// A name given in place of a full one, in the sentence after a description: "who asked to be
// identified only by his call sign, Hawk", "who gave only her first name, Oksana", "who gave
// his name only as Osman".
const ALIAS_AFTER = /^[^.!?\n“”"]{0,120}?\b(?:(?:identified|known|named|referred to|gave|giving|goes by|going by)(?: only)?(?: (?:by|as))?(?: (?:his|her|their))? (?:call ?sign|first name|nickname|nom de guerre|given name|surname)(?: of)?,?|(?:gave|giving) (?:his|her|their) (?:first )?name (?:only )?as|identified only as) ([A-Z][\p{L}’'-]+)/u;

function aliasAfter(text: string, from: number, limit: number): Mention | null {
  const m = ALIAS_AFTER.exec(text.slice(from, Math.min(limit, from + 180)));
  if (!m) return null;
  const start = from + m[0].length - m[1].length;
  return { start, end: start + m[1].length, text: m[1] };
}

/**
 * Attributes each quote to a speaker, with the cue that gave it, the cue's stance and any
 * channel it came through. Quotes are visited in document order so that short forms,
 * pronouns and continuations can refer back to speakers found earlier; every look-up is
 * bounded (a few hundred characters of context, a fixed number of earlier mentions), so
 * the pass is linear in the length of the text.
 *
 * Order of evidence for one quote: a cue right after it; a cue earlier in its sentence; the
 * speaker of the quote it splits from or continues in the same sentence; the previous
 * speaker when the quote opens a sentence with no cue of its own; in an interview, the person
 * interviewed for a paragraph of quote after a question line. Nothing else: a quote with no
 * evidence stays unattributed.
 */
export function attributeQuotes(
  text: string,
  paragraphs: readonly Span[],
  quotes: readonly QuoteSpan[],
  entities: readonly Entity[],
  limit: number = text.length,
): Attribution[] {
  const ctx = new Context(text, limit, quotes, entities);
  const out: Attribution[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const lastPiece = q.pieces[q.pieces.length - 1];
    const pEnd = paragraphs[paragraphIndexAt(paragraphs, Math.max(q.end - 1, q.start))];
    const pStartIndex = paragraphIndexAt(paragraphs, q.start);
    const pStart = paragraphs[pStartIndex];
    const paraEnd = pEnd && pEnd.end >= q.end ? pEnd.end : limit;
    const paraStart = pStart ? pStart.start : 0;
    ctx.paraStart = paraStart;
    ctx.prevParaStart = pStartIndex > 0 ? paragraphs[pStartIndex - 1].start : paraStart;
    // Only the opening stretch of a very long quote is searched for names (bounded look-ups).
    ctx.quoteText = q.text.length > NAMED_IN_QUOTE_SPAN ? q.text.slice(0, NAMED_IN_QUOTE_SPAN) : q.text;
    ctx.quoteStart = q.start;
    const next = quotes[i + 1];
    const prev = i > 0 ? quotes[i - 1] : null;
    const afterEnd = Math.min(paraEnd, next ? next.start : limit, q.end + WINDOW);
    // A short quote before that no one said (a title, a sign's words: "the sign, which reads
    // “Fresh Bread Daily”, made “…”") is text of this sentence, not a bound of the cue search.
    const inert = prev !== null && i >= 1 && !out[i - 1]?.speaker && !moreWordsThan(text, prev.contentStart, prev.contentEnd, 4);
    const bound = inert ? (i >= 2 ? quotes[i - 2] : null) : prev;
    const beforeStart = Math.max(paraStart, bound && bound.end > paraStart ? bound.end : paraStart, q.start - BEFORE_WINDOW);
    void lastPiece;
    let f: Found | null = null;
    if (namesATitle(text, q, beforeStart)) {
      out.push({ ...NO_ATTRIBUTION, title: true });
      continue;
    }
    try {
      f = cueAfter(ctx, q, afterEnd);
      if (f && !f.speaker) {
        // Only a channel after the quote ("…," Reuters reported): keep looking for a speaker.
        const before = cueBefore(ctx, q, beforeStart);
        if (before?.speaker) f = { ...before, via: before.via ?? f.via };
      }
      if (!f) f = cueBefore(ctx, q, beforeStart);
      if (!f) f = accordingLater(ctx, q, afterEnd);
      if (!f) f = cueAtEndOfPreviousParagraph(ctx, q, paragraphs, prev);
      if (!f) f = reportedSpeechBefore(ctx, q, paragraphs, prev);
      if (!f) f = interviewAnswer(ctx, q, paragraphs);
    } catch {
      f = null;
    }
    // A name in title case inside reported speech ("said she would vote for the “Homes for
    // All” bill") is a title, not the speaker's words.
    if (f && (f.rule === 'that-clause' || f.rule === 'told') && titleCase(q.text) && moreWordsThan(text, q.contentStart, q.contentEnd, 1) && !adjacentCue(text, f, q)) {
      out.push({ ...NO_ATTRIBUTION, title: true });
      continue;
    }
    // An outlet speaks for itself in a sentence of its own, but a short term it puts in
    // quotation marks ("had grown into a “support movement”") is no evidence of a speaker.
    if (f?.speaker && f.via && f.speaker.mention.start === f.via.mention.start && knownChannel(f.via.name)?.kind !== 'agency' && !moreWordsThan(text, q.contentStart, q.contentEnd, 4)) {
      f = { ...f, speaker: null };
    }
    let a: Attribution = f ? { ...f } : { ...NO_ATTRIBUTION };
    if (!a.speaker && prev && out[i - 1]?.speaker) {
      const inherited = inherit(ctx, q, prev, out[i - 1], paragraphs);
      if (inherited) a = { ...inherited, via: a.via ?? inherited.via };
    }
    if (!a.speaker && a.via && a.rule === 'according-to') {
      // "…,” according to the Sydney Morning Herald: with no one else named, the outlet is
      // the source of the words as well as the channel.
      const entity = ctx.entityAt(a.via.mention.start);
      const speaker: Speaker = { name: a.via.name, kind: 'organization', entityId: entity?.id ?? null, role: null, mention: { ...a.via.mention } };
      a = { ...a, speaker, confidence: 0.6 };
    }
    if (!a.speaker && !a.via) a = { ...NO_ATTRIBUTION };
    if (!a.speaker) a = { ...a, rule: null, confidence: 0, cue: a.via ? a.cue : null, stance: a.via ? a.stance : null };
    // "the commander, … who asked to be identified only by his call sign, Hawk": that name
    if (a.speaker?.kind === 'unnamed') {
      const alias = aliasAfter(text, a.speaker.mention.end, limit);
      if (alias) a = { ...a, speaker: { ...a.speaker, name: alias.text, kind: 'person', role: a.speaker.role ?? a.speaker.name, mention: alias } };
    }
    if (a.speaker) ctx.remember(a.speaker);
    out.push(a);
  }
  return out;
}

/**
 * The previous quote's speaker carries over when nothing else names one: a split quote or a
 * second partial quote in the same sentence ("…,” he said, “…”), or a quote that opens a
 * sentence right after the previous speaker's turn (the next sentence or paragraph).
 */
function inherit(ctx: Context, q: QuoteSpan, prev: QuoteSpan, prevA: Attribution, paragraphs: readonly Span[]): Attribution | null {
  const text = ctx.text;
  // "…,” he said" after a woman's quote: the quote's own cue names someone else.
  const own = pronounCueGender(ctx, q);
  if (own && prevA.speaker && prevA.speaker.kind === 'person') {
    const previous = ctx.genderOf(prevA.speaker);
    if (previous !== null && previous !== own) return null;
  }
  const gap = text.slice(prev.end, q.start);
  if (gap.length > 400) return null;
  const samePara = !/[\n\r\u2028\u2029\u0085]/.test(gap);
  const sentenceBreak = /[.!?…;]["”’»]?\s+\S|[.!?…;]["”’»]?\s*$/.test(gap) || endsSentence(text, prev.contentStart, prev.contentEnd);
  if (samePara && !sentenceBreak && gap.length <= 120) {
    if (inAdverbialClause(text, prev.end, q.start)) return null;
    // Same sentence: a split quote, or another partial quote of the same reported speech.
    return { ...prevA, confidence: Math.min(prevA.confidence, 0.85) };
  }
  // A new sentence or paragraph opening with the quote: the previous speaker continues.
  const opensSentence = /(?:^|[.!?…]["”’»]?)\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start)) || startsParagraph(paragraphs, q.start);
  if (!opensSentence) return null;
  // A short quote continues the turn only as a whole sentence right after the previous
  // quote's own cue ("“…,” Allton said. “I smacked them around.”", "… he said. “They're wrong.”").
  const wholeSentence = samePara && gap.trim().length <= 60 && isUpper(text.charCodeAt(q.contentStart)) && endsSentence(text, q.contentStart, q.contentEnd);
  if (!moreWordsThan(text, q.contentStart, q.contentEnd, wholeSentence ? 1 : 4)) return null;
  // Narrative between the two quotes (other than the previous quote's own cue) breaks the turn.
  if (gap.trim().length > 170) return null;
  const paraIdx = paragraphIndexAt(paragraphs, q.start);
  const prevIdx = paragraphIndexAt(paragraphs, prev.end - 1);
  if (paraIdx - prevIdx > 2) return null;
  // One short narrative paragraph between ("The board meets again next week.") keeps the turn
  // for a paragraph that is all quote, unless it brings in another person.
  if (paraIdx - prevIdx === 2 && (!startsParagraph(paragraphs, q.start) || ctx.otherPersonBetween(prev.end, q.start, prevA.speaker?.name ?? ''))) return null;
  return {
    speaker: prevA.speaker ? { ...prevA.speaker, mention: prevA.speaker.mention } : null,
    cue: prevA.cue,
    stance: prevA.stance,
    via: prevA.via,
    rule: 'continuation',
    confidence: samePara ? 0.75 : 0.65,
  };
}

/** The gender of "he"/"she" when the quote's cue right after it is that pronoun and a speech verb. */
function pronounCueGender(ctx: Context, q: QuoteSpan): 'm' | 'f' | null {
  // read straight from the text: only "he"/"she" after at most two marks counts, so a quote
  // not followed by one costs a few character reads and no tokens
  const text = ctx.text;
  const end = Math.min(ctx.limit, q.end + 24);
  let i = q.end;
  for (let marks = 0; i < end && marks <= 2; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (c === 44 || c === 46 || c === 45 || c === 0x2014 || c === 0x2013) marks++;
    else break;
  }
  const h = text.charCodeAt(i) | 0x20;
  const she = h === 115 && (text.charCodeAt(i + 1) | 0x20) === 104 && (text.charCodeAt(i + 2) | 0x20) === 101;
  const he = h === 104 && (text.charCodeAt(i + 1) | 0x20) === 101;
  if (!she && !he) return null;
  let j = i + (she ? 3 : 2);
  if (text.charCodeAt(j) !== 32) return null;
  while (j < end && text.charCodeAt(j) === 32) j++;
  let k = j;
  while (k < text.length && k - j < 16 && ((text.charCodeAt(k) | 0x20) >= 97 && (text.charCodeAt(k) | 0x20) <= 122)) k++;
  if (k === j || verbNamed(text.slice(j, k).toLowerCase()) === null) return null;
  return she ? 'f' : 'm';
}

/**
 * "President Camille Roux was quoted by Le Monde as saying …", "… was quoted in the Times as
 * saying": the subject of "was quoted" speaks; the outlet after "by"/"in" is the channel.
 * `v` is the participle ("saying") after "as".
 */
function quotedAs(ctx: Context, tokens: readonly Token[], v: number, verb: SpeechVerb): Found | null {
  let q = v - 2;
  while (q > 0 && v - q < 10 && tokens[q].lower !== 'quoted') q--;
  if (tokens[q]?.lower !== 'quoted' || q < 1) return null;
  // "Xinhua quoted Wang as saying …": the outlet quotes, the person named after it speaks
  if (!PASSIVE_AUX.has(tokens[q - 1].lower)) {
    const named = v - 1 > q + 1 ? classifyPhrase(tokens.slice(q + 1, v - 1)) : null;
    if (named?.type !== 'name' && named?.type !== 'desc') return null;
    const res = resolvePhrase(ctx, named, null, tokens[v].text);
    if (!res?.speaker) return null;
    let from = q - 1;
    while (from > 0 && q - from < 8 && tokens[from - 1].word && !CLAUSE_BOUNDARY.has(tokens[from - 1].lower)) from--;
    let ch = null;
    for (let k = from; k < q && !ch; k++) {
      const c = channelAt(ctx.text, tokens, k);
      if (c && c.next <= q) ch = c;
    }
    const via: Channel | null = ch ? { name: ch.name, mention: ch.mention, cue: 'quoted' } : null;
    return { speaker: res.speaker, cue: mentionOf(ctx.text, [tokens[v]]), stance: verb.stance, via, rule: res.via ?? 'that-clause', confidence: Math.min(res.confidence, 0.8) };
  }
  if (q < 2) return null;
  const result = subjectOf(ctx, tokens, q, verb);
  if (!result || result.participle) return null;
  let via: Channel | null = result.channel ?? null;
  if ((tokens[q + 1]?.lower === 'by' || tokens[q + 1]?.lower === 'in') && q + 2 < v - 1) {
    const ch = channelAt(ctx.text, tokens, q + 2) ?? (tokens[q + 2].lower === 'the' ? channelAt(ctx.text, tokens, q + 3) : null);
    if (ch) via = { name: ch.name, mention: ch.mention, cue: `quoted ${tokens[q + 1].lower}` };
  }
  return { speaker: result.speaker, cue: mentionOf(ctx.text, [tokens[v]]), stance: verb.stance, via, rule: result.via ?? 'that-clause', confidence: Math.min(result.confidence, 0.8) };
}

/** Words right before a quote that make it a name or title: a robot named “…”, a book titled “…”. */
const TITLE_MARKERS = new Set(['named', 'titled', 'entitled', 'nicknamed', 'so-called', 'headlined', 'captioned', 'codenamed', 'code-named', 'dubbed']);

/** Participles that give a thing its name when a noun stands before them: a user labelled “…”. */
const NAMING_PARTICIPLES = new Set(['called', 'labelled', 'labeled', 'branded', 'styled', 'billed']);
/** Words before "as" that make what follows a name: known as “…”, referred to as “…”. */
const NAMING_BEFORE_AS = new Set(['known', 'to', 'marketed', 'sold', 'listed', 'registered']);
/** Nouns whose next words in quotation marks are the thing's name or wording: the website “…”, the phrase “…”. */
const NAMING_NOUNS = new Set([
  'website', 'site', 'page', 'phrase', 'word', 'term', 'slogan', 'hashtag', 'motto', 'title', 'headline',
  'book', 'film', 'movie', 'song', 'album', 'show', 'series', 'programme', 'program', 'play', 'novel', 'poem',
  'documentary', 'exhibition', 'campaign', 'operation', 'project', 'initiative', 'nickname', 'name', 'brand',
  'app', 'game', 'blog', 'column', 'section', 'category', 'painting', 'sculpture', 'print', 'username', 'handle',
]);
/** Words that, standing before a naming participle, make it a verb with a subject ("what he called “…”"). */
const NOT_A_NAMED_THING = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'also', 'then', 'once', 'and', 'or']);
/** Prepositions before a quote in title case that make it a name: says on “The Daily Round”. */
const NAMING_PREPOSITIONS = new Set(['on', 'at', 'in', 'via', 'from', 'onto', 'into']);

/**
 * Whether the words right before a quote make it a name or title, not anybody's words: a
 * robot named “…”, a user labelled “…”, the website “…”, the phrase “…”, or a preposition
 * before a title-case name (“… says on “The Daily Round”). Reads two words back, at most
 * 40 characters.
 */
function namesATitle(text: string, q: QuoteSpan, from: number): boolean {
  let e = q.start;
  while (e > from && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 44)) e--;
  const w1 = wordBefore(text, e, from);
  if (w1 === null) return false;
  const word1 = w1.word;
  if (TITLE_MARKERS.has(word1)) return true;
  if (NAMING_PARTICIPLES.has(word1) || word1 === 'as' || NAMING_NOUNS.has(word1)) {
    let e2 = w1.start;
    while (e2 > from && text.charCodeAt(e2 - 1) === 32) e2--;
    const w2 = wordBefore(text, e2, from);
    if (w2 === null) return false;
    if (word1 === 'as') {
      if (NAMING_BEFORE_AS.has(w2.word)) return true;
      // "known locally as “…”": one adverb may stand between.
      if (!w2.word.endsWith('ly')) return false;
      let e3 = w2.start;
      while (e3 > from && text.charCodeAt(e3 - 1) === 32) e3--;
      const w3 = wordBefore(text, e3, from);
      return w3 !== null && NAMING_BEFORE_AS.has(w3.word);
    }
    // "a user labelled “…”": a noun before the participle, no subject that calls it so.
    if (NAMING_PARTICIPLES.has(word1)) return !NOT_A_NAMED_THING.has(w2.word) && !w2.word.endsWith('ly');
    // "the website “…”", "a new website, “…”": the noun, after a determiner, is the quote's own head.
    return NAMING_NOUN_LEADS.has(w2.word);
  }
  return NAMING_PREPOSITIONS.has(word1) && titleCase(q.text);
}
const NAMING_NOUN_LEADS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'new', 'official', 'online', 'own', 'popular', 'viral', 'famous', 'latest']);

/** The lower-case word of ASCII letters and hyphens that ends at `end`, or null (none, or capitalised). */
function wordBefore(text: string, end: number, from: number): { word: string; start: number } | null {
  let s = end;
  while (s > from && s > end - 20) {
    const c = text.charCodeAt(s - 1);
    if (!((c >= 97 && c <= 122) || c === 45)) break;
    s--;
  }
  if (s === end) return null;
  const c = s > from ? text.charCodeAt(s - 1) : 32;
  // Part of a longer or capitalised word ("Named", "e-mail") is no word of its own.
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f)) return null;
  return { word: text.slice(s, end), start: s };
}

/** A short name in title case: "The Daily Round", "Rivers at Risk" (1–10 words, longer words capitalised, no sentence end). */
function titleCase(content: string): boolean {
  if (content.length === 0 || content.length > 80) return false;
  let words = 0;
  let i = 0;
  while (i < content.length) {
    while (i < content.length && content.charCodeAt(i) === 32) i++;
    if (i >= content.length) break;
    const s = i;
    while (i < content.length && content.charCodeAt(i) !== 32) i++;
    words++;
    const c = content.charCodeAt(s);
    const lower = c >= 97 && c <= 122;
    if (lower && (words === 1 || i - s > 3)) return false;
  }
  return words >= 1 && words <= 10 && !endsSentence(content, 0, content.length);
}

/**
 * "Rathbun stated,⏎“…”": a paragraph that is all quote takes its cue from the end of the
 * paragraph before when that one ends with a colon or comma.
 */
function cueAtEndOfPreviousParagraph(ctx: Context, q: QuoteSpan, paragraphs: readonly Span[], prev: QuoteSpan | null): Found | null {
  const i = paragraphIndexAt(paragraphs, q.start);
  if (i <= 0 || paragraphs[i].start !== q.start) return null;
  const before = paragraphs[i - 1];
  const last = ctx.text.charCodeAt(before.end - 1);
  if (last !== 58 && last !== 44) return null;
  const from = Math.max(before.start, prev && prev.end <= before.end ? prev.end : before.start, before.end - WINDOW);
  const f = cueBefore(ctx, { ...q, start: before.end }, from);
  return f ? { ...f, confidence: Math.min(f.confidence, 0.85) } : null;
}

/**
 * "Q&A … We spoke to her in Zurich. ⏎ How fast are the glaciers shrinking? ⏎ “Faster than …”":
 * a paragraph that is all quote, right after a question on a line of its own, is the answer
 * of the person interviewed: the one person the text names before its first such question.
 */
function interviewAnswer(ctx: Context, q: QuoteSpan, paragraphs: readonly Span[]): Found | null {
  const text = ctx.text;
  const i = paragraphIndexAt(paragraphs, q.start);
  if (i <= 0 || paragraphs[i].start !== q.start || !isQuestionLine(text, paragraphs[i - 1])) return null;
  // back over the questions and answers to the first question
  let first = i - 1;
  for (let k = i - 2; k >= 0 && i - k < 80; k--) {
    if (isQuestionLine(text, paragraphs[k])) first = k;
  }
  const introEnd = paragraphs[first].start;
  let person: Entity | null = null;
  let mention: Mention | null = null;
  for (const e of ctx.entities) {
    if (e.type !== 'PERSON') continue;
    const m = e.mentions.find((x) => x.end <= introEnd && !ctx.insideQuote(x.start));
    if (!m) continue;
    if (person) return null; // two people before the questions: whose answer is unclear
    person = e;
    mention = m;
  }
  if (!person || !mention) return null;
  return {
    speaker: { name: person.name, kind: 'person', entityId: person.id, role: null, mention: { ...mention } },
    cue: null,
    stance: null,
    via: null,
    rule: 'interview',
    confidence: 0.6,
  };
}

/** A paragraph that is one question and nothing else: ends with "?", quotes nothing. */
function isQuestionLine(text: string, p: Span): boolean {
  let end = p.end;
  while (end > p.start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end - p.start < 8 || end - p.start > 250 || text.charCodeAt(end - 1) !== 63) return false;
  return !/["“”„«»]/.test(text.slice(p.start, end));
}

/**
 * A quote that is a sentence of its own, right after a sentence of reported speech, goes on
 * with that speaker's words: "Wilkins said Warhol was a businessman. “He sold prints in every
 * colour.”", or a paragraph that is all quote after "The fire chief, Rosa Mendes, said the
 * blaze started in the kitchen." Only the one sentence before is read, and only when no
 * quote stands in it (a quote's own cue is the continuation rule's business).
 */
function reportedSpeechBefore(ctx: Context, q: QuoteSpan, paragraphs: readonly Span[], prev: QuoteSpan | null): Found | null {
  const text = ctx.text;
  if (!moreWordsThan(text, q.contentStart, q.contentEnd, 2) || !endsItsSentence(text, q)) return null;
  // A heading in quotation marks ("“A New Dawn”" on a line of its own) is no one's words.
  if (!endsSentence(text, q.contentStart, q.contentEnd) && titleCase(q.text)) return null;
  const i = paragraphIndexAt(paragraphs, q.start);
  if (i < 0) return null;
  const opensParagraph = paragraphs[i].start === q.start;
  if (opensParagraph && i === 0) return null;
  const para = opensParagraph ? paragraphs[i - 1] : paragraphs[i];
  // The end mark of the sentence before: right before the quote (spaces aside) or at the end
  // of the paragraph before.
  let at = opensParagraph ? para.end : q.start;
  while (at > para.start && isWhiteSpace(text.charCodeAt(at - 1))) at--;
  if (at <= para.start) return null;
  const mark = text.charCodeAt(at - 1);
  if (mark !== 46 && mark !== 33 && mark !== 63) return null;
  const end = at - 1;
  const from = Math.max(para.start, prev && prev.end <= end ? prev.end : para.start, end - BEFORE_WINDOW);
  const start = sentenceStart(text, from, end + 1);
  // The sentence must lie after the previous quote: "“…,” Grant said." is that quote's cue.
  if (prev && start === from && from === prev.end) return null;
  if (mark === 63) return answerTo(ctx, start, end);
  const f = cueBefore(ctx, { ...q, start: end }, start, true);
  if (!f?.speaker) return null;
  return { ...f, rule: 'continuation', confidence: Math.min(f.confidence, 0.6) };
}

/**
 * "Why did she want to attend so badly? “It's Warhol. He is a legend.”": the quote answers
 * a question the article asks about one person, named by "he" or "she" in it.
 */
function answerTo(ctx: Context, start: number, end: number): Found | null {
  const tokens = ctx.sentenceTokensBefore(start, end);
  for (const t of tokens) {
    if (!t.word || t.cap) continue;
    const gender = t.lower === 'he' ? 'male' : t.lower === 'she' ? 'female' : null;
    if (!gender) continue;
    const res = resolvePhrase(ctx, { type: 'pronoun', tok: t, gender }, null, t.text);
    if (!res?.speaker || res.speaker.kind !== 'person') return null;
    return { speaker: res.speaker, cue: null, stance: null, via: null, rule: 'pronoun', confidence: Math.min(res.confidence, 0.5) };
  }
  return null;
}

/** The quote ends its sentence: its content ends with . ! ? … or only a sentence end or the paragraph's end follows it. */
function endsItsSentence(text: string, q: QuoteSpan): boolean {
  if (endsSentence(text, q.contentStart, q.contentEnd)) return true;
  let k = q.end;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13;
}

/** Whether only marks and spaces stand between the cue and the quote ("told reporters: “…”" is not adjacent, "told:" is). */
function adjacentCue(text: string, f: Found, q: QuoteSpan): boolean {
  if (!f.cue || f.cue.end > q.start) return false;
  for (let i = f.cue.end; i < q.start; i++) {
    const c = text.charCodeAt(i);
    if (!(isWhiteSpace(c) || c === 44 || c === 58)) return false;
  }
  return true;
}

/** Words that open an adverbial clause: what follows them is narrative, not reported words. */
const ADVERBIAL_OPENERS = new Set(['before', 'after', 'while', 'whilst', 'when', 'because', 'since', 'although', 'though', 'until', 'unless', 'whereas', 'once']);

/**
 * Whether a quote at `to` stands inside an adverbial clause that opens after the last comma
 * in `[from, to)` ("…, before the “red wall” seats voted"). A comma or colon right before the
 * quote closes such a clause ("said, as he left, “…”"), and then the quote is speech again.
 */
function inAdverbialClause(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (e <= from) return false;
  const last = text.charCodeAt(e - 1);
  if (last === 44 || last === 58) return false;
  let comma = e - 1;
  while (comma >= from && text.charCodeAt(comma) !== 44) comma--;
  if (comma < from || e - comma > 120) return false;
  let s = comma + 1;
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  let w = s;
  while (w < e && text.charCodeAt(w) >= 97 && text.charCodeAt(w) <= 122) w++;
  return w > s && ADVERBIAL_OPENERS.has(text.slice(s, w));
}

/** Whether the text in `[from, to)` ends with . ! ? or … (spaces aside). */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && text.charCodeAt(i) <= 32) i--;
  if (i < from) return false;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** An upper-case letter (ASCII or Latin-1/Extended-A capitals). */
function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Whether `[from, to)` holds more than `n` words; stops counting as soon as it knows. */
function moreWordsThan(text: string, from: number, to: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++words > n) return true;
    inWord = !space;
  }
  return false;
}

function startsParagraph(paragraphs: readonly Span[], offset: number): boolean {
  const i = paragraphIndexAt(paragraphs, offset);
  return i >= 0 && paragraphs[i].start === offset;
}
