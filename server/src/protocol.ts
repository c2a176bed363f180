/**
 * The custom messages between the News Annotator client and its language server.
 * Both sides import this one module, so a method name or a payload shape can only
 * change in one place. Standard LSP requests (tokens, hovers, symbols) are not here.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { AnalysisResult } from './analysis/types';

/**
 * `initializationOptions` of the `initialize` request. Both are optional, so any LSP client
 * (Neovim, the tests) can start the server with none.
 */
export interface InitializationOptions {
  /** The client handles `newsAnnotator/documentStatus`; without it the server uses window/showMessage. */
  documentStatusNotifications?: boolean;
  /** The size limit for clients that do not answer workspace/configuration (default 5). */
  maxFileSizeMB?: number;
  /**
   * A folder the server may write to for this workspace (VS Code's workspace storage): the
   * workspace index keeps its summaries there, so a reopened folder indexes only what changed.
   */
  storagePath?: string;
}

/** How much of a document the server analysed. */
export type DocumentState =
  /** The whole text was analysed. */
  | 'full'
  /** The text is larger than `newsAnnotator.maxFileSizeMB`: only the first part was analysed. */
  | 'degraded'
  /** The text contains NUL characters: it is not an article and was not analysed. */
  | 'binary'
  /** The analysis threw on this text; nothing is highlighted and the server log has the stack. */
  | 'failed';

export interface DocumentStatus {
  uri: string;
  version: number;
  state: DocumentState;
  /** UTF-16 code units of the text that were analysed (0 for a binary file). */
  analysedLength: number;
  /** UTF-16 code units of the whole text. */
  totalLength: number;
  /** A sentence for people, e.g. "Only the first 5 MB of 12.3 MB were analysed …"; empty when `full`. */
  message: string;
}

export interface AnalysisParams {
  /** The URI of an open article document. */
  uri: string;
}

export interface AnalysisResponse {
  uri: string;
  /** The document version the result belongs to. */
  version: number;
  status: DocumentStatus;
  /** Offsets are UTF-16 code units into the document text of `version`. */
  result: AnalysisResult;
}

/**
 * Server -> client (window/logMessage, info): the start of the line the server logs when its
 * start-up warm-up has ended ("Engine warmed up: 212 runs in 400 ms."). The benchmark waits
 * for it before timing requests.
 */
export const WARM_UP_DONE = 'Engine warmed up:';

/** Client -> server: the analysis (quotes, speakers, entities, sources) of an open document's current version. */
export const AnalysisRequest = {
  method: 'newsAnnotator/analysis',
  type: new RequestType<AnalysisParams, AnalysisResponse, void>('newsAnnotator/analysis'),
} as const;

/** Server -> client: a document is analysed only in part (too large) or not at all (binary); sent when its state changes. */
export const DocumentStatusNotification = {
  method: 'newsAnnotator/documentStatus',
  type: new NotificationType<DocumentStatus>('newsAnnotator/documentStatus'),
} as const;

// ---- annotation commands (client -> server); offsets are UTF-16 code units of the open document

/** What an annotation command asks the server to do. */
export type AnnotationAction =
  | { kind: 'markQuote'; start: number; end: number }
  | { kind: 'markEntity'; start: number; end: number; entityType: 'PERSON' | 'ORG' | 'PLACE' | 'DATE' }
  | { kind: 'setSpeaker'; offset: number; name: string; speakerKind: 'person' | 'organization' | 'unnamed' }
  | { kind: 'accept'; offset: number }
  | { kind: 'reject'; offset: number }
  /** An empty note removes the note. */
  | { kind: 'note'; offset: number; note: string }
  | { kind: 'remove'; offset: number }
  | { kind: 'toggleClass'; offset: number }
  | { kind: 'undo' }
  | { kind: 'redo' };

export interface AnnotateParams {
  uri: string;
  action: AnnotationAction;
}

/** Why an annotation command did nothing. */
export type AnnotateProblem = 'corrupt-sidecar' | 'no-target' | 'not-a-file' | 'write-failed' | 'nothing-to-do' | 'bad-range';

export interface AnnotateResult {
  ok: boolean;
  /** A sentence for people: what was done, or why nothing was. */
  message: string;
  problem?: AnnotateProblem;
  /** The sidecar file the annotations live in (for "Open File"). */
  sidecarPath?: string;
}

/** Client -> server: apply one annotation command to an open article; the server saves the sidecar and refreshes tokens. */
export const AnnotateRequest = {
  method: 'newsAnnotator/annotate',
  type: new RequestType<AnnotateParams, AnnotateResult, void>('newsAnnotator/annotate'),
} as const;

export interface TargetParams {
  uri: string;
  offset: number;
}

export interface TargetInfo {
  /** The quote covering the offset, if any. */
  quote: { start: number; end: number; text: string; kind: 'quote' | 'scare'; speaker: string | null; origin: 'auto' | 'manual'; note: string | null } | null;
  /** The entity mention covering the offset, if any. */
  entity: { start: number; end: number; name: string; type: 'PERSON' | 'ORG' | 'PLACE' | 'DATE'; origin: 'auto' | 'manual'; note: string | null } | null;
  /** People and organisations of the article, for the speaker quick pick (most quoted first). */
  candidates: { name: string; kind: 'person' | 'organization' | 'unnamed'; quotes: number }[];
}

