/**
 * Semantic tokens for an analysed article. The analysis gives character spans that may
 * nest (a name inside a quote) and run over several lines; LSP tokens are single-line
 * and must not overlap. So: lay the spans out (`tokenSpans`), then cut them at line
 * ends and encode them relative to each other (`encodeTokens`).
 *
 * Overlap policy: speaker mentions beat cues, cues beat entity mentions (a lower-priority
 * span that overlaps a kept one is dropped); all three beat quotes, whose token is split
 * around them so that the quote colour shows on the rest of the quote.
 */
import type { AnalysisResult, EntityType, Quote } from '../analysis/types';

export const tokenTypes = ['quote', 'speaker', 'person', 'organization', 'place', 'date', 'cue'] as const;
export const tokenModifiers = ['attributed', 'unattributed', 'unclosed', 'manual', 'scare'] as const;

export type TokenType = (typeof tokenTypes)[number];
export type TokenModifier = (typeof tokenModifiers)[number];

/** The legend the server announces in its capabilities. */
export const legend = { tokenTypes: [...tokenTypes] as string[], tokenModifiers: [...tokenModifiers] as string[] };

const typeIndex = Object.fromEntries(tokenTypes.map((t, i) => [t, i])) as Record<TokenType, number>;
const modifierBit = Object.fromEntries(tokenModifiers.map((m, i) => [m, 1 << i])) as Record<TokenModifier, number>;

const entityTokenType: Record<EntityType, TokenType> = {
  PERSON: 'person',
  ORG: 'organization',
  PLACE: 'place',
  DATE: 'date',
};

/** A token before line splitting: offsets into the text, `end` exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
  /** Index into `tokenTypes`. */
  type: number;
  /** Bit set over `tokenModifiers`. */
  modifiers: number;
}

export function modifierSet(...names: TokenModifier[]): number {
  return names.reduce((bits, name) => bits | modifierBit[name], 0);
}

export function typeOf(name: TokenType): number {
  return typeIndex[name];
}

function quoteModifiers(q: Quote): number {
  let bits = q.speaker ? modifierBit.attributed : modifierBit.unattributed;
  if (q.unclosed) bits |= modifierBit.unclosed;
  if (q.origin === 'manual') bits |= modifierBit.manual;
  if (q.kind === 'scare') bits |= modifierBit.scare;
  return bits;
}

const byStart = (a: TokenSpan, b: TokenSpan) => a.start - b.start || a.end - b.end;

/** Spans a sort packs into numeric keys at most (the index takes the key's low 21 bits). */
const PACKED_MAX = 1 << 21;

/**
 * Sorts spans by start, then end, in place; equal spans keep their order. Spans in order
 * already (quotes, speakers and cues come in document order) cost one pass. Otherwise
 * the starts and indexes are packed into one number each (start * 2^21 + index) and sorted
 * as a Float64Array, natively: a comparator sort of the 15,000 entity mentions of a 1 MB
 * article took 5-35 ms, this takes about one. Runs of equal starts are then put in order
 * of their ends.
 */
export function sortSpans(spans: TokenSpan[]): TokenSpan[] {
  const n = spans.length;
  let i = 1;
  while (i < n && byStart(spans[i - 1], spans[i]) <= 0) i++;
  if (i >= n) return spans;
  if (n < 64 || n >= PACKED_MAX) return spans.sort(byStart);
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = spans[k].start * PACKED_MAX + k;
  keys.sort();
  const copy = spans.slice();
  for (let k = 0; k < n; k++) spans[k] = copy[keys[k] % PACKED_MAX];
  for (let a = 0; a < n; ) {
    let b = a + 1;
    while (b < n && spans[b].start === spans[a].start) b++;
    if (b - a > 1) {
      const run = spans.slice(a, b).sort(byStart);
      for (let k = a; k < b; k++) spans[k] = run[k - a];
    }
    a = b;
  }
  return spans;
}

