/**
 * The export formats, by name. Each takes the documents (after applyAnnotations) and
 * returns the files to write, relative to the chosen folder. See docs/formats.md.
 */
import { exportBrat } from './brat';
import { exportConll } from './conll';
import { exportCsv } from './csv';
import { exportJson } from './json';
import { assertInside } from './names';
import type { ExportDocument, ExportFile, ExportFormat } from './types';
import { exportW3c } from './w3c';

export type { ExportDocument, ExportFile, ExportFormat } from './types';

export interface FormatInfo {
  run: (docs: readonly ExportDocument[]) => ExportFile[];
  /** True when the format is one file (it can go to stdout or a chosen file name). */
  singleFile: boolean;
  description: string;
}

export const EXPORT_FORMATS: Record<ExportFormat, FormatInfo> = {
  json: { run: exportJson, singleFile: true, description: 'project JSON (news-annotator/1), UTF-16 offsets' },
  csv: { run: exportCsv, singleFile: true, description: 'one row per quote, UTF-16 offsets' },
  w3c: { run: exportW3c, singleFile: true, description: 'W3C Web Annotation JSON-LD collection, code-point positions' },
  brat: { run: exportBrat, singleFile: false, description: 'brat standoff .ann + .txt per article, code-point offsets' },
  conll: { run: exportConll, singleFile: true, description: 'CoNLL IOB2 entity tags, one token per line' },
};

export function isExportFormat(name: string): name is ExportFormat {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, name);
}

/** Runs one export; every file path is checked to stay inside the output folder. */
export function exportDocuments(format: ExportFormat, docs: readonly ExportDocument[]): ExportFile[] {
  return EXPORT_FORMATS[format].run(docs).map((f) => ({ ...f, relativePath: assertInside(f.relativePath) }));
}
