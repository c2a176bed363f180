/**
 * A NER-like gold set from GUM's entity layer (which marks every mention: named, nominal and
 * pronominal). See eval/README.md, "Gold entities", for the reasoning.
 *
 * - Kept: mentions of type person / organization / place / time whose own named core (below)
 *   holds a proper noun (UPOS PROPN or Penn NNP/NNPS); for time also a four-digit year ("in
 *   2011"), which news NER tags as a date although UD tags the year NUM; and mentions whose
 *   capitalised head carries a Wikipedia identity though tagged a common noun ("Facebook").
 * - Each kept mention has two spans: `span`, the whole mention ("the United States",
 *   "NASA Administrator Charles Bolden"), and `name`, the named core (below). Exact matching
 *   uses `name`; boundary-tolerant matching accepts any overlap with the whole mention.
 */
import { pairMentions, type WordMention } from './brackets';
import type { GumDoc, Word } from './conllu';
import type { EntityType, Span } from '../server/src/analysis/types';

export interface GoldEntity {
  type: EntityType;
  /** The whole GUM mention. */
  span: Span;
  /** The named core used for exact matching. */
  name: Span;
  etype: string;
  identity: string | null;
  firstWord: number;
  endWord: number;
}

export const GUM_TYPE_MAP: Readonly<Record<string, EntityType>> = {
  person: 'PERSON',
  organization: 'ORG',
  place: 'PLACE',
  time: 'DATE',
};

const YEAR = /^(1[5-9]\d\d|20\d\d)s?$/;

/** Words that bind a multi-word name together ("Daughters of the American Revolution"). */
const NAME_GLUE = new Set(['of', 'the', 'and', '&', '-', 'de', 'for', 'on', "'s", '.']);
/** Relations that tie a word into the name it belongs to. */
const NAME_RELS = /^(flat|compound|fixed|goeswith)/;

/** A proper-noun word: UPOS PROPN or Penn NNP/NNPS ("United" in "United States" is VERB/NNP). */
export function isProperNoun(w: Word): boolean {
  return w.upos === 'PROPN' || w.xpos === 'NNP' || w.xpos === 'NNPS';
}

function isNamey(w: Word): boolean {
  return isProperNoun(w) || (w.upos === 'NUM' && /\d/.test(w.form));
}

function headWord(doc: GumDoc, m: { firstWord: number; endWord: number }): Word | undefined {
  // word ids are 1..n inside a sentence (empty nodes are not kept), so a head is found by index
  for (let i = m.firstWord; i < m.endWord; i++) {
    const w = doc.words[i];
    if (w.head === 0) return w;
    const h = doc.sentences[w.sentence].firstWord + w.head - 1;
    if (h < m.firstWord || h >= m.endWord) return w;
  }
  return undefined;
}

/** Relations that attach a separate phrase, not a part of the same name. */
const NOT_NAME_RELS = /^(nmod$|nmod:(?!desc|unmarked)|appos|obl|acl|advcl|nsubj|obj|iobj|det|case|punct|parataxis|dep|vocative|discourse)/;

/**
 * Title words that precede a person's name. GUM tags them PROPN ("President", "Ambassador"),
 * news NER leaves them out of the name, so they are cut off the front of PERSON cores.
 */
export const PERSON_TITLES = new Set(
  (
    'president vice prime minister ambassador administrator secretary senator sen. governor gov. mayor ' +
    'mr. mrs. ms. miss dr. prof. professor sir lord lady king queen prince princess pope cardinal bishop ' +
    'reverend rev. father sister brother judge justice chancellor chairman chairwoman chair ceo director ' +
    'commissioner chief general gen. colonel col. captain capt. lieutenant lt. sergeant sgt. admiral ' +
    'representative rep. congressman congresswoman councillor councilor deputy premier president-elect ' +
    'officer coach detective inspector superintendent sheriff commander marshal emperor sheikh ayatollah mp'
  ).split(' '),
);

/**
 * Grows a name from word `i` over neighbouring name words inside [lo, hi), letting glue words
 * ("of", "the", "&") through only between two name words ("Museum of Flight"), and not over
 * words that attach a separate phrase ("Ambassador to the United States | Hamdullah Mohib").
 */
