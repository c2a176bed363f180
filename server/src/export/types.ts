/**
 * What the exporters take and give. Pure data; the CLI and the extension write the files.
 */
import type { AnalysisResult } from '../analysis/types';

/** One article after applyAnnotations: its path (as shown to the user), its text, and the result. */
export interface ExportDocument {
  path: string;
  text: string;
  result: AnalysisResult;
  /** An IRI for the article (W3C export `source`); defaults to `path`. */
  uri?: string;
  /**
   * Quote id -> id of its quote-variant group across the exported articles (null: no variant).
   * When given, the JSON export writes it as each quote's `variantGroup`.
   */
  variantGroups?: ReadonlyMap<string, string | null>;
}

/** A file to write, relative to the folder the user chose. Never absolute, never with `..`. */
export interface ExportFile {
  relativePath: string;
  content: string;
}

export type ExportFormat = 'json' | 'csv' | 'w3c' | 'brat' | 'conll';
