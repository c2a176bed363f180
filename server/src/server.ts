/**
 * The News Annotator language server: wiring only. Documents are synced incrementally;
 * analysis runs lazily on the first request for a document version and is cached
 * (features/cache.ts); LSP shapes are built in features/*.
 */
import {
  type Connection,
  createConnection,
  type DocumentSymbol,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ErrorCodes,
  type SemanticTokens,
  type SemanticTokensDelta,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './analysis/analyze';
import { AnalysisRequest, WARM_UP_DONE, type DocumentState, type DocumentStatus, DocumentStatusNotification, type InitializationOptions } from './protocol';
import { AnalysisCache, type AnalysedDocument, defaultSettings, derived, type DocumentSettings, sanitizeSettings } from './features/cache';
import { guard } from './features/guard';
import { warmUp } from './features/warmUp';
import { WARM_UP_TEXTS } from './features/warmUpText';
import { hoverAt } from './features/hover';
import { buildIndex } from './features/lookup';
import { diffTokenData, encodeTokens, legend, tokenSpans } from './features/semanticTokens';
import { documentSymbols } from './features/symbols';
import { registerUiRequests } from './features/uiRequests';

const connection: Connection = createConnection(ProposedFeatures.all);
// Each change is clamped to the text before it is applied: vscode-languageserver-textdocument
// 1.0.12 splices its line table at the raw line number, so a range past the last line (which a
// client may send) leaves holes in it and the server's text drifts from the editor's.
const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  update: (doc, changes, version) => {
    for (const change of changes) {
      const clamped =
        'range' in change
          ? { ...change, range: { start: doc.positionAt(doc.offsetAt(change.range.start)), end: doc.positionAt(doc.offsetAt(change.range.end)) } }
          : change;
      TextDocument.update(doc, [clamped], version);
    }
    return TextDocument.update(doc, [], version);
  },
});
const cache = new AnalysisCache();
const log = {
  error: (message: string) => connection.console.error(message),
  info: (message: string) => connection.console.info(message),
};

let configurationSupport = false;
let refreshSupport = false;
/** Our own client shows document status itself; other clients get window/showMessage. */
let statusByNotification = false;
let initSettings: DocumentSettings = defaultSettings;

// Annotation commands, sources, variants, profile and export (features/uiRequests.ts).
const ui = registerUiRequests({
  connection,
  documents,
  analysed: (uri) => analysed(uri),
  refreshTokens: () => {
    if (refreshSupport) void connection.languages.semanticTokens.refresh();
  },
  log,
});

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  configurationSupport = caps.workspace?.configuration === true;
  refreshSupport = caps.workspace?.semanticTokens?.refreshSupport === true;
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  statusByNotification = options.documentStatusNotifications === true;
  initSettings = sanitizeSettings(options);
  likelySettings = initSettings;
  ui.initialize(params);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      semanticTokensProvider: { legend, full: { delta: true }, range: true },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Quotes by speaker' },
    },
    serverInfo: { name: 'news-annotator', version: '0.1.0' },
  };
});

// ---- warm-up: the engine and the request paths run on built-in text while the server starts
// (features/warmUp.ts), so the user's first documents meet compiled code, not a cold engine.

const WARM_UP_BUDGET_MS = 400;
const WARM_UP_MAX_RUNS = 600;
/** Once documents are open, warm-up runs (a millisecond or two each) are this far apart. */
const WARM_UP_SPACING_MS = 25;

function warmUpOnce(text: string): void {
  const doc = TextDocument.create('untitled:warm-up', 'news-article', 1, text);
  const result = analyze(text);
  encodeTokens(tokenSpans(result), doc, text);
  const index = buildIndex(result);
  for (const q of result.quotes) hoverAt(index, q.contentStart);
  for (const e of result.entities) hoverAt(index, e.mentions[0]?.start ?? 0);
  documentSymbols(result, doc);
}

