/**
 * The workspace index: every article file under the workspace folders, analysed once in
 * the background and kept as a compact summary (sourcesModel.ts), never as full text.
 * The reading and the analysis run in an IndexEngine (indexWorker.ts) on a worker thread
 * when the bundled worker script is there, and the quote variants in a second one, fed
 * with the summaries, so indexing is not held up by variant comparisons and the server's
 * main thread only files summaries and stays free for hovers and tokens. Without the
 * script, everything runs on this thread, one file at a time with a yield after each. Files that change on disk are
 * re-indexed one by one (`updateFile` / `remove`). With a cache (`useCache`, indexCache.ts)
 * the summaries outlive the session: a run files unchanged articles from it unread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { VariantGroup } from '../analysis/variants';
import { isSidecarPath, sidecarPathFor } from '../annotations';
import { defaultFilePatterns, matchesArticlePatterns } from '../../../client/src/articleFiles';
import { IndexEngine, type IndexedFile, type WorkerRequest, type WorkerResponse } from './indexWorker';
import type { ArticleSummary } from './sourcesModel';
import type { FileStamp, IndexCache } from './indexCache';

export { analyseFile, INDEX_MAX_LENGTH } from './indexWorker';

/** Folders never worth walking. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

export interface IndexProgress {
  done: number;
  total: number;
}

export interface IndexRunResult {
  files: number;
  quotes: number;
  failures: number;
  ms: number;
}

/** True for files that are articles whatever the patterns say. */
function alwaysArticle(path: string): boolean {
  return path.endsWith('.article') || path.endsWith('.news');
}

