/**
 * Part 3: a workspace of 10,000 generated articles (~45 MB) in a temporary folder, indexed
 * for the sources sidebar. Two ways, reported separately:
 *  - in-process: a child process reads and analyses every file (bench/indexWorker.ts);
 *  - the server: a custom request asks the built server to index the folder while the bench
 *    keeps hovering in an open document and samples the server's peak RSS.
 * The server way needs a workspace-index request in server/src/protocol.ts. Until one exists
 * it is reported as n/a. To plug the real one in, add it to INDEX_REQUESTS below.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng, syntheticArticle } from './corpus';
import { LspSession, Unavailable, fileUri } from './lsp';
import { hoverOffsets, latencyStats, type LatencyStats } from './lspBench';
import { describe } from './engine';
import { nowMs } from './stats';

/** The in-process indexing stops after this long and extrapolates (6x the 10 s goal). */
const INDEX_DEADLINE_MS = 60000;

/** The server's indexing gets as long; past it, the time is extrapolated from its progress reports. */
const SERVER_DEADLINE_MS = 60000;
/** Pause between hovers during indexing: a person moving the mouse, not a flood of requests. */
const HOVER_PAUSE_MS = 25;
const PROGRESS_TOKEN = 'news-annotator-bench-index';

/** A server request that indexes workspace folders and answers when it is done. */
export interface IndexRequest {
  method: string;
  /** The request's params for one folder. */
  params: (folderUri: string) => unknown;
}

/**
 * Candidate workspace-index requests, tried in order; one is used only if protocol.ts
 * declares its method name. Adjust `params` to the real shape when it lands.
 */
export const INDEX_REQUESTS: readonly IndexRequest[] = [
  // server/src/protocol.ts IndexWorkspaceRequest; progress "N of M files" comes on the token.
  { method: 'newsAnnotator/indexWorkspace', params: (uri) => ({ folders: [uri], workDoneToken: PROGRESS_TOKEN }) },
  { method: 'newsAnnotator/workspaceIndex', params: (uri) => ({ folders: [uri] }) },
  { method: 'newsAnnotator/sources', params: (uri) => ({ folders: [uri] }) },
];

/** The first candidate whose method name appears in the protocol module's text, or null. */
export function findIndexRequest(protocolText: string, candidates: readonly IndexRequest[] = INDEX_REQUESTS): IndexRequest | null {
  for (const c of candidates) {
    if (protocolText.includes(`'${c.method}'`) || protocolText.includes(`"${c.method}"`)) return c;
  }
  return null;
}

export interface WorkspaceReport {
  files: number;
  bytes: number;
  generateMs: number;
  inProcess: { ms: number | null; mbps: number | null; hwmKb: number | null; baselineHwmKb: number | null; quotes: number; speakers: number; failures: number; note?: string };
  server: { method: string | null; ms: number | null; hwmKb: number | null; hover: LatencyStats & { nonEmpty: number }; note?: string };
}

/** Writes `count` synthetic articles (seeded) under DIR/articles/NNN/; returns total UTF-8 bytes. */
export function generateWorkspace(dir: string, count: number, seed: number): number {
  const rng = new Rng(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, 'articles', String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const text = syntheticArticle(rng, rng.range(1500, 7000));
    bytes += Buffer.byteLength(text, 'utf8');
    writeFileSync(join(sub, `${String(i).padStart(5, '0')}.txt`), text);
  }
  return bytes;
}

function runWorker(dir: string, deadlineMs: number, timeoutMs: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'indexWorker.ts'), dir, String(deadlineMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`index worker exited with code ${code}: ${err.trim().split('\n')[0] ?? ''}`);
        resolve(JSON.parse(out.trim().split('\n').pop() ?? ''));
      } catch (e) {
        reject(e);
      }
    });
  });
}

