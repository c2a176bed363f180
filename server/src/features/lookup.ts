/**
 * Offset lookup over an analysis: which quote, entity mention, speaker mention or cue
 * covers a given offset. Spans are kept sorted by start with a running maximum of
 * their ends, so a lookup is a binary search plus a short backwards walk even when
 * spans of different kinds overlap.
 */
import { lastStartingAtOrBefore } from '../analysis/structure';
import type { AnalysisResult, Entity, Quote, Speaker, Span } from '../analysis/types';

export type MentionRole = 'entity' | 'speaker' | 'cue';

export interface MentionRef extends Span {
  role: MentionRole;
  /** For `entity` (and for a `speaker` whose speaker is a known entity). */
  entity?: Entity;
  /** For `speaker` and `cue`: the quote the mention belongs to. */
  quote?: Quote;
}

export interface DocumentIndex {
  /** Sorted by start, not overlapping (as the analysis promises). */
  quotes: Quote[];
  /** Sorted by start; may overlap across roles. */
  mentions: MentionRef[];
  /** `maxEnd[i]` = the largest `end` among `mentions[0..i]`. */
  maxEnd: number[];
  entityById: Map<string, Entity>;
  /** Quotes grouped by `speakerKey`, each list in document order. */
  quotesBySpeaker: Map<string, Quote[]>;
}

/**
 * A key that is the same for every quote by one speaker: the entity id when the
 * speaker is a known entity, else kind + lower-cased name.
 */
export function speakerKey(speaker: Speaker): string {
  return speaker.entityId ? `entity:${speaker.entityId}` : `${speaker.kind}:${speaker.name.toLowerCase()}`;
}

export function buildIndex(result: AnalysisResult): DocumentIndex {
  const quotes = [...result.quotes].sort((a, b) => a.start - b.start);
  const entityById = new Map<string, Entity>();
  const mentions: MentionRef[] = [];
  for (const entity of result.entities) {
    entityById.set(entity.id, entity);
    for (const m of entity.mentions) mentions.push({ start: m.start, end: m.end, role: 'entity', entity });
  }
  const quotesBySpeaker = new Map<string, Quote[]>();
  for (const quote of quotes) {
    if (quote.speaker) {
      const key = speakerKey(quote.speaker);
      let list = quotesBySpeaker.get(key);
      if (!list) quotesBySpeaker.set(key, (list = []));
      list.push(quote);
      const m = quote.speaker.mention;
      const entity = quote.speaker.entityId ? entityById.get(quote.speaker.entityId) : undefined;
      if (m.end > m.start) mentions.push({ start: m.start, end: m.end, role: 'speaker', quote, entity });
    }
    if (quote.cue && quote.cue.end > quote.cue.start) {
      mentions.push({ start: quote.cue.start, end: quote.cue.end, role: 'cue', quote });
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const maxEnd = new Array<number>(mentions.length);
  let running = -1;
  for (let i = 0; i < mentions.length; i++) {
    running = Math.max(running, mentions[i].end);
    maxEnd[i] = running;
  }
  return { quotes, mentions, maxEnd, entityById, quotesBySpeaker };
}

/** The quote whose marks-inclusive span covers `offset`, if any. */
export function quoteAt(index: DocumentIndex, offset: number): Quote | undefined {
  const i = lastStartingAtOrBefore(index.quotes, offset);
  if (i < 0) return undefined;
  const q = index.quotes[i];
  return offset < q.end ? q : undefined;
}

/** Every mention covering `offset`, in start order. */
export function mentionsAt(index: DocumentIndex, offset: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (let i = lastStartingAtOrBefore(index.mentions, offset); i >= 0 && index.maxEnd[i] > offset; i--) {
    const m = index.mentions[i];
    if (m.start <= offset && offset < m.end) out.push(m);
  }
  return out.reverse();
}

/** Quotes attributed to an entity, in document order. */
export function quotesByEntity(index: DocumentIndex, entityId: string): Quote[] {
  return index.quotesBySpeaker.get(`entity:${entityId}`) ?? [];
}
