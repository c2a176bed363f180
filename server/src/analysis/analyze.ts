import type { AnalysisResult, AnalyzeOptions } from './types';

/**
 * Analyses one article: quotes, who said them, and the named entities.
 * Offsets are UTF-16 code units. Pure: no editor or protocol imports.
 */
export function analyze(text: string, _options: AnalyzeOptions = {}): AnalysisResult {
  // Replaced by the real pipeline (quotes -> entities -> attribution -> channels).
  void text;
  return { quotes: [], entities: [], sources: [] };
}
