/**
 * brat standoff export: for each article `<name>.txt` (a copy of the text) and `<name>.ann`,
 * plus one `annotation.conf` for the collection. Offsets in .ann are Unicode CODE POINTS,
 * converted explicitly from our UTF-16 offsets.
 *
 * - `T` lines: entity mentions (PERSON/ORG/PLACE/DATE), quotes (`Quote`, with their marks)
 *   and the words naming a speaker (`SpeakerMention`). A span over a line break is written
 *   as fragments (`start end;start end`), as brat requires.
 * - `R` lines: `Speaker Arg1:<quote T> Arg2:<SpeakerMention T>`.
 * - `A` lines: `Scare <quote T>` for a scare quote.
 * - `*` lines: `Equiv` between the mentions of one entity.
 * - `#` lines: `AnnotatorNotes` — a person's note on a quote or entity (newlines written as
 *   `\n`, backslashes as `\\`); on a SpeakerMention the speaker's name and kind, as
 *   `Name (kind)`; on a quote whose speaker is named nowhere in the text, `speaker: Name (kind)`.
 */
import type { ExportDocument, ExportFile } from './types';
import { uniqueStems, assertInside } from './names';
import { OffsetConverter } from './offsets';

export const BRAT_CONF = `# brat configuration for News Annotator exports
[entities]
PERSON
ORG
PLACE
DATE
Quote
SpeakerMention

[relations]
Speaker	Arg1:Quote, Arg2:SpeakerMention
Equiv	Arg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive
<OVERLAP>	Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Scare	Arg:Quote
`;

/** Escapes a note for one .ann line. */
export function escapeNote(note: string): string {
  return note.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/\t/g, ' ');
}

export function unescapeNote(note: string): string {
  return note.replace(/\\(\\|n)/g, (_m, c: string) => (c === 'n' ? '\n' : '\\'));
}

/** The fragments of a span, split at line breaks, in code points; empty pieces dropped. */
export function fragments(text: string, conv: OffsetConverter, start: number, end: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /\r\n|\r|\n/g;
  let pieceStart = start;
  const slice = text.slice(start, end);
  const push = (s: number, e: number) => {
    if (e > s) out.push({ start: conv.toCodePoint(s), end: conv.toCodePoint(e), text: text.slice(s, e) });
  };
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    push(pieceStart, start + m.index);
    pieceStart = start + m.index + m[0].length;
  }
  push(pieceStart, end);
  return out;
}

/** The .ann content for one document. */
export function bratAnn(doc: ExportDocument): string {
  const conv = new OffsetConverter(doc.text);
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let a = 0;
  let n = 0;
  const textBound = (type: string, start: number, end: number): string | null => {
    const frags = fragments(doc.text, conv, start, end);
    if (frags.length === 0) return null;
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${frags.map((f) => `${f.start} ${f.end}`).join(';')}\t${frags.map((f) => f.text).join(' ')}`);
    return id;
  };
  const note = (target: string, text: string): void => {
    lines.push(`#${++n}\tAnnotatorNotes ${target}\t${escapeNote(text)}`);
  };
  for (const e of doc.result.entities) {
    const ids: string[] = [];
    for (const m of e.mentions) {
      const id = textBound(e.type, m.start, m.end);
      if (id) ids.push(id);
    }
    if (ids.length > 1) lines.push(`*\tEquiv ${ids.join(' ')}`);
    if (e.note !== undefined && ids.length > 0) note(ids[0], e.note);
  }
  for (const q of doc.result.quotes) {
    const id = textBound('Quote', q.start, q.end);
    if (!id) continue;
    if (q.kind === 'scare') lines.push(`A${++a}\tScare ${id}`);
    if (q.note !== undefined) note(id, q.note);
    if (q.speaker) {
      const label = `${q.speaker.name} (${q.speaker.kind})`;
      const speakerId = q.speaker.mention.end > q.speaker.mention.start ? textBound('SpeakerMention', q.speaker.mention.start, q.speaker.mention.end) : null;
      if (speakerId) {
        lines.push(`R${++r}\tSpeaker Arg1:${id} Arg2:${speakerId}`);
        note(speakerId, label);
      } else {
        note(id, `speaker: ${label}`);
      }
    }
  }
  return lines.map((l) => l + '\n').join('');
}

export function exportBrat(docs: readonly ExportDocument[]): ExportFile[] {
  const stems = uniqueStems(docs.map((d) => d.path));
  const files: ExportFile[] = [{ relativePath: 'annotation.conf', content: BRAT_CONF }];
  docs.forEach((doc, i) => {
    files.push({ relativePath: assertInside(`${stems[i]}.txt`), content: doc.text });
    files.push({ relativePath: assertInside(`${stems[i]}.ann`), content: bratAnn(doc) });
  });
  return files;
}