export async function runWorkspace(opts: { count: number; seed: number; serverPath: string; protocolPath: string; hoverText: string }): Promise<WorkspaceReport> {
  const dir = mkdtempSync(join(tmpdir(), 'news-annotator-bench-'));
  try {
    const g0 = nowMs();
    const bytes = generateWorkspace(dir, opts.count, opts.seed);
    const report: WorkspaceReport = {
      files: opts.count,
      bytes,
      generateMs: nowMs() - g0,
      inProcess: { ms: null, mbps: null, hwmKb: null, baselineHwmKb: null, quotes: 0, speakers: 0, failures: 0 },
      server: { method: null, ms: null, hwmKb: null, hover: { samples: 0, p50: null, p95: null, max: null, nonEmpty: 0 } },
    };
    try {
      const r = await runWorker(dir, INDEX_DEADLINE_MS, INDEX_DEADLINE_MS + 60000);
      const done = Number(r.done);
      const partial = done < Number(r.files);
      // Past the deadline: the time for all files is extrapolated from the bytes analysed.
      const ms = partial ? (Number(r.ms) * Number(r.bytes) > 0 ? (Number(r.ms) / Number(r.bytes)) * bytes : NaN) : Number(r.ms);
      report.inProcess = {
        ms,
        mbps: bytes / 1e6 / (ms / 1000),
        hwmKb: (r.hwmKb as number) ?? null,
        baselineHwmKb: (r.baselineHwmKb as number) ?? null,
        quotes: Number(r.quotes),
        speakers: Number(r.speakers),
        failures: Number(r.failures),
        ...(r.failures
          ? { note: `analyze threw on ${r.failures} files, first: ${r.firstError}` }
          : partial
            ? { note: `stopped after ${INDEX_DEADLINE_MS / 1000} s at ${done} of ${r.files} files; time extrapolated by bytes` }
            : {}),
      };
    } catch (err) {
      report.inProcess.note = describe(err);
    }
    report.server = await serverIndex(dir, opts);
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function serverIndex(dir: string, opts: { serverPath: string; protocolPath: string; hoverText: string }): Promise<WorkspaceReport['server']> {
  const none = (note: string, method: string | null = null): WorkspaceReport['server'] => ({
    method,
    ms: null,
    hwmKb: null,
    hover: { samples: 0, p50: null, p95: null, max: null, nonEmpty: 0, note },
    note,
  });
  const protocol = existsSync(opts.protocolPath) ? readFileSync(opts.protocolPath, 'utf8') : '';
  const req = findIndexRequest(protocol);
  if (!req) return none(`no workspace-index request in server/src/protocol.ts yet (looked for ${INDEX_REQUESTS.map((r) => r.method).join(', ')})`);
  let s: LspSession;
  try {
    s = await LspSession.start({ serverPath: opts.serverPath, folders: [dir] });
  } catch (err) {
    return none(describe(err), req.method);
  }
  try {
    const uri = 'file:///bench/during-index.article';
    s.open(uri, opts.hoverText);
    if (s.hasHover) await s.hover(uri, 1, 10000).catch(() => null);
    let filesDone = 0;
    let filesTotal = 0;
    s.onProgress(PROGRESS_TOKEN, (v) => {
      const m = /(\d+) of (\d+) files/.exec(String((v as { message?: unknown })?.message ?? ''));
      if (m) [filesDone, filesTotal] = [Number(m[1]), Number(m[2])];
    });
    const t0 = nowMs();
    let done = false;
    let failure: string | null = null;
    const indexing = s.request(req.method, req.params(fileUri(dir)), SERVER_DEADLINE_MS).then(
      () => (done = true),
      (err) => {
        done = true;
        failure = err instanceof Unavailable ? err.message : describe(err);
      },
    );
    // Hover at a person's pace while the index request is in flight.
    const offsets = hoverOffsets(opts.hoverText, 200);
    const xs: number[] = [];
    let nonEmpty = 0;
    for (let i = 0; s.hasHover && !done; i++) {
      const h0 = nowMs();
      const h = await s.hover(uri, offsets[i % offsets.length], 30000).catch(() => null);
      if (!done) xs.push(nowMs() - h0);
      if (h) nonEmpty++;
      await new Promise((r) => setTimeout(r, HOVER_PAUSE_MS));
    }
    await indexing;
    let ms = nowMs() - t0;
    const rss = s.rss();
    const hover = { ...latencyStats(xs, s.hasHover ? undefined : 'server declares no hoverProvider'), nonEmpty };
    let note: string | undefined;
    if (failure) {
      if (!/no answer within/.test(failure) || filesDone === 0) return { ...none(failure, req.method), hwmKb: rss?.hwmKb ?? null, hover };
      note = `stopped after ${SERVER_DEADLINE_MS / 1000} s at ${filesDone} of ${filesTotal} files (progress reports); time extrapolated by files`;
      ms = (ms * filesTotal) / filesDone;
    }
    return { method: req.method, ms, hwmKb: rss?.hwmKb ?? null, hover, ...(note ? { note } : {}) };
  } finally {
    await s.stop();
  }
}