export function isArticlePath(path: string, root: string | null, patterns: readonly string[]): boolean {
  if (isSidecarPath(path)) return false;
  if (alwaysArticle(path)) return true;
  const abs = path.split(sep).join('/');
  const rel = root ? relative(root, path).split(sep).join('/') : undefined;
  return matchesArticlePatterns(patterns, abs, rel);
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Where the IndexEngine runs. */
interface Backend {
  readonly threaded: boolean;
  call<T>(req: Request): Promise<T>;
  dispose(): void;
}

class LocalBackend implements Backend {
  readonly threaded = false;
  private readonly engine = new IndexEngine();
  async call<T>(req: Request): Promise<T> {
    return this.engine.handle({ ...req, id: 0 } as WorkerRequest) as T;
  }
  dispose(): void {}
}

class WorkerBackend implements Backend {
  readonly threaded = true;
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  broken: Error | null = null;

  constructor(script: string) {
    this.worker = new Worker(script);
    this.worker.unref();
    this.worker.on('message', (res: WorkerResponse) => {
      const p = this.pending.get(res.id);
      if (!p) return;
      this.pending.delete(res.id);
      if (res.error !== undefined) p.reject(new Error(res.error));
      else p.resolve(res.value);
    });
    const fail = (err: Error): void => {
      this.broken ??= err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the index worker exited with code ${code}`)));
  }

  call<T>(req: Request): Promise<T> {
    if (this.broken) return Promise.reject(this.broken);
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...req, id });
    });
  }

  dispose(): void {
    void this.worker.terminate();
  }
}

export interface WorkspaceIndexOptions {
  /** A worker script (dist/indexWorker.js); without one, or if it is missing, files are analysed on this thread. */
  workerPath?: string;
  /**
   * Analysis workers: by default one per core, at most two (each holds its own copy of the
   * engine's lexicons). They run at a lower scheduling priority where the system allows it
   * (indexWorker.ts), so the server's own thread, which answers hovers, wins a busy core.
   */
  analysisWorkers?: number;
}

export class WorkspaceIndex {
  private readonly summaries = new Map<string, ArticleSummary>();
  private backend: Backend | null = null;
  /** Further analysis workers beside `backend` (more cores, more files at once). */
  private extraBackends: Backend[] = [];
  /** The variants engine when it runs on its own worker; null means `backend` keeps the variants. */
  private variantsBackend: Backend | null = null;
  /** Summaries sent to the variants worker and not yet filed there. */
  private variantsPending = 0;
  /** Summaries of a finished run still waiting for their turn to be sent to the variants worker. */
  private variantsQueued = 0;
  /** Settles once every queued summary has been sent: variant answers wait for it. */
  private fed: Promise<void> = Promise.resolve();
  /** During a run, summaries wait here for the variants worker until the run is done. */
  private deferred: ArticleSummary[] | null = null;
  private running: Promise<IndexRunResult> | null = null;
  private runningKey = '';
  private patterns: readonly string[] = defaultFilePatterns;
  private roots: string[] = [];
  private generation = 0;

  /** Summaries kept on disk between sessions (set once the editor says where it keeps them). */
  private cache: IndexCache | null = null;

  constructor(private readonly options: WorkspaceIndexOptions = {}) {}

  /** Keeps summaries on disk (`indexCache.ts`), so a reopened folder indexes only what changed. */
  useCache(cache: IndexCache | null): void {
    this.cache = cache;
  }

  /** Whether the engine runs on a worker thread. */
  get usesWorker(): boolean {
    return this.engine().threaded;
  }

  private engine(): Backend {
    const dead = (b: Backend | null): boolean => b instanceof WorkerBackend && b.broken !== null;
    if (this.backend && !dead(this.backend) && !dead(this.variantsBackend) && !this.extraBackends.some(dead)) return this.backend;
    const broken = this.backend !== null;
    this.backend?.dispose();
    this.variantsBackend?.dispose();
    for (const b of this.extraBackends) b.dispose();
    this.extraBackends = [];
    this.variantsPending = 0;
    const script = this.options.workerPath;
    // After a worker died, stay on this thread: whatever killed it may kill the next one.
    if (!broken && script && existsSync(script)) {
      this.backend = new WorkerBackend(script);
      this.variantsBackend = new WorkerBackend(script);
      const wanted = this.options.analysisWorkers ?? Math.min(2, Math.max(1, availableParallelism()));
      for (let i = 1; i < wanted; i++) this.extraBackends.push(new WorkerBackend(script));
    } else {
      this.backend = new LocalBackend();
      this.variantsBackend = null;
    }
    return this.backend;
  }

  /** Where the VariantIndex lives. */
  private variantsEngine(): Backend {
    const engine = this.engine();
    return this.variantsBackend ?? engine;
  }

  /** True while the variants worker still has summaries to file (its answers would wait behind them). */
  get variantsBusy(): boolean {
    return this.variantsPending > 0 || this.variantsQueued > 0 || (this.deferred !== null && this.deferred.length > 0);
  }

  /**
   * Files summaries' quotes with the variants worker (a no-op when one engine does both).
   * During a run they wait until it is done: the Sources come first, and the two cores stay
   * with the analysis and the requests of open documents.
   */
  private sendToVariants(summaries: ArticleSummary[]): void {
    const vb = this.variantsBackend;
    if (!vb || summaries.length === 0) return;
    if (this.deferred) {
      this.deferred.push(...summaries);
      return;
    }
    this.variantsPending++;
    void vb
      .call({ type: 'addSummaries', summaries })
      .catch(() => undefined)
      .finally(() => this.variantsPending--);
  }

  /**
   * Sends a finished run's summaries to the variants worker a slice at a time, one slice per
   * turn of the event loop: copying ten thousand summaries to the worker takes about a
   * second of this thread, which must hold up neither the run's answer nor hovers.
   */
  private feedVariants(summaries: ArticleSummary[]): void {
    if (summaries.length === 0) return;
    this.variantsQueued += summaries.length;
    const before = this.fed;
    this.fed = new Promise<void>((resolve) => {
      let next = 0;
      const step = (): void => {
        const slice = summaries.slice(next, next + 32);
        next += slice.length;
        this.variantsQueued -= slice.length;
        // Only what is still current: a file removed or re-read meanwhile has moved on.
        this.sendToVariants(slice.filter((summary) => this.summaries.get(summary.uri) === summary));
        if (next < summaries.length) setImmediate(step);
        else void before.then(resolve);
      };
      setImmediate(step);
    });
  }

  /** True while a full indexing run is in progress. */
  get indexing(): boolean {
    return this.running !== null;
  }

  get size(): number {
    return this.summaries.size;
  }

  all(): ArticleSummary[] {
    return [...this.summaries.values()].sort((a, b) => a.uri.localeCompare(b.uri));
  }

  get(uri: string): ArticleSummary | undefined {
    return this.summaries.get(uri);
  }

  /** Quote variant groups across the indexed articles. */
  async groups(): Promise<VariantGroup[]> {
    await this.fed;
    return this.variantsEngine().call<VariantGroup[]>({ type: 'groups' });
  }

  /** The variant group of an indexed quote, if it is in one. */
  async variantsOf(uri: string, quoteId: string): Promise<VariantGroup | undefined> {
    await this.fed;
    return (await this.variantsEngine().call<VariantGroup | null>({ type: 'variantsOf', uri, quoteId })) ?? undefined;
  }

  remove(uri: string): void {
    if (this.summaries.delete(uri)) void this.variantsEngine().call({ type: 'remove', uris: [uri] }).catch(() => undefined);
  }

  /** Whether a path belongs in the index under the current roots and patterns. */
  covers(path: string): boolean {
    const root = this.roots.find((r) => path === r || path.startsWith(r.endsWith(sep) ? r : r + sep));
    return root !== undefined && isArticlePath(path, root, this.patterns);
  }

  /** Re-reads one file that changed on disk (or whose sidecar changed); drops it if it is gone or unreadable. */
  async updateFile(path: string): Promise<void> {
    try {
      const engine = this.engine();
      this.file(...(await engine.call<IndexedFile[]>({ type: 'index', paths: [path], variants: this.variantsBackend === null })));
    } catch {
      this.remove(pathToFileURL(path).href);
    }
  }

  /** Files results; returns [quotes, failures]. */
  private file(...files: IndexedFile[]): [number, number] {
    let quotes = 0;
    let failures = 0;
    const filed: ArticleSummary[] = [];
    for (const f of files) {
      if ('summary' in f) {
        this.summaries.set(f.uri, f.summary);
        filed.push(f.summary);
        quotes += f.summary.quotes.length;
      } else {
        this.remove(f.uri);
        failures++;
      }
    }
    this.sendToVariants(filed);
    return [quotes, failures];
  }

  /**
   * Indexes every article file under `folders` (file URIs), replacing what was indexed
   * before. A second call for the same folders and patterns joins the run in progress.
   */
  index(folders: readonly string[], patterns: readonly string[] = defaultFilePatterns, onProgress?: (p: IndexProgress) => void): Promise<IndexRunResult> {
    const key = JSON.stringify([folders, patterns]);
    if (this.running && key === this.runningKey) return this.running;
    const generation = ++this.generation;
    this.runningKey = key;
    this.patterns = patterns;
    this.roots = folders.map((f) => (f.startsWith('file:') ? fileURLToPath(f) : f));
    this.deferred ??= [];
    const run = this.run(generation, onProgress).finally(() => {
      if (this.running !== run) return;
      this.running = null;
      const waiting = this.deferred ?? [];
      this.deferred = null;
      this.feedVariants(waiting);
    });
    this.running = run;
    return run;
  }

  private async run(generation: number, onProgress?: (p: IndexProgress) => void): Promise<IndexRunResult> {
    const t0 = performance.now();
    const files: string[] = [];
    const sidecars = new Set<string>();
    for (const root of this.roots) await this.walk(root, root, files, sidecars);
    // Files unchanged since a summary of them was kept on disk are filed from it, unread.
    const cache = this.cache;
    const stamps = new Map<string, FileStamp>();
    let todo = files;
    let cached: [number, number] = [0, 0];
    if (cache) {
      await cache.load();
      await stampAll(files, stamps);
      const hits: IndexedFile[] = [];
      todo = [];
      for (const path of files) {
        const stamp = stamps.get(path);
        // an article with a sidecar is analysed again: its annotations may have changed
        const summary = stamp && !sidecars.has(sidecarPathFor(path)) ? cache.get(path, stamp) : undefined;
        if (summary) hits.push({ path, uri: summary.uri, summary });
        else todo.push(path);
      }
      cached = this.file(...hits);
      if (onProgress && hits.length > 0) onProgress({ done: hits.length, total: files.length });
    }
    const analysed: IndexedFile[] = [];
    const keep = cache ? (done: IndexedFile[]): void => void analysed.push(...done) : undefined;
    const progress = { before: files.length - todo.length, total: files.length };
    let counts: [number, number];
    try {
      counts = await this.pump(generation, todo, sidecars, onProgress, progress, keep);
    } catch {
      // The worker died: the next engine() is this thread; index again there.
      analysed.length = 0;
      counts = await this.pump(generation, todo, sidecars, onProgress, progress, keep);
    }
    if (generation === this.generation) {
      const seen = new Set(files.map((f) => pathToFileURL(f).href));
      for (const uri of [...this.summaries.keys()]) if (!seen.has(uri)) this.remove(uri);
      if (cache) {
        cache.retain(new Set(files));
        for (const f of analysed) {
          const stamp = stamps.get(f.path);
          if ('summary' in f && stamp && !sidecars.has(sidecarPathFor(f.path))) cache.set(f.path, stamp, f.summary);
        }
        await cache.save();
      }
    }
    return { files: files.length, quotes: counts[0] + cached[0], failures: counts[1] + cached[1], ms: Math.round(performance.now() - t0) };
  }

  /** Feeds the engine: batches of 16 files, two in flight, on a worker; one file at a time, yielding, on this thread. */
  private async pump(
    generation: number,
    files: readonly string[],
    sidecars: ReadonlySet<string>,
    onProgress?: (p: IndexProgress) => void,
    progress = { before: 0, total: files.length },
    keep?: (done: IndexedFile[]) => void,
  ): Promise<[number, number]> {
    const backend = this.engine();
    const analysers = [backend, ...this.extraBackends];
    const batchSize = backend.threaded ? 16 : 1;
    const parallel = backend.threaded ? 2 * analysers.length : 1;
    let turn = 0;
    const inFlight: Promise<IndexedFile[]>[] = [];
    let next = 0;
    let done = 0;
    let quotes = 0;
    let failures = 0;
    let lastReport = 0;
    while (next < files.length || inFlight.length > 0) {
      while (inFlight.length < parallel && next < files.length && generation === this.generation) {
        const paths = files.slice(next, next + batchSize);
        next += paths.length;
        const analyser = analysers[turn++ % analysers.length];
        const noSidecar = paths.map((p) => !sidecars.has(sidecarPathFor(p)));
        inFlight.push(analyser.call<IndexedFile[]>({ type: 'index', paths, variants: this.variantsBackend === null, noSidecar }));
      }
      if (inFlight.length === 0) break; // a newer run took over
      const results = await inFlight.shift()!;
      keep?.(results);
      const [q, f] = this.file(...results);
      quotes += q;
      failures += f;
      done += results.length;
      const now = performance.now();
      if (onProgress && (now - lastReport > 200 || done === files.length)) {
        lastReport = now;
        onProgress({ done: progress.before + done, total: progress.total });
      }
      if (!backend.threaded) await yieldToEventLoop();
    }
    return [quotes, failures];
  }

  /** Collects the article files under `dir` into `out`, and every sidecar file seen into `sidecars`. */
  private async walk(root: string, dir: string, out: string[], sidecars: Set<string>): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) await this.walk(root, path, out, sidecars);
      } else if (isSidecarPath(path)) {
        sidecars.add(path);
      } else if (e.isFile() && isArticlePath(path, root, this.patterns)) {
        out.push(path);
      }
    }
  }

  dispose(): void {
    this.backend?.dispose();
    this.variantsBackend?.dispose();
    for (const b of this.extraBackends) b.dispose();
    this.extraBackends = [];
    this.backend = null;
    this.variantsBackend = null;
  }
}

/** The modification time and size of each file, read a batch at a time; a file that cannot be read is left out. */
async function stampAll(files: readonly string[], out: Map<string, FileStamp>): Promise<void> {
  const BATCH = 64;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const stats = await Promise.all(batch.map((f) => stat(f).then((st) => ({ mtimeMs: st.mtimeMs, size: st.size }), () => null)));
    stats.forEach((st, k) => {
      if (st) out.set(batch[k]!, st);
    });
  }
}
