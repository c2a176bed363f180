/**
 * Indexes a folder of articles in-process, the way the sources sidebar needs it: read every
 * .txt/.article/.news file, analyse it, and tally speakers and agencies. Runs as a child
 * process of the bench so its peak RSS (VmHWM) belongs to the indexing alone.
 * Usage: node --import tsx bench/indexWorker.ts DIR [DEADLINE_MS]   -> one JSON line on stdout.
 * With a deadline it stops after DEADLINE_MS and reports how many files it did (`done`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import { nowMs, readRss } from './stats';

function listArticles(dir: string, out: string[]): string[] {
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) listArticles(p, out);
    else if (/\.(txt|article|news)$/.test(ent.name)) out.push(p);
  }
  return out;
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: indexWorker.ts DIR');
    process.exit(2);
  }
  const before = readRss();
  const t0 = nowMs();
  const files = listArticles(dir, []).sort();
  const speakers = new Map<string, number>();
  const agencies = new Map<string, number>();
  let bytes = 0;
  let quotes = 0;
  let failures = 0;
  let firstError = '';
  // A deadline keeps the bench bounded on a slow engine: the rest is then extrapolated.
  const deadlineMs = Number(process.argv[3]) || Infinity;
  let done = 0;
  for (const f of files) {
    if (nowMs() - t0 > deadlineMs) break;
    done++;
    const text = readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text, 'utf8');
    try {
      const r = analyze(text);
      quotes += r.quotes.length;
      for (const q of r.quotes) {
        if (q.speaker) speakers.set(q.speaker.name, (speakers.get(q.speaker.name) ?? 0) + 1);
        if (q.via) agencies.set(q.via.name, (agencies.get(q.via.name) ?? 0) + 1);
      }
    } catch (err) {
      failures++;
      if (!firstError) firstError = `${f}: ${(err as Error).message}`;
    }
  }
  const ms = nowMs() - t0;
  const rss = readRss();
  process.stdout.write(
    JSON.stringify({
      files: files.length,
      done,
      bytes,
      ms,
      quotes,
      speakers: speakers.size,
      agencies: agencies.size,
      failures,
      firstError,
      baselineHwmKb: before?.hwmKb ?? null,
      hwmKb: rss?.hwmKb ?? null,
    }) + '\n',
  );
}

main();
