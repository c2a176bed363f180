/**
 * Hover text for quotes and for the people, organisations, places and dates of an
 * article, as Markdown. Pure: takes an index and an offset, returns the Markdown and
 * the span it describes; the server turns the span into a range. Hovering a cue verb
 * ("said") describes the quote it introduces.
 */
import type { Entity, EntityType, Quote, Speaker, Span } from '../analysis/types';
import { type DocumentIndex, type MentionRef, mentionsAt, quoteAt, quotesByEntity, speakerKey } from './lookup';

export interface HoverInfo {
  markdown: string;
  span: Span;
}

/** How many quotes an entity/speaker hover lists before "and N more". */
export const QUOTES_LISTED = 3;

const typeLabel: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'organisation',
  PLACE: 'place',
  DATE: 'date',
};

const speakerKindLabel: Record<Speaker['kind'], string> = {
  person: 'person',
  organization: 'organisation',
  unnamed: 'unnamed source',
};

/**
 * Escapes the characters Markdown would interpret inside a line, so article text shows as
 * written. Article text is never placed at the start of a line here, so line-start syntax
 * (#, -, 1.) needs no escaping, which keeps the raw text readable in plain-text clients.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

/** Collapses whitespace and shortens to about `max` characters on a word boundary. */
export function excerpt(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function percent(confidence: number): string {
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;
}

/** The Markdown for a hover on a quote. */
export function quoteMarkdown(q: Quote): string {
  const lines: string[] = [];
  const handSet = q.origin === 'manual' ? ' · *set by hand*' : '';
  if (q.kind === 'scare') {
    lines.push(`**Scare quote**${handSet} — marks used for emphasis or distance, not reported speech.`);
  } else if (q.speaker) {
    const s = q.speaker;
    const name = s.kind === 'unnamed' ? `*${escapeMarkdown(s.name)}* (unnamed source)` : `**${escapeMarkdown(s.name)}**`;
    lines.push(`**Quote** by ${name}${handSet}`);
    if (s.role) lines.push(`- Role: ${escapeMarkdown(s.role)}`);
    if (s.mention.text && !s.name.toLowerCase().includes(s.mention.text.toLowerCase())) {
      // A pronoun or a title ("he", "the Russian president"), not a part of the name.
      lines.push(`- Named here as: “${escapeMarkdown(s.mention.text)}”`);
    }
  } else {
    lines.push(`**Quote** · *unattributed*${handSet} — no speaker found near it.`);
  }
  if (q.cue) {
    const stance = q.stance && q.stance !== 'neutral' ? ` (${q.stance})` : '';
    lines.push(`- Cue: *${escapeMarkdown(q.cue.text)}*${stance}`);
  }
  if (q.via) lines.push(`- Via: ${escapeMarkdown(q.via.name)} (*${escapeMarkdown(q.via.cue)}*)`);
  if (q.rule) lines.push(`- Found by: \`${q.rule}\` rule, confidence ${percent(q.confidence)}`);
  if (q.unclosed) lines.push('- ⚠ Unclosed: no closing mark before the end of the paragraph');
  if (q.note) lines.push(`- Note: ${escapeMarkdown(q.note)}`);
  return lines.join('\n');
}

function quoteList(quotes: readonly Quote[]): string[] {
  const lines = quotes.slice(0, QUOTES_LISTED).map((q) => `- “${escapeMarkdown(excerpt(q.text))}”`);
  if (quotes.length > QUOTES_LISTED) lines.push(`- …and ${quotes.length - QUOTES_LISTED} more`);
  return lines;
}

/** The Markdown for a hover on a mention of an entity. */
export function entityMarkdown(index: DocumentIndex, entity: Entity): string {
  const quotes = quotesByEntity(index, entity.id);
  const handSet = entity.origin === 'manual' ? ' · *set by hand*' : '';
  const lines = [`**${escapeMarkdown(entity.name)}** · ${typeLabel[entity.type]}${handSet}`];
  const counts = [plural(entity.mentions.length, 'mention')];
  if (quotes.length > 0 || entity.type === 'PERSON' || entity.type === 'ORG') counts.push(plural(quotes.length, 'quote'));
  lines.push('', counts.join(' · '));
  if (entity.note) lines.push('', `Note: ${escapeMarkdown(entity.note)}`);
  if (quotes.length > 0) lines.push('', ...quoteList(quotes));
  return lines.join('\n');
}

/** The Markdown for a hover on a speaker mention whose speaker is not a known entity. */
export function speakerMarkdown(index: DocumentIndex, speaker: Speaker): string {
  const quotes = index.quotesBySpeaker.get(speakerKey(speaker)) ?? [];
  const lines = [`**${escapeMarkdown(speaker.name)}** · ${speakerKindLabel[speaker.kind]} (speaker)`];
  if (speaker.role) lines.push('', `Role: ${escapeMarkdown(speaker.role)}`);
  lines.push('', plural(quotes.length, 'quote'));
  if (quotes.length > 0) lines.push('', ...quoteList(quotes));
  return lines.join('\n');
}

function mentionMarkdown(index: DocumentIndex, m: MentionRef): string | undefined {
  if (m.entity) return entityMarkdown(index, m.entity);
  if (m.role === 'speaker' && m.quote?.speaker) return speakerMarkdown(index, m.quote.speaker);
  if (m.role === 'cue' && m.quote) return quoteMarkdown(m.quote);
  return undefined;
}

function mentionKey(m: MentionRef): string {
  if (m.entity) return `e:${m.entity.id}`;
  if (m.role === 'speaker' && m.quote?.speaker) return `s:${speakerKey(m.quote.speaker)}`;
  if (m.role === 'cue' && m.quote) return `q:${m.quote.id}`;
  return '';
}

/**
 * The hover at `offset`: the entity or speaker mention under it (if any), then the quote
 * around it (if any), separated by a rule. The span is the innermost thing described.
 */
export function hoverAt(index: DocumentIndex, offset: number): HoverInfo | null {
  const parts: string[] = [];
  let span: Span | undefined;
  const seen = new Set<string>();
  for (const m of mentionsAt(index, offset)) {
    const key = mentionKey(m);
    if (!key || seen.has(key)) continue;
    const md = mentionMarkdown(index, m);
    if (!md) continue;
    seen.add(key);
    parts.push(md);
    if (!span || m.end - m.start < span.end - span.start) span = { start: m.start, end: m.end };
  }
  const quote = quoteAt(index, offset);
  if (quote && !seen.has(`q:${quote.id}`)) {
    parts.push(quoteMarkdown(quote));
    span ??= { start: quote.start, end: quote.end };
  }
  if (!span || parts.length === 0) return null;
  return { markdown: parts.join('\n\n---\n\n'), span };
}
