/**
 * The sidecar file that keeps a person's annotations next to an article:
 * `<article file name>.annotations.json` (see docs/formats.md). This module parses it
 * strictly (a clear message naming the field that is wrong), writes it in a stable order,
 * and merges two copies by annotation id. Pure: no file access here (see store.ts).
 */
import { createHash } from 'node:crypto';
import type { Anchor } from './anchor';
import {
  ANNOTATION_KINDS,
  type Annotation,
  ENTITY_TYPES,
  type ManualSpeaker,
  QUOTE_KINDS,
  SPEAKER_KINDS,
} from './model';

export const SIDECAR_FORMAT = 'news-annotator-annotations/1';
export const SIDECAR_SUFFIX = '.annotations.json';

export interface Sidecar {
  format: typeof SIDECAR_FORMAT;
  /** The article's file name (informational; the sidecar's own name ties it to the article). */
  article?: string;
  /** `sha256:<hex>` of the UTF-8 bytes of the text the positions refer to. */
  contentHash: string;
  annotations: Annotation[];
}

/** The sidecar path for an article path: the full file name plus `.annotations.json`. */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX);
}

/** `sha256:<hex>` of the text's UTF-8 encoding. */
export function hashText(text: string): string {
  return 'sha256:' + createHash('sha256').update(text, 'utf8').digest('hex');
}

export type ParseResult = { ok: true; sidecar: Sidecar } | { ok: false; error: string };

class FieldError extends Error {}

function fail(field: string, problem: string, value: unknown): never {
  let shown: string;
  try {
    shown = value === undefined ? 'nothing' : JSON.stringify(value);
  } catch {
    shown = String(value);
  }
  if (shown.length > 60) shown = shown.slice(0, 57) + '...';
  throw new FieldError(`${field}: ${problem}, found ${shown}`);
}

