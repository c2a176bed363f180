/**
 * The annotation model: what a person adds to, or changes in, the engine's analysis of an
 * article, and the pure function that lays those annotations over an analysis.
 * Every annotation is anchored by position and by exact text (see anchor.ts) so that it
 * survives edits to the article. Offsets are UTF-16 code units. Pure: no editor imports.
 */
import type {
  AnalysisResult,
  Entity,
  EntityType,
  Mention,
  Quote,
  QuoteKind,
  Speaker,
  SpeakerKind,
} from '../analysis/types';
import { randomUUID } from 'node:crypto';
import { type Anchor, type ResolvedAnchor, type TextChange, makeAnchor, resolveAnchor, shiftAnchor } from './anchor';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'DATE'];
export const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'unnamed'];
export const QUOTE_KINDS: readonly QuoteKind[] = ['quote', 'scare'];

/** What an accept, reject or note points at: a quote span or an entity mention span. */
export type TargetKind = 'quote' | 'entity';

/** A speaker given by a person. */
export interface ManualSpeaker {
  name: string;
  kind: SpeakerKind;
  /** The words that name the speaker, when the person marked them. */
  mention?: Anchor;
}

interface AnnotationBase {
  /** Unique within the sidecar; never reused. */
  id: string;
  /** ISO 8601 times. `modified` decides which copy wins when two copies of one id meet. */
  created: string;
  modified: string;
  /** The span the annotation is about. */
  target: Anchor;
  /** Removal: a tombstone kept so that merges with other copies of the file remove it too. */
  deleted?: boolean;
}

/** A quote marked by hand (including its marks, when it has them). */
export interface ManualQuoteAnnotation extends AnnotationBase {
  kind: 'quote';
  speaker?: ManualSpeaker;
  quoteKind?: QuoteKind;
  note?: string;
}

/** A named-entity mention marked by hand. `name` groups mentions; it defaults to the text. */
export interface ManualEntityAnnotation extends AnnotationBase {
  kind: 'entity';
  entityType: EntityType;
  name?: string;
  note?: string;
}

/** Sets (or, with null, clears) the speaker of the quote at `target`. */
export interface SetSpeakerAnnotation extends AnnotationBase {
  kind: 'speaker';
  speaker: ManualSpeaker | null;
}

/**
 * Confirms an automatic quote or entity mention. It keeps what was accepted, so the item
 * stays even if a later engine no longer finds it.
 */
export interface AcceptAnnotation extends AnnotationBase {
  kind: 'accept';
  on: TargetKind;
  entityType?: EntityType;
  name?: string;
  quoteKind?: QuoteKind;
  speaker?: ManualSpeaker | null;
}

/** Hides the automatic quote or entity mention at `target` for good. */
export interface RejectAnnotation extends AnnotationBase {
  kind: 'reject';
  on: TargetKind;
}

/** Overrides the class of the quote at `target` (real quote vs scare quote). */
export interface ClassAnnotation extends AnnotationBase {
  kind: 'class';
  quoteKind: QuoteKind;
}

/** A note on the quote, or on the entity of the mention, at `target`. */
export interface NoteAnnotation extends AnnotationBase {
  kind: 'note';
  on: TargetKind;
  note: string;
}

export type Annotation =
  | ManualQuoteAnnotation
  | ManualEntityAnnotation
  | SetSpeakerAnnotation
  | AcceptAnnotation
  | RejectAnnotation
  | ClassAnnotation
  | NoteAnnotation;

export type AnnotationKind = Annotation['kind'];
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['quote', 'entity', 'speaker', 'accept', 'reject', 'class', 'note'];

/** Why an annotation is listed as an orphan. */
export type OrphanReason = 'text-not-found' | 'target-not-found';

export interface Orphan {
  annotation: Annotation;
  reason: OrphanReason;
}

