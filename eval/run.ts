/**
 * `npm run eval`: scores the analysis engine against GUM news (quotes, entities) and the
 * hand-labelled speaker fixtures in eval/labels. See eval/README.md for the method.
 *
 *   npm run eval -- [--split train|dev|test|all] [--json out.json] [--verbose] [--doc ID] [--case upper|lower]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import type { AnalysisResult } from '../server/src/analysis/types';
import { gumDir, gumEntityContext, listGumDocs, loadGumDoc, type Split } from './corpus';
import { loadLabels } from './labels';
import { prf, type Counts } from './match';
import {
  addEntityScore,
  addQuoteScore,
  addSpeakerScore,
  emptyEntityScore,
  emptyQuoteScore,
  emptySpeakerScore,
  ENTITY_TYPES,
  flattenEntities,
  scoreEntities,
  scoreQuotes,
  scoreSpeakers,
  type EntityScore,
  type QuoteScore,
  type SpeakerScore,
} from './score';
import { formatHeadline, formatReport, type SplitReport } from './report';

const SPLITS: readonly Split[] = ['train', 'dev', 'test'];

export interface RunOptions {
  splits: Split[];
  json: string | null;
  verbose: boolean;
  /** Print the headline numbers as a Markdown table (for eval/README.md) instead of the full report. */
  markdown: boolean;
  doc: string | null;
  /**
   * Re-case every text before the engine reads it, letter for letter (offsets and gold spans
   * hold): as wire copy all in capitals or all in lower case would arrive.
   */
  casing: 'as-is' | 'upper' | 'lower';
}

const USAGE = 'usage: npm run eval -- [--split train|dev|test|all] [--json out.json] [--verbose] [--markdown] [--doc GUM_news_ID|sample:NAME] [--case upper|lower]';

/** Parses the command line; throws with a usage message on anything it does not know. */
export function parseArgs(argv: readonly string[]): RunOptions {
  const opts: RunOptions = { splits: [...SPLITS], json: null, verbose: false, markdown: false, doc: null, casing: 'as-is' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--split') {
      const v = value();
      if (v === 'all') opts.splits = [...SPLITS];
      else if ((SPLITS as string[]).includes(v)) opts.splits = [v as Split];
      else throw new Error(`unknown split "${v}"\n${USAGE}`);
    } else if (a === '--json') opts.json = value();
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--markdown') opts.markdown = true;
    else if (a === '--doc') opts.doc = value();
    else if (a === '--case') {
      const v = value();
      if (v !== 'upper' && v !== 'lower') throw new Error(`unknown case "${v}"\n${USAGE}`);
      opts.casing = v;
    }
    else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else throw new Error(`unknown option "${a}"\n${USAGE}`);
  }
  return opts;
}

/**
 * What is wrong with an engine result for `text`: spans out of range or empty, mention text that
 * does not match the source. Such items are still scored; the run reports them and fails.
 */
export function checkResult(text: string, result: AnalysisResult): string[] {
  const problems: string[] = [];
  const bad = (s: { start: number; end: number }) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length);
  result.quotes.forEach((q) => {
    if (bad(q)) problems.push(`quote ${q.id} has span ${q.start}-${q.end} (text length ${text.length})`);
  });
  result.entities.forEach((e) => {
    for (const m of e.mentions) {
      if (bad(m)) problems.push(`entity ${e.id} mention has span ${m.start}-${m.end}`);
      else if (text.slice(m.start, m.end) !== m.text) problems.push(`entity ${e.id} mention ${JSON.stringify(m.text)} is ${JSON.stringify(text.slice(m.start, m.end))} in the text`);
    }
  });
  return problems;
}

