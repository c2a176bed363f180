import type { AnalysisResult, AnalyzeOptions, Quote } from './types';
import { findParagraphs } from './structure';
import { findQuotes, type QuoteSpan } from './quotes';

/**
 * Analyses one article: its quotes, who said them and through which channel, and the named
 * entities. Offsets are UTF-16 code units. Pure: no editor or protocol imports; never throws
 * on any string (lone surrogates, NUL, CR/CRLF mixes, megabyte lines).
 *
 * The steps run in this order, and the order matters:
 * 1. structure   – paragraphs (lines); quotes and speaker cues never cross them.
 * 2. quotes      – quote spans; every later step needs to know what is inside a quote,
 *                  because names and verbs inside quotes are not attribution cues.
 * 3. classify    – quote kind: a short quote that nothing attributes is a scare quote.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const limit = options.maxLength === undefined ? text.length : Math.max(0, Math.min(options.maxLength, text.length));
  findParagraphs(text, limit);
  const spans = findQuotes(text, limit);
  const quotes = spans.map((span, i) => toQuote(span, i));
  return { quotes, entities: [], sources: [] };
}

function toQuote(span: QuoteSpan, index: number): Quote {
  return {
    id: `q${index + 1}`,
    start: span.start,
    end: span.end,
    contentStart: span.contentStart,
    contentEnd: span.contentEnd,
    text: span.text,
    open: span.open,
    close: span.close,
    unclosed: span.unclosed,
    kind: isShort(span.text) ? 'scare' : 'quote',
    speaker: null,
    cue: null,
    stance: null,
    via: null,
    rule: null,
    confidence: 0,
    origin: 'auto',
  };
}

/** A few words and no sentence of its own: what scare quotes and quoted titles look like. */
export function isShort(content: string): boolean {
  const words = content.trim().split(/\s+/).filter((w) => w.length > 0);
  return words.length <= 4;
}
