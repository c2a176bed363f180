import type { AnalysisResult, AnalyzeOptions, Entity, Mention, Quote, Source } from './types';
import { findParagraphs, upperBound } from './structure';
import { findQuotes, type QuoteSpan } from './quotes';
import { findEntities } from './entities';
import { attributeQuotes, NO_ATTRIBUTION, type Attribution } from './attribution';
import { findSourceLines, knownChannel } from './channels';
import { casingOf, trueCase, trueCaseHeadLines } from './casing';

/**
 * Analyses one article: its quotes, who said them and through which channel, and the named
 * entities. Offsets are UTF-16 code units. Pure: no editor or protocol imports; never throws
 * on any string (lone surrogates, NUL, CR/CRLF mixes, megabyte lines).
 *
 * The steps run in this order, and the order matters:
 * 1. structure   – paragraphs (lines). Quotes and speaker cues never cross a paragraph,
 *                  and the source line is a paragraph of its own.
 * 2. quotes      – quote spans. Every later step must know what is inside a quote: names
 *                  and verbs inside quotes are not attribution cues, and pronouns never
 *                  refer to a person only mentioned inside one.
 * 3. entities    – people, organisations, places, dates (entities.ts). Attribution resolves
 *                  short forms ("Gabuev") and pronouns against these mentions.
 * 4. attribution – speakers, cues, stance, quote by quote in document order, because
 *                  pronouns, titles and continuations refer back to earlier speakers.
 * 5. channels    – agencies and outlets the quotes came through, and the source line;
 *                  these need the cues of step 4 ("according to Reuters" is a channel only
 *                  where it is not the speaker).
 * 6. link        – every named speaker becomes an entity: speakers the entity list lacks are
 *                  added, and entity ids are renumbered in order of first mention.
 * 7. classify    – a short quote with no speaker is a scare quote; this must come last, as
 *                  only attribution knows that nothing names a speaker.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  if (typeof text !== 'string' || text.length === 0) return { quotes: [], entities: [], sources: [] };
  // 0. casing – wire copy all in capitals or all in lower case is read in ordinary casing
  //             (same length, so every offset holds); the texts reported are the original's.
  //             So are headline lines in capitals above ordinary text.
  let cased = text;
  try {
    const casing = casingOf(text);
    cased = casing !== 'normal' ? trueCase(text, casing) : trueCaseHeadLines(text);
  } catch {
    cased = text; // the text as it is, rather than no analysis
  }
  if (cased !== text && cased.length === text.length) return withOriginalText(analyzeCased(cased, options), text);
  return analyzeCased(text, options);
}

function analyzeCased(text: string, options: AnalyzeOptions): AnalysisResult {
  const limit = options.maxLength === undefined ? text.length : Math.max(0, Math.min(Math.floor(options.maxLength) || 0, text.length));
  const scope = limit < text.length ? text.slice(0, limit) : text;

  const paragraphs = findParagraphs(text, limit); // 1
  let spans: QuoteSpan[]; // 2
  try {
    spans = findQuotes(text, limit);
  } catch {
    spans = [];
  }
  const found = findEntities(scope); // 3
  let attributions: Attribution[]; // 4
  try {
    attributions = attributeQuotes(text, paragraphs, spans, found, limit);
  } catch {
    attributions = spans.map(() => ({ ...NO_ATTRIBUTION }));
  }
  const sources = collectSources(text, paragraphs, attributions); // 5
  const entities = linkSpeakers(found, attributions); // 6
  const quotes = spans.map((span, i) => toQuote(span, attributions[i], i)); // 7
  return { quotes, entities, sources };
}

/**
 * A result found in the re-cased text with every quoted or mentioned text read from the
 * original instead (names of entities, speakers and channels keep their ordinary casing).
 */
function withOriginalText(result: AnalysisResult, original: string): AnalysisResult {
  const fix = (m: Mention | null | undefined): void => {
    if (m) m.text = original.slice(m.start, m.end);
  };
  for (const q of result.quotes) {
    q.text = q.pieces ? q.pieces.map((p) => original.slice(p.start, p.end)).join('\n') : original.slice(q.contentStart, q.contentEnd);
    fix(q.cue);
    fix(q.speaker?.mention);
    fix(q.via?.mention);
  }
  for (const e of result.entities) for (const m of e.mentions) fix(m);
  for (const s of result.sources) for (const m of s.mentions) fix(m);
  return result;
}

function toQuote(span: QuoteSpan, a: Attribution, index: number): Quote {
  // Scare quotes and quoted terms are the quotes with no speaker evidence (issue #7's
  // definition): short, or a title. A short phrase that attribution ties to a speaker ("Xi said
  // he would keep an “objective and fair” stance") stays a quote: it reports that person's words.
  const kind = !a.speaker && (a.title === true || isShort(span.text)) ? 'scare' : 'quote';
  const quote: Quote = {
    id: `q${index + 1}`,
    start: span.start,
    end: span.end,
    contentStart: span.contentStart,
    contentEnd: span.contentEnd,
    text: span.text,
    open: span.open,
    close: span.close,
    unclosed: span.unclosed,
    kind,
    speaker: a.speaker,
    cue: a.cue,
    stance: a.stance,
    via: a.via,
    rule: a.rule,
    confidence: a.speaker ? Math.max(0, Math.min(1, a.confidence)) : 0,
    origin: 'auto',
  };
  if (span.pieces.length > 1) quote.pieces = span.pieces.map((p) => ({ start: p.start, end: p.end }));
  return quote;
}

