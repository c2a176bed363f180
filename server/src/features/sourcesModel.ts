/**
 * Compact per-article summaries (what the workspace index keeps instead of full texts and
 * analyses) and the views built from them: the Sources tree model and the sourcing
 * profile with its CSV. Pure: no editor, LSP or file imports.
 */
import type { AnalysisResult, QuoteKind, SpeakerKind } from '../analysis/types';
import type { SourceEntry, SourcesModel, SourcesScope, SourcingProfile } from '../protocol';
import { csvRow } from '../export/csv';

/** Quote text kept per quote: enough to show, filter and compare variants. */
export const SUMMARY_TEXT_LIMIT = 400;

export interface QuoteSummary {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker: { name: string; kind: SpeakerKind } | null;
  /** The channel the quote came through ("Reuters"), if any. */
  via: string | null;
}

export interface ArticleSummary {
  uri: string;
  quotes: QuoteSummary[];
  entities: number;
  /** The article's own source line and the agencies/outlets it names. */
  channels: { name: string; kind: 'source-line' | 'agency' | 'outlet' }[];
}

/** Reduces an analysis to what the sidebar, the variants and the profile need. */
export function summarise(uri: string, result: AnalysisResult): ArticleSummary {
  return {
    uri,
    quotes: result.quotes.map((q) => ({
      id: q.id,
      start: q.start,
      end: q.end,
      text: q.text.length > SUMMARY_TEXT_LIMIT ? q.text.slice(0, SUMMARY_TEXT_LIMIT) : q.text,
      kind: q.kind,
      speaker: q.speaker ? { name: q.speaker.name, kind: q.speaker.kind } : null,
      via: q.via ? q.via.name : null,
    })),
    entities: result.entities.length,
    channels: result.sources.map((s) => ({ name: s.name, kind: s.kind })),
  };
}

/** Collapses whitespace and shortens to `max` characters on a word boundary. */
export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function entryKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

function sortEntries(list: SourceEntry[]): SourceEntry[] {
  return list.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * The Sources tree: speakers grouped by kind (person / organisation / unnamed) with their
 * quotes, and channels (the source line, agencies, outlets) with the quotes that came
 * through them. Scare quotes are not sources and are left out. `filter` keeps entries
 * whose name contains it, and in other entries the quotes that contain it.
 */
export function buildSources(summaries: readonly ArticleSummary[], scope: SourcesScope, filter = '', indexing = false): SourcesModel {
  const groups: Record<'person' | 'organization' | 'unnamed' | 'channel', Map<string, SourceEntry>> = {
    person: new Map(),
    organization: new Map(),
    unnamed: new Map(),
    channel: new Map(),
  };
  const entry = (kind: keyof typeof groups, name: string): SourceEntry => {
    const key = entryKey(name);
    let e = groups[kind].get(key);
    if (!e) groups[kind].set(key, (e = { name, kind, count: 0, quotes: [] }));
    return e;
  };
  for (const s of summaries) {
    for (const c of s.channels) entry('channel', c.name);
    for (const q of s.quotes) {
      if (q.kind === 'scare') continue;
      const ref = { uri: s.uri, start: q.start, end: q.end, text: shorten(q.text), kind: q.kind };
      if (q.speaker) {
        const e = entry(q.speaker.kind, q.speaker.name);
        e.count++;
        e.quotes.push(ref);
      }
      if (q.via) {
        const e = entry('channel', q.via);
        e.count++;
        e.quotes.push(ref);
      }
    }
  }
  const needle = filter.trim().toLowerCase();
  const keep = (list: SourceEntry[]): SourceEntry[] => {
    if (!needle) return sortEntries(list);
    const out: SourceEntry[] = [];
    for (const e of list) {
      if (e.name.toLowerCase().includes(needle)) out.push(e);
      else {
        const quotes = e.quotes.filter((q) => q.text.toLowerCase().includes(needle));
        if (quotes.length > 0) out.push({ ...e, count: quotes.length, quotes });
      }
    }
    return sortEntries(out);
  };
  return {
    scope,
    articles: summaries.length,
    people: keep([...groups.person.values()]),
    organisations: keep([...groups.organization.values()]),
    unnamed: keep([...groups.unnamed.values()]),
    channels: keep([...groups.channel.values()]),
    indexing,
  };
}

/** How many top speakers a profile lists. */
export const TOP_SPEAKERS = 10;

/** The sourcing profile: who is quoted, named or not, and through which channels. */
export function sourcingProfile(summaries: readonly ArticleSummary[], scope: SourcesScope): SourcingProfile {
  const p: SourcingProfile = {
    scope,
    articles: summaries.length,
    quotes: 0,
    attributed: 0,
    named: 0,
    unnamed: 0,
    people: 0,
    organisations: 0,
    viaChannel: 0,
    scare: 0,
    topSpeakers: [],
  };
  const speakers = new Map<string, { name: string; kind: string; quotes: number }>();
  for (const s of summaries) {
    for (const q of s.quotes) {
      if (q.kind === 'scare') {
        p.scare++;
        continue;
      }
      p.quotes++;
      if (q.via) p.viaChannel++;
      if (!q.speaker) continue;
      p.attributed++;
      if (q.speaker.kind === 'unnamed') p.unnamed++;
      else p.named++;
      if (q.speaker.kind === 'person') p.people++;
      if (q.speaker.kind === 'organization') p.organisations++;
      const key = `${q.speaker.kind}:${entryKey(q.speaker.name)}`;
      const known = speakers.get(key);
      if (known) known.quotes++;
      else speakers.set(key, { name: q.speaker.name, kind: q.speaker.kind, quotes: 1 });
    }
  }
  p.topSpeakers = [...speakers.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name)).slice(0, TOP_SPEAKERS);
  return p;
}

/** The profile as CSV: `section,name,value` rows, then the top speakers. */
export function profileCsv(p: SourcingProfile): string {
  const rows: (string | number)[][] = [['section', 'name', 'kind', 'value']];
  const metric = (name: string, value: number): void => {
    rows.push(['summary', name, '', value]);
  };
  metric('articles', p.articles);
  metric('quotes', p.quotes);
  metric('attributed', p.attributed);
  metric('unattributed', p.quotes - p.attributed);
  metric('named sources', p.named);
  metric('unnamed sources', p.unnamed);
  metric('people', p.people);
  metric('organisations', p.organisations);
  metric('via agencies or outlets', p.viaChannel);
  metric('scare quotes', p.scare);
  for (const s of p.topSpeakers) rows.push(['speaker', s.name, s.kind, s.quotes]);
  return rows.map(csvRow).join('');
}
