/**
 * A small tokenizer for the few hundred characters around a quote: words (with inner
 * hyphens and apostrophes, "Xi’s", "state-run") and single punctuation marks, each with its
 * offsets in the text. Abbreviations keep their dot ("Mr.", "U.S.") so that a dot only ends
 * a sentence where it should.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'st', 'rev',
  'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'dept', 'univ', 'maj', 'adm', 'cmdr',
  'pres', 'supt', 'det', 'insp', 'hon', 'fr', 'mt', 'ft', 'brig', 'cpl', 'pvt', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep',
  'oct', 'nov', 'dec',
]);

let longest = 0;
for (const a of ABBREVIATIONS) longest = Math.max(longest, a.length);
/** Length of the longest abbreviation: a longer word before a dot is never one. */
const ABBREVIATION_MAX = longest;

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** 1: letter or digit; 2: joins a word (' ’ -); 0: other. ASCII by table, the rest by regex. */
function charClass(c: number): number {
  if (c < 128) return ASCII[c];
  const known = CLASS_CACHE[c];
  if (known !== 0) return known - 1;
  let k: number;
  if (c === 0x2019) k = 2;
  else if (c >= 0xd800 && c <= 0xdfff) k = 0;
  else k = NON_ASCII_WORD.test(String.fromCharCode(c)) ? 1 : 0;
  CLASS_CACHE[c] = k + 1;
  return k;
}
/** Classes of characters above ASCII, filled on first sight (0 = not yet known, else class + 1). */
const CLASS_CACHE = new Uint8Array(0x10000);
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) ASCII[c] = 1;
for (let c = 97; c <= 122; c++) ASCII[c] = 1;
ASCII[39] = 2;
ASCII[45] = 2;

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** One-character strings for punctuation tokens, made once: most punctuation is ASCII. */
const CHAR_STRINGS: string[] = [];
for (let c = 0; c < 128; c++) CHAR_STRINGS.push(String.fromCharCode(c));

/**
 * Tokens of `text` in `[from, to)`, at most `maxTokens` of them. Runs once for every stretch
 * of text beside a quote, so it reads each character once through flat tables, and lower-cases
 * a word only when it holds a capital or a letter beyond ASCII.
 */
export function tokenize(text: string, from: number, to: number, maxTokens = Infinity): Token[] {
  const out: Token[] = [];
  const end = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < end && out.length < maxTokens) {
    const c = text.charCodeAt(i);
    const k0 = c < 128 ? ASCII[c] : charClass(c);
    if (k0 !== 1) {
      if (c <= 32 || (c >= 128 && isSpace(c))) {
        i++;
        continue;
      }
      // One punctuation mark (a surrogate pair stays whole).
      if (c < 128) {
        const s = CHAR_STRINGS[c];
        out.push({ start: i, end: i + 1, text: s, lower: s, word: false, cap: false });
        i++;
      } else {
        const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
        const len = c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
        const s = text.slice(i, i + len);
        out.push({ start: i, end: i + len, text: s, lower: s, word: false, cap: false });
        i += len;
      }
      continue;
    }
    // `plain`: only ASCII lower-case letters, digits and joiners so far, so lower === text.
    let plain = !(c >= 65 && c <= 90) && c < 128;
    let j = i + 1;
    for (;;) {
      if (j >= end) break;
      const d = text.charCodeAt(j);
      const k = d < 128 ? ASCII[d] : charClass(d);
      if (k === 1) {
        if (plain && (d >= 128 || (d >= 65 && d <= 90))) plain = false;
        j++;
      } else if (k === 2 && j + 1 < end && (text.charCodeAt(j + 1) < 128 ? ASCII[text.charCodeAt(j + 1)] : charClass(text.charCodeAt(j + 1))) === 1) {
        if (d >= 128) plain = false;
        j++;
      } else break;
    }
    // A trailing dot stays on abbreviations and initials ("Mr.", "U.S.", "J.").
    if (j < end && text.charCodeAt(j) === 46) {
      // Only a word as short as the longest abbreviation is sliced and looked up.
      const listed = j - i <= ABBREVIATION_MAX && ABBREVIATIONS.has(text.slice(i, j).toLowerCase());
      const initials = j - i === 1 || (j + 1 < end && charClass(text.charCodeAt(j + 1)) === 1);
      if (listed || (j - i === 1 && isUpperCode(c)) || (initials && j + 2 < end && text.charCodeAt(j + 2) === 46)) {
        j++;
        plain = false;
        // U.S. / U.K.: swallow further letter-dot pairs
        while (j + 1 < end && charClass(text.charCodeAt(j)) === 1 && text.charCodeAt(j + 1) === 46) j += 2;
      }
    }
    out.push(makeWord(text, i, j, c, plain));
    i = j;
  }
  return out;
}

/**
 * True when no token can hold the character before `offset`: it is white space, so the
 * tokens of a range that start at or after `offset` are the tokens of the range from
 * `offset` on. (The range start is such a place too.)
 */
export function tokenBoundary(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset - 1);
  return c <= 32 || (c >= 128 && isSpace(c));
}

function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || c >= 0x10000) return false;
  const known = UPPER_CACHE[c];
  if (known !== 0) return known === 2;
  const ch = String.fromCharCode(c);
  const upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  UPPER_CACHE[c] = upper ? 2 : 1;
  return upper;
}
const UPPER_CACHE = new Uint8Array(0x10000);

/** "al-Amr", "bin-Salman", "d'Estaing": a lower-case particle joined to a capitalised name. */
const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|abu|bin|ibn|ben|da|de|di|du|van|von|der|la|le|d|l)[-'’]\p{Lu}/u;

function hasJoiner(raw: string): boolean {
  for (let i = 1; i < raw.length && i < 5; i++) {
    const c = raw.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) return true;
  }
  return false;
}

function makeWord(text: string, start: number, end: number, first: number, plain: boolean): Token {
  const raw = text.slice(start, end);
  if (plain) {
    // Lower-case ASCII: a capital only through a joined particle ("al-Assad").
    const cap = end - start > 3 && hasJoiner(raw) && PARTICLE_NAME.test(raw);
    return { start, end, text: raw, lower: raw, word: true, cap };
  }
  const cap = isUpperCode(first) || (first >= 97 && first <= 122 && end - start > 3 && hasJoiner(raw) && PARTICLE_NAME.test(raw));
  return { start, end, text: raw, lower: lowerOf(raw), word: true, cap };
}

/**
 * Lower-case forms of capitalised words, memoised: names and sentence openers recur, and a
 * remembered form is cheaper than a new one (its hash is kept for the lexicon look-ups too).
 */
const LOWER = new Map<string, string>();
function lowerOf(raw: string): string {
  let lower = LOWER.get(raw);
  if (lower === undefined) {
    lower = raw.toLowerCase();
    if (LOWER.size >= 16384) LOWER.clear();
    LOWER.set(ownCopy(raw), lower);
  }
  return lower;
}

/**
 * `s` as a string of its own. V8 makes a slice of 13 or more characters a view into the string
 * it was cut from, which then stays in memory as long as the slice does: a word kept in a
 * cache that outlives its text would keep the whole article. Short slices are copies already.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
