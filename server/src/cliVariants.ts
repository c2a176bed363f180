/**
 * CLI subcommands over many articles at once:
 * - `variants`: the same statement quoted with different wording by different articles;
 * - `profile`: who the articles let speak (named/unnamed, people/organisations, channels).
 *
 * Registered in cli.ts; reads articles with its collectArticles/annotateArticle, so sidecar
 * annotations count here as they do in exports. (Import cli.ts, not this module, first:
 * cli.ts registers these commands when it loads.)
 */
import { annotateArticle, CliFailure, collectArticles, EXIT_OK, parseArgs, UsageError, type CliIO, type Subcommand } from './cli';
import { profileCollection, profileToCsv, speakersToCsv, type SourcingProfile } from './analysis/profile';
import { VariantIndex, type VariantGroup } from './analysis/variants';
import { diffRuns, isSameWords, renderDiffPlain, wordDiff } from './analysis/wordDiff';
import type { ExportDocument } from './export/index';

/** 1-based line and column (in UTF-16 code units, as editors count) of each offset of a text. */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

function readDocuments(inputs: string[], io: CliIO, what: string): ExportDocument[] {
  if (inputs.length === 0) throw new UsageError('name at least one article file or folder');
  const articles = collectArticles(inputs, io);
  if (articles.length === 0) throw new CliFailure(`no articles found to ${what}`);
  return articles.map((a) => annotateArticle(a, io));
}

function positiveInteger(value: string | true | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1) throw new UsageError(`--${name} needs a whole number of at least 1, not "${String(value)}"`);
  return n;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------
// variants

interface VariantMemberOut {
  path: string;
  line: number;
  column: number;
  quoteId: string;
  kind: string;
  speaker: string | null;
  text: string;
  /** Word diff against the group's first member; null for the first member. */
  diff: { op: string; text: string }[] | null;
}

function describeGroups(groups: VariantGroup[], docs: Map<string, { lines: LineIndex }>): { id: string; documents: number; members: VariantMemberOut[] }[] {
  return groups.map((g) => {
    const first = g.members[0];
    return {
      id: g.id,
      documents: g.documents,
      members: g.members.map((m, i) => {
        const { line, column } = docs.get(m.uri)!.lines.at(m.start);
        return {
          path: m.uri,
          line,
          column,
          quoteId: m.quoteId,
          kind: m.kind,
          speaker: m.speaker,
          text: m.text,
          diff: i === 0 ? null : diffRuns(wordDiff(first.text, m.text)),
        };
      }),
    };
  });
}

export const variantsCommand: Subcommand = {
  name: 'variants',
  summary: 'find the same quote worded differently across articles',
  usage: `Usage: news-annotator variants <files or folders...> [--json] [--min-documents <n>]

Groups quotes from different articles that report the same statement with
different wording: changed, added or dropped words, a partial quote inside a
longer one, punctuation, case and quote marks. Paraphrases that share few words
are not found. Quotes under four words and scare quotes group only when their
words are identical.

Each group shows its id, then every quote as path:line:column, its speaker and
its words; quotes after the first show the word diff against the first:
[-removed-] {+added+}.

Options:
  --json                 print the groups as JSON (diff as runs of same/removed/added)
  --min-documents <n>    only groups spanning at least n articles (default 2)
  -h, --help             show this help
`,
  run(args, io) {
    const { options, positional } = parseArgs(args, {
      json: { value: false },
      'min-documents': { value: true },
      help: { alias: '-h', value: false },
    });
    if (options.has('help')) {
      io.stdout(this.usage);
      return EXIT_OK;
    }
    const minDocuments = positiveInteger(options.get('min-documents'), 'min-documents', 2);
    const docs = readDocuments(positional, io, 'compare');
    const index = new VariantIndex({ minDocuments });
    const byPath = new Map<string, { lines: LineIndex }>();
    for (const d of docs) {
      index.update(d.path, d.result.quotes);
      byPath.set(d.path, { lines: new LineIndex(d.text) });
    }
    const groups = describeGroups(index.groups(), byPath);
    const quotes = docs.reduce((n, d) => n + d.result.quotes.length, 0);

    if (options.has('json')) {
      io.stdout(JSON.stringify({ format: 'news-annotator-variants/1', articles: docs.length, quotes, groups }, null, 2) + '\n');
    } else {
      for (const g of groups) {
        io.stdout(`${g.id}  ${g.documents} articles, ${g.members.length} quotes\n`);
        g.members.forEach((m, i) => {
          const who = m.speaker ?? (m.kind === 'scare' ? '(scare quote)' : '(unattributed)');
          io.stdout(`  ${m.path}:${m.line}:${m.column}  ${who}\n`);
          const tokens = i === 0 ? null : wordDiff(g.members[0].text, m.text);
          const words = tokens === null ? oneLine(m.text) : oneLine(renderDiffPlain(tokens));
          io.stdout(`    ${words}${tokens !== null && isSameWords(tokens) ? '   (same words)' : ''}\n`);
        });
        io.stdout('\n');
      }
    }
    io.stderr(`${groups.length} variant group(s) in ${docs.length} article(s), ${quotes} quote(s)\n`);
    return EXIT_OK;
  },
};