/** The text in capitals or lower case, letter for letter: a letter whose other case is longer ("ß") stays. */
export function recase(text: string, casing: RunOptions['casing']): string {
  if (casing === 'as-is') return text;
  let out = '';
  for (const ch of text) {
    const c = casing === 'upper' ? ch.toUpperCase() : ch.toLowerCase();
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

function runEngine(text: string, what: string, failures: string[]): AnalysisResult {
  try {
    const result = analyze(text);
    for (const p of checkResult(text, result).slice(0, 5)) failures.push(`${what}: ${p}`);
    return result;
  } catch (err) {
    failures.push(`${what}: analyze() threw: ${(err as Error).stack ?? String(err)}`);
    return { quotes: [], entities: [], sources: [] };
  }
}

export interface EvalResult {
  splits: Record<Split, SplitReport | undefined>;
  problems: string[];
  failures: string[];
  seconds: number;
}

export function runEval(repoRoot: string, opts: RunOptions): EvalResult {
  const t0 = Date.now();
  const dir = gumDir(repoRoot);
  const problems: string[] = [];
  const failures: string[] = [];
  const reports: Partial<Record<Split, SplitReport>> = {};
  const per = (split: Split): SplitReport => {
    reports[split] ??= { docs: 0, quoteDocs: 0, labelDocs: 0, docLines: [], quotes: emptyQuoteScore(), entities: emptyEntityScore(), speakers: emptySpeakerScore() };
    return reports[split]!;
  };
  for (const s of opts.splits) per(s);

  for (const id of listGumDocs(dir)) {
    if (opts.doc && opts.doc !== id) continue;
    let g;
    try {
      g = loadGumDoc(dir, id);
    } catch (err) {
      problems.push(`${id}: ${(err as Error).message}`);
      continue;
    }
    if (!opts.splits.includes(g.split)) continue;
    const text = recase(g.doc.text, opts.casing);
    const result = runEngine(text, id, failures);
    const r = per(g.split);
    r.docs++;
    let quoteCell = 'quotes: no markup';
    if (g.quoteAnnotated) {
      r.quoteDocs++;
      const qs = scoreQuotes(text, g.quotes, g.qs, result.quotes, id);
      addQuoteScore(r.quotes, qs);
      quoteCell = `quotes tp/fp/fn ${qs.overlap.tp}/${qs.overlap.fp}/${qs.overlap.fn}`;
    }
    const es = scoreEntities(text, g.entities, flattenEntities(result), gumEntityContext(g.doc), id, g.timeSpans);
    addEntityScore(r.entities, es);
    r.docLines.push(`${id}: ${quoteCell}; entities (type ignored) tp/fp/fn ${es.anyType.tp}/${es.anyType.fp}/${es.anyType.fn}`);
  }

  const { labels, problems: labelProblems } = loadLabels(repoRoot, dir);
  problems.push(...labelProblems);
  for (const l of labels) {
    if (!opts.splits.includes(l.split)) continue;
    if (opts.doc && opts.doc !== l.doc && `gum:${opts.doc}` !== l.doc) continue;
    const text = recase(l.text, opts.casing);
    const result = runEngine(text, l.doc, failures);
    const r = per(l.split);
    r.labelDocs++;
    const ss = scoreSpeakers(text, l.quotes, result.quotes, l.doc);
    addSpeakerScore(r.speakers, ss);
    r.docLines.push(`${l.doc}: speakers right ${ss.correct} of ${ss.goldNamed} named quotes (${ss.goldNamedMatched} found)`);
  }
  return { splits: { train: reports.train, dev: reports.dev, test: reports.test }, problems, failures, seconds: (Date.now() - t0) / 1000 };
}

function rate(c: Counts) {
  return { ...c, ...prf(c) };
}

/** The JSON written by --json: every count and every ratio, per split. */
export function toJson(result: EvalResult): unknown {
  const out: Record<string, unknown> = {};
  for (const split of SPLITS) {
    const r = result.splits[split];
    if (!r) continue;
    const q: QuoteScore = r.quotes;
    const e: EntityScore = r.entities;
    const s: SpeakerScore = r.speakers;
    out[split] = {
      docs: r.docs,
      quoteDocs: r.quoteDocs,
      labelDocs: r.labelDocs,
      quotes: { overlap50: rate(q.overlap), exact: rate(q.exact), anyKind: rate(q.anyKind), q: q.q },
      entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tolerant: rate(e.tolerant[t]), exact: rate(e.exact[t]) }])),
      entitiesAnyType: rate(e.anyType),
      falseEntities: e.falseEntities,
      speakers: {
        spans: rate(s.spans),
        spansExact: rate(s.spansExact),
        goldNamed: s.goldNamed,
        goldNamedMatched: s.goldNamedMatched,
        correct: s.correct,
        accuracyMatched: s.goldNamedMatched ? s.correct / s.goldNamedMatched : null,
        accuracyAll: s.goldNamed ? s.correct / s.goldNamed : null,
        predWithSpeaker: s.predWithSpeaker,
        predCorrect: s.predCorrect,
        attributionPrecision: s.predWithSpeaker ? s.predCorrect / s.predWithSpeaker : null,
        goldNull: s.goldNull,
        goldNullGivenSpeaker: s.goldNullGivenSpeaker,
      },
      errors: [...q.errors, ...e.errors, ...s.errors],
    };
  }
  return { generated: new Date().toISOString(), seconds: result.seconds, problems: result.problems, failures: result.failures, ...out };
}

function main(): number {
  let opts: RunOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const repoRoot = resolve(__dirname, '..');
  let result: EvalResult;
  try {
    result = runEval(repoRoot, opts);
  } catch (err) {
    console.error(`eval failed: ${(err as Error).message}`);
    return 2;
  }
  console.log(opts.markdown ? formatHeadline(result.splits) : formatReport(result.splits, opts.verbose));
  for (const p of result.problems) console.error(`data problem: ${p}`);
  for (const f of result.failures) console.error(`engine failure: ${f}`);
  if (opts.json) {
    writeFileSync(opts.json, JSON.stringify(toJson(result), null, 2) + '\n');
    console.log(`wrote ${opts.json}`);
  }
  console.log(`(${result.seconds.toFixed(1)} s)`);
  return result.problems.length > 0 || result.failures.length > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main();