/** Client -> server: what sits at an offset (for quick picks and note prefill). */
export const TargetRequest = {
  method: 'newsAnnotator/target',
  type: new RequestType<TargetParams, TargetInfo, void>('newsAnnotator/target'),
} as const;

export interface OrphanInfo {
  id: string;
  kind: string;
  /** The text the annotation was anchored to. */
  exact: string;
  reason: string;
}

export interface OrphansResult {
  uri: string;
  sidecarPath: string | null;
  orphans: OrphanInfo[];
}

/** Client -> server: annotations of an article that no longer fit its text (kept in the sidecar). */
export const OrphansRequest = {
  method: 'newsAnnotator/orphans',
  type: new RequestType<{ uri: string }, OrphansResult, void>('newsAnnotator/orphans'),
} as const;

export interface SidecarProblem {
  uri: string;
  sidecarPath: string;
  message: string;
}

/** Server -> client: an article's sidecar cannot be read; it is left untouched and nothing is saved to it. */
export const SidecarProblemNotification = {
  method: 'newsAnnotator/sidecarProblem',
  type: new NotificationType<SidecarProblem>('newsAnnotator/sidecarProblem'),
} as const;

// ---- workspace index, sources, variants, profile, export

export interface IndexWorkspaceParams {
  /** Folder URIs to index; default: the workspace folders of `initialize`. */
  folders?: string[];
  /** Glob patterns of plain-text article files (besides *.article and *.news); default: newsAnnotator.filePatterns' default. */
  filePatterns?: string[];
  /** A work-done progress token the client listens on. */
  workDoneToken?: string | number;
}

export interface IndexWorkspaceResult {
  files: number;
  quotes: number;
  /** Files that could not be read or analysed. */
  failures: number;
  ms: number;
}

/**
 * Client -> server: index the article files of the workspace in the background (between
 * other requests) and answer when done. The bench uses it too.
 */
export const IndexWorkspaceRequest = {
  method: 'newsAnnotator/indexWorkspace',
  type: new RequestType<IndexWorkspaceParams, IndexWorkspaceResult, void>('newsAnnotator/indexWorkspace'),
} as const;

export type SourcesScope = 'article' | 'workspace';

export interface SourceQuoteRef {
  uri: string;
  start: number;
  end: number;
  /** Shortened quote text. */
  text: string;
  kind: 'quote' | 'scare';
}

export interface SourceEntry {
  name: string;
  kind: 'person' | 'organization' | 'unnamed' | 'channel';
  count: number;
  quotes: SourceQuoteRef[];
}

export interface SourcesModel {
  scope: SourcesScope;
  /** Articles the model covers. */
  articles: number;
  people: SourceEntry[];
  organisations: SourceEntry[];
  unnamed: SourceEntry[];
  channels: SourceEntry[];
  /** True while the workspace index is still being built. */
  indexing: boolean;
}

export interface SourcesParams {
  scope: SourcesScope;
  /** The article for scope `article`. */
  uri?: string;
  /** Case-insensitive text that a speaker's name or one of the quotes must contain. */
  filter?: string;
}

/** Client -> server: speakers and channels with their quotes, for the active article or the workspace. */
export const SourcesRequest = {
  method: 'newsAnnotator/sources',
  type: new RequestType<SourcesParams, SourcesModel, void>('newsAnnotator/sources'),
} as const;

export interface VariantGroupView {
  id: string;
  documents: number;
  members: { uri: string; start: number; end: number; text: string; speaker: string | null }[];
}

/** Client -> server: groups of quotes that report the same statement in different words, across the indexed workspace. */
export const VariantsRequest = {
  method: 'newsAnnotator/variants',
  type: new RequestType<Record<string, never>, VariantGroupView[], void>('newsAnnotator/variants'),
} as const;

export interface SourcingProfile {
  scope: SourcesScope;
  articles: number;
  quotes: number;
  attributed: number;
  named: number;
  unnamed: number;
  people: number;
  organisations: number;
  viaChannel: number;
  scare: number;
  topSpeakers: { name: string; kind: string; quotes: number }[];
}

/** Client -> server: the sourcing profile of an article or the workspace, with its CSV. */
export const ProfileRequest = {
  method: 'newsAnnotator/profile',
  type: new RequestType<{ scope: SourcesScope; uri?: string }, { profile: SourcingProfile; csv: string }, void>('newsAnnotator/profile'),
} as const;

export interface ExportParams {
  scope: SourcesScope;
  uri?: string;
  format: 'json' | 'csv' | 'w3c' | 'brat' | 'conll';
}

export interface ExportResult {
  documents: number;
  /** Relative paths (never absolute, never with ..) and contents; the client writes them. */
  files: { relativePath: string; content: string }[];
}

/** Client -> server: the export files of an article or the workspace, annotations applied. */
export const ExportRequest = {
  method: 'newsAnnotator/export',
  type: new RequestType<ExportParams, ExportResult, void>('newsAnnotator/export'),
} as const;

/** Client -> server: merge a brat .ann file into the sidecar of an open article. */
export const ImportBratRequest = {
  method: 'newsAnnotator/importBrat',
  type: new RequestType<{ uri: string; ann: string }, AnnotateResult, void>('newsAnnotator/importBrat'),
} as const;
