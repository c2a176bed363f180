/**
 * Turns quotes marked by their first words into offsets, for writing eval/labels/*.json by hand:
 * the labeller writes what a quote begins with (and, when the closing mark is missing or
 * misleading, what it ends with); these functions find the marks around it.
 */
import type { Span } from '../server/src/analysis/types';

const OPENERS = '"“„«‘\'‹';

/** The paragraph (line) that holds `offset`: [start, end) without the newline. */
export function paragraphAt(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl };
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Where the quote opened at `open` closes: the offset just past its closing mark, or null when
 * the paragraph ends first. Double marks close on either curly or straight double marks (real
 * articles mix them); single marks skip apostrophes inside words ("Putin’s").
 */
export function findClose(text: string, open: number, limit: number): number | null {
  const o = text[open];
  for (let i = open + 1; i < limit; i++) {
    const c = text[i];
    if (o === '“' || o === '"' || o === '„') {
      if (c === '”' || c === '"' || (o === '„' && c === '“')) return i + 1;
    } else if (o === '«') {
      if (c === '»') return i + 1;
    } else if (o === '‹') {
      if (c === '›') return i + 1;
    } else if (o === '‘' || o === "'") {
      if ((c === '’' || c === "'") && !(isLetter(text[i - 1]) && isLetter(text[i + 1]))) return i + 1;
    }
  }
  return null;
}

export interface MarkedQuote {
  /** The first words of the quote's content (after the opening mark). */
  begins: string;
  /** Optional: the last words of the content, when the closing mark does not end the quote. */
  ends?: string;
}

/**
 * The span of a marked quote, searching from `from`: the opening mark right before `begins`
 * (whitespace allowed between) to the closing mark, or to `ends` (plus a closing mark right
 * after it), or to the end of the paragraph (trailing spaces left out) when it is never closed.
 * @throws when no occurrence of `begins` after `from` has an opening mark before it.
 */
export function locateQuote(text: string, q: MarkedQuote, from = 0): Span {
  // the first occurrence of `begins` after `from` that an opening mark precedes
  let at = text.indexOf(q.begins, from);
  let open = -1;
  while (at >= 0) {
    open = at - 1;
    while (open >= 0 && text[open] === ' ') open--;
    if (open >= 0 && OPENERS.includes(text[open])) break;
    at = text.indexOf(q.begins, at + 1);
  }
  if (at < 0) throw new Error(`no quote beginning ${JSON.stringify(q.begins)} after offset ${from}`);
  const para = paragraphAt(text, at);
  if (q.ends !== undefined) {
    const e = text.indexOf(q.ends, at);
    if (e < 0) throw new Error(`end not found: ${JSON.stringify(q.ends)}`);
    let end = e + q.ends.length;
    if (/[”"’'»›]/.test(text[end] ?? '')) end++;
    return { start: open, end };
  }
  const close = findClose(text, open, para.end);
  if (close !== null) return { start: open, end: close };
  let end = para.end;
  while (end > at && /\s/.test(text[end - 1])) end--;
  return { start: open, end };
}
