/**
 * Reads quotation markup (`<quote>` and `<q>`) from a GUM vertical-XML file and puts it on the
 * character offsets of the text rebuilt from the CoNLL-U file. The XML has one token per line
 * (tab-separated columns) and one tag per line; its tokens are the CoNLL-U words in the same
 * order, which is checked form by form.
 */
import type { GumDoc } from './conllu';
import type { Span } from '../server/src/analysis/types';

export type QuoteTag = 'quote' | 'q';

export interface GoldQuote extends Span {
  tag: QuoteTag;
  /** Word range (document word indices, end exclusive). */
  firstWord: number;
  endWord: number;
  /** How many `<quote>` elements were merged into this one (see mergeContinuations). */
  parts: number;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface QuoteRange {
  tag: QuoteTag;
  firstWord: number;
  endWord: number;
}

/** The XML's token forms, and its quote elements as word ranges in document order of their opening. */
export function readXmlQuoteRanges(xml: string, docName = 'document'): { ranges: QuoteRange[]; forms: string[] } {
  const forms: string[] = [];
  const open: { tag: QuoteTag; firstWord: number }[] = [];
  const out: QuoteRange[] = [];
  const lines = xml.split(/\r?\n/);
  lines.forEach((line, n) => {
    if (line.includes('\t')) {
      forms.push(unescapeXml(line.split('\t')[0]));
      return;
    }
    const m = /^<(\/?)(quote|q)(?:\s[^>]*)?>$/.exec(line.trim());
    if (!m) return;
    const tag = m[2] as QuoteTag;
    if (m[1] === '') {
      open.push({ tag, firstWord: forms.length });
      return;
    }
    let k = open.length - 1;
    while (k >= 0 && open[k].tag !== tag) k--;
    if (k < 0) throw new Error(`${docName}:${n + 1}: </${tag}> without an opening tag`);
    const [o] = open.splice(k, 1);
    out.push({ tag, firstWord: o.firstWord, endWord: forms.length });
  });
  if (open.length > 0) throw new Error(`${docName}: <${open[0].tag}> opened before word ${open[0].firstWord} is never closed`);
  out.sort((a, b) => a.firstWord - b.firstWord || b.endWord - a.endWord);
  return { ranges: out, forms };
}

const OPENING_MARKS = new Set(['"', '“', '‘', "'", '«', '„', '‚', '‹', '``', '`']);
const CLOSING_MARKS = new Set(['"', '”', '’', "'", '»', '“', '‘', '›', "''"]);

/**
 * GUM closes `<quote>` at every sentence end, so one quotation that runs over two sentences
 * ("to show …  section. We were … intervention.") comes as two elements with only a space
 * between them. They are merged when the first does not end with a closing mark or the
 * second does not begin with an opening mark; two separately marked quotes stay apart.
 */
export function mergeContinuations(quotes: GoldQuote[], doc: GumDoc): GoldQuote[] {
  const out: GoldQuote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.tag === 'quote' &&
      q.tag === 'quote' &&
      prev.endWord === q.firstWord &&
      doc.text.slice(prev.end, q.start).trim() === '' &&
      !doc.text.slice(prev.end, q.start).includes('\n') &&
      (!CLOSING_MARKS.has(doc.words[prev.endWord - 1].form) || !OPENING_MARKS.has(doc.words[q.firstWord].form))
    ) {
      out[out.length - 1] = { ...prev, end: q.end, endWord: q.endWord, parts: prev.parts + q.parts };
      continue;
    }
    out.push(q);
  }
  return out;
}

/** The role of a word as a quotation mark, from its Penn tag (`` opens, '' closes). */
function markRole(doc: GumDoc, i: number): 'open' | 'close' | null {
  const w = doc.words[i];
  if (w.xpos === '``') return 'open';
  if (w.xpos === "''") return 'close';
  return null;
}

/**
 * GUM's `<quote>` is sometimes a block around a whole paragraph, attribution included
 * (`<quote> "We want to thank …," said Bolden to the crowd. "This was …" </quote>`). Inside an
 * element that holds quotation marks, the gold spans are the marked stretches: from an opening
 * mark to the closing mark that balances it, an unopened start running from the element's first
 * word, an unclosed end running to its last word. An element without marks (a pull quote in a
 * caption) stays whole.
 */
export function splitAtMarks(doc: GumDoc, r: { firstWord: number; endWord: number }): { firstWord: number; endWord: number }[] {
  const marks: number[] = [];
  for (let i = r.firstWord; i < r.endWord; i++) if (markRole(doc, i)) marks.push(i);
  if (marks.length === 0) return [r];
  const out: { firstWord: number; endWord: number }[] = [];
  let depth = 0;
  let start: number | null = null;
  for (let i = r.firstWord; i < r.endWord; i++) {
    const role = markRole(doc, i);
    if (role === 'open') {
      if (depth === 0) start = i;
      depth++;
    } else if (role === 'close') {
      if (depth === 0) {
        // closes a quote opened before the element (or in an earlier element): starts at the element
        if (out.length === 0 && start === null) out.push({ firstWord: r.firstWord, endWord: i + 1 });
        continue;
      }
      depth--;
      if (depth === 0 && start !== null) {
        out.push({ firstWord: start, endWord: i + 1 });
        start = null;
      }
    }
  }
  if (depth > 0 && start !== null) out.push({ firstWord: start, endWord: r.endWord });
  return out.length > 0 ? out : [r];
}

/**
 * Gold quote spans of a document on its rebuilt text: `<quote>` elements cut to their marked
 * stretches (splitAtMarks) with continuations merged, and `<q>` elements as they are; each from
 * its first token's start to its last token's end.
 */
export function readGoldQuotes(xml: string, doc: GumDoc): { quotes: GoldQuote[]; qs: GoldQuote[] } {
  const { ranges, forms } = readXmlQuoteRanges(xml, doc.id);
  if (forms.length !== doc.words.length) {
    throw new Error(`${doc.id}: the XML has ${forms.length} tokens but the CoNLL-U has ${doc.words.length} words`);
  }
  forms.forEach((f, i) => {
    if (f !== doc.words[i].form) throw new Error(`${doc.id}: XML token ${i} "${f}" differs from CoNLL-U word "${doc.words[i].form}"`);
  });
  const toSpan = (r: QuoteRange): GoldQuote | null => {
    if (r.endWord <= r.firstWord) return null; // an empty element covers no text
    return { tag: r.tag, firstWord: r.firstWord, endWord: r.endWord, start: doc.words[r.firstWord].start, end: doc.words[r.endWord - 1].end, parts: 1 };
  };
  const quotes = ranges
    .filter((r) => r.tag === 'quote')
    .flatMap((r) => splitAtMarks(doc, r).map((x) => ({ ...x, tag: r.tag })))
    .map(toSpan)
    .filter((q): q is GoldQuote => q !== null);
  const qs = ranges.filter((r) => r.tag === 'q').map(toSpan).filter((q): q is GoldQuote => q !== null);
  return { quotes: mergeContinuations(quotes, doc), qs };
}
