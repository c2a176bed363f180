/**
 * W3C Web Annotation (JSON-LD) export: one AnnotationCollection holding an annotation per
 * quote and per entity mention. Each target carries a TextQuoteSelector (exact text with
 * up to 32 code points of prefix and suffix) and a TextPositionSelector.
 *
 * Units: the Web Annotation Data Model counts TextPositionSelector positions in Unicode
 * code points ("characters"), not UTF-16 code units, so every offset is converted
 * explicitly here. The text is used as it is (no normalisation).
 */
import type { Mention } from '../analysis/types';
import { OffsetConverter } from './offsets';
import type { ExportDocument, ExportFile } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CODE_POINTS = 32;

interface Body {
  type: 'TextualBody';
  value: string;
  purpose: 'tagging' | 'identifying' | 'commenting' | 'classifying';
}

function selectors(text: string, conv: OffsetConverter, span: { start: number; end: number }): unknown[] {
  const start = conv.toCodePoint(span.start);
  const end = conv.toCodePoint(span.end);
  const before = conv.toUtf16(Math.max(0, start - CONTEXT_CODE_POINTS));
  const after = conv.toUtf16(Math.min(conv.codePointLength, end + CONTEXT_CODE_POINTS));
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(span.start, span.end),
      prefix: text.slice(before, span.start),
      suffix: text.slice(span.end, after),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

function annotationId(doc: ExportDocument, local: string): string {
  return `urn:news-annotator:${encodeURIComponent(doc.path)}:${local}`;
}

/** The annotations for one document. */
export function documentAnnotations(doc: ExportDocument): Record<string, unknown>[] {
  const conv = new OffsetConverter(doc.text);
  const source = doc.uri ?? doc.path;
  const out: Record<string, unknown>[] = [];
  const make = (local: string, motivation: string, body: Body[], span: Mention | { start: number; end: number }, manual: boolean) => {
    out.push({
      id: annotationId(doc, local),
      type: 'Annotation',
      motivation,
      generator: { type: 'Software', name: 'News Annotator' },
      // Made or confirmed by a person rather than only by the engine.
      ...(manual ? { creator: { type: 'Person' } } : {}),
      body,
      target: { source, selector: selectors(doc.text, conv, span) },
    });
  };
  for (const q of doc.result.quotes) {
    const body: Body[] = [{ type: 'TextualBody', value: q.kind === 'scare' ? 'scare quote' : 'quote', purpose: 'tagging' }];
    if (q.speaker) body.push({ type: 'TextualBody', value: q.speaker.name, purpose: 'identifying' });
    if (q.note !== undefined) body.push({ type: 'TextualBody', value: q.note, purpose: 'commenting' });
    make(q.id, q.speaker ? 'identifying' : 'tagging', body, q, q.origin === 'manual');
  }
  for (const e of doc.result.entities) {
    e.mentions.forEach((m, i) => {
      const body: Body[] = [
        { type: 'TextualBody', value: e.type, purpose: 'tagging' },
        { type: 'TextualBody', value: e.name, purpose: 'identifying' },
      ];
      if (e.note !== undefined) body.push({ type: 'TextualBody', value: e.note, purpose: 'commenting' });
      make(`${e.id}-m${i + 1}`, 'identifying', body, m, e.origin === 'manual');
    });
  }
  return out;
}

export function toW3cCollection(docs: readonly ExportDocument[]): Record<string, unknown> {
  const items = docs.flatMap(documentAnnotations);
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'News Annotator export',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function exportW3c(docs: readonly ExportDocument[]): ExportFile[] {
  return [{ relativePath: 'news-annotator.jsonld', content: JSON.stringify(toW3cCollection(docs), null, 2) + '\n' }];
}
