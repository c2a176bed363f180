/**
 * Quote variants across articles: groups of quotes, from many documents, that report the
 * same statement with different wording.
 *
 * What the similarity catches, and what it does not:
 * - the same words with different punctuation, case, quote marks or spacing (always grouped);
 * - wording variants that keep the word order: a few words substituted, added or dropped
 *   ("…and pass all tests" / "…and withstand all tests");
 * - a partial quote inside a longer one ("the best in history" inside "are the best in
 *   history and pass all tests");
 * - the same content words in another order ("the armed forces of Russia and China" /
 *   "the Russian and Chinese armed forces"), when most of the wording is shared too.
 * It does NOT catch paraphrases that share few words ("unlimited friendship" / "friendship
 * without limits"), translations that diverge, or texts in languages written without spaces
 * between words. Quotes under `minWords` words (4 by default) and scare quotes group only
 * when their normalised words are identical: a few words in common say nothing. Surface
 * similarity cannot see meaning: "growing faster than expected" and "shrinking faster than
 * expected" group together, and the word diff is what shows the change. Quotes longer than
 * 400 words are compared on their first 400.
 *
 * How: every quote is split into normalised words and crude stems (plural `s` dropped,
 * first five letters kept), so that "pressure"/"pressures" and "close"/"closeness" compare
 * equal. Candidate pairs come from an index of content-word pairs (each content word with
 * the next one and the one after, function words skipped; a pair shared by more than
 * `maxBucket` distinct texts is skipped as uninformative, and the rarest pairs are read first,
 * up to 512 postings per quote), never from all pairs; identical
 * texts are indexed once. A candidate that shares enough pairs (the 24 that share the most,
 * when more do) is verified by a longest
 * common subsequence weighted so that function words ("the", "of") count a quarter of
 * content words; union-find joins verified pairs and identical texts into groups. Quotes of
 * one article can join a group, but a group is reported only when it spans `minDocuments`
 * articles.
 *
 * Pure: no editor or protocol imports.
 */
import type { Quote, QuoteKind } from './types';
import { normalizedText } from './wordDiff';

export interface VariantOptions {
  /** Quotes with fewer words group only on identical normalised words. Default 4. */
  minWords?: number;
  /** Weighted LCS similarity (Dice: 2·common / (a + b)) at or above which two quotes are variants. Default 0.65. */
  similarity?: number;
  /** Share of the shorter quote's weight found, in order and close together, in the longer one. Default 0.8. */
  containment?: number;
  /** Overlap of content-word stems (Dice) for a reordered variant, which also needs similarity ≥ 0.5. Default 0.7. */
  reorderOverlap?: number;
  /** A group is reported only when its quotes come from at least this many documents. Default 2. */
  minDocuments?: number;
  /** Index word pairs shared by more distinct quote texts than this are not used to find candidates. Default 256. */
  maxBucket?: number;
}

const DEFAULTS: Required<VariantOptions> = {
  minWords: 4,
  similarity: 0.65,
  containment: 0.8,
  reorderOverlap: 0.7,
  minDocuments: 2,
  maxBucket: 256,
};

/** Postings read when a quote text is indexed (its rarest word pairs first). */
const MAX_POSTINGS_READ = 512;
/** Candidates verified (by shared word pairs, most first) when a quote text is indexed. */
const MAX_VERIFIED = 24;
/** A reordered variant needs at least this weighted LCS similarity as well. */
const REORDER_MIN_SIMILARITY = 0.5;
/** Two fuzzy-matched quotes must share at least this many content words. */
const MIN_COMMON_CONTENT = 2;
/** Only the first words of a very long quote are compared (keeps a pair check bounded). */
const MAX_COMPARED_WORDS = 400;
/** Weight of a function word against 1 for a content word. */
const FUNCTION_WORD_WEIGHT = 0.25;

// English function words: shared by unrelated quotes, so they weigh little and do not index.
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here ' +
    'of to in on at by for from with without about into onto over under between among through during ' +
    'before after above below up down out off again further once as per via ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'who whom whose which what when where why how all any both each few more most other some such ' +
    'no not only own same too very can could will would shall should may might must ' +
    'is are was were be been being am do does did doing have has had having ' +
    "it's i'm we're they're you're he's she's that's there's don't doesn't didn't won't can't isn't aren't " +
    'just also even still now ever'
  ).split(' '),
);