function growName(
  doc: GumDoc,
  i: number,
  lo: number,
  hi: number,
  own: (w: Word) => boolean,
  bridgeGlue = true,
): { firstWord: number; endWord: number } {
  let a = i;
  let b = i + 1;
  const headOf = (w: Word) => (w.head === 0 ? -1 : doc.sentences[w.sentence].firstWord + w.head - 1);
  const nameWord = (w: Word) => own(w) && (isNamey(w) || (NAME_RELS.test(w.deprel) && w.upos !== 'DET' && /^[A-Z0-9]/.test(w.form)));
  // tied to the name so far: hangs on it by a name relation, or a name word hangs on it
  // ("Couillard" flat -> "Julie"; "Space" conj -> "Aviation" in "Aviation & Space Museum")
  const tied = (w: Word) => {
    const h = headOf(w);
    // up the tree through name relations into the run ("Zealand" -> "New" -> "Herald")
    for (let cur = w, steps = 0; steps < 20; steps++) {
      const up = headOf(cur);
      if (up < lo || up >= hi || NOT_NAME_RELS.test(cur.deprel)) break;
      if (up >= a && up < b) return true;
      cur = doc.words[up];
    }
    for (let k = a; k < b; k++) {
      const x = doc.words[k];
      if (headOf(x) === w.index && /^(flat|compound|conj|fixed|goeswith|nmod:unmarked)/.test(x.deprel)) return true;
      // siblings: "member <- Rodaba, Noori" (both flat), "constituency <- Kowloon, West" (both compound)
      if (headOf(x) === h && /^(flat|compound)/.test(x.deprel) && /^(flat|compound)/.test(w.deprel)) return true;
    }
    return false;
  };
  // hyphens and dots join parts of one name ("Chung - tai", "L. Ron"); words like "of" only when allowed
  const glue = (w: Word) => own(w) && (bridgeGlue ? NAME_GLUE.has(w.form.toLowerCase()) && w.form !== "'s" : w.form === '-' || w.form === '.');
  for (;;) {
    const w = doc.words[a - 1];
    if (a - 1 >= lo && nameWord(w) && tied(w)) {
      a--;
      continue;
    }
    let k = a - 1;
    while (k >= lo && glue(doc.words[k])) k--;
    if (k < a - 1 && k >= lo && own(doc.words[k]) && isNamey(doc.words[k]) && !/^(appos|obl)/.test(doc.words[k].deprel)) {
      a = k;
      continue;
    }
    break;
  }
  for (;;) {
    const w = doc.words[b];
    // rightwards, a name word continues the name unless it starts a separate phrase
    if (b < hi && own(w) && isNamey(w) && !/^(appos|obl|acl|parataxis|list)/.test(w.deprel)) {
      b++;
      continue;
    }
    let k = b;
    while (k < hi && glue(doc.words[k])) k++;
    if (k > b && k < hi && own(doc.words[k]) && isNamey(doc.words[k]) && !/^(appos|obl)/.test(doc.words[k].deprel)) {
      b = k + 1;
      continue;
    }
    break;
  }
  return { firstWord: a, endWord: b };
}

/** Cuts leading title words off a PERSON core; null when nothing but titles is left ("The President"). */
function dropTitles(doc: GumDoc, core: { firstWord: number; endWord: number }): { firstWord: number; endWord: number } | null {
  let last = -1;
  for (let i = core.firstWord; i < core.endWord; i++) {
    if (PERSON_TITLES.has(doc.words[i].form.toLowerCase())) last = i;
  }
  if (last < 0) return core;
  // nothing but titles, or a title last ("an Ottawa New Democrat MP"): no name
  if (last + 1 >= core.endWord) return null;
  return { firstWord: last + 1, endWord: core.endWord };
}

/**
 * The named core of a mention, in words, or null when the mention is not a named one.
 *
 * Only the mention's own name words count: words inside a smaller mention nested in it belong
 * to that mention ("critics of U.S. President Donald Trump's policies" owns no name; "the New
 * Zealand government" neither). When the head word (the first word whose syntactic head lies
 * outside the mention) is a name word, the core grows from it over flat/compound name words,
 * letting glue words ("of", "the", "&") through only between two name words ("Museum of
 * Flight"); titles attached otherwise ("NASA Administrator" in "NASA Administrator Charles
 * Bolden") stay out. Otherwise the core is the last run of own name words ("team member Rodaba
 * Noori" -> "Rodaba Noori").
 */
