/**
 * Hand-labelled speaker attribution (eval/labels/*.json) and the texts they refer to.
 *
 * A label file:
 * ```json
 * { "doc": "sample:000_149395d38a820d69" | "gum:GUM_news_afghan",
 *   "split": "dev" | "test" | "train",
 *   "quotes": [ { "start": 10, "end": 52, "begins": "We are", "speaker": "Full Name" | null,
 *                 "kind": "person" | "organization" | "unnamed" | null } ] }
 * ```
 * `start`/`end` cover the quote with its marks; `begins` is the first words of the content and
 * is checked against the text, so a label that drifted from its text is reported, not scored.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadGumDoc, type Split } from './corpus';

export type LabelKind = 'person' | 'organization' | 'unnamed';

export interface QuoteLabel {
  start: number;
  end: number;
  begins: string;
  /** The last words, when the labeller had to say where an unclosed quote ends. */
  ends?: string;
  /** The paragraph continues a quotation without a re-opening mark (see labelSpans.ts). */
  continues?: boolean;
  speaker: string | null;
  kind: LabelKind | null;
}

export interface LabelFile {
  doc: string;
  split: Split;
  quotes: QuoteLabel[];
}

export interface LoadedLabels extends LabelFile {
  file: string;
  text: string;
}

const SPLITS = new Set(['train', 'dev', 'test']);
const KINDS = new Set(['person', 'organization', 'unnamed']);

/** Checks the shape of a parsed label file; returns the problems found (empty when fine). */
export function validateLabelFile(data: unknown, text: string | null): string[] {
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null) return ['not a JSON object'];
  const d = data as Record<string, unknown>;
  if (typeof d.doc !== 'string' || !/^(sample|gum):.+/.test(d.doc)) problems.push('"doc" must be "sample:NAME" or "gum:ID"');
  if (typeof d.split !== 'string' || !SPLITS.has(d.split)) problems.push('"split" must be train, dev or test');
  if (!Array.isArray(d.quotes)) return [...problems, '"quotes" must be an array'];
  let prevEnd = -1;
  d.quotes.forEach((q: unknown, i: number) => {
    const at = `quotes[${i}]`;
    if (typeof q !== 'object' || q === null) {
      problems.push(`${at} is not an object`);
      return;
    }
    const r = q as Record<string, unknown>;
    if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || (r.start as number) >= (r.end as number)) {
      problems.push(`${at}: start/end must be integers with start < end`);
      return;
    }
    const start = r.start as number;
    const end = r.end as number;
    if (start < prevEnd) problems.push(`${at}: overlaps or precedes the previous quote`);
    prevEnd = end;
    if (r.speaker !== null && typeof r.speaker !== 'string') problems.push(`${at}: speaker must be a string or null`);
    if (r.kind !== null && !(typeof r.kind === 'string' && KINDS.has(r.kind))) problems.push(`${at}: kind must be person, organization, unnamed or null`);
    if ((r.speaker === null) !== (r.kind === null)) problems.push(`${at}: speaker and kind are null together or not at all`);
    if (typeof r.begins !== 'string' || r.begins.length === 0) problems.push(`${at}: "begins" must be the first words of the quote`);
    if (text !== null && typeof r.begins === 'string') {
      if (end > text.length) problems.push(`${at}: end ${end} is past the end of the text (${text.length})`);
      else {
        const inside = text.slice(start, end).replace(/^[\s"“”„‘’'«»‹›]+/, '');
        if (!inside.startsWith(r.begins)) problems.push(`${at}: text at ${start} begins ${JSON.stringify(inside.slice(0, 30))}, label says ${JSON.stringify(r.begins)}`);
      }
    }
  });
  return problems;
}

/** The text a label file refers to. */
export function labelText(repoRoot: string, gumDirPath: string, doc: string): string {
  const [kind, name] = [doc.slice(0, doc.indexOf(':')), doc.slice(doc.indexOf(':') + 1)];
  if (kind === 'sample') {
    const path = join(repoRoot, 'test', 'fixtures', 'articles', `${name}.txt`);
    if (!existsSync(path)) throw new Error(`sample article not found: ${path}`);
    return readFileSync(path, 'utf8');
  }
  return loadGumDoc(gumDirPath, name).doc.text;
}

/** Loads and validates every label file; a bad file is reported in `problems` and left out. */
export function loadLabels(repoRoot: string, gumDirPath: string, dir = join(repoRoot, 'eval', 'labels')): { labels: LoadedLabels[]; problems: string[] } {
  const labels: LoadedLabels[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { labels, problems };
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = join(dir, f);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push(`${f}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    let text: string | null = null;
    const doc = (data as { doc?: unknown })?.doc;
    if (typeof doc === 'string') {
      try {
        text = labelText(repoRoot, gumDirPath, doc);
      } catch (err) {
        problems.push(`${f}: ${(err as Error).message}`);
        continue;
      }
    }
    const found = validateLabelFile(data, text);
    if (found.length > 0 || text === null) {
      problems.push(...found.map((p) => `${f}: ${p}`));
      continue;
    }
    labels.push({ ...(data as LabelFile), file: f, text });
  }
  return { labels, problems };
}