/** How two quotes relate: `exact` (same normalised words), `variant`, `partial`, `reordered`, or null. */
export type VariantMatch = 'exact' | 'variant' | 'partial' | 'reordered';

export interface QuoteComparison {
  match: VariantMatch | null;
  /** Weighted LCS similarity, 0..1. */
  similarity: number;
  /** Weighted LCS over the shorter quote's weight, 0..1. */
  containment: number;
  /** Dice overlap of the content-word stems, 0..1. */
  overlap: number;
}

/** One quote of a variant group. */
export interface VariantMember {
  uri: string;
  quoteId: string;
  /** Offsets of the quote (with its marks) in its document. */
  start: number;
  end: number;
  /** The quote's content as written. */
  text: string;
  kind: QuoteKind;
  /** The speaker's name, when the quote is attributed. */
  speaker: string | null;
}

export interface VariantGroup {
  /**
   * Derived from content: a hash of the normalised text that sorts first among the members,
   * so the same set of quotes gets the same id whatever order documents arrive in.
   */
  id: string;
  /** Sorted by uri, then by position in the document. */
  members: VariantMember[];
  /** How many distinct documents the members come from. */
  documents: number;
}

/** The quotes of one document. */
export interface VariantDoc {
  uri: string;
  quotes: readonly Quote[];
}

/** A quote prepared for comparison. */
interface Prepared {
  /** Normalised words joined by spaces. */
  exact: string;
  wordCount: number;
  /**
   * The words' stems as 30-bit hashes, at most MAX_COMPARED_WORDS: content words as
   * non-negative numbers, function words as negative ones (see {@link stemHashes}).
   */
  stems: number[];
  /** Sum of the word weights. */
  total: number;
  /** Sorted distinct content stems, made when first needed. */
  content?: number[];
}

interface Entry extends Prepared {
  key: number;
  uri: string;
  /** The quote as given (members are made from it only for grouped quotes). */
  quote: Quote;
  /** Long enough, and not a scare quote: may group on similarity, not only exactly. */
  fuzzy: boolean;
  /** Word-pair keys under which the entry is indexed (empty unless it represents its text). */
  shingles: number[];
}

/** The quotes with one normalised text, and which of them is in the pair index (-1: none). */
interface ExactRecord {
  keys: number[];
  rep: number;
}

const APOSTROPHE = 39;
const LETTER_S = 115;

/**
 * Hashes the crude stem of the word `exact[start, end)`: a final "'s" and inner apostrophes
 * dropped, a plural `s` dropped (not after s, u or i), the first five characters kept.
 */
