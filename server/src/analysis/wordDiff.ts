/**
 * Words of a quote and a word-level diff between two quote texts.
 *
 * Words are compared in a normalised form (case folded, accents and apostrophe styles
 * unified, punctuation and spacing ignored) so that "Pass all tests." and "pass all
 * tests" are the same words; the diff output keeps the words as written. Pure: no
 * editor or protocol imports.
 */

/** One word of a text, with where it is and how it compares. */
export interface WordToken {
  /** Lower-case, accent-free, apostrophes as `'`. */
  norm: string;
  /** UTF-16 offsets of the word itself in the text (no punctuation). */
  start: number;
  end: number;
  /**
   * The word as written together with the punctuation that follows it up to the next
   * word ("Moscow,"), and for the first word the punctuation before it. Used for display.
   */
  display: string;
  /** Whitespace separates this word from the one before ("S-300" gives `S-` then `300` without). */
  spaceBefore: boolean;
}

// Letters and digits (with any combining marks after them, as in decomposed accents or
// Indic vowel signs), with apostrophes inside a word ("don't", "today’s") kept.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’ʼ‘][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const APOSTROPHES = /['’ʼ‘`´]/g;
const MARKS = /\p{M}+/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;

/** The comparison form of one word. */
export function normalizeWord(word: string): string {
  if (ASCII_ONLY.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, "'").toLowerCase();
}

/** Splits a text into words; punctuation and whitespace separate words and are not words. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ norm: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length, display: '', spaceBefore: false });
  }
  // Punctuation between two words goes to the word it touches: text after the last
  // whitespace of the gap leads the later word, the rest trails the earlier one ("causes ,"
  // keeps its spaced comma); a gap without whitespace ("S-300") all trails the earlier word.
  let from = 0;
  for (let i = 0; i < out.length; i++) {
    const next = i + 1 < out.length ? out[i + 1].start : text.length;
    const gap = text.slice(out[i].end, next);
    const spaced = /\s/.test(gap);
    let to = next;
    let nextFrom = next;
    if (spaced && i + 1 < out.length) {
      let lastSpace = gap.length - 1;
      while (!/\s/.test(gap[lastSpace])) lastSpace--;
      to = out[i].end + lastSpace;
      nextFrom = out[i].end + lastSpace + 1;
      out[i + 1].spaceBefore = true;
    }
    out[i].display = text.slice(from, to).trim();
    from = nextFrom;
  }
  return out;
}

/** The normalised words of a text, without offsets (cheaper than {@link wordTokens}). */
export function normalizedWords(text: string): string[] {
  // Most news text is ASCII: fold case once and match plain ASCII words (same result, faster).
  if (ASCII_ONLY.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push(normalizeWord(m[0]));
  return words;
}

// Everything in lower-case ASCII text that is not part of a word: any character other than a
// letter, a digit or an apostrophe, and an apostrophe that does not stand between two word characters.
const ASCII_NON_WORD = /(?:[^a-z0-9']|'(?![a-z0-9])|(?<![a-z0-9])')+/g;
// The same for text without apostrophes (most quotes): a plain character class is much faster.
const ASCII_NON_WORD_PLAIN = /[^a-z0-9]+/g;

/** The normalised words of a text joined by single spaces: equal for texts that differ only in punctuation, case or spacing. */
export function normalizedText(text: string): string {
  // One replace instead of one string per word, for the common ASCII case; same result.
  if (ASCII_ONLY.test(text)) {
    const lower = text.toLowerCase();
    return (lower.includes("'") ? lower.replace(ASCII_NON_WORD, ' ') : lower.replace(ASCII_NON_WORD_PLAIN, ' ')).trim();
  }
  return normalizedWords(text).join(' ');
}

export type DiffOp = 'same' | 'removed' | 'added';

/** One word of a diff: `removed` words are from the first text, `same` and `added` ones from the second. */
export interface DiffToken {
  op: DiffOp;
  /** The word as written (with its trailing punctuation), see {@link WordToken.display}. */
  text: string;
  norm: string;
  /** Whitespace came before this word where it was written. */
  spaceBefore: boolean;
}

/** Consecutive diff words with the same operation. */
export interface DiffRun {
  op: DiffOp;
  text: string;
}

/**
 * Above this many table cells the middle of the two texts (after their common start and
 * end are taken off) is shown as wholly removed and wholly added instead of aligned.
 */
const MAX_CELLS = 4_000_000;

/**
 * Word-level diff from `a` to `b`: the longest common subsequence of the normalised words
 * is `same`, the rest of `a` is `removed` and the rest of `b` is `added`. In a changed
 * stretch the removed words come before the added ones.
 */
export function wordDiff(a: string, b: string): DiffToken[] {
  return diffTokens(wordTokens(a), wordTokens(b));
}

/** {@link wordDiff} on already split words. */
export function diffTokens(a: WordToken[], b: WordToken[]): DiffToken[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head].norm === b[head].norm) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].norm === b[b.length - 1 - tail].norm) tail++;

  const out: DiffToken[] = [];
  for (let i = 0; i < head; i++) out.push(token('same', b[i]));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if (midA.length > 0 && midB.length > 0 && (midA.length + 1) * (midB.length + 1) <= MAX_CELLS) {
    alignMiddle(midA, midB, out);
  } else {
    for (const t of midA) out.push(token('removed', t));
    for (const t of midB) out.push(token('added', t));
  }
  for (let i = b.length - tail; i < b.length; i++) out.push(token('same', b[i]));
  return out;
}

