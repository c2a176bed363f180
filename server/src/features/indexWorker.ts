/**
 * The workspace indexer's engine room, run on a worker thread (bundled as
 * dist/indexWorker.js) or, as a fallback, on the server's own thread: reads and analyses
 * article files, keeps the quote VariantIndex, and answers with compact summaries. On a
 * worker the server's main thread never runs an analysis or a variant comparison for the
 * workspace, so hovers and tokens for open documents never wait behind them.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analysis/analyze';
import type { AnalysisResult, Quote } from '../analysis/types';
import { VariantIndex, type VariantGroup } from '../analysis/variants';
import { applyAnnotations, readSidecarAnnotations } from '../annotations';
import { type ArticleSummary, summarise } from './sourcesModel';

/** Files larger than this are indexed up to this many UTF-16 code units (as degraded mode does). */
export const INDEX_MAX_LENGTH = 5 * 1024 * 1024;

export type IndexedFile = { path: string; uri: string; summary: ArticleSummary } | { path: string; uri: string; error: string };

/** Messages to the worker; each with an `id` is answered with `{ id, value }` or `{ id, error }`. */
export type WorkerRequest =
  /**
   * Analyses files; with `variants` also files their quotes in this engine's VariantIndex.
   * `noSidecar[i]` true: the folder listing had no sidecar beside `paths[i]`, so none is read.
   */
  | { id: number; type: 'index'; paths: string[]; variants: boolean; noSidecar?: boolean[] }
  /** Files summaries' quotes in the VariantIndex (the variants worker's main job). */
  | { id: number; type: 'addSummaries'; summaries: ArticleSummary[] }
  | { id: number; type: 'groups' }
  | { id: number; type: 'variantsOf'; uri: string; quoteId: string }
  | { id: number; type: 'remove'; uris: string[] };

export interface WorkerResponse {
  id: number;
  value?: unknown;
  error?: string;
}

/**
 * Analyses one text with its sidecar (if any and readable) applied. `noSidecar`: the caller
 * has just listed the folder and seen no sidecar, so the file system is not asked again
 * (a failed read per article cost about a tenth of a workspace run's reading time).
 */
export function analyseFile(path: string, text: string, noSidecar = false): AnalysisResult {
  const auto = analyze(text, text.length > INDEX_MAX_LENGTH ? { maxLength: INDEX_MAX_LENGTH } : {});
  if (noSidecar) return auto;
  const sidecar = readSidecarAnnotations(path);
  if (sidecar.status !== 'loaded' || sidecar.annotations.length === 0) return auto;
  return applyAnnotations(text, auto, sidecar.annotations).result;
}

type Read = { text: string } | { error: unknown };

/** Starts reading a file on libuv's thread pool; never rejects. */
function startRead(path: string): Promise<Read> {
  return readFile(path, 'utf8').then(
    (text) => ({ text }),
    (error: unknown) => ({ error }),
  );
}

/** Reads a file at once; never throws. */
function readNow(path: string): Read {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { error };
  }
}

/** Analyses one file that has been read (or failed to be); never throws. */
function indexRead(path: string, read: Read, noSidecar: boolean): IndexedFile {
  const uri = pathToFileURL(path).href;
  try {
    if ('error' in read) throw read.error;
    const text = read.text;
    if (text.includes('\u0000')) return { path, uri, error: 'binary' };
    return { path, uri, summary: summarise(uri, analyseFile(path, text, noSidecar)) };
  } catch (err) {
    return { path, uri, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Reads and analyses one file; never throws. */
export async function indexOne(path: string, noSidecar = false): Promise<IndexedFile> {
  return indexRead(path, await startRead(path), noSidecar);
}

/** The summaries' quotes as the VariantIndex reads them (it uses id, offsets, text, kind and the speaker's name). */
function variantQuotes(summary: ArticleSummary): Quote[] {
  return summary.quotes.map((q) => ({ ...q, speaker: q.speaker ? { name: q.speaker.name } : null }) as unknown as Quote);
}

/** Indexing and variants in one place: what the worker runs, and the same on the main thread. */
export class IndexEngine {
  readonly variants = new VariantIndex();

  /**
   * `readsBlock`: on a thread of its own (the worker) the engine reads each file at once,
   * which costs less than the thread pool's round trip per file (a 10,000-file workspace
   * indexed in about three quarters of the time on one worker). On the server's own thread
   * (the fallback) reads go to the thread pool, so a slow disk never holds up a request.
   */
  constructor(private readonly readsBlock = false) {}

  /**
   * Reads and analyses files, each as soon as it is in. Without `readsBlock` every read of
   * the batch starts at once, on libuv's thread pool, so the reading of the next files
   * overlaps the analysis of this one.
   */
  async index(paths: readonly string[], variants = true, noSidecar?: readonly boolean[]): Promise<IndexedFile[]> {
    const reads = this.readsBlock ? null : paths.map(startRead);
    const out: IndexedFile[] = [];
    for (const [i, path] of paths.entries()) {
      const read = reads ? await reads[i] : readNow(path);
      const file = indexRead(path, read, noSidecar?.[i] === true);
      if (variants) {
        if ('summary' in file) this.variants.update(file.uri, variantQuotes(file.summary));
        else this.variants.remove(file.uri);
      }
      out.push(file);
    }
    return out;
  }

  addSummaries(summaries: readonly ArticleSummary[]): void {
    for (const s of summaries) this.variants.update(s.uri, variantQuotes(s));
  }

  remove(uris: readonly string[]): void {
    for (const uri of uris) this.variants.remove(uri);
  }

  groups(): VariantGroup[] {
    return this.variants.groups();
  }

  variantsOf(uri: string, quoteId: string): VariantGroup | undefined {
    return this.variants.variantsOf(uri, quoteId);
  }

  handle(req: WorkerRequest): unknown {
    switch (req.type) {
      case 'index':
        return this.index(req.paths, req.variants, req.noSidecar);
      case 'addSummaries':
        this.addSummaries(req.summaries);
        return null;
      case 'groups':
        return this.groups();
      case 'variantsOf':
        return this.variantsOf(req.uri, req.quoteId) ?? null;
      case 'remove':
        this.remove(req.uris);
        return null;
    }
  }
}

/**
 * Background work yields to the editor: on Linux a thread can lower its own scheduling
 * priority (setpriority with pid 0 names the calling thread there), so an index worker that
 * competes for a core with the server's own thread or the editor loses. Elsewhere pid 0 names
 * the whole process, which must not slow down, so nothing is changed.
 */
function lowerThisThreadsPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, Math.max(getPriority(0), BACKGROUND_NICE));
  } catch {
    // not allowed here: the worker runs at normal priority
  }
}
const BACKGROUND_NICE = 10;

if (parentPort) {
  const port = parentPort;
  lowerThisThreadsPriority();
  const engine = new IndexEngine(true);
  port.on('message', async (req: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      response = { id: req.id, value: await engine.handle(req) };
    } catch (err) {
      response = { id: req.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(response);
  });
}