function stemHash(exact: string, start: number, end: number): number {
  if (end - start > 2 && exact.charCodeAt(end - 1) === LETTER_S && exact.charCodeAt(end - 2) === APOSTROPHE) end -= 2;
  let length = 0;
  for (let i = start; i < end; i++) if (exact.charCodeAt(i) !== APOSTROPHE) length++;
  if (length > 3 && exact.charCodeAt(end - 1) === LETTER_S) {
    const before = exact.charCodeAt(end - 2);
    if (before !== LETTER_S && before !== 117 /* u */ && before !== 105 /* i */) length--;
  }
  const keep = Math.min(length, 5);
  let h = 0x811c9dc5;
  for (let i = start, taken = 0; taken < keep; i++) {
    const c = exact.charCodeAt(i);
    if (c === APOSTROPHE) continue;
    h = Math.imul(h ^ c, 0x01000193);
    taken++;
  }
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

const FUNCTION_STEMS = new Set<number>();
for (const w of FUNCTION_WORDS) FUNCTION_STEMS.add(stemHash(w, 0, w.length));

/**
 * The stems of a normalised text, as numbers: equal stems give equal numbers (two different
 * stems give the same one with odds of about one in a billion, which only nudges a score).
 * A stem that a function word has ("the", "betwe" for "between") is stored as its bitwise
 * complement, so its sign says its weight.
 */
function stemHashes(exact: string): number[] {
  const stems: number[] = [];
  let start = 0;
  while (start < exact.length && stems.length < MAX_COMPARED_WORDS) {
    let end = exact.indexOf(' ', start);
    if (end < 0) end = exact.length;
    const h = stemHash(exact, start, end);
    stems.push(FUNCTION_STEMS.has(h) ? ~h : h);
    start = end + 1;
  }
  return stems;
}

function weightOf(stem: number): number {
  return stem < 0 ? FUNCTION_WORD_WEIGHT : 1;
}

function prepare(exact: string): Prepared {
  const stems = exact === '' ? [] : stemHashes(exact);
  let total = 0;
  for (const s of stems) total += weightOf(s);
  let wordCount = exact === '' ? 0 : 1;
  for (let i = exact.indexOf(' '); i >= 0; i = exact.indexOf(' ', i + 1)) wordCount++;
  return { exact, wordCount, stems, total };
}

function contentOf(p: Prepared): number[] {
  if (!p.content) p.content = [...new Set(p.stems.filter((s) => s >= 0))].sort((x, y) => x - y);
  return p.content;
}

// Reused between comparisons: the DP table for the weighted LCS.
let dpTable = new Float64Array(1024);

/** Weighted LCS of two prepared quotes, with how spread out the alignment is in the longer one. */
function weightedLcs(a: Prepared, b: Prepared): { weight: number; contentWords: number; spanInLonger: number } {
  const as = a.stems;
  const bs = b.stems;
  const n = as.length;
  const m = bs.length;
  const w = m + 1;
  const size = (n + 1) * w;
  if (dpTable.length < size) dpTable = new Float64Array(Math.max(size, dpTable.length * 2));
  const dp = dpTable;
  // dp[i * w + j] = best weight of a[i..] against b[j..]; filled backwards so the walk goes forwards.
  for (let j = 0; j <= m; j++) dp[n * w + j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const row = i * w;
    const below = row + w;
    dp[row + m] = 0;
    const ai = as[i];
    const wi = weightOf(ai);
    for (let j = m - 1; j >= 0; j--) {
      let best = dp[below + j];
      const right = dp[row + j + 1];
      if (right > best) best = right;
      if (ai === bs[j]) {
        const diag = dp[below + j + 1] + wi;
        if (diag > best) best = diag;
      }
      dp[row + j] = best;
    }
  }
  const aLonger = n >= m;
  let first = -1;
  let last = -1;
  let contentWords = 0;
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = dp[i * w + j];
    if (as[i] === bs[j] && here === dp[(i + 1) * w + j + 1] + weightOf(as[i])) {
      const pos = aLonger ? i : j;
      if (first < 0) first = pos;
      last = pos;
      if (as[i] >= 0) contentWords++;
      i++;
      j++;
    } else if (here === dp[(i + 1) * w + j]) i++;
    else j++;
  }
  return { weight: dp[0], contentWords, spanInLonger: first < 0 ? 0 : last - first + 1 };
}

