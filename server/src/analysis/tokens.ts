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

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*(?:\.(?:\p{L}\.)*)?|[^\s\p{L}\p{N}]/gu;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'st', 'rev',
  'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'dept', 'univ', 'maj', 'adm', 'cmdr', 'gov',
  'pres', 'supt', 'det', 'insp', 'hon', 'fr', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep',
  'oct', 'nov', 'dec',
]);

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Tokens of `text` in `[from, to)`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    let raw = m[0];
    const start = from + m.index;
    const first = raw[0];
    const isWord = /[\p{L}\p{N}]/u.test(first);
    if (isWord && raw.length > 1 && raw.endsWith('.')) {
      const bare = raw.slice(0, -1);
      const keep = ABBREVIATIONS.has(bare.toLowerCase()) || bare.includes('.') || (bare.length === 1 && isUpper(bare));
      if (!keep) {
        raw = bare;
        out.push(makeToken(start, raw, true));
        out.push(makeToken(start + raw.length, '.', false));
        continue;
      }
    }
    out.push(makeToken(start, raw, isWord));
  }
  return out;
}

function makeToken(start: number, raw: string, word: boolean): Token {
  return { start, end: start + raw.length, text: raw, lower: raw.toLowerCase(), word, cap: word && isUpper(raw[0]) };
}