/** A few words and no sentence of its own: what scare quotes and quoted titles look like. */
export function isShort(content: string): boolean {
  const trimmed = content.trim();
  if (trimmed.length === 0) return true;
  let words = 1;
  for (let i = 0; i < trimmed.length && words <= 5; i++) {
    const c = trimmed.charCodeAt(i);
    if ((c === 32 || c === 9 || c === 10) && trimmed.charCodeAt(i + 1) > 32) words++;
  }
  return words <= 4;
}

/** The source line(s) and every agency or outlet a quote came through, merged by name. */
function collectSources(text: string, paragraphs: ReturnType<typeof findParagraphs>, attributions: readonly Attribution[]): Source[] {
  const out: Source[] = findSourceLines(text, paragraphs);
  const byName = new Map<string, Source>();
  for (const a of attributions) {
    if (!a.via) continue;
    const known = knownChannel(a.via.name);
    const kind = known?.kind ?? 'outlet';
    let s = byName.get(a.via.name);
    if (!s) {
      s = { name: a.via.name, kind, mentions: [] };
      byName.set(a.via.name, s);
      out.push(s);
    }
    const m = a.via.mention;
    if (!s.mentions.some((x) => x.start === m.start)) s.mentions.push(m);
  }
  for (const s of out) s.mentions.sort((x, y) => x.start - y.start);
  return out;
}

/** Above this many mentions the sort key (start × SLOTS + index) would lose precision. */
const SLOTS = 1 << 22;

/**
 * The starts and ends of all the entities' mentions, ordered by start. Sorted as numbers in
 * a typed array (start and index in one key), not as objects with a comparator: a megabyte
 * article has tens of thousands of mentions, and that sort was a tenth of its linking.
 */
function mentionsByStart(entities: readonly Entity[]): { starts: number[]; ends: number[] } {
  const flat: Mention[] = [];
  for (const e of entities) for (const m of e.mentions) flat.push(m);
  if (flat.length >= SLOTS) {
    flat.sort((x, y) => x.start - y.start);
    return { starts: flat.map((m) => m.start), ends: flat.map((m) => m.end) };
  }
  const keys = new Float64Array(flat.length);
  for (let i = 0; i < flat.length; i++) keys[i] = flat[i].start * SLOTS + i;
  keys.sort();
  const starts = new Array<number>(flat.length);
  const ends = new Array<number>(flat.length);
  for (let i = 0; i < keys.length; i++) {
    const m = flat[keys[i] % SLOTS];
    starts[i] = m.start;
    ends[i] = m.end;
  }
  return { starts, ends };
}

/**
 * Makes every named speaker an entity: a speaker whose entity is missing gets a new PERSON or
 * ORG entity (its mentions are the speaker mentions that name it). Entities are then renumbered
 * by first mention and speakers' entity ids follow.
 */
function linkSpeakers(found: Entity[], attributions: Attribution[]): Entity[] {
  const added = new Map<string, Entity>();
  // The mention starts each added entity has, so a speaker quoted a thousand times in a long
  // document is not compared with every earlier mention of it.
  const seen = new Map<Entity, Set<number>>();
  for (const a of attributions) {
    const s = a.speaker;
    if (!s || s.entityId !== null || s.kind === 'unnamed') continue;
    // Only a speaker named in its own mention ("Gabuev"), not one reached through "he".
    if (a.rule === 'pronoun' || a.rule === 'title' || a.rule === 'continuation') continue;
    // "the government", "a spokesman": a description, not a name.
    if (/^(?:the|a|an) /.test(s.name)) continue;
    if (s.mention.text.replace(/['’]s$/, '') !== s.name && !s.name.endsWith(s.mention.text)) continue;
    const key = `${s.kind}:${s.name}`;
    let e = added.get(key);
    let starts = e ? seen.get(e)! : null;
    if (!e || !starts) {
      e = { id: '', type: s.kind === 'person' ? 'PERSON' : 'ORG', name: s.name, mentions: [], origin: 'auto' };
      starts = new Set();
      added.set(key, e);
      seen.set(e, starts);
    }
    if (!starts.has(s.mention.start)) {
      starts.add(s.mention.start);
      e.mentions.push({ ...s.mention });
    }
  }
  if (added.size === 0) return found;
  // A speaker mention that overlaps an entity's mention is not made a second entity.
  const { starts, ends } = mentionsByStart(found);
  for (const [key, e] of [...added]) {
    const clash = e.mentions.some((m) => {
      // the last taken mention starting before m ends (offsets are integers)
      const lo = upperBound(starts, m.end - 1);
      return lo > 0 && ends[lo - 1] > m.start;
    });
    if (clash) added.delete(key);
  }
  if (added.size === 0) return found;
  const all = found.concat([...added.values()]);
  for (const e of added.values()) e.mentions.sort((x, y) => x.start - y.start);
  const order = all.map((e, i) => ({ e, i, first: e.mentions[0]?.start ?? 0 })).sort((x, y) => x.first - y.first || x.i - y.i);
  const renamed = new Map<Entity, string>();
  order.forEach((o, k) => renamed.set(o.e, `e${k + 1}`));
  const idMap = new Map<string, string>();
  for (const e of found) idMap.set(e.id, renamed.get(e)!);
  const entities = order.map((o) => ({ ...o.e, id: renamed.get(o.e)! }));
  for (const a of attributions) {
    const s = a.speaker;
    if (!s) continue;
    if (s.entityId !== null) s.entityId = idMap.get(s.entityId) ?? s.entityId;
    else if (s.kind !== 'unnamed') {
      const e = added.get(`${s.kind}:${s.name}`);
      if (e) s.entityId = renamed.get(e)!;
    }
  }
  return entities;
}
