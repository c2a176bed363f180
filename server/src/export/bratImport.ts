/**
 * brat standoff import: reads a `.ann` file (with the text of its `.txt`) into manual
 * annotations for the article's sidecar. Offsets in .ann are Unicode code points and are
 * converted to UTF-16 here. Malformed lines are errors naming the line; annotation types
 * we do not know are reported, counted and skipped.
 */
import type { EntityType, SpeakerKind } from '../analysis/types';
import { makeAnchor } from '../annotations/anchor';
import { type Annotation, type ManualSpeaker, createAnnotation } from '../annotations/model';
import { unescapeNote } from './brat';
import { OffsetConverter } from './offsets';

const ENTITY_ALIASES: Record<string, EntityType> = {
  PERSON: 'PERSON',
  PER: 'PERSON',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  PLACE: 'PLACE',
  LOC: 'PLACE',
  LOCATION: 'PLACE',
  GPE: 'PLACE',
  DATE: 'DATE',
};
const QUOTE_TYPES = new Set(['Quote', 'QUOTE', 'Quotation']);
const SPEAKER_TYPES = new Set(['SpeakerMention', 'Speaker']);
const SPEAKER_RELATIONS = new Set(['Speaker', 'SaidBy']);
const KIND_BY_ENTITY: Partial<Record<EntityType, SpeakerKind>> = { PERSON: 'person', ORG: 'organization' };

export interface BratSkipped {
  line: number;
  what: string;
}

export interface BratImport {
  annotations: Annotation[];
  counts: { quotes: number; entities: number; speakers: number; notes: number; skipped: number };
  /** Lines skipped because their kind or type is not one we import. */
  skipped: BratSkipped[];
}

export type BratImportResult = ({ ok: true } & BratImport) | { ok: false; errors: string[] };

interface TextBound {
  id: string;
  type: string;
  line: number;
  start: number; // UTF-16
  end: number; // UTF-16
  text: string;
}

/**
 * Parses `.ann` content against the article text. `now` stamps the new annotations;
 * `newId` makes their ids.
 */
