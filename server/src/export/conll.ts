/**
 * CoNLL export of the named entities: one token per line as `token TAG` (IOB2 tags:
 * B-PERSON, I-PERSON, …, O), a blank line between sentences, and `-DOCSTART- O` with a
 * blank line before each document. A token is tagged when it starts inside an entity
 * mention; the first such token of a mention gets B-.
 */
import type { ExportDocument, ExportFile } from './types';

export interface Token {
  start: number;
  end: number;
  text: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*|\S/gu;
const TERMINAL = /^[.!?…]$/;
const CLOSERS = /^[”"’'»)\]]$/;
const SENTENCE_OPENER = /^[\p{Lu}\p{N}“"‘«(\[]/u;

/** Splits text into sentences of tokens (UTF-16 offsets). */
export function tokenize(text: string): Token[][] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  const sentences: Token[][] = [];
  let current: Token[] = [];
  const close = () => {
    if (current.length > 0) sentences.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (current.length > 0 && /[\r\n]/.test(text.slice(current[current.length - 1].end, tok.start))) close();
    current.push(tok);
    if (TERMINAL.test(tok.text)) {
      while (i + 1 < tokens.length && CLOSERS.test(tokens[i + 1].text) && tokens[i + 1].start === current[current.length - 1].end) {
        current.push(tokens[++i]);
      }
      const next = tokens[i + 1];
      if (next && next.start > current[current.length - 1].end && SENTENCE_OPENER.test(next.text)) close();
    }
  }
  close();
  return sentences;
}

/** IOB2 tags for the tokens of one document. */
export function tagTokens(doc: ExportDocument, tokens: Token[]): string[] {
  const mentions = doc.result.entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })))
    .sort((a, b) => a.start - b.start);
  let k = 0;
  let lastMention = -1;
  return tokens.map((tok) => {
    while (k < mentions.length && mentions[k].end <= tok.start) k++;
    const m = mentions[k];
    if (!m || m.start > tok.start) {
      lastMention = -1;
      return 'O';
    }
    const tag = (lastMention === k ? 'I-' : 'B-') + m.type;
    lastMention = k;
    return tag;
  });
}

export function conllDocument(doc: ExportDocument): string {
  let out = '-DOCSTART- O\n\n';
  for (const sentence of tokenize(doc.text)) {
    const tags = tagTokens(doc, sentence);
    out += sentence.map((t, i) => `${t.text} ${tags[i]}\n`).join('') + '\n';
  }
  return out;
}

export function exportConll(docs: readonly ExportDocument[]): ExportFile[] {
  return [{ relativePath: 'news-annotator.conll', content: docs.map(conllDocument).join('') }];
}
