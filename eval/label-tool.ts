/**
 * Helper for writing speaker labels by hand (see eval/README.md, "Labelling").
 *
 *   node --import tsx eval/label-tool.ts fill eval/labels/NAME.json   # compute start/end from "begins"/"ends"
 *   node --import tsx eval/label-tool.ts show eval/labels/NAME.json   # print each labelled quote to review
 *   node --import tsx eval/label-tool.ts text sample:NAME|gum:ID      # print the text (GUM: rebuilt) with offsets per line
 *
 * `fill` searches each quote's "begins" after the previous quote, in file order, and rewrites
 * the file with the offsets; it never runs the analysis engine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gumDir } from './corpus';
import { labelText, validateLabelFile, type LabelFile } from './labels';
import { locateQuote } from './labelSpans';

const repoRoot = resolve(__dirname, '..');

function load(file: string): { data: LabelFile & { quotes: (LabelFile['quotes'][number] & { ends?: string })[] }; text: string } {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  return { data, text: labelText(repoRoot, gumDir(repoRoot), data.doc) };
}

function fill(file: string): void {
  const { data, text } = load(file);
  let from = 0;
  data.quotes = data.quotes.map((q) => {
    const span = locateQuote(text, q, from);
    from = span.end;
    // keep a fixed key order so the files diff well
    const out: Record<string, unknown> = { start: span.start, end: span.end, begins: q.begins };
    if (q.ends !== undefined) out.ends = q.ends;
    if (q.continues) out.continues = true;
    out.speaker = q.speaker;
    out.kind = q.kind;
    return out as unknown as (typeof data.quotes)[number];
  });
  const problems = validateLabelFile(data, text);
  const json = JSON.stringify(data, null, 2).replace(/\{\n\s+("start": \d+),\n\s+("end": \d+),/g, '{ $1, $2,');
  writeFileSync(file, json + '\n');
  show(file);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

function show(file: string): void {
  const { data, text } = load(file);
  for (const q of data.quotes) {
    console.log(`${q.start}-${q.end} [${q.speaker ?? 'null'}] ${text.slice(q.start, q.end).replace(/\n/g, ' ⏎ ')}`);
  }
  const problems = validateLabelFile(data, text);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

function printText(doc: string): void {
  const text = labelText(repoRoot, gumDir(repoRoot), doc);
  let offset = 0;
  for (const line of text.split('\n')) {
    console.log(`[${offset}] ${line}`);
    offset += line.length + 1;
  }
}

const [cmd, arg] = process.argv.slice(2);
try {
  if (cmd === 'fill' && arg) fill(arg);
  else if (cmd === 'show' && arg) show(arg);
  else if (cmd === 'text' && arg) printText(arg);
  else {
    console.error('usage: label-tool.ts fill FILE.json | show FILE.json | text sample:NAME|gum:ID');
    process.exitCode = 2;
  }
} catch (err) {
  console.error(`label-tool: ${(err as Error).message}`);
  process.exitCode = 1;
}