export function namedCore(
  doc: GumDoc,
  m: { firstWord: number; endWord: number },
  nested: readonly { firstWord: number; endWord: number }[] = [],
  dateLike = false,
  bridgeGlue = true,
  personLike = false,
): { firstWord: number; endWord: number } | null {
  const own = (w: Word) => !nested.some((n) => w.index >= n.firstWord && w.index < n.endWord);
  if (dateLike) {
    // a date's core runs from its first to its last name word: "Wednesday, April 13, 2011"
    let a = m.firstWord;
    let b = m.endWord;
    while (a < b && !(own(doc.words[a]) && isNamey(doc.words[a]))) a++;
    while (b > a && !(own(doc.words[b - 1]) && isNamey(doc.words[b - 1]))) b--;
    return a < b ? { firstWord: a, endWord: b } : null;
  }
  const head = headWord(doc, m);
  // a name headed by a name word takes in nested names that are part of it ("Mexico City")
  if (head && own(head) && isNamey(head)) return growName(doc, head.index, m.firstWord, m.endWord, () => true, bridgeGlue);
  // a person's name follows the head noun it names ("team member Rodaba Noori"); name words
  // before it are modifiers ("Foreign Affairs minister", "345 Muslim pilgrims")
  const from = personLike && head ? head.index + 1 : m.firstWord;
  for (let i = m.endWord - 1; i >= from; i--) {
    const w = doc.words[i];
    // seeded by an own name word, the name may take in a nested name beside it ("Kowloon West")
    if (own(w) && isNamey(w)) return growName(doc, i, m.firstWord, m.endWord, () => true, bridgeGlue);
  }
  return null;
}

/** All mentions of a document (any type), as word ranges. */
export function allMentions(doc: GumDoc): WordMention[] {
  return pairMentions(doc.words.map((w) => w.entityEvents));
}

function wordsSpan(doc: GumDoc, firstWord: number, endWord: number): Span {
  return { start: doc.words[firstWord].start, end: doc.words[endWord - 1].end };
}

/**
 * Whole spans of GUM time mentions. A predicted DATE that matches no gold date but lies on one
 * of these ("yesterday", "this year", "last week": dates to news NER, but not named in GUM) is
 * left out of the DATE score rather than counted false.
 */
export function timeMentionSpans(doc: GumDoc): Span[] {
  return allMentions(doc)
    .filter((m) => m.etype === 'time')
    .map((m) => wordsSpan(doc, m.firstWord, m.endWord));
}

/** The gold entity mentions of one document, sorted by start. */
export function goldEntities(doc: GumDoc): GoldEntity[] {
  const out: GoldEntity[] = [];
  const mentions = allMentions(doc);
  for (const m of mentions) {
    const type = GUM_TYPE_MAP[m.etype];
    if (!type) continue;
    // A date keeps the times nested in it ("April 13, 2011" holds "2011"); other mentions
    // give nested mentions' words to those mentions.
    const nested = mentions.filter(
      (n) =>
        n !== m &&
        !(type === 'DATE' && n.etype === 'time') &&
        n.firstWord >= m.firstWord &&
        n.endWord <= m.endWord &&
        n.endWord - n.firstWord < m.endWord - m.firstWord,
    );
    // person names do not run over "of": "Wong Kwok-kin | of the FTU"
    let core = namedCore(doc, m, nested, type === 'DATE', type !== 'PERSON', type === 'PERSON');
    if (core && type === 'PERSON') core = dropTitles(doc, core);
    const head = headWord(doc, m);
    // A Wikipedia identity belongs to the whole coreference chain ("he", "the team" carry it
    // too), so it names a mention only through a capitalised, non-pronoun head that the tagger
    // left as a common noun ("Facebook" NOUN/NN).
    const identityName =
      !core &&
      m.identity !== null &&
      type !== 'DATE' &&
      head !== undefined &&
      !['PRON', 'DET'].includes(head.upos) &&
      /^\p{Lu}/u.test(head.form) &&
      !PERSON_TITLES.has(head.form.toLowerCase()) &&
      !nested.some((n) => head.index >= n.firstWord && head.index < n.endWord);
    if (identityName) core = { firstWord: head.index, endWord: head.index + 1 };
    if (!core) continue;
    const coreWords = doc.words.slice(core.firstWord, core.endWord);
    // a time mention is named through a month/day name or a year, not through "30 years"
    if (type === 'DATE' && !coreWords.some((w) => isProperNoun(w) || YEAR.test(w.form))) continue;
    if (type !== 'DATE' && !identityName && !coreWords.some(isProperNoun)) continue;
    // plural group names ("Afghans", "Muslims") are nationalities/religions, not PERSON entities
    if (type === 'PERSON' && head && head.xpos === 'NNPS' && core.endWord - core.firstWord === 1) continue;
    out.push({
      type,
      span: wordsSpan(doc, m.firstWord, m.endWord),
      name: wordsSpan(doc, core.firstWord, core.endWord),
      etype: m.etype,
      identity: m.identity,
      firstWord: m.firstWord,
      endWord: m.endWord,
    });
  }
  // Flat NER: a name inside another kept name is left to the outer one.
  const flat = out.filter(
    (g) => !out.some((o) => o !== g && o.name.start <= g.name.start && o.name.end >= g.name.end && o.name.end - o.name.start > g.name.end - g.name.start),
  );
  out.length = 0;
  out.push(...flat);
  out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return out;
}