/** Drops spans that overlap an earlier kept one (input sorted by start). */
function dropSelfOverlaps(spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.end <= s.start || s.start < lastEnd) continue;
    out.push(s);
    lastEnd = s.end;
  }
  return out;
}

/** Merges two sorted non-overlapping lists; spans of `lower` that overlap `kept` are dropped. */
function mergeBelow(kept: TokenSpan[], lower: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let k = 0;
  for (const s of lower) {
    while (k < kept.length && kept[k].end <= s.start) out.push(kept[k++]);
    // kept[k] is the first kept span ending after s.start; it overlaps s if it starts before s ends.
    if (k < kept.length && kept[k].start < s.end) continue;
    out.push(s);
  }
  while (k < kept.length) out.push(kept[k++]);
  return out;
}

/**
 * Lays out the tokens of an analysis: sorted by start, never overlapping, may span
 * lines. Pure; runs in O(n log n) for n spans.
 */
export function tokenSpans(result: AnalysisResult): TokenSpan[] {
  const speakers: TokenSpan[] = [];
  const cues: TokenSpan[] = [];
  const quotes: TokenSpan[] = [];
  for (const q of result.quotes) {
    quotes.push({ start: q.start, end: q.end, type: typeIndex.quote, modifiers: quoteModifiers(q) });
    if (q.speaker) {
      const m = q.speaker.mention;
      const bits = q.origin === 'manual' ? modifierBit.manual : 0;
      speakers.push({ start: m.start, end: m.end, type: typeIndex.speaker, modifiers: bits });
    }
    if (q.cue) cues.push({ start: q.cue.start, end: q.cue.end, type: typeIndex.cue, modifiers: 0 });
  }
  const entities: TokenSpan[] = [];
  for (const e of result.entities) {
    const type = typeIndex[entityTokenType[e.type]];
    const bits = e.origin === 'manual' ? modifierBit.manual : 0;
    for (const m of e.mentions) entities.push({ start: m.start, end: m.end, type, modifiers: bits });
  }
  // Several quotes may share one speaker mention ("…," he said, "…"): identical spans collapse.
  let overlay = dropSelfOverlaps(sortSpans(speakers));
  overlay = mergeBelow(overlay, dropSelfOverlaps(sortSpans(cues)));
  overlay = mergeBelow(overlay, dropSelfOverlaps(sortSpans(entities)));

  // Quotes go underneath: each quote keeps the parts no overlay span covers.
  const out: TokenSpan[] = [];
  let k = 0;
  let covered = 0; // end of the last overlay span emitted: it may reach into the next quote
  for (const q of dropSelfOverlaps(sortSpans(quotes))) {
    while (k < overlay.length && overlay[k].end <= q.start) covered = pushed(out, overlay[k++]);
    let cursor = Math.max(q.start, covered);
    while (k < overlay.length && overlay[k].start < q.end) {
      const o = overlay[k++];
      if (o.start > cursor) out.push({ start: cursor, end: o.start, type: q.type, modifiers: q.modifiers });
      covered = pushed(out, o);
      cursor = Math.max(cursor, o.end);
    }
    if (cursor < q.end) out.push({ start: cursor, end: q.end, type: q.type, modifiers: q.modifiers });
  }
  while (k < overlay.length) out.push(overlay[k++]);
  return out;
}

function pushed(out: TokenSpan[], span: TokenSpan): number {
  out.push(span);
  return span.end;
}

