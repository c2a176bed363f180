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

/**
 * Laid-out spans, packed four numbers to a span: start, end (exclusive), type index,
 * modifier bits. A 1 MB article has some 27,000 of them; as objects they cost tens of
 * milliseconds of allocation and garbage collection on its first request, packed almost
 * nothing.
 */
export type PackedSpans = Int32Array;

/** Packs spans (for tests and tools; `tokenSpans` builds packed spans directly). */
export function packSpans(spans: readonly TokenSpan[]): PackedSpans {
  const out = new Int32Array(spans.length * 4);
  spans.forEach((s, i) => out.set([s.start, s.end, s.type, s.modifiers], i * 4));
  return out;
}

/** Unpacks spans into objects (for tests and tools). */
export function unpackSpans(packed: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i + 3 < packed.length; i += 4) out.push({ start: packed[i], end: packed[i + 1], type: packed[i + 2], modifiers: packed[i + 3] });
  return out;
}

/** Spans a sort packs into numeric keys at most (the index takes the key's low 21 bits). */
const PACKED_MAX = 1 << 21;

/** Span `i` of `list` (four numbers a span) sorts before or with span `j`: by start, then end. */
function inOrder(list: readonly number[], i: number, j: number): boolean {
  const d = list[4 * i] - list[4 * j];
  return d < 0 || (d === 0 && list[4 * i + 1] <= list[4 * j + 1]);
}

/**
 * Sorts a flat list of spans (four numbers a span) by start, then end; equal spans keep
 * their order. A list in order already (quotes, speakers and cues come in document order)
 * costs one pass. Otherwise each span's start and index are packed into one number
 * (start * 2^21 + index) and sorted as a Float64Array, natively, without a comparator
 * call per comparison; runs of equal starts are then put in order of their ends.
 */
export function sortFlatSpans(list: number[]): number[] {
  const n = list.length >> 2;
  let i = 1;
  while (i < n && inOrder(list, i - 1, i)) i++;
  if (i >= n) return list;
  let order: number[];
  if (n < PACKED_MAX) {
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) keys[k] = list[4 * k] * PACKED_MAX + k;
    keys.sort();
    order = new Array<number>(n);
    for (let k = 0; k < n; k++) order[k] = keys[k] % PACKED_MAX;
    for (let a = 0; a < n; ) {
      let b = a + 1;
      while (b < n && list[4 * order[b]] === list[4 * order[a]]) b++;
      // Equal starts: by end, stable (insertion sort; such runs are a few spans long).
      for (let x = a + 1; x < b; x++) {
        const v = order[x];
        let y = x - 1;
        while (y >= a && list[4 * order[y] + 1] > list[4 * v + 1]) {
          order[y + 1] = order[y];
          y--;
        }
        order[y + 1] = v;
      }
      a = b;
    }
  } else {
    order = Array.from({ length: n }, (_, k) => k).sort((a, b) => list[4 * a] - list[4 * b] || list[4 * a + 1] - list[4 * b + 1] || a - b);
  }
  const out = new Array<number>(list.length);
  for (let k = 0; k < n; k++) {
    const from = 4 * order[k];
    out[4 * k] = list[from];
    out[4 * k + 1] = list[from + 1];
    out[4 * k + 2] = list[from + 2];
    out[4 * k + 3] = list[from + 3];
  }
  return out;
}

/** Drops empty spans and spans that overlap an earlier kept one (input sorted by start). */
function dropSelfOverlaps(list: readonly number[]): number[] {
  const out: number[] = [];
  let lastEnd = -1;
  for (let i = 0; i < list.length; i += 4) {
    const start = list[i];
    const end = list[i + 1];
    if (end <= start || start < lastEnd) continue;
    out.push(start, end, list[i + 2], list[i + 3]);
    lastEnd = end;
  }
  return out;
}

/** Merges two sorted non-overlapping lists; spans of `lower` that overlap `kept` are dropped. */
function mergeBelow(kept: readonly number[], lower: readonly number[]): number[] {
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < lower.length; i += 4) {
    const start = lower[i];
    const end = lower[i + 1];
    while (k < kept.length && kept[k + 1] <= start) {
      out.push(kept[k], kept[k + 1], kept[k + 2], kept[k + 3]);
      k += 4;
    }
    // kept[k] is the first kept span ending after start; it overlaps if it starts before end.
    if (k < kept.length && kept[k] < end) continue;
    out.push(start, end, lower[i + 2], lower[i + 3]);
  }
  for (; k < kept.length; k += 4) out.push(kept[k], kept[k + 1], kept[k + 2], kept[k + 3]);
  return out;
}

