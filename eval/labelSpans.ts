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
  /**
   * The paragraph continues a quotation left open at the end of the previous one, without a
   * re-opening mark: the span starts at `begins`, which must start the paragraph.
   */
  continues?: boolean;
}

/**
 * The span of a marked quote, searching from `from`: the opening mark right before `begins`
 * (whitespace allowed between) to the closing mark, or to `ends` (plus a closing mark right
 * after it), or to the end of the paragraph (trailing spaces left out) when it is never closed.
 * @throws when no occurrence of `begins` after `from` has an opening mark before it.
 */
export function locateQuote(text: string, q: MarkedQuote, from = 0): Span {
  if (q.continues) {
    let at = text.indexOf(q.begins, from);
    while (at >= 0 && paragraphAt(text, at).start !== at) at = text.indexOf(q.begins, at + 1);
    if (at < 0) throw new Error(`no paragraph beginning ${JSON.stringify(q.begins)} after offset ${from}`);
    const para = paragraphAt(text, at);
    if (q.ends !== undefined) return endAt(text, at, q.ends);
    for (let i = at; i < para.end; i++) if (text[i] === '”' || text[i] === '"') return { start: at, end: i + 1 };
    return { start: at, end: trimEnd(text, at, para.end) };
  }
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
  if (q.ends !== undefined) return { start: open, end: endAt(text, at, q.ends).end };
  const close = findClose(text, open, para.end);
  if (close !== null) return { start: open, end: close };
  return { start: open, end: trimEnd(text, at, para.end) };
}

/** From `start` to just past `ends` (and a closing mark right after it). */
function endAt(text: string, start: number, ends: string): Span {
  const e = text.indexOf(ends, start);
  if (e < 0) throw new Error(`end not found: ${JSON.stringify(ends)}`);
  let end = e + ends.length;
  if (/[”"’'»›]/.test(text[end] ?? '')) end++;
  return { start, end };
}

function trimEnd(text: string, floor: number, end: number): number {
  while (end > floor && /\s/.test(text[end - 1])) end--;
  return end;
}
