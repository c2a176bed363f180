/**
 * The project's own JSON export (`news-annotator/1`). Offsets are UTF-16 code units, like
 * JavaScript string indexes and LSP positions; `start`/`end` cover the quote with its marks
 * and `text` is the content without them.
 */
import type { Entity, Quote } from '../analysis/types';
import type { ExportDocument, ExportFile } from './types';

export const JSON_FORMAT = 'news-annotator/1';

function quoteJson(q: Quote): Record<string, unknown> {
  return {
    id: q.id,
    start: q.start,
    end: q.end,
    text: q.text,
    speaker: q.speaker
      ? {
          name: q.speaker.name,
          mention: { start: q.speaker.mention.start, end: q.speaker.mention.end, text: q.speaker.mention.text },
          kind: q.speaker.kind,
          entityId: q.speaker.entityId,
          role: q.speaker.role,
        }
      : null,
    cue: q.cue ? { start: q.cue.start, end: q.cue.end, text: q.cue.text } : null,
    via: q.via ? { name: q.via.name, cue: q.via.cue, mention: { start: q.via.mention.start, end: q.via.mention.end, text: q.via.mention.text } } : null,
    unclosed: q.unclosed,
    origin: q.origin,
    kind: q.kind,
    contentStart: q.contentStart,
    contentEnd: q.contentEnd,
    open: q.open,
    close: q.close,
    stance: q.stance,
    rule: q.rule,
    confidence: q.confidence,
    ...(q.note !== undefined ? { note: q.note } : {}),
  };
}

function entityJson(e: Entity): Record<string, unknown> {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    origin: e.origin,
    ...(e.note !== undefined ? { note: e.note } : {}),
  };
}

/** The whole export as one value (what `news-annotator.json` holds). */
export function toJsonExport(docs: readonly ExportDocument[]): Record<string, unknown> {
  return {
    format: JSON_FORMAT,
    offsets: 'utf-16',
    documents: docs.map((d) => ({
      path: d.path,
      quotes: d.result.quotes.map((q) => {
        const json = quoteJson(q);
        if (d.variantGroups) json.variantGroup = d.variantGroups.get(q.id) ?? null;
        return json;
      }),
      entities: d.result.entities.map(entityJson),
      sources: d.result.sources.map((s) => ({ name: s.name, kind: s.kind, mentions: s.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })) })),
    })),
  };
}

export function exportJson(docs: readonly ExportDocument[]): ExportFile[] {
  return [{ relativePath: 'news-annotator.json', content: JSON.stringify(toJsonExport(docs), null, 2) + '\n' }];
}
