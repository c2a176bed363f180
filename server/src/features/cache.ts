/**
 * Analysis results per open document, keyed by uri + version (and where the size limit
 * they were computed under cut the text, see `sameCut`). Analysis is lazy: nothing runs until a request needs it, so
 * typing never pays for an analysis that nobody looks at. Derived data (token arrays,
 * lookup indexes) hangs off the entry and dies with it.
 */
import { analyze } from '../analysis/analyze';
import type { AnalysisResult, AnalyzeOptions } from '../analysis/types';
import type { DocumentState, DocumentStatus } from '../protocol';

/** The per-resource settings the server reads (`newsAnnotator.*`). */
export interface DocumentSettings {
  /** Files larger than this are analysed only up to this size (degraded mode). */
  maxFileSizeMB: number;
}

export const defaultSettings: DocumentSettings = { maxFileSizeMB: 5 };

/** What the cache needs from a document: `TextDocument` from vscode-languageserver-textdocument fits. */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface AnalysedDocument {
  uri: string;
  version: number;
  status: DocumentStatus;
  result: AnalysisResult;
  /** Lazily computed data derived from `result` (see `derived`). */
  memo: Map<string, unknown>;
  /** What the analysis threw, when `status.state` is `failed`. */
  error?: unknown;
}

export type Analyzer = (text: string, options?: AnalyzeOptions) => AnalysisResult;

const MB = 1024 * 1024;

function formatMB(codeUnits: number): string {
  const mb = codeUnits / MB;
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1).replace(/\.0$/, '');
}

/** Normalises a user-provided size limit: positive finite numbers only, else the default. */
export function sanitizeSettings(raw: unknown): DocumentSettings {
  const value = (raw as { maxFileSizeMB?: unknown } | null | undefined)?.maxFileSizeMB;
  const maxFileSizeMB = typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : defaultSettings.maxFileSizeMB;
  return { maxFileSizeMB };
}

/** The size limit of `settings` in UTF-16 code units: text past it is not analysed. */
export function limitOf(settings: DocumentSettings): number {
  return Math.max(1, Math.floor(settings.maxFileSizeMB * MB));
}

/**
 * Whether an analysis of a text of `length` code units made under the limit `made` holds
 * under the limit `wanted`: both cut the text at the same place, or neither cuts it.
 * So a settings change (or an analysis started before the settings arrived) costs a new
 * analysis only when it changes what is analysed.
 */
export function sameCut(length: number, made: number, wanted: number): boolean {
  return made === wanted || (length <= made && length <= wanted);
}

/**
 * Decides how much of a text to analyse: NUL characters mean binary (nothing), text
 * over the limit is analysed up to the limit, everything else fully. Cheap: no analysis.
 */
export function classifyText(uri: string, version: number, text: string, settings: DocumentSettings): DocumentStatus {
  const limit = limitOf(settings);
  let state: DocumentState = 'full';
  let analysedLength = text.length;
  let message = '';
  if (text.includes('\u0000')) {
    state = 'binary';
    analysedLength = 0;
    message = 'This file contains NUL bytes, so it looks binary, not like article text. News Annotator did not analyse it.';
  } else if (text.length > limit) {
    state = 'degraded';
    analysedLength = limit;
    message =
      `Only the first ${formatMB(limit)} MB of this ${formatMB(text.length)} MB file were analysed ` +
      `(setting newsAnnotator.maxFileSizeMB = ${settings.maxFileSizeMB}). Quotes and names after that point are not shown.`;
  }
  return { uri, version, state, analysedLength, totalLength: text.length, message };
}

const emptyResult = (): AnalysisResult => ({ quotes: [], entities: [], sources: [] });

/** Runs the analysis a status allows; a binary text yields an empty result. */
export function analyseFor(status: DocumentStatus, text: string, analyzer: Analyzer = analyze): AnalysisResult {
  if (status.state === 'binary') return emptyResult();
  if (status.state === 'degraded') return analyzer(text, { maxLength: status.analysedLength });
  return analyzer(text);
}

interface Slot {
  entry: AnalysedDocument;
  /** The limit (code units) the entry was analysed under. */
  limit: number;
}

/** Per-uri cache of the latest analysed version; the least recently used entries are dropped past `capacity`. */
export class AnalysisCache {
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly analyzer: Analyzer = analyze,
    private readonly capacity = 64,
  ) {}

  /** The analysis of this exact version, computed now if it is not cached. */
  get(doc: VersionedText, settings: DocumentSettings = defaultSettings): AnalysedDocument {
    const slot = this.slots.get(doc.uri);
    const limit = limitOf(settings);
    if (slot && slot.entry.version === doc.version && sameCut(slot.entry.status.totalLength, slot.limit, limit)) {
      // Refresh recency: Map iteration order is insertion order.
      this.slots.delete(doc.uri);
      this.slots.set(doc.uri, slot);
      return slot.entry;
    }
    const text = doc.getText();
    let status = classifyText(doc.uri, doc.version, text, settings);
    let result: AnalysisResult;
    let error: unknown;
    try {
      result = analyseFor(status, text, this.analyzer);
    } catch (err) {
      // One text the engine cannot handle must not turn every request into an error:
      // the document shows nothing, says why once, and the log keeps the stack.
      error = err;
      result = emptyResult();
      const reason = err instanceof Error ? err.message : String(err);
      status = {
        ...status,
        state: 'failed',
        analysedLength: 0,
        message: `The analysis failed on this text (${reason}), so nothing is highlighted. The "News Annotator" output has the details.`,
      };
    }
    const entry: AnalysedDocument = { uri: doc.uri, version: doc.version, status, result, memo: new Map(), error };
    this.slots.delete(doc.uri);
    this.slots.set(doc.uri, { entry, limit });
    while (this.slots.size > this.capacity) {
      const oldest = this.slots.keys().next().value as string;
      this.slots.delete(oldest);
    }
    return entry;
  }

  /**
   * The status of this version under `settings`: the cached analysis's when there is one
   * that holds for them (no second scan of a large text for NUL characters), else
   * classified now. A failed analysis's status is not reused: it says what the analysis
   * did, not what the text is.
   */
  statusOf(doc: VersionedText, settings: DocumentSettings = defaultSettings): DocumentStatus {
    const slot = this.slots.get(doc.uri);
    if (slot && slot.entry.version === doc.version && slot.entry.status.state !== 'failed' && sameCut(slot.entry.status.totalLength, slot.limit, limitOf(settings))) {
      return slot.entry.status;
    }
    return classifyText(doc.uri, doc.version, doc.getText(), settings);
  }

  /** The cached entry for a uri if it matches `version`, without computing anything. */
  peek(uri: string, version: number): AnalysedDocument | undefined {
    const slot = this.slots.get(uri);
    return slot && slot.entry.version === version ? slot.entry : undefined;
  }

  delete(uri: string): void {
    this.slots.delete(uri);
  }

  clear(): void {
    this.slots.clear();
  }

  get size(): number {
    return this.slots.size;
  }
}

/** Memoises `compute()` on an analysed document under `key`. */
export function derived<T>(entry: AnalysedDocument, key: string, compute: () => T): T {
  if (entry.memo.has(key)) return entry.memo.get(key) as T;
  const value = compute();
  entry.memo.set(key, value);
  return value;
}
