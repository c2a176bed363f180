/**
 * Wiring of the UI requests (protocol.ts) to the annotation service and the workspace
 * index: annotation commands, sources, variants, profile, export, brat import, watched
 * file changes and the variant part of quote hovers. server.ts calls `registerUiRequests`
 * once and routes its analyses through `overlay`.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Connection,
  ErrorCodes,
  FileChangeType,
  type InitializeParams,
  ResponseError,
  type TextDocuments,
  WorkDoneProgress,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from '../analysis/types';
import type { VariantGroup } from '../analysis/variants';
import { renderDiffMarkdown, wordDiff } from '../analysis/wordDiff';
import { isSidecarPath } from '../annotations';
import { exportDocuments, type ExportDocument, isExportFormat } from '../export';
import { importBrat } from '../export/bratImport';
import {
  AnnotateRequest,
  ExportRequest,
  ImportBratRequest,
  IndexWorkspaceRequest,
  OrphansRequest,
  ProfileRequest,
  SidecarProblemNotification,
  SourcesRequest,
  TargetRequest,
  type VariantGroupView,
  VariantsRequest,
} from '../protocol';
import { AnnotationService, filePathOf, quoteAtOffset } from './annotationHandlers';
import type { AnalysedDocument } from './cache';
import { escapeMarkdown, excerpt } from './hover';
import { type ArticleSummary, buildSources, profileCsv, sourcingProfile, summarise } from './sourcesModel';
import { WorkspaceIndex, analyseFile } from './workspaceIndex';
import { IndexCache } from './indexCache';
import type { InitializationOptions } from '../protocol';

export interface UiDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The analysis of an open document's current version (overlaid), or null when it is not open. */
  analysed(uri: string): Promise<{ doc: TextDocument; entry: AnalysedDocument } | null>;
  /** Asks the editor to fetch semantic tokens again (when it supports that). */
  refreshTokens(): void;
  log: { error(message: string): void; info(message: string): void };
}

/** The command a hover link runs to open a quote: `newsAnnotator.openQuote` with [uri, start, end]. */
export const OPEN_QUOTE_COMMAND = 'newsAnnotator.openQuote';
/** How many variants a quote hover lists. */
export const VARIANTS_LISTED = 5;

