import type { Span } from './types';

/**
 * The paragraphs of a text: each line with its surrounding spaces trimmed; blank lines are
 * left out. News text puts one paragraph on a line, and a quote never runs past the end of
 * its paragraph unless the next one re-opens it (see quotes.ts). Scans only `[0, limit)`.
 */
export function findParagraphs(text: string, limit: number = text.length): Span[] {
  const end = Math.max(0, Math.min(limit, text.length));
  const out: Span[] = [];
  const breaks = /\r\n|[\n\r\u0085\u2028\u2029]/g;
  let lineStart = 0;
  for (;;) {
    const m = breaks.exec(text);
    const lineEnd = m === null || m.index >= end ? end : m.index;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    if (lineEnd >= end || m === null) break;
    lineStart = m.index + m[0].length;
  }
  return out;
}

function isBlank(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
}

/**
 * The index of the last span (sorted by `start`) that starts at or before `offset`, by binary
 * search; -1 when `offset` comes before every span.
 */
export function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The number of values in the ascending list that are at most `value`, by binary search. */
export function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the paragraph holding `offset` (or the last one starting before it); -1 when
 * `offset` comes before every paragraph.
 */
export function paragraphIndexAt(paragraphs: readonly Span[], offset: number): number {
  return lastStartingAtOrBefore(paragraphs, offset);
}