connection.onInitialized(() => {
  warmUp(
    (i) => warmUpOnce(WARM_UP_TEXTS[i % WARM_UP_TEXTS.length]),
    { budgetMs: WARM_UP_BUDGET_MS, maxRuns: WARM_UP_MAX_RUNS, busy: () => documents.all().length > 0, spacingMs: WARM_UP_SPACING_MS },
    (report) => {
      if (report.ended === 'failed') {
        const err = report.error;
        log.error(`The analysis engine failed on its warm-up text: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      } else {
        log.info(`${WARM_UP_DONE} ${report.runs} runs in ${Math.round(report.ms)} ms.`);
      }
    },
  );
});

// ---- settings, read per resource and cached until they change or the document closes

const settingsCache = new Map<string, DocumentSettings>();
/** The settings the editor last sent for any document: most documents share them. */
let likelySettings: DocumentSettings = defaultSettings;
const settingsPending = new Map<string, Promise<DocumentSettings>>();

function settingsFor(uri: string): DocumentSettings | Promise<DocumentSettings> {
  if (!configurationSupport) return initSettings;
  const known = settingsCache.get(uri);
  if (known) return known;
  let pending = settingsPending.get(uri);
  if (!pending) {
    pending = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'newsAnnotator' })
      .then(
        (raw: unknown) => sanitizeSettings(raw),
        (err: unknown) => {
          log.error(`Reading settings for ${uri} failed, using defaults: ${err instanceof Error ? err.message : String(err)}`);
          return initSettings;
        },
      )
      .then((settings) => {
        likelySettings = settings;
        if (settingsPending.get(uri) === pending) {
          settingsPending.delete(uri);
          settingsCache.set(uri, settings);
        }
        return settings;
      });
    settingsPending.set(uri, pending);
  }
  return pending;
}

connection.onDidChangeConfiguration(() => {
  // Settings are fetched again; cached analyses stay valid for as long as the size limit
  // they were made under is unchanged (the cache compares it).
  settingsCache.clear();
  settingsPending.clear();
  for (const doc of documents.all()) void reportStatus(doc).catch((err) => log.error(`status: ${String(err)}`));
  if (refreshSupport) void connection.languages.semanticTokens.refresh();
});

// ---- analysis of the current version, checked again after every await

async function analysed(uri: string): Promise<{ doc: TextDocument; entry: AnalysedDocument } | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const doc = documents.get(uri);
    if (!doc) return null;
    const pending = settingsFor(uri);
    let settings: DocumentSettings;
    if (pending instanceof Promise) {
      // Analyse under the likely settings while the editor answers, instead of waiting
      // idle for the round trip; the cache keeps that analysis if the settings that
      // arrive cut the text at the same place (features/cache.ts sameCut).
      cache.get(doc, likelySettings);
      settings = await pending;
    } else {
      settings = pending;
    }
    const now = documents.get(uri);
    if (!now) return null;
    if (now.version !== doc.version) continue; // edited while the settings arrived: start over
    const entry = cache.get(doc, settings);
    ui.overlay(doc, entry);
    if (!entry.memo.has('statusReported')) {
      entry.memo.set('statusReported', true);
      if (entry.status.state === 'failed') {
        const err = entry.error;
        log.error(`Analysis of ${uri} (version ${doc.version}) failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      }
      publishStatus(entry.status);
    }
    return { doc, entry };
  }
  throw new ResponseError(LSPErrorCodes.ContentModified, 'The document kept changing while it was being analysed.');
}

// ---- document status (binary / too large / analysis failed), reported when it changes

const lastState = new Map<string, DocumentState>();

async function reportStatus(doc: TextDocument): Promise<void> {
  const pending = settingsFor(doc.uri);
  const settings = pending instanceof Promise ? await pending : pending;
  const now = documents.get(doc.uri);
  if (!now || now.version !== doc.version) return; // a newer version reports for itself
  const status = cache.statusOf(doc, settings);
  // Whether a failed analysis is fixed is for the next analysis to say, not for this check.
  if (status.state === 'full' && lastState.get(doc.uri) === 'failed') return;
  publishStatus(status);
}

/** Tells the editor about a document's state when it differs from what it last heard. */
function publishStatus(status: DocumentStatus): void {
  const before = lastState.get(status.uri) ?? 'full';
  lastState.set(status.uri, status.state);
  if (status.state === before) return;
  if (status.state !== 'full') log.info(`${status.uri}: ${status.message}`);
  if (statusByNotification) void connection.sendNotification(DocumentStatusNotification.type, status);
  else if (status.state !== 'full') {
    const type = status.state === 'degraded' ? MessageType.Warning : MessageType.Error;
    void connection.sendNotification(ShowMessageNotification.type, { type, message: `News Annotator: ${status.message}` });
  }
}

// ---- analysis ahead of time, once typing pauses
// Editors ask for tokens a few hundred milliseconds after the last keystroke; analysing
// when the document has been quiet for a moment means that answer is usually ready. A
// request that comes first analyses on the spot, and this pass then finds it cached.

const IDLE_MS = 120;
const idleTimers = new Map<string, NodeJS.Timeout>();

function analyseWhenIdle(uri: string): void {
  clearTimeout(idleTimers.get(uri));
  const timer = setTimeout(() => {
    idleTimers.delete(uri);
    analysed(uri)
      .then((found) => {
        if (found && found.entry.status.state !== 'binary') fullTokenData(found.doc, found.entry);
      })
      .catch((err) => {
        if (!(err instanceof ResponseError)) log.error(`Background analysis of ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      });
  }, IDLE_MS);
  timer.unref?.();
  idleTimers.set(uri, timer);
}

documents.onDidOpen((e) => ui.opened(e.document.uri));
// TextDocuments fires onDidChangeContent on open too: one handler sees every version once.
documents.onDidChangeContent((e) => {
  void reportStatus(e.document).catch((err) => log.error(`status: ${String(err)}`));
  analyseWhenIdle(e.document.uri);
});
documents.onDidClose((e) => {
  const uri = e.document.uri;
  clearTimeout(idleTimers.get(uri));
  idleTimers.delete(uri);
  cache.delete(uri);
  settingsCache.delete(uri);
  settingsPending.delete(uri);
  lastState.delete(uri);
  lastTokens.delete(uri);
  ui.closed(uri);
});

// ---- semantic tokens (full, delta, range)

const lastTokens = new Map<string, { resultId: string; data: number[] }>();
let resultCounter = 0;

function fullTokenData(doc: TextDocument, entry: AnalysedDocument): number[] {
  const spans = derived(entry, 'tokenSpans', () => tokenSpans(entry.result));
  return derived(entry, 'tokenData', () => encodeTokens(spans, doc, doc.getText()));
}

function remember(uri: string, data: number[]): string {
  const resultId = String(++resultCounter);
  lastTokens.set(uri, { resultId, data });
  return resultId;
}

connection.languages.semanticTokens.on(
  guard('semantic tokens', log, async (params): Promise<SemanticTokens> => {
    const found = await analysed(params.textDocument.uri);
    if (!found) return { data: [] };
    const data = fullTokenData(found.doc, found.entry);
    return { resultId: remember(params.textDocument.uri, data), data };
  }),
);

connection.languages.semanticTokens.onDelta(
  guard('semantic tokens (delta)', log, async (params): Promise<SemanticTokens | SemanticTokensDelta> => {
    const uri = params.textDocument.uri;
    const found = await analysed(uri);
    if (!found) return { data: [] };
    const data = fullTokenData(found.doc, found.entry);
    const previous = lastTokens.get(uri);
    const resultId = remember(uri, data);
    if (previous && previous.resultId === params.previousResultId) {
      return { resultId, edits: diffTokenData(previous.data, data) };
    }
    return { resultId, data };
  }),
);

connection.languages.semanticTokens.onRange(
  guard('semantic tokens (range)', log, async (params): Promise<SemanticTokens> => {
    const found = await analysed(params.textDocument.uri);
    if (!found) return { data: [] };
    const { doc, entry } = found;
    const spans = derived(entry, 'tokenSpans', () => tokenSpans(entry.result));
    const range = { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) };
    return { data: encodeTokens(spans, doc, doc.getText(), range) };
  }),
);

// ---- hover and outline

connection.onHover(
  guard('hover', log, async (params): Promise<Hover | null> => {
    const found = await analysed(params.textDocument.uri);
    if (!found) return null;
    const { doc, entry } = found;
    const index = derived(entry, 'index', () => buildIndex(entry.result));
    const info = hoverAt(index, doc.offsetAt(params.position));
    if (!info) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: info.markdown + (await ui.hoverExtra(doc.uri, entry.result, doc.offsetAt(params.position))) },
      range: { start: doc.positionAt(info.span.start), end: doc.positionAt(info.span.end) },
    };
  }),
);

connection.onDocumentSymbol(
  guard('document symbols', log, async (params): Promise<DocumentSymbol[]> => {
    const found = await analysed(params.textDocument.uri);
    if (!found) return [];
    const { doc, entry } = found;
    return derived(entry, 'symbols', () => documentSymbols(entry.result, doc));
  }),
);

// ---- custom requests (server/src/protocol.ts)

connection.onRequest(
  AnalysisRequest.type,
  guard('analysis', log, async (params) => {
    const uri = params?.uri;
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'newsAnnotator/analysis needs { uri: string }.');
    const found = await analysed(uri);
    if (!found) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not open in the editor, so the server has no text for it.`);
    return { uri, version: found.entry.version, status: found.entry.status, result: found.entry.result };
  }),
);

documents.listen(connection);
connection.listen();