function bad(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

export interface UiRequests {
  annotations: AnnotationService;
  index: WorkspaceIndex;
  initialize(params: InitializeParams): void;
  /** A document opened: its sidecar is looked for in the background. */
  opened(uri: string): void;
  /** Lays the annotations over a freshly got analysis (cheap when nothing changed). */
  overlay(doc: TextDocument, entry: AnalysedDocument): void;
  closed(uri: string): void;
  /** Markdown to append to the hover at `offset` (the quote's variants), or ''. */
  hoverExtra(uri: string, result: AnalysisResult, offset: number): Promise<string>;
}

/**
 * What identifies the analysis engine for the index cache: the bundled worker that runs it
 * (its size and time change with every build), or "sources" when running unbundled.
 */
function engineVersion(): string {
  try {
    const st = statSync(join(__dirname, 'indexWorker.js'));
    return `${st.size}:${Math.round(st.mtimeMs)}`;
  } catch {
    return 'sources';
  }
}

export function registerUiRequests(deps: UiDeps): UiRequests {
  const { connection, documents, log } = deps;
  const annotations = new AnnotationService((problem) => {
    log.error(`${problem.uri}: ${problem.message}`);
    void connection.sendNotification(SidecarProblemNotification.type, problem);
  });
  // Bundled beside dist/server.js; missing when run from sources, then indexing stays on this thread.
  const index = new WorkspaceIndex({ workerPath: join(__dirname, 'indexWorker.js') });
  let workspaceFolders: string[] = [];

  const requireOpen = async (uri: unknown): Promise<{ doc: TextDocument; entry: AnalysedDocument }> => {
    if (typeof uri !== 'string') throw bad('The request needs { uri: string }.');
    const found = await deps.analysed(uri);
    if (!found) throw bad(`${uri} is not open in the editor, so the server has no text for it.`);
    return found;
  };

  /** Summaries for a scope: the open article's live analysis, or the index with open articles' live analyses. */
  const summariesFor = async (scope: unknown, uri: unknown): Promise<ArticleSummary[]> => {
    if (scope === 'article') {
      const { entry } = await requireOpen(uri);
      return [summarise(entry.uri, entry.result)];
    }
    if (scope !== 'workspace') throw bad('scope must be "article" or "workspace".');
    const byUri = new Map(index.all().map((s) => [s.uri, s] as const));
    for (const doc of documents.all()) {
      if (!byUri.has(doc.uri)) continue;
      const found = await deps.analysed(doc.uri);
      if (found) byUri.set(doc.uri, summarise(doc.uri, found.entry.result));
    }
    return [...byUri.values()];
  };

  connection.onRequest(AnnotateRequest.type, async (params) => {
    const { doc, entry } = await requireOpen(params?.uri);
    if (!params.action || typeof params.action.kind !== 'string') throw bad('The request needs an action.');
    const result = annotations.annotate(doc.uri, doc.getText(), entry, params.action);
    if (result.ok) {
      deps.refreshTokens();
      const path = filePathOf(doc.uri);
      if (path && index.covers(path)) void index.updateFile(path);
    }
    return result;
  });

  connection.onRequest(TargetRequest.type, async (params) => {
    const { entry } = await requireOpen(params?.uri);
    if (typeof params.offset !== 'number') throw bad('The request needs { uri, offset }.');
    return annotations.target(entry, params.offset);
  });

  connection.onRequest(OrphansRequest.type, async (params) => {
    const { doc, entry } = await requireOpen(params?.uri);
    return annotations.orphans(doc.uri, entry);
  });

  connection.onRequest(IndexWorkspaceRequest.type, async (params) => {
    const folders = params?.folders ?? workspaceFolders;
    if (!Array.isArray(folders) || folders.some((f) => typeof f !== 'string')) throw bad('folders must be a list of folder URIs.');
    const token = params?.workDoneToken;
    const title = 'News Annotator: indexing articles';
    if (token !== undefined) void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'begin', title, percentage: 0, cancellable: false });
    try {
      const result = await index.index(folders, params?.filePatterns ?? undefined, (p) => {
        if (token !== undefined) {
          void connection.sendProgress(WorkDoneProgress.type, token, {
            kind: 'report',
            message: `${p.done} of ${p.total} files`,
            percentage: p.total ? Math.round((100 * p.done) / p.total) : 100,
          });
        }
      });
      log.info(`Indexed ${result.files} article files (${result.quotes} quotes, ${result.failures} unreadable) in ${result.ms} ms.`);
      return result;
    } finally {
      if (token !== undefined) void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'end' });
    }
  });

  connection.onRequest(SourcesRequest.type, async (params) => {
    const summaries = await summariesFor(params?.scope, params?.uri);
    return buildSources(summaries, params.scope, typeof params.filter === 'string' ? params.filter : '', params.scope === 'workspace' && index.indexing);
  });

  connection.onRequest(VariantsRequest.type, async (): Promise<VariantGroupView[]> =>
    (await index.groups())
      .filter((g) => g.members.length > 1)
      .sort((a, b) => b.documents - a.documents || b.members.length - a.members.length)
      .map((g) => ({
        id: g.id,
        documents: g.documents,
        members: g.members.map((m) => ({ uri: m.uri, start: m.start, end: m.end, text: m.text, speaker: m.speaker })),
      })),
  );

  connection.onRequest(ProfileRequest.type, async (params) => {
    const summaries = await summariesFor(params?.scope, params?.uri);
    const profile = sourcingProfile(summaries, params.scope);
    return { profile, csv: profileCsv(profile) };
  });

  connection.onRequest(ExportRequest.type, async (params) => {
    if (!params || typeof params.format !== 'string' || !isExportFormat(params.format)) {
      throw bad('format must be one of json, csv, w3c, brat, conll.');
    }
    const docs: ExportDocument[] = [];
    if (params.scope === 'article') {
      const { doc, entry } = await requireOpen(params.uri);
      const path = filePathOf(doc.uri);
      docs.push({ path: path ? basename(path) : doc.uri, text: doc.getText(), result: entry.result, uri: doc.uri });
    } else if (params.scope === 'workspace') {
      for (const s of index.all()) {
        const open = documents.get(s.uri);
        const path = fileURLToPath(s.uri);
        if (open) {
          const found = await deps.analysed(s.uri);
          if (found) docs.push({ path: relativeToRoot(path), text: open.getText(), result: found.entry.result, uri: s.uri });
          continue;
        }
        try {
          const text = await readFile(path, 'utf8');
          docs.push({ path: relativeToRoot(path), text, result: analyseFile(path, text), uri: s.uri });
        } catch (err) {
          log.error(`Export skipped ${path}: ${describe(err)}`);
        }
      }
      if (docs.length === 0) throw bad('The workspace index has no articles yet: wait for indexing to finish, or open an article.');
    } else {
      throw bad('scope must be "article" or "workspace".');
    }
    if (params.format === 'json') await addVariantGroups(docs);
    const files = exportDocuments(params.format, docs);
    return { documents: docs.length, files };
  });

  connection.onRequest(ImportBratRequest.type, async (params) => {
    const { doc, entry } = await requireOpen(params?.uri);
    if (typeof params.ann !== 'string') throw bad('The request needs { uri, ann }.');
    const text = doc.getText();
    const imported = importBrat(params.ann, text);
    if (!imported.ok) return { ok: false, problem: 'bad-range' as const, message: `The .ann file does not fit this article: ${imported.errors.slice(0, 3).join('; ')}` };
    void entry;
    const result = annotations.importAnnotations(doc.uri, text, imported.annotations, 'Import brat');
    if (result.ok) deps.refreshTokens();
    return result;
  });

  connection.onDidChangeWatchedFiles((params) => {
    let refresh = false;
    for (const change of params.changes) {
      const path = filePathOf(change.uri);
      if (!path) continue;
      if (isSidecarPath(path)) {
        if (annotations.sidecarChanged(path)) refresh = true;
        const article = path.slice(0, -'.annotations.json'.length);
        if (index.covers(article)) void index.updateFile(article);
      } else if (index.covers(path)) {
        if (change.type === FileChangeType.Deleted) index.remove(change.uri);
        else void index.updateFile(path);
      }
    }
    if (refresh) deps.refreshTokens();
  });

  function relativeToRoot(path: string): string {
    for (const f of workspaceFolders) {
      const root = filePathOf(f);
      if (root && path.startsWith(root + '/')) return path.slice(root.length + 1);
    }
    return basename(path);
  }

  /** Gives each document the workspace variant group of each of its quotes (the JSON export writes it). */
  async function addVariantGroups(docs: ExportDocument[]): Promise<void> {
    for (const [i, d] of docs.entries()) {
      const groups = new Map<string, string | null>();
      for (const q of d.result.quotes) {
        const group = d.uri ? await variantGroupOf(d.uri, q.id, d.result).catch(() => undefined) : undefined;
        groups.set(q.id, group && group.members.length > 1 ? group.id : null);
      }
      docs[i] = { ...d, variantGroups: groups };
    }
  }

  /** The variant group of a quote of `result`, matched to the index by position or by text. */
  async function variantGroupOf(uri: string, quoteId: string, result: AnalysisResult): Promise<VariantGroup | undefined> {
    const q = result.quotes.find((x) => x.id === quoteId);
    const summary = index.get(uri);
    if (!q || !summary) return undefined;
    const indexed = summary.quotes.find((x) => x.start === q.start && x.end === q.end) ?? summary.quotes.find((x) => x.text === q.text.slice(0, x.text.length));
    return indexed ? index.variantsOf(uri, indexed.id) : undefined;
  }

  return {
    annotations,
    index,
    initialize(params) {
      workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
      if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
      const storage = (params.initializationOptions as InitializationOptions | undefined)?.storagePath;
      if (typeof storage === 'string' && storage.length > 0) {
        index.useCache(new IndexCache(join(storage, 'index-cache.json'), engineVersion(), (message) => log.info(message)));
      }
    },
    opened(uri) {
      void annotations.prefetch(uri);
    },
    overlay(doc, entry) {
      annotations.overlay(doc.uri, doc.getText(), entry);
    },
    closed(uri) {
      annotations.forget(uri);
    },
    async hoverExtra(uri, result, offset) {
      // While indexing or filing variants, the engines are busy and the groups incomplete: no wait in a hover.
      if (index.indexing || index.variantsBusy || index.size === 0) return '';
      const q = quoteAtOffset(result, offset);
      if (!q || q.start > offset) return '';
      const group = await variantGroupOf(uri, q.id, result).catch(() => undefined);
      if (!group) return '';
      const others = group.members.filter((m) => !(m.uri === uri && m.start === q.start));
      if (others.length === 0) return '';
      const lines = [`**Variants** · ${others.length} other wording${others.length === 1 ? '' : 's'} in ${group.documents} article${group.documents === 1 ? '' : 's'}`, ''];
      for (const m of others.slice(0, VARIANTS_LISTED)) {
        const args = encodeURIComponent(JSON.stringify([m.uri, m.start, m.end]));
        const name = escapeMarkdown(basename(fileURLToPath(m.uri)));
        const diff = renderDiffMarkdown(wordDiff(q.text, m.text));
        lines.push(`- [${name}](command:${OPEN_QUOTE_COMMAND}?${args} "Open the quote")${m.speaker ? ` (${escapeMarkdown(m.speaker)})` : ''}: ${diff || escapeMarkdown(excerpt(m.text))}`);
      }
      if (others.length > VARIANTS_LISTED) lines.push(`- …and ${others.length - VARIANTS_LISTED} more (see the Quote variants view)`);
      return `\n\n---\n\n${lines.join('\n')}`;
    },
  };
}