// ---------------------------------------------------------------------------------------
// profile

const percent = (share: number): string => `${Math.round(share * 100)}%`;

function summaryLines(p: SourcingProfile): string[] {
  const lines = [
    `attributed ${p.attributed} (named ${p.named}: people ${p.people}, organisations ${p.organizations}; unnamed ${p.unnamed}), ` +
      `unattributed ${p.unattributed}, scare quotes ${p.scare}`,
  ];
  if (p.viaChannel > 0) {
    lines.push(`through a channel ${p.viaChannel}: ${p.channels.map((c) => `${c.name} ${c.quotes}`).join(', ')}`);
  }
  return lines;
}

function profileText(profile: ReturnType<typeof profileCollection>, top: number): string {
  const t = profile.total;
  const out: string[] = [`Sourcing profile: ${t.articles} article(s), ${t.quotes} quote(s), ${t.namedSpeakers} named speaker(s)`];
  for (const l of summaryLines(t)) out.push(`  ${l}`);
  if (t.speakers.length > 0) {
    out.push('', `Top speakers (share of attributed quotes):`);
    const shown = t.speakers.slice(0, top);
    const width = Math.max(...shown.map((s) => s.name.length));
    for (const s of shown) {
      out.push(`  ${s.name.padEnd(width)}  ${s.kind.padEnd(12)}  ${String(s.quotes).padStart(3)}  ${percent(s.share).padStart(4)}  in ${s.articles} article(s)`);
    }
    if (t.speakers.length > shown.length) out.push(`  … ${t.speakers.length - shown.length} more (--top to show them)`);
  }
  out.push('', 'Per article:');
  for (const a of profile.articles) {
    const lead = a.speakers[0];
    out.push(`  ${a.uri}: ${a.quotes} quote(s)${lead ? `; most quoted ${lead.name} (${lead.quotes}, ${percent(lead.share)})` : ''}`);
    for (const l of summaryLines(a)) out.push(`    ${l}`);
  }
  return out.join('\n') + '\n';
}

export const profileCommand: Subcommand = {
  name: 'profile',
  summary: 'sourcing profile: named/unnamed sources, people/organisations, top speakers',
  usage: `Usage: news-annotator profile <files or folders...> [--csv [--speakers]] [--top <n>]

Counts who the articles let speak: quotes attributed to named people and
organisations or to unnamed sources, quotes that came through an agency or other
channel, unattributed quotes and scare quotes, and the most quoted speakers with
their share of the attributed quotes. Per article and for all of them together.

Options:
  --csv          print CSV instead: one row per article and a TOTAL row
  --speakers     with --csv: one row per speaker instead
  --top <n>      how many top speakers the text report lists (default 10)
  -h, --help     show this help
`,
  run(args, io) {
    const { options, positional } = parseArgs(args, {
      csv: { value: false },
      speakers: { value: false },
      top: { value: true },
      help: { alias: '-h', value: false },
    });
    if (options.has('help')) {
      io.stdout(this.usage);
      return EXIT_OK;
    }
    if (options.has('speakers') && !options.has('csv')) throw new UsageError('--speakers goes with --csv (the text report lists speakers already)');
    const top = positiveInteger(options.get('top'), 'top', 10);
    const docs = readDocuments(positional, io, 'profile');
    const profile = profileCollection(docs.map((d) => ({ uri: d.path, result: d.result })));
    if (options.has('csv')) io.stdout(options.has('speakers') ? speakersToCsv(profile) : profileToCsv(profile));
    else io.stdout(profileText(profile, top));
    return EXIT_OK;
  },
};