function token(op: DiffOp, t: WordToken): DiffToken {
  return { op, text: t.display, norm: t.norm, spaceBefore: t.spaceBefore };
}

function alignMiddle(a: WordToken[], b: WordToken[], out: DiffToken[]): void {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  // lcs[i * w + j] = LCS length of a[i..] and b[j..], so the walk below goes forwards.
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] =
        a[i].norm === b[j].norm ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  const removed: DiffToken[] = [];
  const added: DiffToken[] = [];
  const flush = (): void => {
    out.push(...removed, ...added);
    removed.length = 0;
    added.length = 0;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i].norm === b[j].norm && lcs[i * w + j] === lcs[(i + 1) * w + j + 1] + 1) {
      flush();
      out.push(token('same', b[j]));
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
      removed.push(token('removed', a[i]));
      i++;
    } else {
      added.push(token('added', b[j]));
      j++;
    }
  }
  flush();
}

/** Joins consecutive words with the same operation. */
export function diffRuns(tokens: DiffToken[]): DiffRun[] {
  const runs: DiffRun[] = [];
  for (const t of tokens) {
    const last = runs[runs.length - 1];
    if (last && last.op === t.op) last.text += (t.spaceBefore ? ' ' : '') + t.text;
    else runs.push({ op: t.op, text: t.text });
  }
  return runs;
}

/** True when the diff has no removed or added word. */
export function isSameWords(tokens: DiffToken[]): boolean {
  return tokens.every((t) => t.op === 'same');
}

// CommonMark lets a backslash escape any ASCII punctuation; escape the ones that can start markup.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/** Escapes text so that Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$&');
}

/** Markdown for a hover: removed words as `~~struck~~`, added words as `**bold**`, the rest as is. */
export function renderDiffMarkdown(tokens: DiffToken[]): string {
  return diffRuns(tokens)
    .map((r) => {
      const text = escapeMarkdown(r.text);
      return r.op === 'removed' ? `~~${text}~~` : r.op === 'added' ? `**${text}**` : text;
    })
    .join(' ');
}

/** Plain text for terminals and logs: removed words as `[-…-]`, added words as `{+…+}`. */
export function renderDiffPlain(tokens: DiffToken[]): string {
  return diffRuns(tokens)
    .map((r) => (r.op === 'removed' ? `[-${r.text}-]` : r.op === 'added' ? `{+${r.text}+}` : r.text))
    .join(' ');
}
