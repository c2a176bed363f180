import type { Span } from './types';
import { CLOSE_AFTER, DOUBLE_MARKS, OPEN_BEFORE, SINGLE_MARKS, type QuoteMark } from './lexicon/quoteMarks';

/** A quoted span found by the scanner, before any attribution. */
export interface QuoteSpan {
  /** The quote including its marks. */
  start: number;
  end: number;
  /** The content of the first piece starts here; the content of the last piece ends at `contentEnd`. */
  contentStart: number;
  contentEnd: number;
  /** The content; the pieces of a multi-paragraph quote are joined with "\n". */
  text: string;
  open: string;
  close: string | null;
  unclosed: boolean;
  /** The content span of each paragraph the quote runs over (one for most quotes). */
  pieces: Span[];
  /** Marked with single marks (‘…’, '…'); these are never left unclosed. */
  single: boolean;
}

// Character classes in flat tables: the scanner looks at every mark's neighbours and must
// not allocate per character.
const KIND_NONE = 0;
const KIND_DOUBLE = 1;
const KIND_SINGLE = 2;
const KIND_BREAK = 3;
const KIND = new Uint8Array(0x10000);
const BIAS = new Int8Array(0x10000); // 1 open, -1 close, 0 either
const FAMILY = new Uint8Array(0x10000);
const OPEN_BEFORE_T = new Uint8Array(0x10000);
const CLOSE_AFTER_T = new Uint8Array(0x10000);
const FAMILIES = ['straight', 'curly', 'guillemet'];

function registerMarks(marks: readonly QuoteMark[], kind: number): void {
  for (const m of marks) {
    const c = m.mark.charCodeAt(0);
    KIND[c] = kind;
    BIAS[c] = m.bias === 'open' ? 1 : m.bias === 'close' ? -1 : 0;
    FAMILY[c] = FAMILIES.indexOf(m.family);
    // A mark next to another mark (“‘ or ’”) never blocks it.
    OPEN_BEFORE_T[c] = 1;
    CLOSE_AFTER_T[c] = 1;
  }
}
registerMarks(DOUBLE_MARKS, KIND_DOUBLE);
registerMarks(SINGLE_MARKS, KIND_SINGLE);
for (const ch of OPEN_BEFORE) OPEN_BEFORE_T[ch.charCodeAt(0)] = 1;
for (const ch of CLOSE_AFTER) CLOSE_AFTER_T[ch.charCodeAt(0)] = 1;
for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) KIND[c] = KIND_BREAK;

function escapeClass(s: string): string {
  return s.replace(/[\\\]^-]/g, '\\$&');
}
const EVENT_SOURCE =
  '[' +
  escapeClass([...DOUBLE_MARKS, ...SINGLE_MARKS].map((m) => m.mark).join('')) +
  '\\n\\r\\u0085\\u2028\\u2029]';