export interface AppliedAnnotations {
  /** The analysis with the annotations laid over it. Manual and overridden items have origin 'manual'. */
  result: AnalysisResult;
  /** Live annotations that could not be placed: kept in the sidecar, listed for the user. */
  orphans: Annotation[];
  /** The same orphans with the reason for each. */
  orphanReasons: Orphan[];
  /** Where each live annotation's text was found in this text (by id), orphaned targets included. */
  placed: Map<string, ResolvedAnchor>;
}

/** Anything with the annotations in it: a parsed sidecar or a bare list. */
export type AnnotationSource = readonly Annotation[] | { annotations: readonly Annotation[] };

function listOf(source: AnnotationSource): readonly Annotation[] {
  return Array.isArray(source) ? source : (source as { annotations: readonly Annotation[] }).annotations;
}

/** Marks an annotation as removed (a tombstone) at time `now`. */
export function removeAnnotation<A extends Annotation>(annotation: A, now: string): A {
  return { ...annotation, deleted: true, modified: now };
}

/** Live (not removed) annotations. */
export function liveAnnotations(list: readonly Annotation[]): Annotation[] {
  return list.filter((a) => !a.deleted);
}

/** Moves every anchor (targets and speaker mentions) for a live edit of the article. */
export function shiftAnnotations<A extends Annotation>(annotations: readonly A[], change: TextChange): A[] {
  return annotations.map((a) => {
    const shifted = { ...a, target: shiftAnchor(a.target, change) };
    const speaker = 'speaker' in a ? a.speaker : undefined;
    if (speaker && speaker.mention) {
      (shifted as { speaker?: ManualSpeaker | null }).speaker = { ...speaker, mention: shiftAnchor(speaker.mention, change) };
    }
    return shifted;
  });
}

/**
 * Refreshes every live anchor against `text`: an annotation found (exactly, moved, or
 * fuzzily) gets its position, exact text and context from `text`; one not found keeps its
 * old anchor untouched so it can still be found later. `modified` is not changed: this
 * follows the text, it is not an edit of the annotation.
 */
export function reanchorAnnotations<A extends Annotation>(text: string, annotations: readonly A[]): A[] {
  const refresh = (anchor: Anchor): Anchor => {
    const at = resolveAnchor(text, anchor);
    if (!at) return anchor;
    const fresh = makeAnchor(text, at.start, at.end);
    return fresh.start === anchor.start && fresh.end === anchor.end && fresh.exact === anchor.exact &&
      fresh.prefix === anchor.prefix && fresh.suffix === anchor.suffix
      ? anchor
      : fresh;
  };
  return annotations.map((a) => {
    if (a.deleted) return a;
    const target = refresh(a.target);
    const speaker = 'speaker' in a ? a.speaker : undefined;
    const mention = speaker && speaker.mention ? refresh(speaker.mention) : undefined;
    if (target === a.target && (!speaker || !speaker.mention || mention === speaker.mention)) return a;
    const next = { ...a, target };
    if (speaker && speaker.mention && mention) (next as { speaker?: ManualSpeaker | null }).speaker = { ...speaker, mention };
    return next;
  });
}

const OPENING_MARKS = '"“„‟«‹‘‚‛「『\'';
const CLOSING_MARKS = '"”“»›’‘「」』\'';

/** Content over several paragraphs: paragraphs joined by "\n", re-opening marks left out (as the engine does). */
function quoteContent(content: string): string {
  if (!/[\r\n]/.test(content)) return content;
  return content
    .split(/\r\n|\r|\n/)
    .filter((p) => p.trim() !== '')
    .map((p, i) => (i > 0 && OPENING_MARKS.includes(p[0]) ? p.slice(1) : p))
    .join('\n');
}

