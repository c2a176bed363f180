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
