/**
 * The document outline: quotes grouped by speaker, groups in order of first quote,
 * then the scare quotes, then the unattributed quotes.
 */
import { type DocumentSymbol, type Range, SymbolKind } from 'vscode-languageserver';
import type { AnalysisResult, Quote, Speaker, Span } from '../analysis/types';
import { excerpt } from './hover';
import { speakerKey } from './lookup';
import type { PositionMap } from './semanticTokens';

const kindOfSpeaker: Record<Speaker['kind'], SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Module,
  unnamed: SymbolKind.Interface,
};

function toRange(doc: PositionMap, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

interface Group {
  name: string;
  detail: string;
  kind: SymbolKind;
  quotes: Quote[];
  /** The span to select when the group is picked (the first speaker mention, else the first quote). */
  selection: Span;
  /** Covers every quote and speaker mention of the group. */
  extent: Span;
}

function quoteSymbol(doc: PositionMap, q: Quote): DocumentSymbol {
  const range = toRange(doc, q);
  const detail = [q.cue?.text, q.unclosed ? 'unclosed' : undefined].filter(Boolean).join(' · ');
  return { name: `“${excerpt(q.text, 60) || '(empty)'}”`, detail, kind: SymbolKind.String, range, selectionRange: range };
}

function extend(group: Group, span: Span): void {
  group.extent = { start: Math.min(group.extent.start, span.start), end: Math.max(group.extent.end, span.end) };
}

/** The outline of an analysis, as LSP document symbols (ranges through `doc`). */
export function documentSymbols(result: AnalysisResult, doc: PositionMap): DocumentSymbol[] {
  const groups = new Map<string, Group>();
  const scare: Group = { name: 'Scare quotes', detail: '', kind: SymbolKind.Namespace, quotes: [], selection: { start: 0, end: 0 }, extent: { start: 0, end: 0 } };
  const unattributed: Group = { ...scare, name: 'Unattributed', quotes: [] };
  const quotes = [...result.quotes].sort((a, b) => a.start - b.start);
  for (const q of quotes) {
    let group: Group;
    if (q.kind === 'scare' && !q.speaker) group = scare;
    else if (!q.speaker) group = unattributed;
    else {
      const key = speakerKey(q.speaker);
      const existing = groups.get(key);
      const m = q.speaker.mention;
      const mentionSpan = m.end > m.start ? { start: m.start, end: m.end } : { start: q.start, end: q.end };
      if (existing) group = existing;
      else {
        const detail = q.speaker.role ?? (q.speaker.kind === 'unnamed' ? 'unnamed source' : '');
        group = { name: q.speaker.name, detail, kind: kindOfSpeaker[q.speaker.kind], quotes: [], selection: mentionSpan, extent: { ...mentionSpan } };
        groups.set(key, group);
      }
      extend(group, mentionSpan);
    }
    if (group.quotes.length === 0 && (group === scare || group === unattributed)) {
      group.selection = { start: q.start, end: q.end };
      group.extent = { start: q.start, end: q.end };
    }
    group.quotes.push(q);
    extend(group, q);
  }
  const ordered = [...groups.values(), scare, unattributed].filter((g) => g.quotes.length > 0);
  return ordered.map((g) => ({
    name: g.name,
    detail: [g.detail, plural(g.quotes.length, 'quote')].filter(Boolean).join(' · '),
    kind: g.kind,
    range: toRange(doc, g.extent),
    selectionRange: toRange(doc, g.selection),
    children: g.quotes.map((q) => quoteSymbol(doc, q)),
  }));
}