/** Spaces, controls (NUL included) and line breaks all count as a gap between words. */
export function isSpaceCode(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isLetterCode(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f) || // Greek, Cyrillic
    (c >= 0x4e00 && c <= 0x9fff)
  );
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Finds the quotes of a text in one pass over its quote marks and line breaks.
 *
 * - Paragraphs are lines. A quote still open at the end of its paragraph ends there and is
 *   `unclosed`; when the next paragraph starts with an opening mark, the two are one quote
 *   (the news convention for a quote that runs over several paragraphs).
 * - Each double mark is read from its neighbours first (space or bracket before and a word
 *   after: it opens; a word before and space or punctuation after: it closes) and from its
 *   shape only when the neighbours do not decide, so straight marks and mixed pairs (“…")
 *   work, and a stray closing mark is dropped instead of flipping every later quote.
 * - Inside an open quote, a mark that can only open starts a new quote: the open one was
 *   left unclosed and ends at its last sentence end.
 * - Single marks make a quote only when a clear opener and closer of the same family pair up
 *   in one paragraph outside double quotes; apostrophes (today’s, Putin's, rock 'n' roll,
 *   '90s, teachers' union) never do. Marks nested inside a quote stay part of it.
 *
 * Returns quotes sorted by start, never overlapping. Scans only `[0, limit)`.
 */
export function findQuotes(text: string, limit: number = text.length): QuoteSpan[] {
  const end = Math.max(0, Math.min(limit, text.length));
  const out: QuoteSpan[] = [];
  const events = new RegExp(EVENT_SOURCE, 'g');

  const codeAt = (i: number): number => (i >= 0 && i < end ? text.charCodeAt(i) : -1);
  const canOpenAt = (p: number): boolean => {
    const prev = codeAt(p - 1);
    const next = codeAt(p + 1);
    return next !== -1 && !isSpaceCode(next) && (prev === -1 || isSpaceCode(prev) || OPEN_BEFORE_T[prev] === 1);
  };
  const canCloseAt = (p: number): boolean => {
    const prev = codeAt(p - 1);
    const next = codeAt(p + 1);
    if (prev === -1 || isSpaceCode(prev)) return false;
    if (prev === 40 || prev === 91 || prev === 123) return false; // ( [ {
    return next === -1 || isSpaceCode(next) || CLOSE_AFTER_T[next] === 1;
  };

  let paraRawStart = 0;
  let openPos = -1; // the mark of the double quote open right now
  let paraQuotes: QuoteSpan[] = [];
  let singles: number[] = [];
  let carry: QuoteSpan | null = null; // quote left unclosed at the end of the previous paragraph

  // Read through a function: the paragraph handlers below reassign `carry`.
  const carriedQuote = (): QuoteSpan | null => carry;
  const makeQuote = (markPos: number, contentEnd: number, closePos: number): QuoteSpan => {
    const contentStart = markPos + 1;
    return {
      start: markPos,
      end: closePos >= 0 ? closePos + 1 : contentEnd,
      contentStart,
      contentEnd,
      text: '',
      open: text[markPos],
      close: closePos >= 0 ? text[closePos] : null,
      unclosed: closePos < 0,
      pieces: [{ start: contentStart, end: contentEnd }],
      single: KIND[text.charCodeAt(markPos)] === KIND_SINGLE,
    };
  };
  const hasWordChar = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
    return false;
  };

  /** Ends the quote open at `openPos` as unclosed, at the last sentence end before `before`. */
  const cutUnclosed = (before: number): void => {
    const contentStart = openPos + 1;
    let k = before - 1;
    while (k >= contentStart && isSpaceCode(text.charCodeAt(k))) k--;
    let cut = k + 1;
    for (let i = k - 1; i > contentStart; i--) {
      if (isSentenceEnd(text.charCodeAt(i)) && isSpaceCode(text.charCodeAt(i + 1))) {
        cut = i + 1;
        break;
      }
    }
    if (cut > contentStart && hasWordChar(contentStart, cut)) paraQuotes.push(makeQuote(openPos, cut, -1));
    openPos = -1;
  };

  const finishParagraph = (rawEnd: number): void => {
    let e = rawEnd;
    while (e > paraRawStart && isSpaceCode(text.charCodeAt(e - 1))) e--;
    let s = paraRawStart;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    if (s >= e) {
      // A blank line: a quote carried over from the paragraph before may still continue.
      paraQuotes = [];
      singles = [];
      openPos = -1;
      return;
    }
    let endsUnclosed = false;
    if (openPos >= 0) {
      if (openPos + 1 < e && hasWordChar(openPos + 1, e)) {
        paraQuotes.push(makeQuote(openPos, e, -1));
        endsUnclosed = true;
      }
      openPos = -1;
    }
    let quotes = paraQuotes;
    if (singles.length > 1) quotes = mergeSingles(quotes, pairSingles(singles));
    if (carry && quotes.length > 0 && quotes[0].start === s && !quotes[0].single) {
      const next = quotes[0];
      carry.end = next.end;
      carry.contentEnd = next.contentEnd;
      carry.close = next.close;
      carry.unclosed = next.unclosed;
      for (const piece of next.pieces) carry.pieces.push(piece);
      quotes = quotes.slice(1);
      if (quotes.length === 0) {
        // The whole paragraph continued the carried quote; it carries on while unclosed.
        if (!carry.unclosed) carry = null;
        paraQuotes = [];
        singles = [];
        return;
      }
    }
    for (const q of quotes) out.push(q);
    carry = endsUnclosed ? quotes[quotes.length - 1] : null;
    paraQuotes = [];
    singles = [];
  };

  /** Pairs single-mark openers with the next closer of their family (one linear pass). */
  const pairSingles = (marks: number[]): QuoteSpan[] => {
    const pairs: QuoteSpan[] = [];
    const n = marks.length;
    const isCloser = new Uint8Array(n);
    for (let i = 0; i < n; i++) isCloser[i] = singleCloses(marks[i]) ? 1 : 0;
    // nextCloser[f * n + i]: the first closer of family f at or after i.
    const nextCloser = new Int32Array(3 * n).fill(-1);
    for (let f = 0; f < 3; f++) {
      let next = -1;
      for (let i = n - 1; i >= 0; i--) {
        if (isCloser[i] === 1 && FAMILY[text.charCodeAt(marks[i])] === f) next = i;
        nextCloser[f * n + i] = next;
      }
    }
    let i = 0;
    while (i < n - 1) {
      const p = marks[i];
      if (!singleOpens(p)) {
        i++;
        continue;
      }
      const j = nextCloser[FAMILY[text.charCodeAt(p)] * n + i + 1];
      if (j < 0) {
        i++;
        continue;
      }
      const q = marks[j];
      if (q - p - 1 >= 2 && q - p <= 1000 && hasLetter(p + 1, q)) {
        pairs.push(makeQuote(p, q, q));
        i = j + 1;
      } else i++;
    }
    return pairs;
  };
  const hasLetter = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (isLetterCode(text.charCodeAt(i))) return true;
    return false;
  };
  const singleOpens = (p: number): boolean => {
    if (BIAS[text.charCodeAt(p)] < 0 && text.charCodeAt(p) === 0x203a) return false;
    if (!canOpenAt(p)) return false;
    // '90s, ’08: an apostrophe standing for the century.
    if (isDigitCode(codeAt(p + 1)) && isDigitCode(codeAt(p + 2)) && !isDigitCode(codeAt(p + 3))) return false;
    return true;
  };
  const singleCloses = (p: number): boolean => {
    const c = text.charCodeAt(p);
    if (c === 0x201a || c === 0x201b || c === 0x2039) return false;
    if (!canCloseAt(p)) return false;
    // teachers' union, the Joneses’ house: a plural possessive, not a closing mark.
    const prev = codeAt(p - 1);
    if ((prev === 115 || prev === 83) && isSpaceCode(codeAt(p + 1))) {
      const after = codeAt(p + 2);
      if (after >= 97 && after <= 122) return false;
    }
    return true;
  };

  /**
   * A mark typed with the space on the wrong side, right after a cue (`said," We will…"`):
   * it reads as a closer, but nothing is open, a word follows the space, and a mark further
   * on in the paragraph (within 4,000 characters) closes. Then it opens; any other lone
   * closer stays dropped.
   */
  const opensAfterCue = (p: number): boolean => {
    const prev = codeAt(p - 1);
    if (prev !== 44 && prev !== 58) return false; // , :
    let k = p + 1;
    while (k < end && k - p <= 2 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k++;
    if (k === p + 1 || !(isLetterCode(codeAt(k)) || isDigitCode(codeAt(k)))) return false;
    // a closer within a long paragraph's reach: keeps a megabyte line of such marks linear
    for (let i = k, stop = Math.min(end, k + 4000); i < stop; i++) {
      const c = text.charCodeAt(i);
      if (KIND[c] === KIND_BREAK) return false;
      if (KIND[c] !== KIND_DOUBLE) continue;
      // the next mark closes this one; one that can only open starts another quote instead
      if (canCloseAt(i)) return true;
      if (canOpenAt(i)) return false;
    }
    return false;
  };

  for (let m = events.exec(text); m !== null && m.index < end; m = events.exec(text)) {
    const p = m.index;
    const c = text.charCodeAt(p);
    const kind = KIND[c];
    if (kind === KIND_BREAK) {
      finishParagraph(p);
      paraRawStart = p + 1;
      continue;
    }
    if (kind === KIND_SINGLE) {
      if (openPos < 0) singles.push(p);
      continue;
    }
    if (kind !== KIND_DOUBLE) continue;
    const opens = canOpenAt(p);
    const closes = canCloseAt(p);
    const bias = BIAS[c];
    if (openPos < 0) {
      if (opens || (!closes && bias >= 0)) openPos = p;
      else if (carriedQuote() && paraQuotes.length === 0) {
        const open = carriedQuote()!;
        // The quote left open by the paragraph before runs on without re-opening and closes
        // here: this paragraph, up to the mark, is its next piece.
        let s = paraRawStart;
        while (s < p && isSpaceCode(text.charCodeAt(s))) s++;
        if (s < p) {
          open.end = p + 1;
          open.contentEnd = p;
          open.close = text[p];
          open.unclosed = false;
          open.pieces.push({ start: s, end: p });
          // Single marks before the closing mark lie inside the carried quote.
          singles = [];
        }
        carry = null;
      } else if (opensAfterCue(p)) openPos = p;
      // else: a stray closing mark; dropping it keeps later quotes in step.
      continue;
    }
    if (opens && !closes && bias >= 0) {
      // A clear opener inside an open quote: the open one was never closed.
      cutUnclosed(p);
      openPos = p;
      continue;
    }
    if (p === openPos + 1 || !hasWordChar(openPos + 1, p)) {
      // An empty pair ("" or “ ”) quotes nothing.
      openPos = -1;
      continue;
    }
    paraQuotes.push(makeQuote(openPos, p, p));
    openPos = -1;
  }
  finishParagraph(end);
  for (const q of out) {
    q.text =
      q.pieces.length === 1
        ? text.slice(q.pieces[0].start, q.pieces[0].end)
        : q.pieces.map((piece) => text.slice(piece.start, piece.end)).join('\n');
  }
  return out;
}

/**
 * Merges single-mark quotes into a paragraph's double-mark quotes: a single-mark quote that
 * holds double-mark quotes (British style: ‘He said “no”,’ she said) replaces them; one that
 * only partly overlaps a double-mark quote is dropped.
 */
function mergeSingles(doubles: QuoteSpan[], singles: QuoteSpan[]): QuoteSpan[] {
  if (singles.length === 0) return doubles;
  const all = doubles.concat(singles).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: QuoteSpan[] = [];
  for (const q of all) {
    const last = kept[kept.length - 1];
    if (!last || q.start >= last.end) {
      kept.push(q);
      continue;
    }
    if (q.end <= last.end) {
      // Nested: the outer quote holds it.
      continue;
    }
    // Partial overlap: the double-mark quote wins.
    if (last.single && !q.single) kept[kept.length - 1] = q;
  }
  return kept;
}
