/**
 * Prints the eval results as one plain-text table with a column per split.
 */
import { prf, type Counts } from './match';
import { ENTITY_TYPES, type EntityScore, type QuoteScore, type SpeakerScore } from './score';
import type { Split } from './corpus';

export interface SplitReport {
  /** GUM documents scored. */
  docs: number;
  /** … of which have quotation markup (quotes are scored on these only). */
  quoteDocs: number;
  /** Label files scored. */
  labelDocs: number;
  /** One summary line per document and label file, for --verbose. */
  docLines: string[];
  quotes: QuoteScore;
  entities: EntityScore;
  speakers: SpeakerScore;
}

export function fmtRatio(x: number | null): string {
  return x === null ? '-' : x.toFixed(3);
}

function ratio(num: number, den: number): string {
  return den === 0 ? '-' : `${(num / den).toFixed(3)} (${num}/${den})`;
}

function prfCell(c: Counts): string {
  const r = prf(c);
  return `${fmtRatio(r.precision)} ${fmtRatio(r.recall)} ${fmtRatio(r.f1)}`;
}

function sumCounts(cs: Counts[]): Counts {
  return cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

/** Renders the table (and, with `verbose`, every error line) for the splits present. */
export function formatReport(splits: Partial<Record<Split, SplitReport>>, verbose = false): string {
  const cols = (['train', 'dev', 'test'] as Split[]).filter((s) => splits[s]);
  const rows: [string, (r: SplitReport) => string][] = [
    ['GUM documents', (r) => String(r.docs)],
    ['QUOTES (GUM <quote>)            P R F1', () => ''],
    ['  documents with quote markup', (r) => String(r.quoteDocs)],
    ['  span, overlap >= 50%', (r) => prfCell(r.quotes.overlap)],
    ['  span, exact (marks trimmed)', (r) => prfCell(r.quotes.exact)],
    ['  any kind vs <quote>+<q>', (r) => prfCell(r.quotes.anyKind)],
    ['  gold <quote> / predicted quote', (r) => `${r.quotes.overlap.tp + r.quotes.overlap.fn} / ${r.quotes.overlap.tp + r.quotes.overlap.fp}`],
    ['  <q>: scare / quote / missed', (r) => `${r.quotes.q.asScare} / ${r.quotes.q.asQuote} / ${r.quotes.q.missed} of ${r.quotes.q.total}`],
    ['ENTITIES, boundary-tolerant     P R F1', () => ''],
    ...ENTITY_TYPES.map((t): [string, (r: SplitReport) => string] => [`  ${t} (gold ${'n'})`, (r) => `${prfCell(r.entities.tolerant[t])}  n=${r.entities.tolerant[t].tp + r.entities.tolerant[t].fn}`]),
    ['  PERSON+ORG+PLACE micro', (r) => prfCell(sumCounts(['PERSON', 'ORG', 'PLACE'].map((t) => r.entities.tolerant[t as 'PERSON'])))],
    ['  any type (name found at all)', (r) => prfCell(r.entities.anyType)],
    ['ENTITIES, exact name span       P R F1', () => ''],
    ...ENTITY_TYPES.map((t): [string, (r: SplitReport) => string] => [`  ${t}`, (r) => prfCell(r.entities.exact[t])]),
    ['  PERSON+ORG+PLACE micro', (r) => prfCell(sumCounts(['PERSON', 'ORG', 'PLACE'].map((t) => r.entities.exact[t as 'PERSON'])))],
    ['FALSE ENTITIES (goal 0)', () => ''],
    ['  sentence-initial word', (r) => String(r.entities.falseEntities['sentence-initial'])],
    ['  greeting', (r) => String(r.entities.falseEntities.greeting)],
    ['  page furniture', (r) => String(r.entities.falseEntities.furniture)],
    ['SPEAKERS (eval/labels)', () => ''],
    ['  label files', (r) => String(r.labelDocs)],
    ['  quote spans vs labels P R F1', (r) => prfCell(r.speakers.spans)],
    ['  … exact (marks trimmed)', (r) => prfCell(r.speakers.spansExact)],
    ['  accuracy, matched quotes', (r) => ratio(r.speakers.correct, r.speakers.goldNamedMatched)],
    ['  accuracy, all named quotes', (r) => ratio(r.speakers.correct, r.speakers.goldNamed)],
    ['  attribution precision', (r) => ratio(r.speakers.predCorrect, r.speakers.predWithSpeaker)],
    ['  unattributed given a speaker', (r) => `${r.speakers.goldNullGivenSpeaker} of ${r.speakers.goldNull}`],
  ];
  const label = (s: string) => s.replace(" (gold n)", '');
  const width0 = Math.max(...rows.map(([l]) => label(l).length)) + 2;
  const cells = rows.map(([l, f]) => [label(l), ...cols.map((c) => f(splits[c]!))]);
  const widths = cols.map((_, i) => Math.max(cols[i].length, ...cells.map((r) => r[i + 1].length)) + 2);
  const lines = [
    ''.padEnd(width0) + cols.map((c, i) => c.padEnd(widths[i])).join(''),
    ...cells.map((r) => r[0].padEnd(width0) + r.slice(1).map((c, i) => c.padEnd(widths[i])).join('')),
  ];
  if (verbose) {
    for (const c of cols) {
      const r = splits[c]!;
      const errors = [...r.quotes.errors, ...r.entities.errors, ...r.speakers.errors];
      lines.push('', `== ${c}: per document ==`, ...r.docLines, '', `== ${c}: ${errors.length} error lines ==`, ...errors);
    }
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}

/** The headline numbers as a Markdown table (one column per split, then the project goal), for eval/README.md. */
export function formatHeadline(splits: Partial<Record<Split, SplitReport>>): string {
  const cols = (['train', 'dev', 'test'] as Split[]).filter((c) => splits[c]);
  const f1 = (c: Counts) => fmtRatio(prf(c).f1);
  const share = (n: number, d: number) => (d === 0 ? '-' : (n / d).toFixed(3));
  const rows: [string, (r: SplitReport) => string, string][] = [
    ['Quote spans vs own labels, F1 (overlap ≥ 50%)', (r) => f1(r.speakers.spans), '≥ 0.95'],
    ['Quote spans vs GUM `<quote>`, F1 (overlap ≥ 50%; lower bound)', (r) => f1(r.quotes.overlap), ''],
    ['Speaker accuracy, matched quotes', (r) => share(r.speakers.correct, r.speakers.goldNamedMatched), '≥ 0.92'],
    ['Attribution precision', (r) => share(r.speakers.predCorrect, r.speakers.predWithSpeaker), ''],
    ['Scare/unattributed quotes given a speaker', (r) => `${r.speakers.goldNullGivenSpeaker} of ${r.speakers.goldNull}`, '0'],
    ...(['PERSON', 'ORG', 'PLACE', 'DATE'] as const).map((t): [string, (r: SplitReport) => string, string] => [
      `${t} F1 (boundary-tolerant)`,
      (r) => f1(r.entities.tolerant[t]),
      t === 'DATE' ? '' : '≥ 0.85',
    ]),
    ['Entity F1, type ignored', (r) => f1(r.entities.anyType), ''],
    ['False entities (sentence-initial + greeting + furniture)', (r) => String(Object.values(r.entities.falseEntities).reduce((a, b) => a + b, 0)), '0'],
  ];
  return [
    `| metric | ${cols.join(' | ')} | goal |`,
    `| --- | ${cols.map(() => '---').join(' | ')} | --- |`,
    ...rows.map(([name, fn, goal]) => `| ${name} | ${cols.map((c) => fn(splits[c]!)).join(' | ')} | ${goal} |`),
  ].join('\n');
}