/** What the encoder needs from a document; `TextDocument` fits. */
export interface PositionMap {
  positionAt(offset: number): { line: number; character: number };
  offsetAt(position: { line: number; character: number }): number;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * Encodes spans as LSP semantic token data (5 integers per token, each relative to the
 * previous one), cut at line ends because LSP tokens are single-line. `range` keeps
 * only the spans that intersect `[range.start, range.end)` (offsets).
 *
 * Lines are counted by one walk through the text alongside the sorted spans (a line ends
 * at "\n", at "\r\n" and at a lone "\r", as in vscode-languageserver-textdocument), so
 * the cost is linear in the text covered; `doc` is asked only where a range starts. The
 * walk jumps from line end to line end with the string's own `indexOf`, which is fast from
 * the first call, where a loop over every character of a 1 MB text is slow until the JIT
 * has compiled it.
 */
export function encodeTokens(spans: readonly TokenSpan[], doc: PositionMap, text: string, range?: { start: number; end: number }): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let first = 0;
  if (range) {
    // Skip, by binary search, the spans that end before the range.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].end <= range.start) lo = mid + 1;
      else hi = mid;
    }
    first = lo;
  }
  const limit = range ? range.end : Infinity;
  // The next "\n" and the next "\r" at or after the walk's position (text.length: none).
  let lf = -1;
  let cr = -1;
  const nextBreak = (from: number): number => {
    if (lf < from) {
      lf = text.indexOf('\n', from);
      if (lf < 0) lf = text.length;
    }
    if (cr < from) {
      cr = text.indexOf('\r', from);
      if (cr < 0) cr = text.length;
    }
    return lf < cr ? lf : cr;
  };
  // The walk: `line` is the line of offset `pos`, which starts at `lineStart`.
  let pos = 0;
  let line = 0;
  let lineStart = 0;
  if (first < spans.length && first > 0) {
    pos = Math.min(spans[first].start, text.length);
    const at = doc.positionAt(pos);
    line = at.line;
    lineStart = pos - at.character;
  }
  for (let i = first; i < spans.length; i++) {
    const span = spans[i];
    if (span.start >= limit) break;
    const end = Math.min(span.end, text.length);
    if (span.start < pos) continue; // overlaps the span before: laid-out spans never do
    let to = Math.min(span.start, text.length);
    while (true) {
      // Walk to `to`, counting line ends ("\r\n" once, at its "\n").
      while (pos < to) {
        const b = nextBreak(pos);
        if (b >= to) {
          pos = to;
          break;
        }
        pos = b + 1;
        if (text.charCodeAt(b) === 10 || text.charCodeAt(pos) !== 10) {
          line++;
          lineStart = pos;
        }
      }
      if (pos >= end) break;
      const k0 = nextBreak(pos);
      let k = k0 < end ? k0 : end;
      if (k > pos) {
        const character = pos - lineStart;
        const deltaLine = line - prevLine;
        data.push(deltaLine, deltaLine === 0 ? character - prevChar : character, k - pos, span.type, span.modifiers);
        prevLine = line;
        prevChar = character;
        pos = k; // no line end in between
      }
      while (k < end && isLineBreak(text.charCodeAt(k))) k++;
      to = k;
    }
  }
  return data;
}

export interface TokenEdit {
  start: number;
  deleteCount: number;
  data?: number[];
}

/** The single edit that turns `before` into `after` (common prefix and suffix kept), or none. */
export function diffTokenData(before: readonly number[], after: readonly number[]): TokenEdit[] {
  let prefix = 0;
  const min = Math.min(before.length, after.length);
  while (prefix < min && before[prefix] === after[prefix]) prefix++;
  if (prefix === before.length && prefix === after.length) return [];
  let suffix = 0;
  while (
    suffix < min - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  const deleteCount = before.length - prefix - suffix;
  const data = after.slice(prefix, after.length - suffix);
  return [data.length > 0 ? { start: prefix, deleteCount, data } : { start: prefix, deleteCount }];
}

/** Decodes token data back to absolute tokens (for tests and tools). */
export function decodeTokens(data: readonly number[]): { line: number; character: number; length: number; type: TokenType; modifiers: TokenModifier[] }[] {
  const out = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const bits = data[i + 4];
    out.push({
      line,
      character,
      length: data[i + 2],
      type: tokenTypes[data[i + 3]],
      modifiers: tokenModifiers.filter((_, b) => bits & (1 << b)),
    });
  }
  return out;
}