/** `field.key`, or just `key` at the top level. */
function sub(field: string, key: string): string {
  return field === '' ? key : `${field}.${key}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkKeys(obj: Record<string, unknown>, field: string, allowed: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) fail(sub(field, key), `unknown field (allowed: ${allowed.join(', ')})`, obj[key]);
  }
}

function str(obj: Record<string, unknown>, key: string, field: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}): string | undefined {
  const v = obj[key];
  if (v === undefined && opts.optional) return undefined;
  if (typeof v !== 'string') fail(sub(field, key), 'expected a string', v);
  if (opts.nonEmpty && v.trim() === '') fail(sub(field, key), 'expected a non-empty string', v);
  return v;
}

function oneOf<T extends string>(obj: Record<string, unknown>, key: string, field: string, values: readonly T[], optional = false): T | undefined {
  const v = obj[key];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
    fail(sub(field, key), `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}`, v);
  }
  return v as T;
}

function time(obj: Record<string, unknown>, key: string, field: string): string {
  const v = str(obj, key, field)!;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) || Number.isNaN(Date.parse(v))) {
    fail(sub(field, key), 'expected an ISO 8601 date-time such as "2026-01-31T12:00:00.000Z"', v);
  }
  return v;
}

function anchor(v: unknown, field: string): Anchor {
  if (!isObject(v)) fail(field, 'expected an object {start, end, exact, prefix, suffix}', v);
  checkKeys(v, field, ['start', 'end', 'exact', 'prefix', 'suffix']);
  for (const key of ['start', 'end']) {
    const n = v[key];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) fail(sub(field, key), 'expected a non-negative integer', n);
  }
  const start = v.start as number;
  const end = v.end as number;
  if (end <= start) fail(`${field}.end`, `expected a number greater than start (${start})`, end);
  // Not nonEmpty: a span of spaces or a line break is text too; the length check below keeps it non-empty.
  const exact = str(v, 'exact', field)!;
  if (exact.length !== end - start) {
    fail(`${field}.exact`, `expected ${end - start} UTF-16 code units (end - start), it has ${exact.length}`, exact);
  }
  return { start, end, exact, prefix: str(v, 'prefix', field)!, suffix: str(v, 'suffix', field)! };
}

function speaker(v: unknown, field: string, nullable: boolean): ManualSpeaker | null {
  if (v === null && nullable) return null;
  if (!isObject(v)) fail(field, nullable ? 'expected an object {name, kind, mention?} or null' : 'expected an object {name, kind, mention?}', v);
  checkKeys(v, field, ['name', 'kind', 'mention']);
  const s: ManualSpeaker = { name: str(v, 'name', field, { nonEmpty: true })!, kind: oneOf(v, 'kind', field, SPEAKER_KINDS)! };
  if (v.mention !== undefined) s.mention = anchor(v.mention, `${field}.mention`);
  return s;
}

const COMMON_KEYS = ['id', 'kind', 'created', 'modified', 'target', 'deleted'];
const KIND_KEYS: Record<Annotation['kind'], string[]> = {
  quote: ['speaker', 'quoteKind', 'note'],
  entity: ['entityType', 'name', 'note'],
  speaker: ['speaker'],
  accept: ['on', 'entityType', 'name', 'quoteKind', 'speaker'],
  reject: ['on'],
  class: ['quoteKind'],
  note: ['on', 'note'],
};

function annotation(v: unknown, field: string): Annotation {
  if (!isObject(v)) fail(field, 'expected an annotation object', v);
  const kind = oneOf(v, 'kind', field, ANNOTATION_KINDS)!;
  checkKeys(v, field, [...COMMON_KEYS, ...KIND_KEYS[kind]]);
  const base = {
    id: str(v, 'id', field, { nonEmpty: true })!,
    created: time(v, 'created', field),
    modified: time(v, 'modified', field),
    target: anchor(v.target, `${field}.target`),
  };
  if (v.deleted !== undefined && typeof v.deleted !== 'boolean') fail(`${field}.deleted`, 'expected true or false', v.deleted);
  const deleted = v.deleted === true ? { deleted: true } : {};
  const note = str(v, 'note', field, { optional: true });
  const withNote = note !== undefined ? { note } : {};
  switch (kind) {
    case 'quote': {
      const a: Annotation = { ...base, kind, ...deleted, ...withNote };
      if (v.speaker !== undefined) a.speaker = speaker(v.speaker, `${field}.speaker`, false)!;
      const quoteKind = oneOf(v, 'quoteKind', field, QUOTE_KINDS, true);
      if (quoteKind) a.quoteKind = quoteKind;
      return a;
    }
    case 'entity': {
      const a: Annotation = { ...base, kind, entityType: oneOf(v, 'entityType', field, ENTITY_TYPES)!, ...deleted, ...withNote };
      const name = str(v, 'name', field, { optional: true, nonEmpty: true });
      if (name !== undefined) a.name = name;
      return a;
    }
    case 'speaker':
      if (!('speaker' in v)) fail(`${field}.speaker`, 'expected an object {name, kind, mention?} or null', undefined);
      return { ...base, kind, speaker: speaker(v.speaker, `${field}.speaker`, true), ...deleted };
    case 'accept': {
      const a: Annotation = { ...base, kind, on: oneOf(v, 'on', field, ['quote', 'entity'] as const)!, ...deleted };
      const entityType = oneOf(v, 'entityType', field, ENTITY_TYPES, true);
      if (entityType) a.entityType = entityType;
      const name = str(v, 'name', field, { optional: true, nonEmpty: true });
      if (name !== undefined) a.name = name;
      const quoteKind = oneOf(v, 'quoteKind', field, QUOTE_KINDS, true);
      if (quoteKind) a.quoteKind = quoteKind;
      if (v.speaker !== undefined) a.speaker = speaker(v.speaker, `${field}.speaker`, true);
      return a;
    }
    case 'reject':
      return { ...base, kind, on: oneOf(v, 'on', field, ['quote', 'entity'] as const)!, ...deleted };
    case 'class':
      return { ...base, kind, quoteKind: oneOf(v, 'quoteKind', field, QUOTE_KINDS)!, ...deleted };
    case 'note':
      return { ...base, kind, on: oneOf(v, 'on', field, ['quote', 'entity'] as const)!, note: str(v, 'note', field)!, ...deleted };
  }
}

/** Checks a parsed JSON value against the sidecar format. */
export function validateSidecar(value: unknown): ParseResult {
  try {
    if (!isObject(value)) fail('(top level)', 'expected a JSON object', value);
    checkKeys(value, '', ['format', 'article', 'contentHash', 'annotations']);
    if (value.format !== SIDECAR_FORMAT) {
      fail('format', `expected "${SIDECAR_FORMAT}" (this version reads only that format)`, value.format);
    }
    const article = str(value, 'article', '', { optional: true });
    const contentHash = str(value, 'contentHash', '')!;
    if (!/^sha256:[0-9a-f]{64}$/.test(contentHash)) fail('contentHash', 'expected "sha256:" and 64 lowercase hex digits', contentHash);
    if (!Array.isArray(value.annotations)) fail('annotations', 'expected an array', value.annotations);
    const seen = new Map<string, number>();
    const annotations = value.annotations.map((a, i) => {
      const parsed = annotation(a, `annotations[${i}]`);
      const earlier = seen.get(parsed.id);
      if (earlier !== undefined) fail(`annotations[${i}].id`, `duplicate of annotations[${earlier}].id`, parsed.id);
      seen.set(parsed.id, i);
      return parsed;
    });
    const sidecar: Sidecar = { format: SIDECAR_FORMAT, contentHash, annotations };
    if (article !== undefined) sidecar.article = article;
    return { ok: true, sidecar };
  } catch (err) {
    if (err instanceof FieldError) return { ok: false, error: err.message };
    throw err;
  }
}

/** Parses sidecar file content; the error names the field and what is wrong with it. */
export function parseSidecar(content: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    return { ok: false, error: `not valid JSON: ${(err as Error).message}` };
  }
  return validateSidecar(value);
}

function byCreation(a: Annotation, b: Annotation): number {
  if (a.created !== b.created) return a.created < b.created ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The same annotation with its keys in one fixed order, so files diff well. */
function canonicalKeys(a: Annotation): Annotation {
  const order = ['id', 'kind', 'created', 'modified', 'deleted', 'target', ...KIND_KEYS[a.kind]];
  const out: Record<string, unknown> = {};
  for (const key of order) if ((a as unknown as Record<string, unknown>)[key] !== undefined) out[key] = (a as unknown as Record<string, unknown>)[key];
  return out as unknown as Annotation;
}

/** The file content for a sidecar: stable key and annotation order, two-space indent, final newline. */
export function serializeSidecar(sidecar: Sidecar): string {
  const ordered = {
    format: sidecar.format,
    ...(sidecar.article !== undefined ? { article: sidecar.article } : {}),
    contentHash: sidecar.contentHash,
    annotations: [...sidecar.annotations].sort(byCreation).map(canonicalKeys),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

export function newSidecar(text: string, annotations: Annotation[] = [], article?: string): Sidecar {
  const s: Sidecar = { format: SIDECAR_FORMAT, contentHash: hashText(text), annotations };
  if (article !== undefined) s.article = article;
  return s;
}

export interface MergeReport {
  /** Ids that only the other copy had. */
  added: string[];
  /** Ids both had, where the other copy's version was newer and was taken. */
  updated: string[];
  /** Ids both had, where this copy's version was newer (or equal) and was kept. */
  kept: string[];
}

/**
 * Merges two copies of a document's annotations by id: the union of both; for an id in
 * both, the copy with the later `modified` wins (this copy on a tie). Removals are
 * tombstones, so they merge like any other change.
 */
export function mergeAnnotations(ours: readonly Annotation[], theirs: readonly Annotation[]): { annotations: Annotation[]; report: MergeReport } {
  const report: MergeReport = { added: [], updated: [], kept: [] };
  const merged = new Map<string, Annotation>();
  for (const a of ours) merged.set(a.id, a);
  for (const t of theirs) {
    const o = merged.get(t.id);
    if (!o) {
      merged.set(t.id, t);
      report.added.push(t.id);
    } else if (JSON.stringify(o) === JSON.stringify(t)) {
      continue;
    } else if (Date.parse(t.modified) > Date.parse(o.modified)) {
      merged.set(t.id, t);
      report.updated.push(t.id);
    } else {
      report.kept.push(t.id);
    }
  }
  return { annotations: [...merged.values()].sort(byCreation), report };
}
