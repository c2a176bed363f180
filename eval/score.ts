/**
 * Scores one document's engine output against gold: quote spans, entities and speakers.
 * Every function returns plain counts so documents and splits add up (see `add*`).
 */
import type { AnalysisResult, EntityType, Quote, Span } from '../server/src/analysis/types';
import { addCounts, countsFromMatch, emptyCounts, matchOneToOne, overlapLength, overlapsEnough, sameSpan, type Counts } from './match';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'DATE'];

const MARKS = '"“”„‟‘’‚‛\'«»‹›`';

/** The span without surrounding whitespace and quotation marks: what quote spans are compared on. */
export function trimMarks(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && (MARKS.includes(text[start]) || /\s/.test(text[start]))) start++;
  while (end > start && (MARKS.includes(text[end - 1]) || /\s/.test(text[end - 1]))) end--;
  return { start, end };
}

/** The content span of a predicted quote (its whole extent, marks trimmed). */
export function predictedContent(text: string, q: Quote): Span {
  return trimMarks(text, { start: q.start, end: q.end });
}

/**
 * A predicted quote that runs over several paragraphs is scored as one piece per paragraph, each
 * with the quote's kind and speaker: GUM and our labels mark such quotations per paragraph.
 */
export function paragraphPieces(text: string, quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    let start = q.start;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 || nl >= q.end ? q.end : nl;
      const piece = trimMarks(text, { start, end });
      if (piece.end > piece.start) out.push({ ...q, start, end });
      if (end === q.end) break;
      start = end + 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------- quotes

export interface QuoteScore {
  /** kind=quote predictions vs `<quote>`, overlap >= 50% of both spans. */
  overlap: Counts;
  /** kind=quote predictions vs `<quote>`, identical content spans. */
  exact: Counts;
  /** every prediction (quote or scare) vs `<quote>` and `<q>` together, overlap >= 50%. */
  anyKind: Counts;
  /** `<q>` elements: how the engine treated them. */
  q: { total: number; asScare: number; asQuote: number; missed: number };
  /** Errors for --verbose: [kind, text]. */
  errors: string[];
}

export function emptyQuoteScore(): QuoteScore {
  return { overlap: emptyCounts(), exact: emptyCounts(), anyKind: emptyCounts(), q: { total: 0, asScare: 0, asQuote: 0, missed: 0 }, errors: [] };
}

export function addQuoteScore(into: QuoteScore, s: QuoteScore): QuoteScore {
  addCounts(into.overlap, s.overlap);
  addCounts(into.exact, s.exact);
  addCounts(into.anyKind, s.anyKind);
  into.q.total += s.q.total;
  into.q.asScare += s.q.asScare;
  into.q.asQuote += s.q.asQuote;
  into.q.missed += s.q.missed;
  into.errors.push(...s.errors);
  return into;
}

function snippet(text: string, s: Span, max = 70): string {
  const t = text.slice(s.start, s.end).replace(/\s+/g, ' ');
  return JSON.stringify(t.length > max ? `${t.slice(0, max - 25)} … ${t.slice(-20)}` : t);
}

/**
 * @param quotes gold `<quote>` spans; @param qs gold `<q>` spans (any extent; marks are trimmed here).
 */
export function scoreQuotes(text: string, quotes: readonly Span[], qs: readonly Span[], predictedQuotes: readonly Quote[], docId = ''): QuoteScore {
  const predicted = paragraphPieces(text, predictedQuotes);
  const gold = quotes.map((s) => trimMarks(text, s));
  const goldQ = qs.map((s) => trimMarks(text, s));
  const realPred = predicted.filter((q) => q.kind === 'quote');
  const pred = realPred.map((q) => predictedContent(text, q));
  const overlapPairs = matchOneToOne(gold, pred, (g, p) => overlapsEnough(g, p), overlapLength);
  const exactPairs = matchOneToOne(gold, pred, sameSpan, () => 1);
  const allGold = [...gold, ...goldQ];
  const allPred = predicted.map((q) => predictedContent(text, q));
  const anyPairs = matchOneToOne(allGold, allPred, (g, p) => overlapsEnough(g, p), overlapLength);
  const errors: string[] = [];
  const matchedG = new Set(overlapPairs.map(([g]) => g));
  const matchedP = new Set(overlapPairs.map(([, p]) => p));
  gold.forEach((g, i) => {
    if (!matchedG.has(i)) errors.push(`${docId} quote missed: ${snippet(text, g)}`);
  });
  pred.forEach((p, i) => {
    if (!matchedP.has(i)) errors.push(`${docId} quote false: ${snippet(text, p)}`);
  });
  const exactG = new Set(exactPairs.map(([g]) => g));
  for (const [g, p] of overlapPairs) {
    if (!exactG.has(g)) errors.push(`${docId} quote boundary: gold ${snippet(text, gold[g])} vs ${snippet(text, pred[p])}`);
  }
  const q = { total: goldQ.length, asScare: 0, asQuote: 0, missed: 0 };
  for (const g of goldQ) {
    const hit = predicted.find((p) => overlapsEnough(g, predictedContent(text, p)));
    if (!hit) {
      q.missed++;
      errors.push(`${docId} <q> missed: ${snippet(text, g)}`);
    } else if (hit.kind === 'scare') q.asScare++;
    else q.asQuote++;
  }
  return {
    overlap: countsFromMatch(gold.length, pred.length, overlapPairs),
    exact: countsFromMatch(gold.length, pred.length, exactPairs),
    anyKind: countsFromMatch(allGold.length, allPred.length, anyPairs),
    q,
    errors,
  };
}

// ---------------------------------------------------------------- entities

export interface GoldEntitySpan {
  type: EntityType;
  /** The named core ("United States" of "the United States"). */
  name: Span;
}

export interface PredictedEntitySpan extends Span {
  type: EntityType;
}

/** Why a false entity that touches no gold name at all is likely there. */
export type FalseEntityClass = 'sentence-initial' | 'greeting' | 'furniture';

export interface EntityScore {
  exact: Record<EntityType, Counts>;
  tolerant: Record<EntityType, Counts>;
  /** Boundary-tolerant, type ignored: did the engine find the name at all (GUM calls museums places, many taggers call them organisations). */
  anyType: Counts;
  falseEntities: Record<FalseEntityClass, number>;
  errors: string[];
}

function perType(): Record<EntityType, Counts> {
  return { PERSON: emptyCounts(), ORG: emptyCounts(), PLACE: emptyCounts(), DATE: emptyCounts() };
}

export function emptyEntityScore(): EntityScore {
  return { exact: perType(), tolerant: perType(), anyType: emptyCounts(), falseEntities: { 'sentence-initial': 0, greeting: 0, furniture: 0 }, errors: [] };
}

export function addEntityScore(into: EntityScore, s: EntityScore): EntityScore {
  for (const t of ENTITY_TYPES) {
    addCounts(into.exact[t], s.exact[t]);
    addCounts(into.tolerant[t], s.tolerant[t]);
  }
  addCounts(into.anyType, s.anyType);
  for (const k of Object.keys(into.falseEntities) as FalseEntityClass[]) into.falseEntities[k] += s.falseEntities[k];
  into.errors.push(...s.errors);
  return into;
}

/** Every mention of every predicted entity, with the entity's type. */
export function flattenEntities(result: AnalysisResult): PredictedEntitySpan[] {
  const out: PredictedEntitySpan[] = [];
  for (const e of result.entities) for (const m of e.mentions) out.push({ type: e.type, start: m.start, end: m.end });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export const GREETINGS = new Set(['hello', 'hi', 'hey', 'dear', 'greetings', 'thanks', 'thank', 'welcome', 'goodbye', 'bye', 'cheers', 'congratulations', 'good', 'yes', 'no', 'ok', 'okay', 'please', 'sorry']);
export const FURNITURE = new Set([
  'image', 'images', 'photo', 'photos', 'picture', 'pictures', 'file', 'credit', 'credits', 'caption', 'share', 'advertisement', 'advert', 'video', 'videos',
  'related', 'source', 'sources', 'copyright', 'click', 'subscribe', 'email', 'print', 'comments', 'comment', 'tweet', 'updated', 'published', 'posted',
  'listen', 'login', 'menu', 'sponsored', 'gallery', 'categories', 'category', 'tags',
]);

/** What the harness knows about the text around a false entity. */
export interface EntityContext {
  /** Start offsets of sentences (GUM) or lines; a false entity starting here is sentence-initial. */
  sentenceStarts: ReadonlySet<number>;
  /** True when the word at `offset` is a proper noun or number in the gold tokens. */
  isNameWordAt(offset: number): boolean;
}

/**
 * Sorts an unmatched prediction that overlaps no gold name into the classes the project must
 * drive to zero; null when it is some other false entity.
 */
export function classifyFalseEntity(text: string, p: Span, ctx: EntityContext): FalseEntityClass | null {
  const firstWord = (/^[\p{L}\p{N}'’.-]+/u.exec(text.slice(p.start, p.end))?.[0] ?? '').replace(/[.'’]+$/, '').toLowerCase();
  if (FURNITURE.has(firstWord)) return 'furniture';
  if (GREETINGS.has(firstWord)) return 'greeting';
  // a quotation mark or bracket may stand before the first word of a sentence
  let s = p.start;
  while (s > 0 && /["“‘'(\[]/.test(text[s - 1])) s--;
  if (ctx.sentenceStarts.has(s) && !ctx.isNameWordAt(p.start)) return 'sentence-initial';
  return null;
}

/**
 * @param ignoredDates spans where an unmatched predicted DATE is neither right nor wrong (GUM
 *   time mentions that are not named dates: "yesterday", "this year").
 */
export function scoreEntities(
  text: string,
  gold: readonly GoldEntitySpan[],
  allPred: readonly PredictedEntitySpan[],
  ctx: EntityContext,
  docId = '',
  ignoredDates: readonly Span[] = [],
): EntityScore {
  const score = emptyEntityScore();
  const pred = allPred.filter(
    (p) =>
      p.type !== 'DATE' ||
      gold.some((g) => g.type === 'DATE' && overlapLength(g.name, p) > 0) ||
      !ignoredDates.some((d) => overlapLength(d, p) > 0),
  );
  const anyType = matchOneToOne(gold, pred, (a, b) => overlapLength(a.name, b) > 0, (a, b) => overlapLength(a.name, b));
  score.anyType = countsFromMatch(gold.length, pred.length, anyType);
  for (const t of ENTITY_TYPES) {
    const g = gold.filter((x) => x.type === t);
    const p = pred.filter((x) => x.type === t);
    const exact = matchOneToOne(g, p, (a, b) => sameSpan(a.name, b), () => 1);
    const tolerant = matchOneToOne(g, p, (a, b) => overlapLength(a.name, b) > 0, (a, b) => overlapLength(a.name, b) - 0.001 * Math.abs(b.end - b.start - (a.name.end - a.name.start)));
    score.exact[t] = countsFromMatch(g.length, p.length, exact);
    score.tolerant[t] = countsFromMatch(g.length, p.length, tolerant);
    const mg = new Set(tolerant.map(([i]) => i));
    const mp = new Set(tolerant.map(([, i]) => i));
    g.forEach((x, i) => {
      if (!mg.has(i)) score.errors.push(`${docId} ${t} missed: ${snippet(text, x.name)}`);
    });
    p.forEach((x, i) => {
      if (mp.has(i)) return;
      const touches = gold.find((y) => overlapLength(y.name, x) > 0);
      if (touches) {
        score.errors.push(`${docId} ${t} false (gold says ${touches.type} ${snippet(text, touches.name)}): ${snippet(text, x)}`);
        return;
      }
      // relative dates at a sentence start ("Today") are a date question, not a name mistaken
      const cls = t === 'DATE' ? null : classifyFalseEntity(text, x, ctx);
      if (cls) score.falseEntities[cls]++;
      score.errors.push(`${docId} ${t} false${cls ? ` [${cls}]` : ''}: ${snippet(text, x)}`);
    });
  }
  return score;
}

// ---------------------------------------------------------------- speakers

export interface LabelledQuote extends Span {
  speaker: string | null;
}

export interface SpeakerScore {
  /** Gold quotes with a named (non-null) speaker. */
  goldNamed: number;
  /** … of which a predicted quote overlaps >= 50%. */
  goldNamedMatched: number;
  /** … of which the predicted speaker's name equals the gold name. */
  correct: number;
  /** Gold quotes with a null speaker (scare quotes, no evidence). */
  goldNull: number;
  goldNullMatched: number;
  /** … that the engine nevertheless gave a speaker. */
  goldNullGivenSpeaker: number;
  /** Predicted quotes (any kind) with a speaker, and how many of those are right. */
  predWithSpeaker: number;
  predCorrect: number;
  /** Labelled quote spans vs every predicted quote, overlap >= 50%. */
  spans: Counts;
  /** … with identical content spans. */
  spansExact: Counts;
  errors: string[];
}

export function emptySpeakerScore(): SpeakerScore {
  return { goldNamed: 0, goldNamedMatched: 0, correct: 0, goldNull: 0, goldNullMatched: 0, goldNullGivenSpeaker: 0, predWithSpeaker: 0, predCorrect: 0, spans: emptyCounts(), spansExact: emptyCounts(), errors: [] };
}

export function addSpeakerScore(into: SpeakerScore, s: SpeakerScore): SpeakerScore {
  for (const k of ['goldNamed', 'goldNamedMatched', 'correct', 'goldNull', 'goldNullMatched', 'goldNullGivenSpeaker', 'predWithSpeaker', 'predCorrect'] as const) into[k] += s[k];
  addCounts(into.spans, s.spans);
  addCounts(into.spansExact, s.spansExact);
  into.errors.push(...s.errors);
  return into;
}

/**
 * Speaker names are compared after folding case, whitespace, curly apostrophes, a leading
 * article and a trailing possessive: "the Kremlin" = "Kremlin", "Putin's" = "Putin". Nothing
 * else: a surname alone does not equal a full name.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(the|a|an) /, '')
    .replace(/'s?$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
}

export function scoreSpeakers(text: string, gold: readonly LabelledQuote[], predictedQuotes: readonly Quote[], docId = ''): SpeakerScore {
  const predicted = paragraphPieces(text, predictedQuotes);
  const s = emptySpeakerScore();
  const g = gold.map((q) => trimMarks(text, q));
  const p = predicted.map((q) => predictedContent(text, q));
  const pairs = matchOneToOne(g, p, (a, b) => overlapsEnough(a, b), overlapLength);
  s.spans = countsFromMatch(g.length, p.length, pairs);
  s.spansExact = countsFromMatch(g.length, p.length, matchOneToOne(g, p, sameSpan, () => 1));
  const predOf = new Map(pairs.map(([gi, pi]) => [gi, pi]));
  const goldOf = new Map(pairs.map(([gi, pi]) => [pi, gi]));
  gold.forEach((q, gi) => {
    const pi = predOf.get(gi);
    const pq = pi === undefined ? undefined : predicted[pi];
    const said = pq?.speaker?.name ?? null;
    if (q.speaker === null) {
      s.goldNull++;
      if (pq) s.goldNullMatched++;
      if (said !== null) {
        s.goldNullGivenSpeaker++;
        s.errors.push(`${docId} speaker given to unattributed quote ${snippet(text, g[gi])}: ${JSON.stringify(said)}`);
      }
      return;
    }
    s.goldNamed++;
    if (!pq) {
      s.errors.push(`${docId} speaker quote missed ${snippet(text, g[gi])} (gold ${JSON.stringify(q.speaker)})`);
      return;
    }
    s.goldNamedMatched++;
    if (said !== null && normaliseName(said) === normaliseName(q.speaker)) s.correct++;
    else s.errors.push(`${docId} speaker wrong ${snippet(text, g[gi])}: gold ${JSON.stringify(q.speaker)}, got ${JSON.stringify(said)}`);
  });
  predicted.forEach((pq, pi) => {
    if (!pq.speaker) return;
    s.predWithSpeaker++;
    const gi = goldOf.get(pi);
    const gq = gi === undefined ? undefined : gold[gi];
    if (gq && gq.speaker !== null && normaliseName(gq.speaker) === normaliseName(pq.speaker.name)) s.predCorrect++;
    else if (!gq) s.errors.push(`${docId} speaker on an unlabelled quote ${snippet(text, p[pi])}: ${JSON.stringify(pq.speaker.name)}`);
  });
  return s;
}