function contentOverlap(a: number[], b: number[]): number {
  if (a.length + b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

function comparePrepared(a: Prepared, b: Prepared, fuzzy: boolean, o: Required<VariantOptions>): QuoteComparison {
  if (a.exact === b.exact && a.exact !== '') return { match: 'exact', similarity: 1, containment: 1, overlap: 1 };
  if (a.stems.length === 0 || b.stems.length === 0) return { match: null, similarity: 0, containment: 0, overlap: 0 };
  const lcs = weightedLcs(a, b);
  const similarity = (2 * lcs.weight) / (a.total + b.total);
  const containment = lcs.weight / Math.min(a.total, b.total);
  const overlap = contentOverlap(contentOf(a), contentOf(b));
  let match: VariantMatch | null = null;
  if (fuzzy && lcs.contentWords >= MIN_COMMON_CONTENT) {
    const shorterWords = Math.min(a.stems.length, b.stems.length);
    if (similarity >= o.similarity) match = 'variant';
    else if (containment >= o.containment && lcs.spanInLonger <= shorterWords * 1.5 + 2) match = 'partial';
    else if (similarity >= REORDER_MIN_SIMILARITY && overlap >= o.reorderOverlap) match = 'reordered';
  }
  return { match, similarity, containment, overlap };
}

function resolve(options: VariantOptions): Required<VariantOptions> {
  return { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
}

function isFuzzy(p: Prepared, kind: QuoteKind, o: Required<VariantOptions>): boolean {
  return kind !== 'scare' && p.wordCount >= o.minWords;
}

/**
 * Compares two quote texts the way the grouping does. `kinds` are the quotes' kinds: a scare
 * quote matches only exactly, like a quote under `minWords` words.
 */
export function compareQuotes(
  a: string,
  b: string,
  options: VariantOptions = {},
  kinds: [QuoteKind, QuoteKind] = ['quote', 'quote'],
): QuoteComparison {
  const o = resolve(options);
  const pa = prepare(normalizedText(a));
  const pb = prepare(normalizedText(b));
  return comparePrepared(pa, pb, isFuzzy(pa, kinds[0], o) && isFuzzy(pb, kinds[1], o), o);
}

/** FNV-1a over UTF-16 code units, twice with different offsets, as 16 hex digits. */
function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 13);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The stable id of a group whose members' normalised texts are `texts`. */
export function variantGroupId(texts: readonly string[]): string {
  let first: string | undefined;
  for (const t of texts) if (first === undefined || t < first) first = t;
  return 'vg-' + contentHash(first ?? '');
}

/**
 * Word-pair key -> the indexed quotes that have it, in flat typed arrays: an open-addressing
 * table of keys, each slot heading a linked list of postings. Much faster than a Map of arrays
 * for a million small lists. Postings of removed quotes stay in the lists (skipped when read)
 * until {@link PairIndex.clear} rebuilds.
 */
class PairIndex {
  /** Three numbers per slot, side by side so a lookup touches one cache line: key (-1: empty), first posting, live postings. */
  private table = new Int32Array(3 << 12).fill(-1);
  private used = 0;
  /** Two numbers per posting: the entry key, and the next posting of the same word pair (-1: none). */
  nodes = new Int32Array(2 << 12);
  private postings = 0;
  /** Postings of removed quotes still in the lists. */
  dead = 0;

  /** Times the table has grown; slots found before a growth are stale. */
  growths = 0;

  get size(): number {
    return this.postings;
  }


  /** The slot of `key` (its offset in the table), created when missing. */
  slot(key: number): number {
    const capacity = this.table.length / 3;
    const mask = capacity - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = this.table[i * 3];
      if (k === key) return i * 3;
      if (k === -1) break;
      i = (i + 1) & mask;
    }
    if ((this.used + 1) * 2 > capacity) {
      this.grow();
      return this.slot(key);
    }
    this.table[i * 3] = key;
    this.table[i * 3 + 1] = -1;
    this.table[i * 3 + 2] = 0;
    this.used++;
    return i * 3;
  }

  /** The first posting of a slot, -1 when none; follow `nodes[2 * p + 1]`. */
  head(slot: number): number {
    return this.table[slot + 1];
  }

  count(slot: number): number {
    return this.table[slot + 2];
  }

  add(slot: number, entry: number): void {
    if (this.postings * 2 === this.nodes.length) {
      const nodes = new Int32Array(this.nodes.length * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    const p = this.postings++;
    this.nodes[2 * p] = entry;
    this.nodes[2 * p + 1] = this.table[slot + 1];
    this.table[slot + 1] = p;
    this.table[slot + 2]++;
  }

  /** Counts a posting of a removed quote out of its key's live count. */
  drop(key: number): void {
    this.table[this.slot(key) + 2]--;
    this.dead++;
  }

  clear(): void {
    this.table.fill(-1);
    this.used = 0;
    this.postings = 0;
    this.dead = 0;
  }

  private grow(): void {
    this.growths++;
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    const mask = this.table.length / 3 - 1;
    for (let s = 0; s < old.length; s += 3) {
      if (old[s] === -1) continue;
      let i = Math.imul(old[s], 0x9e3779b1) >>> 0 & mask;
      while (this.table[i * 3] !== -1) i = (i + 1) & mask;
      this.table[i * 3] = old[s];
      this.table[i * 3 + 1] = old[s + 1];
      this.table[i * 3 + 2] = old[s + 2];
    }
  }
}

/**
 * An incremental index of the quotes of many documents: feed it one document at a time as
 * files change (`update`, `remove`) and ask for the groups. Pairs are verified when a
 * document is added; `groups()` only joins verified pairs, and is cached until the next
 * change (then rebuilt in one pass over the index). The index keeps the Quote objects it is
 * given, to make group members from; do not change them after `update`.
 */
export class VariantIndex {
  private readonly o: Required<VariantOptions>;
  /** By key; removed entries leave a hole. */
  private readonly entries: (Entry | undefined)[] = [];
  private count = 0;
  private readonly byUri = new Map<string, number[]>();
  /** Quotes by normalised text; only the representative of a text is in the pair index. */
  private readonly exact = new Map<string, ExactRecord>();
  /** The records of texts that more than one quote has. */
  private readonly shared = new Set<ExactRecord>();
  private readonly pairs = new PairIndex();
  /** Verified matches, between representatives only. */
  private readonly edges = new Map<number, Set<number>>();
  private cache: { groups: VariantGroup[]; byQuote: Map<string, VariantGroup> } | null = null;
  /** By key: how many word pairs an indexed representative has; 0 when not indexed. */
  private pairCount = new Int32Array(1024);
  // Candidate counting for the entry being linked, two numbers per key: a mark (the entry's
  // key + 1) saying the count is current, and the count of word pairs shared with it.
  private scratch = new Int32Array(2048);

  constructor(options: VariantOptions = {}) {
    this.o = resolve(options);
  }

  /** How many quotes the index holds. */
  get size(): number {
    return this.count;
  }

  /** Replaces the quotes of a document. */
  update(uri: string, quotes: readonly Quote[]): void {
    this.remove(uri);
    const keys: number[] = [];
    for (const q of quotes) {
      const exact = normalizedText(q.text);
      if (exact === '') continue;
      let record = this.exact.get(exact);
      // A text seen before is not stemmed again.
      const p = record ? this.entries[record.keys[0]]! : prepare(exact);
      const key = this.entries.length;
      const entry: Entry = {
        exact,
        wordCount: p.wordCount,
        stems: p.stems,
        total: p.total,
        key,
        uri,
        quote: q,
        fuzzy: isFuzzy(p, q.kind, this.o),
        shingles: [],
      };
      this.entries.push(entry);
      this.count++;
      keys.push(key);
      if (!record) {
        record = { keys: [], rep: -1 };
        this.exact.set(exact, record);
      }
      record.keys.push(key);
      if (record.keys.length === 2) this.shared.add(record);
      // The same text from many articles is indexed once, so a famous quote repeated
      // everywhere does not crowd the pair index; its copies join through `exact`.
      if (record.rep < 0 && entry.fuzzy) this.represent(record, entry);
    }
    if (keys.length > 0) this.byUri.set(uri, keys);
    this.cache = null;
  }

  /** Forgets a document's quotes. */
  remove(uri: string): void {
    const keys = this.byUri.get(uri);
    if (!keys) return;
    this.byUri.delete(uri);
    const gone = new Set(keys);
    const orphaned: ExactRecord[] = [];
    const touched = new Set<string>();
    for (const key of keys) {
      const e = this.entries[key]!;
      this.entries[key] = undefined;
      this.count--;
      touched.add(e.exact);
      const record = this.exact.get(e.exact)!;
      if (record.rep === key) {
        for (const s of e.shingles) this.pairs.drop(s);
        this.pairCount[key] = 0;
        for (const other of this.edges.get(key) ?? []) this.edges.get(other)?.delete(key);
        this.edges.delete(key);
        record.rep = -1;
        orphaned.push(record);
      }
    }
    for (const text of touched) {
      const record = this.exact.get(text)!;
      record.keys = record.keys.filter((k) => !gone.has(k));
      if (record.keys.length < 2) this.shared.delete(record);
      if (record.keys.length === 0) this.exact.delete(text);
    }
    if (this.pairs.dead > 4096 && this.pairs.dead * 2 > this.pairs.size) this.reindex();
    for (const record of orphaned) {
      const next = record.keys.map((k) => this.entries[k]!).find((e) => e.fuzzy);
      if (next) this.represent(record, next);
    }
    this.cache = null;
  }

  /** The documents the index holds. */
  uris(): string[] {
    return [...this.byUri.keys()];
  }

  /** Every group with quotes from at least `minDocuments` documents, largest first. */
  groups(): VariantGroup[] {
    return this.build().groups;
  }

  /** The group a quote belongs to, if it is in one. */
  variantsOf(uri: string, quoteId: string): VariantGroup | undefined {
    return this.build().byQuote.get(uri + '\u0000' + quoteId);
  }

  /**
   * Makes `entry` the indexed representative of its text: verifies it against the indexed
   * quotes that share enough word pairs with it (at least one, and 15% of the smaller
   * pair count: a variant that passes the thresholds keeps most of its pairs), then indexes it.
   */
  private represent(record: ExactRecord, entry: Entry): void {
    record.rep = entry.key;
    entry.shingles = wordPairs(entry);
    if (this.pairCount.length < this.entries.length) {
      const size = Math.max(this.entries.length, this.pairCount.length * 2);
      const pairCount = new Int32Array(size);
      pairCount.set(this.pairCount);
      this.pairCount = pairCount;
      const scratch = new Int32Array(size * 2);
      scratch.set(this.scratch);
      this.scratch = scratch;
    }
    const mark = entry.key + 1;
    const touched: number[] = [];
    const scratch = this.scratch;
    const nodes = this.pairs.nodes;
    const growths = this.pairs.growths;
    let slots = entry.shingles.map((s) => this.pairs.slot(s));
    // Creating a slot may have grown the table and moved the slots found before it.
    if (this.pairs.growths !== growths) slots = entry.shingles.map((s) => this.pairs.slot(s));
    // Rarest pairs first, and a bounded number of postings in all: a pair many quotes share
    // says little, and reading every list made each new quote cost as much as the index held.
    const order = slots.filter((slot) => this.pairs.count(slot) <= this.o.maxBucket).sort((a, b) => this.pairs.count(a) - this.pairs.count(b) || a - b);
    let read = 0;
    for (const slot of order) {
      if (read >= MAX_POSTINGS_READ) break;
      read += this.pairs.count(slot);
      for (let p = this.pairs.head(slot); p >= 0; p = nodes[2 * p + 1]) {
        const other = nodes[2 * p];
        if (scratch[2 * other] !== mark) {
          scratch[2 * other] = mark;
          scratch[2 * other + 1] = 0;
          touched.push(other);
        }
        scratch[2 * other + 1]++;
      }
    }
    const likely: number[] = [];
    for (const other of touched) {
      // pairCount is 0 for a removed quote or one no longer indexed.
      const need = Math.max(1, Math.ceil(0.15 * Math.min(entry.shingles.length, this.pairCount[other])));
      if (this.pairCount[other] !== 0 && scratch[2 * other + 1] >= need) likely.push(other);
    }
    // Only the candidates sharing the most pairs are verified: in a workspace where one quote
    // has hundreds of variants, each new one links to its closest few (enough to join their
    // group) instead of being compared with all of them, which made filling the index
    // quadratic. Ties by key, so the result does not depend on visiting order.
    if (likely.length > MAX_VERIFIED) {
      likely.sort((a, b) => scratch[2 * b + 1] - scratch[2 * a + 1] || a - b);
      likely.length = MAX_VERIFIED;
    }
    for (const other of likely) {
      const candidate = this.entries[other]!;
      if (comparePrepared(entry, candidate, true, this.o).match) {
        addEdge(this.edges, entry.key, other);
        addEdge(this.edges, other, entry.key);
      }
    }
    this.pairCount[entry.key] = entry.shingles.length;
    // Slots stay valid: adding postings never moves the table (only creating a slot can).
    for (const slot of slots) this.pairs.add(slot, entry.key);
  }

  /** Rebuilds the pair index from the live representatives, dropping the postings of removed quotes. */
  private reindex(): void {
    this.pairs.clear();
    for (const e of this.entries) {
      if (!e || e.shingles.length === 0) continue;
      for (const s of e.shingles) this.pairs.add(this.pairs.slot(s), e.key);
    }
  }

  private build(): { groups: VariantGroup[]; byQuote: Map<string, VariantGroup> } {
    if (this.cache) return this.cache;
    const parent = new Int32Array(this.entries.length);
    for (let i = 0; i < parent.length; i++) parent[i] = i;
    const find = (x: number): number => {
      while (parent[x] !== x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    };
    const union = (x: number, y: number): void => {
      const rx = find(x);
      const ry = find(y);
      if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
    };
    // Only texts that are shared or have a verified variant can be in a group: visit those,
    // not the whole index, so a rebuild after an edit stays cheap in a large workspace.
    const involved = new Set<ExactRecord>(this.shared);
    for (const [key, others] of this.edges) {
      if (others.size === 0) continue;
      involved.add(this.exact.get(this.entries[key]!.exact)!);
      for (const other of others) union(key, other);
    }
    for (const { keys } of involved) for (let i = 1; i < keys.length; i++) union(keys[0], keys[i]);

    const components = new Map<number, Entry[]>();
    for (const { keys } of involved) {
      for (const key of keys) {
        const root = find(key);
        const list = components.get(root);
        if (list) list.push(this.entries[key]!);
        else components.set(root, [this.entries[key]!]);
      }
    }
    const groups: VariantGroup[] = [];
    const byQuote = new Map<string, VariantGroup>();
    for (const list of components.values()) {
      const documents = new Set(list.map((e) => e.uri)).size;
      if (documents < this.o.minDocuments) continue;
      list.sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.quote.start - y.quote.start));
      const group: VariantGroup = {
        id: variantGroupId(list.map((e) => e.exact)),
        members: list.map(memberOf),
        documents,
      };
      groups.push(group);
      for (const e of list) byQuote.set(e.uri + '\u0000' + e.quote.id, group);
    }
    groups.sort(
      (x, y) => y.documents - x.documents || y.members.length - x.members.length || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
    this.cache = { groups, byQuote };
    return this.cache;
  }
}

function memberOf(e: Entry): VariantMember {
  const q = e.quote;
  return { uri: e.uri, quoteId: q.id, start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker ? q.speaker.name : null };
}

/**
 * The index keys of a quote: each content word paired with the next content word and with
 * the one after that (function words skipped), so one substituted word still leaves shared pairs.
 */
function wordPairs(p: Prepared): number[] {
  const out: number[] = [];
  let before = -1; // the content stem two back
  let last = -1; // the previous content stem
  for (const s of p.stems) {
    if (s < 0) continue;
    if (last >= 0) addOnce(out, pairKey(last, s));
    if (before >= 0) addOnce(out, pairKey(before, s));
    before = last;
    last = s;
  }
  return out;
}

/**
 * A 30-bit key for an ordered pair of stems (a small integer keeps lookups fast). Two pairs
 * may share a key; that only adds a candidate, which verification then rejects.
 */
function pairKey(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

function addOnce(list: number[], key: number): void {
  // Quotes are short; a long one (MAX_COMPARED_WORDS at most) pays a quadratic check once.
  if (!list.includes(key)) list.push(key);
}

function addEdge(edges: Map<number, Set<number>>, from: number, to: number): void {
  const set = edges.get(from);
  if (set) set.add(to);
  else edges.set(from, new Set([to]));
}

/** Groups the quotes of many documents into variant groups (see the module comment for what matches). */
export function groupVariants(docs: readonly VariantDoc[], options: VariantOptions = {}): VariantGroup[] {
  const index = new VariantIndex(options);
  for (const d of docs) index.update(d.uri, d.quotes);
  return index.groups();
}
