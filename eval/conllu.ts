/**
 * Reads a GUM CoNLL-U document and rebuilds its raw text with character offsets.
 *
 * Layout of the rebuilt text (documented in eval/README.md):
 * - every block that starts with `# newpar` (paragraph, heading, caption, list item) begins a new
 *   line; lines are separated by a single "\n" (no blank lines), like the sample articles;
 * - sentences inside one block are joined by a single space;
 * - tokens inside a sentence follow `# text =` exactly: a space after each token unless its MISC
 *   has `SpaceAfter=No`. The rebuilt sentence is checked against `# text =`.
 *
 * Offsets are UTF-16 code units (JS string indices), end exclusive.
 */
import { parseEntityField, type BracketEvent } from './brackets';

export interface Word {
  /** Index in the document's word list (document order, copies like `21.1` are skipped). */
  index: number;
  sentence: number;
  /** 1-based id inside its sentence, as in column 1. */
  id: number;
  form: string;
  upos: string;
  /** Penn tag (column 5); GUM keeps NNP on name words UD tags otherwise ("United" VERB). */
  xpos: string;
  deprel: string;
  /** Id of the head inside the sentence (0 = root). */
  head: number;
  misc: Map<string, string>;
  start: number;
  end: number;
  /** Entity bracket events on this word, in the order written. */
  entityEvents: BracketEvent[];
}

export interface Sentence {
  index: number;
  id: string;
  text: string;
  start: number;
  end: number;
  /** Index of the first word (in `GumDoc.words`) and one past the last. */
  firstWord: number;
  endWord: number;
  /** `# newpar_block` of the block this sentence opens, or null when it does not open one. */
  block: string | null;
}

export interface GumDoc {
  id: string;
  text: string;
  sentences: Sentence[];
  words: Word[];
}

export class GumFormatError extends Error {}

function parseMisc(field: string): Map<string, string> {
  const out = new Map<string, string>();
  if (field === '_' || field === '') return out;
  for (const part of field.split('|')) {
    const eq = part.indexOf('=');
    if (eq < 0) out.set(part, '');
    else out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}

interface RawToken {
  form: string;
  spaceAfter: boolean;
  /** The words this surface token stands for (one, or several for a range line `3-4`). */
  words: Omit<Word, 'index' | 'sentence' | 'start' | 'end'>[];
}

interface RawSentence {
  id: string;
  text: string | null;
  newpar: boolean;
  block: string | null;
  tokens: RawToken[];
}

function parseSentences(source: string, docName: string): { docId: string; sentences: RawSentence[] } {
  let docId = docName;
  const sentences: RawSentence[] = [];
  let current: RawSentence | null = null;
  let pendingNewpar = false;
  let pendingBlock: string | null = null;
  let rangeEnd = 0;
  let range: RawToken | null = null;
  const lines = source.split(/\r?\n/);
  const fresh = (): RawSentence => {
    const s: RawSentence = { id: '', text: null, newpar: pendingNewpar, block: pendingBlock, tokens: [] };
    pendingNewpar = false;
    pendingBlock = null;
    return s;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const where = `${docName}:${n + 1}`;
    if (line === '') {
      if (current && current.tokens.length > 0) sentences.push(current);
      current = null;
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*([^=]+?)\s*(?:=\s?(.*))?$/.exec(line);
      const key = m ? m[1] : '';
      const value = m && m[2] !== undefined ? m[2] : '';
      if (key === 'newdoc id') docId = value;
      else if (key === 'newpar') pendingNewpar = true;
      else if (key === 'newpar_block') {
        pendingNewpar = true;
        pendingBlock = value;
      } else if (key === 'sent_id' || key === 'text') {
        if (!current) current = fresh();
        if (key === 'sent_id') current.id = value;
        else current.text = value;
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new GumFormatError(`${where}: expected 10 columns, found ${cols.length}`);
    if (!current) current = fresh();
    const [idField, form, , upos, xpos, , headField, deprel, , miscField] = cols;
    const misc = parseMisc(miscField);
    if (/^\d+-\d+$/.test(idField)) {
      const [a, b] = idField.split('-').map(Number);
      rangeEnd = b;
      range = { form, spaceAfter: misc.get('SpaceAfter') !== 'No', words: [] };
      current.tokens.push(range);
      void a;
      continue;
    }
    if (/^\d+\.\d+$/.test(idField)) continue; // an empty node (ellipsis copy): not in the text
    if (!/^\d+$/.test(idField)) throw new GumFormatError(`${where}: bad token id "${idField}"`);
    const id = Number(idField);
    const word = { id, form, upos, xpos, deprel, head: Number(headField), misc, entityEvents: [] as BracketEvent[] };
    const entity = misc.get('Entity');
    if (entity !== undefined) {
      try {
        word.entityEvents = parseEntityField(entity);
      } catch (err) {
        throw new GumFormatError(`${where}: ${(err as Error).message}`);
      }
    }
    if (range && id <= rangeEnd) {
      range.words.push(word);
      if (id === rangeEnd) range = null;
      continue;
    }
    range = null;
    current.tokens.push({ form, spaceAfter: misc.get('SpaceAfter') !== 'No', words: [word] });
  }
  if (current && current.tokens.length > 0) sentences.push(current);
  return { docId, sentences };
}

/**
 * Parses a CoNLL-U document (one `# newdoc`) and rebuilds its text.
 * @param docName used in error messages when the file has no `# newdoc id`.
 */
export function readConllu(source: string, docName = 'document'): GumDoc {
  const { docId, sentences: raw } = parseSentences(source, docName);
  let text = '';
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  raw.forEach((rs, si) => {
    if (si > 0) text += rs.newpar ? '\n' : ' ';
    const start = text.length;
    const firstWord = words.length;
    rs.tokens.forEach((tok, ti) => {
      const tokStart = text.length;
      text += tok.form;
      const tokEnd = text.length;
      // Words of a range token get their own slice when they spell the token exactly
      // ("constituencies" + "'"); otherwise each word covers the whole token.
      const joined = tok.words.map((w) => w.form).join('');
      let pos = tokStart;
      for (const w of tok.words) {
        let ws = tokStart;
        let we = tokEnd;
        if (joined === tok.form) {
          ws = pos;
          we = pos + w.form.length;
          pos = we;
        }
        words.push({ ...w, index: words.length, sentence: si, start: ws, end: we });
      }
      if (tok.spaceAfter && ti < rs.tokens.length - 1) text += ' ';
    });
    const end = text.length;
    const rebuilt = text.slice(start, end);
    if (rs.text !== null && rs.text !== rebuilt) {
      throw new GumFormatError(
        `${docId} sentence ${rs.id || si + 1}: rebuilt text does not match "# text ="\n  rebuilt: ${rebuilt}\n  # text:  ${rs.text}`,
      );
    }
    sentences.push({ index: si, id: rs.id, text: rebuilt, start, end, firstWord, endWord: words.length, block: rs.block });
  });
  return { id: docId, text, sentences, words };
}
