/**
 * The workspace index: every article file under the workspace folders, analysed once in
 * the background and kept as a compact summary (sourcesModel.ts), never as full text.
 * Indexing reads and analyses one file at a time and yields to the event loop after each,
 * so hovers and tokens for open documents are answered in between. Files that change on
 * disk are re-indexed one by one (`update` / `remove`); quote variants across the
 * workspace come from a VariantIndex fed with the summaries.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '../analysis/analyze';
import type { AnalysisResult, Quote } from '../analysis/types';
import { VariantIndex } from '../analysis/variants';
import { applyAnnotations, isSidecarPath, readSidecarAnnotations } from '../annotations';
import { defaultFilePatterns, matchesArticlePatterns } from '../../../client/src/articleFiles';
import { type ArticleSummary, summarise } from './sourcesModel';

/** Folders never worth walking. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);
/** Files larger than this are indexed up to this many UTF-16 code units (as degraded mode does). */
export const INDEX_MAX_LENGTH = 5 * 1024 * 1024;

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

/** Analyses one text with its sidecar (if any and readable) applied. */
export function analyseFile(path: string, text: string): AnalysisResult {
  const auto = analyze(text, text.length > INDEX_MAX_LENGTH ? { maxLength: INDEX_MAX_LENGTH } : {});
  const sidecar = readSidecarAnnotations(path);
  if (sidecar.status !== 'loaded' || sidecar.annotations.length === 0) return auto;
  return applyAnnotations(text, auto, sidecar.annotations).result;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class WorkspaceIndex {
  private readonly summaries = new Map<string, ArticleSummary>();
  readonly variants = new VariantIndex();
  private running: Promise<IndexRunResult> | null = null;
  private runningKey = '';
  private patterns: readonly string[] = defaultFilePatterns;
  private roots: string[] = [];
  private generation = 0;

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

  /** Stores the summary of one article (from a file or from an open document's analysis). */
  put(uri: string, result: AnalysisResult): ArticleSummary {
    const summary = summarise(uri, result);
    this.summaries.set(uri, summary);
    // The variant index needs quotes; the summary's fields are the ones it reads.
    this.variants.update(uri, summary.quotes.map((q) => ({ ...q, speaker: q.speaker ? { name: q.speaker.name } : null }) as unknown as Quote));
    return summary;
  }

  remove(uri: string): void {
    if (this.summaries.delete(uri)) this.variants.remove(uri);
  }

  /** Whether a path belongs in the index under the current roots and patterns. */
  covers(path: string): boolean {
    const root = this.roots.find((r) => path === r || path.startsWith(r.endsWith(sep) ? r : r + sep));
    return root !== undefined && isArticlePath(path, root, this.patterns);
  }

  /** Re-reads one file that changed on disk (or whose sidecar changed); drops it if it is gone. */
  async updateFile(path: string): Promise<void> {
    const uri = pathToFileURL(path).href;
    try {
      const text = await readFile(path, 'utf8');
      if (text.includes('\u0000')) {
        this.remove(uri);
        return;
      }
      this.put(uri, analyseFile(path, text));
    } catch {
      this.remove(uri);
    }
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
    const run = this.run(generation, onProgress).finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  private async run(generation: number, onProgress?: (p: IndexProgress) => void): Promise<IndexRunResult> {
    const t0 = performance.now();
    const files: string[] = [];
    for (const root of this.roots) await this.walk(root, root, files);
    const seen = new Set<string>();
    let failures = 0;
    let quotes = 0;
    let lastReport = 0;
    for (let i = 0; i < files.length; i++) {
      if (generation !== this.generation) break; // a newer run took over
      const path = files[i];
      const uri = pathToFileURL(path).href;
      seen.add(uri);
      try {
        const info = await stat(path);
        if (info.size > 0) {
          const text = await readFile(path, 'utf8');
          if (text.includes('\u0000')) failures++;
          else quotes += this.put(uri, analyseFile(path, text)).quotes.length;
        }
      } catch {
        failures++;
        this.remove(uri);
      }
      const now = performance.now();
      if (onProgress && (now - lastReport > 200 || i === files.length - 1)) {
        lastReport = now;
        onProgress({ done: i + 1, total: files.length });
      }
      await yieldToEventLoop();
    }
    if (generation === this.generation) {
      for (const uri of [...this.summaries.keys()]) if (!seen.has(uri)) this.remove(uri);
    }
    return { files: files.length, quotes, failures, ms: Math.round(performance.now() - t0) };
  }

  private async walk(root: string, dir: string, out: string[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) await this.walk(root, path, out);
      } else if (e.isFile() && isArticlePath(path, root, this.patterns)) {
        out.push(path);
      }
    }
  }
}
