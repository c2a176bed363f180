/**
 * CSV export: one row per quote (RFC 4180: CRLF line ends, fields quoted when they hold a
 * comma, quote or line break). Offsets are UTF-16 code units. A cell that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) gets a leading
 * apostrophe.
 */
import type { ExportDocument, ExportFile } from './types';

export const CSV_COLUMNS = ['file', 'start', 'end', 'quote', 'speaker', 'cue', 'via', 'origin'] as const;

/** Defuses a cell a spreadsheet would treat as a formula. */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
}

/** One CSV field, quoted when needed. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}

export function csvRow(cells: readonly (string | number)[]): string {
  return cells.map((c) => (typeof c === 'number' ? String(c) : csvField(defuseFormula(c)))).join(',') + '\r\n';
}

export function exportCsv(docs: readonly ExportDocument[]): ExportFile[] {
  let out = csvRow(CSV_COLUMNS);
  for (const d of docs) {
    for (const q of d.result.quotes) {
      out += csvRow([d.path, q.start, q.end, q.text, q.speaker?.name ?? '', q.cue?.text ?? '', q.via?.name ?? '', q.origin]);
    }
  }
  return [{ relativePath: 'news-annotator.csv', content: out }];
}