/**
 * Lays out the tokens of an analysis: sorted by start, never overlapping, may span
 * lines. Pure; runs in O(n log n) for n spans.
 */
export function tokenSpans(result: AnalysisResult): PackedSpans {
  const speakers: number[] = [];
  const cues: number[] = [];
  const quotes: number[] = [];
  for (const q of result.quotes) {
    quotes.push(q.start, q.end, typeIndex.quote, quoteModifiers(q));
    if (q.speaker) {
      const m = q.speaker.mention;
      speakers.push(m.start, m.end, typeIndex.speaker, q.origin === 'manual' ? modifierBit.manual : 0);
    }
    if (q.cue) cues.push(q.cue.start, q.cue.end, typeIndex.cue, 0);
  }
  const entities: number[] = [];
  for (const e of result.entities) {
    const type = typeIndex[entityTokenType[e.type]];
    const bits = e.origin === 'manual' ? modifierBit.manual : 0;
    for (const m of e.mentions) entities.push(m.start, m.end, type, bits);
  }
  // Several quotes may share one speaker mention ("…," he said, "…"): identical spans collapse.
  let overlay = dropSelfOverlaps(sortFlatSpans(speakers));
  overlay = mergeBelow(overlay, dropSelfOverlaps(sortFlatSpans(cues)));
  overlay = mergeBelow(overlay, dropSelfOverlaps(sortFlatSpans(entities)));

  // Quotes go underneath: each quote keeps the parts no overlay span covers.
  const out: number[] = [];
  const laid = dropSelfOverlaps(sortFlatSpans(quotes));
  let k = 0;
  let covered = 0; // end of the last overlay span emitted: it may reach into the next quote
  for (let i = 0; i < laid.length; i += 4) {
    const qStart = laid[i];
    const qEnd = laid[i + 1];
    const qType = laid[i + 2];
    const qMods = laid[i + 3];
    while (k < overlay.length && overlay[k + 1] <= qStart) {
      out.push(overlay[k], overlay[k + 1], overlay[k + 2], overlay[k + 3]);
      covered = overlay[k + 1];
      k += 4;
    }
    let cursor = Math.max(qStart, covered);
    while (k < overlay.length && overlay[k] < qEnd) {
      const oStart = overlay[k];
      const oEnd = overlay[k + 1];
      if (oStart > cursor) out.push(cursor, oStart, qType, qMods);
      out.push(oStart, oEnd, overlay[k + 2], overlay[k + 3]);
      covered = oEnd;
      cursor = Math.max(cursor, oEnd);
      k += 4;
    }
    if (cursor < qEnd) out.push(cursor, qEnd, qType, qMods);
  }
  for (; k < overlay.length; k += 4) out.push(overlay[k], overlay[k + 1], overlay[k + 2], overlay[k + 3]);
  return Int32Array.from(out);
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
export function encodeTokens(spans: PackedSpans, doc: PositionMap, text: string, range?: { start: number; end: number }): number[] {
  const count = spans.length >> 2;
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let first = 0;
  if (range) {
    // Skip, by binary search, the spans that end before the range.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[4 * mid + 1] <= range.start) lo = mid + 1;
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
  if (first < count && first > 0) {
    pos = Math.min(spans[4 * first], text.length);
    const at = doc.positionAt(pos);
    line = at.line;
    lineStart = pos - at.character;
  }
  for (let i = first; i < count; i++) {
    const spanStart = spans[4 * i];
    if (spanStart >= limit) break;
    const end = Math.min(spans[4 * i + 1], text.length);
    if (spanStart < pos) continue; // overlaps the span before: laid-out spans never do
    const type = spans[4 * i + 2];
    const modifiers = spans[4 * i + 3];
    let to = Math.min(spanStart, text.length);
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
        data.push(deltaLine, deltaLine === 0 ? character - prevChar : character, k - pos, type, modifiers);
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