function manualQuote(text: string, start: number, end: number, kind: QuoteKind, note: string | undefined): Quote {
  const first = text[start];
  const last = text[end - 1];
  const open = end - start >= 2 && OPENING_MARKS.includes(first) ? first : '';
  const close = open !== '' && CLOSING_MARKS.includes(last) ? last : null;
  const contentStart = start + open.length;
  const contentEnd = close === null ? end : end - 1;
  const quote: Quote = {
    id: '',
    start,
    end,
    contentStart,
    contentEnd,
    text: quoteContent(text.slice(contentStart, contentEnd)),
    open,
    close,
    unclosed: open !== '' && close === null,
    kind,
    speaker: null,
    cue: null,
    stance: null,
    via: null,
    rule: null,
    confidence: 0,
    origin: 'manual',
  };
  if (note !== undefined) quote.note = note;
  return quote;
}

/** Finds the words that name a manual speaker: the marked mention, else the name (or its last word) nearest the quote. */
function speakerMention(text: string, speaker: ManualSpeaker, quote: Quote, placedMention: ResolvedAnchor | null): Mention {
  if (placedMention) {
    return { start: placedMention.start, end: placedMention.end, text: text.slice(placedMention.start, placedMention.end) };
  }
  const words = speaker.name.trim().split(/\s+/);
  const candidates = [speaker.name.trim(), words[words.length - 1]].filter((w) => w.length > 1);
  for (const needle of candidates) {
    let best = -1;
    let bestDistance = Infinity;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const inside = at >= quote.start && at < quote.end;
      // Whole words only: "Lee" is not in "Leeds".
      if (inside || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + needle.length] ?? '')) continue;
      const distance = at < quote.start ? quote.start - at : at - quote.end;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = at;
      }
    }
    if (best !== -1 && bestDistance <= 400) return { start: best, end: best + needle.length, text: needle };
  }
  // Nothing in the text names the speaker: an empty mention just after the quote.
  return { start: quote.end, end: quote.end, text: '' };
}

