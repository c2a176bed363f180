/**
 * Text anchors in the spirit of the W3C Web Annotation TextQuoteSelector: a span is kept
 * both by position and by the exact text with some context on either side, so it can be
 * found again after the article was edited (in VS Code or anywhere else).
 * Offsets are UTF-16 code units, `end` exclusive. Pure: no editor or file imports.
 */

/** How many code units of context a new anchor keeps on either side. */
export const CONTEXT_LENGTH = 32;

export interface Anchor {
  start: number;
  end: number;
  /** `text.slice(start, end)` at the time the anchor was made. */
  exact: string;
  /** Up to CONTEXT_LENGTH code units just before `start`. */
  prefix: string;
  /** Up to CONTEXT_LENGTH code units just after `end`. */
  suffix: string;
}

export type AnchorMatch = 'exact' | 'moved' | 'fuzzy';

export interface ResolvedAnchor {
  start: number;
  end: number;
  /** exact: found where it was; moved: same text elsewhere; fuzzy: nearly the same text. */
  match: AnchorMatch;
}

/** A text change: `[start, end)` of the old text was replaced by `newLength` code units. */
export interface TextChange {
  start: number;
  end: number;
  newLength: number;
}

/** Makes an anchor for `text.slice(start, end)`, moving ends that would split a surrogate pair. */
export function makeAnchor(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`anchor span [${start}, ${end}) is not a non-empty span of a text of length ${text.length}`);
  }
  if (isLowSurrogate(text.charCodeAt(start)) && start > 0 && isHighSurrogate(text.charCodeAt(start - 1))) start -= 1;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** How many characters of `context` agree with the text just before `pos` (read backwards). */
function prefixAgreement(text: string, pos: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && pos - n - 1 >= 0 && text[pos - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

/** How many characters of `suffix` agree with the text starting at `pos`. */
function suffixAgreement(text: string, pos: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && pos + n < text.length && text[pos + n] === suffix[n]) n++;
  return n;
}

/** The largest number of edits a fuzzy match may need for a pattern of this length. */
export function fuzzyBudget(length: number): number {
  if (length < 8) return 0;
  return Math.min(8, Math.floor(length / 10) + 1);
}

const FUZZY_MAX_PATTERN = 400;
const FUZZY_WINDOW = 5000;

/**
 * Finds `anchor` in `text`: at its stored position when the exact text is still there;
 * else the occurrence of the exact text whose prefix/suffix agree best with the stored
 * context (nearest to the old position on a tie); else a match within a small edit
 * distance near the old position. Returns null when none of these work (an orphan).
 */
export function resolveAnchor(text: string, anchor: Anchor): ResolvedAnchor | null {
  const { exact } = anchor;
  if (exact.length === 0) return null;
  if (text.slice(anchor.start, anchor.end) === exact) return { start: anchor.start, end: anchor.end, match: 'exact' };

  let best = -1;
  let bestScore = -Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const context =
      prefixAgreement(text, at, anchor.prefix) + suffixAgreement(text, at + exact.length, anchor.suffix);
    // Context decides; distance only breaks ties (it is always below 1).
    const score = context - Math.abs(at - anchor.start) / (text.length + 1);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  const fullContext = anchor.prefix.length + anchor.suffix.length;
  if (best !== -1 && Math.ceil(bestScore) >= fullContext) return { start: best, end: best + exact.length, match: 'moved' };

  const budget = fuzzyBudget(exact.length);
  if (budget > 0 && exact.length <= FUZZY_MAX_PATTERN) {
    // When the exact text is elsewhere but its context does not agree, the span may still be
    // at its old place with a small edit inside (a typo fixed); look there before moving it.
    const window = best === -1 ? FUZZY_WINDOW : 2 * exact.length + CONTEXT_LENGTH;
    const from = Math.max(0, anchor.start - window);
    const to = Math.min(text.length, anchor.end + window);
    // Each edit costs as much as four characters of agreeing context; distance breaks ties.
    const fuzzyScore = (start: number, end: number, errors: number): number =>
      prefixAgreement(text, start, anchor.prefix) + suffixAgreement(text, end, anchor.suffix) - 4 * errors -
      Math.abs(start - anchor.start) / (text.length + 1);
    const found = approximateFind(text, from, to, exact, budget, fuzzyScore);
    if (found && found.errors > 0 && (best === -1 || fuzzyScore(found.start, found.end, found.errors) > bestScore)) {
      return { start: found.start, end: found.end, match: 'fuzzy' };
    }
  }
  return best === -1 ? null : { start: best, end: best + exact.length, match: 'moved' };
}

/**
 * Approximate substring search (edit distance, free start and end in the text), limited
 * to `text[from, to)`. Every span within `maxErrors` edits of the pattern is a candidate;
 * `score` picks among them (highest wins; by default fewest edits, then nearest `from`).
 * Returns null when nothing is close enough.
 */
export function approximateFind(
  text: string,
  from: number,
  to: number,
  pattern: string,
  maxErrors: number,
  score: (start: number, end: number, errors: number) => number = (start, _end, errors) => -errors * text.length - (start - from),
): (Span & { errors: number }) | null {
  const m = pattern.length;
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    origin[i] = from;
  }
  let bestScore = -Infinity;
  let best: (Span & { errors: number }) | null = null;
  const consider = (c: number, start: number, end: number): void => {
    if (c > maxErrors || end <= start) return;
    const s = score(start, end, c);
    if (s > bestScore) {
      bestScore = s;
      best = { start, end, errors: c };
    }
  };
  consider(cost[m], origin[m], from);
  for (let j = from; j < to; j++) {
    const ch = text[j];
    nextCost[0] = 0;
    nextOrigin[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let c = cost[i - 1] + (pattern[i - 1] === ch ? 0 : 1);
      let o = origin[i - 1];
      if (cost[i] + 1 < c) {
        c = cost[i] + 1;
        o = origin[i];
      }
      if (nextCost[i - 1] + 1 < c) {
        c = nextCost[i - 1] + 1;
        o = nextOrigin[i - 1];
      }
      nextCost[i] = c;
      nextOrigin[i] = o;
    }
    consider(nextCost[m], nextOrigin[m], j + 1);
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
  }
  return best;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Moves an anchor's position for a live edit. Spans before the change stay, spans after
 * it move by the change in length, spans the change touches keep their start and stretch
 * or shrink; their exact text is left as it was, so resolving against the new text
 * decides whether they still match.
 */
export function shiftAnchor(anchor: Anchor, change: TextChange): Anchor {
  const delta = change.newLength - (change.end - change.start);
  if (anchor.end <= change.start) return anchor;
  if (anchor.start >= change.end) return { ...anchor, start: anchor.start + delta, end: anchor.end + delta };
  // The change overlaps the span.
  const start = Math.min(anchor.start, change.start);
  const end = anchor.end >= change.end ? anchor.end + delta : change.start + change.newLength;
  return { ...anchor, start, end: Math.max(start, end) };
}
