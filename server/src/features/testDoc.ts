/**
 * Builders for hand-made analyses in the feature tests: find spans by their text so a
 * test row reads like the article it describes. Used by *.test.ts only.
 */
import type { AnalysisResult, Entity, EntityType, Mention, Quote, Speaker } from '../analysis/types';

/** The span of the `nth` (0-based) occurrence of `needle` in `text`; throws when absent. */
export function at(text: string, needle: string, nth = 0): Mention {
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`"${needle}" (occurrence ${nth}) not in test text`);
  }
  return { start: from, end: from + needle.length, text: needle };
}

export interface QuoteSpec {
  /** The quote with its marks, as it appears in the text. */
  span: string;
  nth?: number;
  speaker?: { name: string; mention: string; mentionNth?: number; kind?: Speaker['kind']; entityId?: string | null; role?: string | null };
  cue?: string;
  cueNth?: number;
  unclosed?: boolean;
  scare?: boolean;
  manual?: boolean;
  via?: { name: string; cue: string };
  rule?: Quote['rule'];
  confidence?: number;
  stance?: Quote['stance'];
}

export function makeQuotes(text: string, specs: QuoteSpec[]): Quote[] {
  return specs.map((s, i) => {
    const m = at(text, s.span, s.nth ?? 0);
    const closeLen = s.unclosed ? 0 : 1;
    const speaker: Speaker | null = s.speaker
      ? {
          name: s.speaker.name,
          kind: s.speaker.kind ?? 'person',
          entityId: s.speaker.entityId ?? null,
          role: s.speaker.role ?? null,
          mention: at(text, s.speaker.mention, s.speaker.mentionNth ?? 0),
        }
      : null;
    return {
      id: `q${i + 1}`,
      start: m.start,
      end: m.end,
      contentStart: m.start + 1,
      contentEnd: m.end - closeLen,
      text: text.slice(m.start + 1, m.end - closeLen),
      open: text[m.start],
      close: s.unclosed ? null : text[m.end - 1],
      unclosed: s.unclosed ?? false,
      kind: s.scare ? 'scare' : 'quote',
      speaker,
      cue: s.cue ? at(text, s.cue, s.cueNth ?? 0) : null,
      stance: s.stance ?? (s.cue ? 'neutral' : null),
      via: s.via ? { name: s.via.name, cue: s.via.cue, mention: at(text, s.via.name) } : null,
      rule: speaker ? (s.rule ?? 'speaker-verb') : null,
      confidence: speaker ? (s.confidence ?? 0.9) : 0,
      origin: s.manual ? 'manual' : 'auto',
    };
  });
}

export function makeEntities(text: string, specs: { name: string; type: EntityType; mentions: (string | [string, number])[]; manual?: boolean }[]): Entity[] {
  return specs.map((s, i) => ({
    id: `e${i + 1}`,
    type: s.type,
    name: s.name,
    origin: s.manual ? 'manual' : 'auto',
    mentions: s.mentions.map((m) => (typeof m === 'string' ? at(text, m) : at(text, m[0], m[1]))).sort((a, b) => a.start - b.start),
  }));
}

export function makeResult(quotes: Quote[], entities: Entity[] = []): AnalysisResult {
  return { quotes, entities, sources: [] };
}