function sameSpan(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start === b.start && a.end === b.end;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The quote a span refers to: the same quote span, or the same content span. */
function findQuote(quotes: Quote[], span: { start: number; end: number }): Quote | undefined {
  return (
    quotes.find((q) => sameSpan(q, span)) ??
    quotes.find((q) => q.contentStart === span.start && q.contentEnd === span.end)
  );
}

function normName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Lays the annotations over an automatic analysis of `text`.
 *
 * Order (later steps see the earlier ones' results): anchors are resolved; rejects hide
 * automatic items; manual quotes and entity mentions (and accepted items the engine no
 * longer finds) replace every automatic item they overlap; accepts, class overrides and
 * speakers change the quote or entity at their span; notes are attached last. Annotations
 * apply in order of creation, so of two overlapping manual quotes the newer one wins.
 * Live annotations that cannot be placed are returned as orphans, never dropped.
 */
export function applyAnnotations(text: string, auto: AnalysisResult, source: AnnotationSource): AppliedAnnotations {
  const result: AnalysisResult = structuredClone(auto);
  const orphanReasons: Orphan[] = [];
  const placed = new Map<string, ResolvedAnchor>();
  const live = liveAnnotations(listOf(source)).sort(
    (a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const orphan = (annotation: Annotation, reason: OrphanReason): void => {
    orphanReasons.push({ annotation, reason });
  };

  for (const a of live) {
    const at = resolveAnchor(text, a.target);
    if (at) placed.set(a.id, at);
    else orphan(a, 'text-not-found');
  }
  const spanOf = (a: Annotation): ResolvedAnchor => placed.get(a.id)!;
  const isPlaced = (a: Annotation): boolean => placed.has(a.id);
  const ofKind = <K extends AnnotationKind>(kind: K) =>
    live.filter((a): a is Extract<Annotation, { kind: K }> => a.kind === kind && isPlaced(a));

  // 1. Rejects hide automatic items only; a person's own items are removed, not rejected.
  for (const r of ofKind('reject')) {
    const span = spanOf(r);
    if (r.on === 'quote') {
      result.quotes = result.quotes.filter(
        (q) => !(q.origin === 'auto' && (sameSpan(q, span) || (q.contentStart === span.start && q.contentEnd === span.end))),
      );
    } else {
      for (const e of result.entities) {
        if (e.origin === 'auto') e.mentions = e.mentions.filter((m) => !sameSpan(m, span));
      }
    }
  }

  // 2. Manual quotes, and accepted quotes the engine no longer finds.
  const quoteAnnotations: { a: Annotation; quote: Quote; speaker: ManualSpeaker | null | undefined }[] = [];
  for (const a of live) {
    if (!isPlaced(a)) continue;
    const span = spanOf(a);
    if (a.kind === 'quote') {
      quoteAnnotations.push({ a, quote: manualQuote(text, span.start, span.end, a.quoteKind ?? 'quote', a.note), speaker: a.speaker });
    } else if (a.kind === 'accept' && a.on === 'quote' && !findQuote(result.quotes, span)) {
      quoteAnnotations.push({ a, quote: manualQuote(text, span.start, span.end, a.quoteKind ?? 'quote', undefined), speaker: a.speaker });
    }
  }
  for (const { quote } of quoteAnnotations) {
    // Manual wins over every overlapping automatic quote, and a newer manual quote over an older one.
    result.quotes = result.quotes.filter((q) => !overlaps(q, quote));
    result.quotes.push(quote);
  }

  // 3. Manual entity mentions, and accepted mentions the engine no longer finds.
  const findMention = (span: { start: number; end: number }): Entity | undefined =>
    result.entities.find((e) => e.mentions.some((m) => sameSpan(m, span)));
  for (const a of live) {
    if (!isPlaced(a)) continue;
    const span = spanOf(a);
    let type: EntityType;
    let name: string | undefined;
    let note: string | undefined;
    if (a.kind === 'entity') {
      type = a.entityType;
      name = a.name;
      note = a.note;
    } else if (a.kind === 'accept' && a.on === 'entity' && a.entityType && !findMention(span)) {
      type = a.entityType;
      name = a.name;
    } else {
      continue;
    }
    for (const e of result.entities) e.mentions = e.mentions.filter((m) => !overlaps(m, span));
    const mention: Mention = { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
    const entityName = name && name.trim() !== '' ? name.trim() : mention.text;
    let entity = result.entities.find((e) => e.type === type && normName(e.name) === normName(entityName));
    if (!entity) {
      entity = { id: '', type, name: entityName, mentions: [], origin: 'manual' };
      result.entities.push(entity);
    }
    entity.origin = 'manual';
    entity.mentions.push(mention);
    entity.mentions.sort((x, y) => x.start - y.start);
    if (note !== undefined) entity.note = note;
  }

  // Entities left without mentions (rejected or replaced) disappear; ids are renumbered
  // in order of first mention and speakers' entity ids follow.
  const oldIds = new Map<Entity, string>();
  for (const e of result.entities) oldIds.set(e, e.id);
  result.entities = result.entities.filter((e) => e.mentions.length > 0);
  result.entities.sort((x, y) => x.mentions[0].start - y.mentions[0].start);
  const renamed = new Map<string, string>();
  result.entities.forEach((e, i) => {
    const id = `e${i + 1}`;
    const old = oldIds.get(e);
    if (old) renamed.set(old, id);
    e.id = id;
  });
  const entityFor = (speakerName: string): string | null => {
    const n = normName(speakerName);
    const e =
      result.entities.find((x) => normName(x.name) === n && (x.type === 'PERSON' || x.type === 'ORG')) ??
      result.entities.find((x) => normName(x.name) === n);
    return e ? e.id : null;
  };
  for (const q of result.quotes) {
    if (q.speaker && q.speaker.entityId !== null) q.speaker.entityId = renamed.get(q.speaker.entityId) ?? null;
  }

  const setSpeaker = (quote: Quote, speaker: ManualSpeaker | null): void => {
    if (speaker === null) {
      quote.speaker = null;
      quote.rule = null;
      quote.confidence = 0;
      quote.cue = null;
      quote.stance = null;
      return;
    }
    let mentionAt: ResolvedAnchor | null = null;
    if (speaker.mention) mentionAt = resolveAnchor(text, speaker.mention);
    const s: Speaker = {
      name: speaker.name,
      kind: speaker.kind,
      entityId: entityFor(speaker.name),
      role: null,
      mention: speakerMention(text, speaker, quote, mentionAt),
    };
    quote.speaker = s;
    quote.rule = 'manual';
    quote.confidence = 1;
  };
  for (const { quote, speaker } of quoteAnnotations) {
    if (speaker !== undefined && result.quotes.includes(quote)) setSpeaker(quote, speaker);
  }

  // 4. Accepts, class overrides and speakers change the item at their span.
  for (const a of live) {
    if (!isPlaced(a)) continue;
    const span = spanOf(a);
    if (a.kind === 'accept') {
      if (a.on === 'quote') {
        const q = findQuote(result.quotes, span);
        if (q) {
          // What was accepted wins over what a later engine says.
          if (a.quoteKind) q.kind = a.quoteKind;
          const accepted = a.speaker;
          if (accepted !== undefined) {
            const differs = accepted === null ? q.speaker !== null : q.speaker === null || q.speaker.name !== accepted.name;
            if (differs) setSpeaker(q, accepted);
          }
          q.origin = 'manual';
        } else orphan(a, 'target-not-found');
      } else {
        const e = findMention(span);
        if (e) e.origin = 'manual';
        else orphan(a, 'target-not-found');
      }
    } else if (a.kind === 'class') {
      const q = findQuote(result.quotes, span);
      if (q) {
        q.kind = a.quoteKind;
        q.origin = 'manual';
      } else orphan(a, 'target-not-found');
    } else if (a.kind === 'speaker') {
      const q = findQuote(result.quotes, span);
      if (q) {
        setSpeaker(q, a.speaker);
        q.origin = 'manual';
      } else orphan(a, 'target-not-found');
    }
  }

  // 5. Notes last, so they land on whatever now sits at their span.
  for (const a of ofKind('note')) {
    const span = spanOf(a);
    if (a.on === 'quote') {
      const q = findQuote(result.quotes, span);
      if (q) q.note = a.note;
      else orphan(a, 'target-not-found');
    } else {
      const e = findMention(span);
      if (e) e.note = a.note;
      else orphan(a, 'target-not-found');
    }
  }

  result.quotes.sort((x, y) => x.start - y.start);
  result.quotes.forEach((q, i) => {
    q.id = `q${i + 1}`;
  });
  return { result, orphans: orphanReasons.map((o) => o.annotation), orphanReasons, placed };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An annotation without its id, times and anchor: what a command or an importer decides. */
export type AnnotationDraft = DistributiveOmit<Annotation, 'id' | 'created' | 'modified' | 'target'>;

/** A new unique annotation id. */
export function newAnnotationId(): string {
  return 'a-' + randomUUID();
}

/** Makes a new annotation of `draft` anchored at `text.slice(start, end)`. */
export function createAnnotation(
  text: string,
  span: { start: number; end: number },
  draft: AnnotationDraft,
  options: { now?: string; id?: string } = {},
): Annotation {
  const now = options.now ?? new Date().toISOString();
  return { ...draft, id: options.id ?? newAnnotationId(), created: now, modified: now, target: makeAnchor(text, span.start, span.end) } as Annotation;
}

/** The draft of an accept for an automatic quote: it keeps the class and speaker shown. */
export function acceptQuoteDraft(quote: Quote): AnnotationDraft {
  return {
    kind: 'accept',
    on: 'quote',
    quoteKind: quote.kind,
    speaker: quote.speaker ? { name: quote.speaker.name, kind: quote.speaker.kind } : null,
  };
}

/** The draft of an accept for an automatic entity mention: it keeps the type and name shown. */
export function acceptEntityDraft(entity: Entity): AnnotationDraft {
  return { kind: 'accept', on: 'entity', entityType: entity.type, name: entity.name };
}