export function importBrat(ann: string, text: string, options: { now?: string; newId?: () => string } = {}): BratImportResult {
  const conv = new OffsetConverter(text);
  const errors: string[] = [];
  const skipped: BratSkipped[] = [];
  const bounds = new Map<string, TextBound>();
  const relations: { line: number; type: string; arg1: string; arg2: string }[] = [];
  const notes: { line: number; target: string; note: string }[] = [];
  const attributes: { line: number; name: string; target: string }[] = [];
  const equivs: { line: number; ids: string[] }[] = [];

  const lines = ann.split(/\r?\n/);
  lines.forEach((raw, i): void => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const err = (msg: string): void => {
      errors.push(`line ${line}: ${msg}: ${JSON.stringify(raw.length > 80 ? raw.slice(0, 77) + '...' : raw)}`);
    };
    let m: RegExpExecArray | null;
    if ((m = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(raw))) {
      const [, id, type, offsets, spanText] = m;
      if (bounds.has(id)) return err(`${id} is defined twice`);
      const frags = offsets.split(';').map((p) => p.split(' ').map(Number));
      let expected = '';
      for (const [s, e] of frags) {
        if (s >= e) return err(`fragment ${s} ${e} is empty or reversed`);
        if (e > conv.codePointLength) return err(`offset ${e} is past the end of the text (${conv.codePointLength} code points)`);
        expected += (expected === '' ? '' : ' ') + conv.sliceCodePoints(s, e);
      }
      if (expected !== spanText) {
        return err(`the text of ${id} does not match the .txt at those code-point offsets (the .txt has ${JSON.stringify(expected.slice(0, 40))})`);
      }
      const start = conv.toUtf16(Math.min(...frags.map((f) => f[0])));
      const end = conv.toUtf16(Math.max(...frags.map((f) => f[1])));
      bounds.set(id, { id, type, line, start, end, text: text.slice(start, end) });
    } else if ((m = /^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$/.exec(raw))) {
      relations.push({ line, type: m[2], arg1: m[3], arg2: m[4] });
    } else if ((m = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/.exec(raw))) {
      notes.push({ line, target: m[1], note: unescapeNote(m[2]) });
    } else if ((m = /^#\d+\t(\S+) (\S+)(\t.*)?$/.exec(raw))) {
      skipped.push({ line, what: `note of type ${m[1]}` });
    } else if ((m = /^[AM]\d+\t(\S+) (T\d+)(?: (\S+))?\s*$/.exec(raw))) {
      attributes.push({ line, name: m[1], target: m[2] });
    } else if ((m = /^\*\t(\S+) ((?:T\d+ )+T\d+)\s*$/.exec(raw))) {
      if (m[1] === 'Equiv') equivs.push({ line, ids: m[2].split(' ') });
      else skipped.push({ line, what: `${m[1]} equivalence` });
    } else if ((m = /^([EN]\d+)\t/.exec(raw))) {
      skipped.push({ line, what: m[1][0] === 'E' ? 'event' : 'normalization' });
    } else {
      err('not a brat standoff line (expected T, R, E, A, M, N, # or * followed by a tab)');
    }
  });

  const need = (id: string, line: number): TextBound | undefined => {
    const b = bounds.get(id);
    if (!b) errors.push(`line ${line}: refers to ${id}, which is not defined`);
    return b;
  };
  for (const r of relations) {
    need(r.arg1, r.line);
    need(r.arg2, r.line);
  }
  for (const n of notes) need(n.target, n.line);
  for (const a of attributes) need(a.target, a.line);
  for (const e of equivs) e.ids.forEach((id) => need(id, e.line));
  if (errors.length > 0) return { ok: false, errors };

  const now = options.now ?? new Date().toISOString();
  const create = (span: { start: number; end: number }, draft: Parameters<typeof createAnnotation>[2]): Annotation =>
    createAnnotation(text, span, draft, { now, ...(options.newId ? { id: options.newId() } : {}) });

  const noteOf = new Map<string, string[]>();
  for (const n of notes) noteOf.set(n.target, [...(noteOf.get(n.target) ?? []), n.note]);
  const nameOf = new Map<string, string>();
  for (const e of equivs) {
    const members = e.ids.map((id) => bounds.get(id)!);
    const longest = members.reduce((x, y) => (y.text.length > x.text.length ? y : x));
    for (const b of members) nameOf.set(b.id, longest.text);
  }
  const parseLabel = (label: string): { name: string; kind: SpeakerKind | null } => {
    const m = /^(.*\S) \((person|organization|unnamed)\)$/.exec(label.trim());
    return m ? { name: m[1], kind: m[2] as SpeakerKind } : { name: label.trim(), kind: null };
  };

  const speakerOf = new Map<string, ManualSpeaker>();
  for (const r of relations) {
    if (!SPEAKER_RELATIONS.has(r.type)) {
      skipped.push({ line: r.line, what: `relation ${r.type}` });
      continue;
    }
    const quote = bounds.get(r.arg1)!;
    const who = bounds.get(r.arg2)!;
    if (!QUOTE_TYPES.has(quote.type)) {
      errors.push(`line ${r.line}: Arg1 of a ${r.type} relation must be a Quote, ${quote.id} is ${quote.type}`);
      continue;
    }
    const label = (noteOf.get(who.id) ?? []).map(parseLabel)[0];
    const entityType = ENTITY_ALIASES[who.type];
    const name = label?.name || nameOf.get(who.id) || who.text;
    const kind = label?.kind ?? (entityType ? KIND_BY_ENTITY[entityType] : undefined) ?? 'person';
    speakerOf.set(quote.id, { name, kind, mention: makeAnchor(text, who.start, who.end) });
  }
  if (errors.length > 0) return { ok: false, errors };

  const scare = new Set<string>();
  for (const a of attributes) {
    if (a.name === 'Scare') scare.add(a.target);
    else skipped.push({ line: a.line, what: `attribute ${a.name}` });
  }

  const annotations: Annotation[] = [];
  const counts = { quotes: 0, entities: 0, speakers: 0, notes: 0, skipped: 0 };
  const sorted = [...bounds.values()].sort((x, y) => x.start - y.start || x.line - y.line);
  for (const b of sorted) {
    const entityType = ENTITY_ALIASES[b.type];
    const bNotes = noteOf.get(b.id) ?? [];
    if (QUOTE_TYPES.has(b.type)) {
      let speaker = speakerOf.get(b.id);
      const userNotes: string[] = [];
      for (const n of bNotes) {
        const m = /^speaker: (.+)$/.exec(n);
        if (m && !speaker) {
          const label = parseLabel(m[1]);
          speaker = { name: label.name, kind: label.kind ?? 'person' };
        } else userNotes.push(n);
      }
      annotations.push(
        create(b, {
          kind: 'quote',
          ...(speaker ? { speaker } : {}),
          quoteKind: scare.has(b.id) ? 'scare' : 'quote',
          ...(userNotes.length > 0 ? { note: userNotes.join('\n') } : {}),
        }),
      );
      counts.quotes++;
      if (speaker) counts.speakers++;
      if (userNotes.length > 0) counts.notes++;
    } else if (entityType) {
      const name = nameOf.get(b.id);
      annotations.push(
        create(b, {
          kind: 'entity',
          entityType,
          ...(name && name !== b.text ? { name } : {}),
          ...(bNotes.length > 0 ? { note: bNotes.join('\n') } : {}),
        }),
      );
      counts.entities++;
      if (bNotes.length > 0) counts.notes++;
    } else if (SPEAKER_TYPES.has(b.type)) {
      continue; // Read through its relation.
    } else {
      skipped.push({ line: b.line, what: `span type ${b.type}` });
    }
  }
  skipped.sort((x, y) => x.line - y.line);
  counts.skipped = skipped.length;
  return { ok: true, annotations, counts, skipped };
}
