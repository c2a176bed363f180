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
  'pres', 'supt', 'det', 'insp', 'hon', 'fr', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep',
  'oct', 'nov', 'dec',
]);

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

/** Tokens of `text` in `[from, to)`, at most `maxTokens` of them. */
export function tokenize(text: string, from: number, to: number, maxTokens = Infinity): Token[] {
  const out: Token[] = [];
  const end = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < end && out.length < maxTokens) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (charClass(c) !== 1) {
      // One punctuation mark (a surrogate pair stays whole).
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
      out.push(makeToken(text, i, i + len, false));
      i += len;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j >= end) break;
      const k = charClass(text.charCodeAt(j));
      if (k === 1) j++;
      else if (k === 2 && j + 1 < end && charClass(text.charCodeAt(j + 1)) === 1) j += 2;
      else break;
    }
    // A trailing dot stays on abbreviations and initials ("Mr.", "U.S.", "J.").
    if (j < end && text.charCodeAt(j) === 46) {
      const bare = text.slice(i, j).toLowerCase();
      const initials = j - i === 1 || (j + 1 < end && charClass(text.charCodeAt(j + 1)) === 1);
      if (ABBREVIATIONS.has(bare) || (j - i === 1 && isUpperCode(c)) || (initials && j + 2 < end && text.charCodeAt(j + 2) === 46)) {
        j++;
        // U.S. / U.K.: swallow further letter-dot pairs
        while (j + 1 < end && charClass(text.charCodeAt(j)) === 1 && text.charCodeAt(j + 1) === 46) j += 2;
      }
    }
    out.push(makeToken(text, i, j, true));
    i = j;
  }
  return out;
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

function makeToken(text: string, start: number, end: number, word: boolean): Token {
  const raw = text.slice(start, end);
  const first = raw.charCodeAt(0);
  const cap = word && (isUpperCode(first) || (first >= 97 && first <= 122 && end - start > 3 && hasJoiner(raw) && PARTICLE_NAME.test(raw)));
  return { start, end, text: raw, lower: word ? raw.toLowerCase() : raw, word, cap };
}
