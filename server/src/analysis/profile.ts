/**
 * Sourcing profile: who an article (or a set of articles) lets speak. Named against unnamed
 * sources, people against organisations, quotes that came through an agency or another
 * channel, unattributed quotes and scare quotes, and the speakers quoted most with their share.
 *
 * Counts are of quotes. A scare quote is counted apart and is not a source: only quotes of
 * kind `quote` are attributed or unattributed. Pure: no editor or protocol imports.
 */
import type { AnalysisResult, Quote, SpeakerKind } from './types';

/** One speaker and how often they are quoted. */
export interface SpeakerCount {
  /** The canonical name, or the description of an unnamed source. */
  name: string;
  kind: SpeakerKind;
  quotes: number;
  /** Share of the attributed quotes, 0..1. */
  share: number;
  /** In how many articles the speaker is quoted. */
  articles: number;
}

/** A channel (agency, outlet, statement) and how many quotes came through it. */
export interface ChannelCount {
  name: string;
  quotes: number;
}

export interface SourcingProfile {
  articles: number;
  /** Every quoted span, scare quotes included. */
  quotes: number;
  scare: number;
  /** Quotes (not scare quotes) with a speaker. */
  attributed: number;
  /** Quotes (not scare quotes) without a speaker. */
  unattributed: number;
  /** Attributed to a named person or organisation. */
  named: number;
  /** Attributed to an unnamed source ("a senior official"). */
  unnamed: number;
  people: number;
  organizations: number;
  /** Quotes that came through a channel ("according to Reuters"). */
  viaChannel: number;
  /** Distinct named speakers (people and organisations). */
  namedSpeakers: number;
  /** Every speaker, most quoted first (ties by name). */
  speakers: SpeakerCount[];
  /** Every channel, most used first (ties by name). */
  channels: ChannelCount[];
}

export interface ArticleProfile extends SourcingProfile {
  uri: string;
}

/** The profile of a set of articles: one per article, and the whole set. */
export interface CollectionProfile {
  total: SourcingProfile;
  articles: ArticleProfile[];
}

/** What a profile needs of an article. */
export interface ProfileInput {
  uri: string;
  result: Pick<AnalysisResult, 'quotes'>;
}

interface SpeakerTally {
  name: string;
  kind: SpeakerKind;
  quotes: number;
  uris: Set<string>;
}

class Tally {
  articles = 0;
  quotes = 0;
  scare = 0;
  attributed = 0;
  unattributed = 0;
  named = 0;
  unnamed = 0;
  people = 0;
  organizations = 0;
  viaChannel = 0;
  readonly speakers = new Map<string, SpeakerTally>();
  readonly channels = new Map<string, ChannelCount>();

  add(uri: string, quotes: readonly Quote[]): void {
    this.articles++;
    for (const q of quotes) {
      this.quotes++;
      if (q.kind === 'scare') {
        this.scare++;
        continue;
      }
      if (q.via) {
        this.viaChannel++;
        const key = q.via.name.toLowerCase();
        const c = this.channels.get(key) ?? { name: q.via.name, quotes: 0 };
        c.quotes++;
        this.channels.set(key, c);
      }
      const s = q.speaker;
      if (!s) {
        this.unattributed++;
        continue;
      }
      this.attributed++;
      if (s.kind === 'unnamed') this.unnamed++;
      else {
        this.named++;
        if (s.kind === 'person') this.people++;
        else this.organizations++;
      }
      // The same person is one speaker across articles; unnamed descriptions match on their words.
      const key = `${s.kind}\u0000${s.name.toLowerCase().replace(/\s+/g, ' ').trim()}`;
      const t = this.speakers.get(key) ?? { name: s.name, kind: s.kind, quotes: 0, uris: new Set<string>() };
      t.quotes++;
      t.uris.add(uri);
      this.speakers.set(key, t);
    }
  }

  profile(): SourcingProfile {
    const speakers = [...this.speakers.values()]
      .map((t) => ({
        name: t.name,
        kind: t.kind,
        quotes: t.quotes,
        share: this.attributed === 0 ? 0 : t.quotes / this.attributed,
        articles: t.uris.size,
      }))
      .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
    const channels = [...this.channels.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
    return {
      articles: this.articles,
      quotes: this.quotes,
      scare: this.scare,
      attributed: this.attributed,
      unattributed: this.unattributed,
      named: this.named,
      unnamed: this.unnamed,
      people: this.people,
      organizations: this.organizations,
      viaChannel: this.viaChannel,
      namedSpeakers: speakers.filter((s) => s.kind !== 'unnamed').length,
      speakers,
      channels,
    };
  }
}

/** The sourcing profile of one article. */
export function profileArticle(input: ProfileInput): ArticleProfile {
  const t = new Tally();
  t.add(input.uri, input.result.quotes);
  return { uri: input.uri, ...t.profile() };
}

/** The sourcing profile of each article and of all of them together (in the order given). */
export function profileCollection(inputs: readonly ProfileInput[]): CollectionProfile {
  const total = new Tally();
  for (const input of inputs) total.add(input.uri, input.result.quotes);
  return { total: total.profile(), articles: inputs.map(profileArticle) };
}

// ---------------------------------------------------------------------------------------
// CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
// in double quotes with inner quotes doubled).

/**
 * One CSV field. Text that a spreadsheet would run as a formula (starting with = + - @, or
 * a tab or carriage return) gets a leading apostrophe, so a quote's text can never be run.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? formatNumber(value) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}

function csvRows(rows: (string | number | null)[][]): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

const ARTICLE_COLUMNS = [
  'article',
  'quotes',
  'scare',
  'attributed',
  'unattributed',
  'named',
  'unnamed',
  'people',
  'organizations',
  'via_channel',
  'named_speakers',
  'top_speaker',
  'top_speaker_quotes',
  'top_speaker_share',
];

function articleRow(label: string, p: SourcingProfile): (string | number | null)[] {
  const top = p.speakers[0];
  return [
    label,
    p.quotes,
    p.scare,
    p.attributed,
    p.unattributed,
    p.named,
    p.unnamed,
    p.people,
    p.organizations,
    p.viaChannel,
    p.namedSpeakers,
    top ? top.name : null,
    top ? top.quotes : null,
    top ? top.share : null,
  ];
}

/** One row per article, then a row `TOTAL` for the whole set; shares are 0..1. */
export function profileToCsv(profile: CollectionProfile): string {
  return csvRows([
    ARTICLE_COLUMNS,
    ...profile.articles.map((a) => articleRow(a.uri, a)),
    articleRow('TOTAL', profile.total),
  ]);
}

/** One row per speaker over the whole set, most quoted first. */
export function speakersToCsv(profile: CollectionProfile): string {
  return csvRows([
    ['speaker', 'kind', 'quotes', 'share', 'articles'],
    ...profile.total.speakers.map((s) => [s.name, s.kind, s.quotes, s.share, s.articles]),
  ]);
}
