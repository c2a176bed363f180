/**
 * Annotation commands on the server: one AnnotationStore per open article file, laid over
 * the engine's analysis (applyAnnotations) and saved to the article's sidecar after every
 * change. The overlay replaces `entry.result` of the cached analysis, so tokens, hovers,
 * symbols and exports all see the manual annotations. No LSP imports: the server wires the
 * connection to it (server.ts), and the protocol tests drive it through the built server.
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AnalysisResult, Entity, Mention, Quote } from '../analysis/types';
import {
  type Annotation,
  type AnnotationDraft,
  AnnotationStore,
  type Orphan,
  type ResolvedAnchor,
  acceptEntityDraft,
  acceptQuoteDraft,
  applyAnnotations,
  createAnnotation,
  sidecarPathFor,
} from '../annotations';
import type { AnnotateResult, AnnotationAction, OrphansResult, SidecarProblem, TargetInfo } from '../protocol';

/** The parts of a cached analysis entry the overlay touches (features/cache.ts AnalysedDocument fits). */
export interface OverlayEntry {
  result: AnalysisResult;
  memo: Map<string, unknown>;
}

const AUTO_KEY = 'annotations.auto';
const REVISION_KEY = 'annotations.revision';
const ORPHANS_KEY = 'annotations.orphans';
const PLACED_KEY = 'annotations.placed';
/** Memo keys that survive a new overlay (they do not depend on the result). */
const KEPT_KEYS = new Set(['statusReported', AUTO_KEY]);

/** The local file path of a `file:` URI, or null for any other scheme. */
export function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** The entity mention covering `offset` (the shortest), if any. */
export function mentionAt(result: AnalysisResult, offset: number): { entity: Entity; mention: Mention } | null {
  let best: { entity: Entity; mention: Mention } | null = null;
  for (const entity of result.entities) {
    for (const mention of entity.mentions) {
      if (mention.start <= offset && offset < mention.end) {
        if (!best || mention.end - mention.start < best.mention.end - best.mention.start) best = { entity, mention };
      }
    }
  }
  return best;
}

/** The quote covering `offset`; a cursor just after the closing mark still counts. */
export function quoteAtOffset(result: AnalysisResult, offset: number): Quote | null {
  return (
    result.quotes.find((q) => q.start <= offset && offset < q.end) ??
    result.quotes.find((q) => offset === q.end) ??
    null
  );
}

function sameSpan(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Trims whitespace off both ends of a selection; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Speaker candidates of an article: named speakers and PERSON/ORG entities, most quoted first. */
export function speakerCandidates(result: AnalysisResult): TargetInfo['candidates'] {
  const byKey = new Map<string, TargetInfo['candidates'][number]>();
  const add = (name: string, kind: 'person' | 'organization' | 'unnamed', quotes: number): void => {
    const key = name.toLowerCase();
    const known = byKey.get(key);
    if (known) known.quotes += quotes;
    else byKey.set(key, { name, kind, quotes });
  };
  for (const e of result.entities) {
    if (e.type === 'PERSON') add(e.name, 'person', 0);
    else if (e.type === 'ORG') add(e.name, 'organization', 0);
  }
  for (const q of result.quotes) if (q.speaker) add(q.speaker.name, q.speaker.kind, 1);
  return [...byKey.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

type Outcome = { ok: true; label: string; message: string } | { ok: false; problem: AnnotateResult['problem']; message: string };

/** How long a missing sidecar found by `prefetch` is trusted to be still missing. */
const ABSENT_TRUSTED_MS = 2000;

export class AnnotationService {
  private readonly stores = new Map<string, AnnotationStore>();
  private readonly revisions = new Map<string, number>();
  /** The problem last reported per uri, so one corrupt file is reported once per change. */
  private readonly reported = new Map<string, string>();
  /** Sidecar paths `prefetch` found missing, with when it asked. */
  private readonly absent = new Map<string, number>();

  constructor(private readonly onProblem: (problem: SidecarProblem) => void = () => {}) {}

  /** The store of a `file:` article, loaded on first use; null for untitled documents. */
  storeFor(uri: string): AnnotationStore | null {
    const known = this.stores.get(uri);
    if (known) return known;
    const path = filePathOf(uri);
    if (!path) return null;
    const store = new AnnotationStore(path);
    this.stores.set(uri, store);
    const missingSince = this.absent.get(store.sidecarPath);
    this.absent.delete(store.sidecarPath);
    // Known to be missing a moment ago: a new store is what loading nothing gives.
    if (missingSince === undefined || Date.now() - missingSince > ABSENT_TRUSTED_MS) this.reload(uri, store);
    return store;
  }

  /**
   * Looks for the sidecar of an article that has just opened, off the request path (the
   * file system answers on libuv's thread pool while the editor's first request is on its
   * way). When there is none, the first request creates the store without loading: a load
   * reads the folder for stale temporary files, the lock and the sidecar, about half a
   * millisecond for nothing. A sidecar that appears later arrives as a watched-file change
   * (`sidecarChanged`), as it would after a load. Settles when the look is done; never rejects.
   */
  async prefetch(uri: string): Promise<void> {
    if (this.stores.has(uri)) return;
    const path = filePathOf(uri);
    if (!path) return;
    const sidecarPath = sidecarPathFor(path);
    const asked = Date.now();
    await stat(sidecarPath).then(
      () => undefined,
      (err: NodeJS.ErrnoException) => {
        if ((err.code === 'ENOENT' || err.code === 'ENOTDIR') && !this.stores.has(uri)) this.absent.set(sidecarPath, asked);
      },
    );
  }

  private reload(uri: string, store: AnnotationStore): void {
    let outcome;
    try {
      outcome = store.load();
    } catch (err) {
      outcome = { status: 'corrupt' as const, error: (err as Error).message };
    }
    if (outcome.status === 'corrupt') {
      const message = store.saveBlockedReason ?? `${store.sidecarPath} could not be read (${outcome.error}).`;
      if (this.reported.get(uri) !== message) {
        this.reported.set(uri, message);
        this.onProblem({ uri, sidecarPath: store.sidecarPath, message });
      }
    } else {
      this.reported.delete(uri);
    }
  }

  revision(uri: string): number {
    return this.revisions.get(uri) ?? 0;
  }

  private bump(uri: string): void {
    this.revisions.set(uri, this.revision(uri) + 1);
  }

  /** Forgets an article (closed): its store and undo history go. */
  forget(uri: string): void {
    const path = filePathOf(uri);
    if (path) this.absent.delete(sidecarPathFor(path));
    this.stores.delete(uri);
    this.reported.delete(uri);
    this.bump(uri);
  }

  /**
   * A sidecar changed on disk (file watcher): reloads it into the open article's store and
   * returns the article uri whose overlay must be rebuilt, or null when none is open.
   */
  sidecarChanged(sidecarPath: string): string | null {
    this.absent.delete(sidecarPath);
    for (const [uri, store] of this.stores) {
      if (store.sidecarPath === sidecarPath) {
        this.reload(uri, store);
        this.bump(uri);
        return uri;
      }
    }
    return null;
  }

  /** Lays the annotations over a cached analysis entry, once per annotation revision. */
  overlay(uri: string, text: string, entry: OverlayEntry): void {
    const store = this.storeFor(uri);
    const revision = this.revision(uri);
    if (entry.memo.get(REVISION_KEY) === revision) return;
    let auto = entry.memo.get(AUTO_KEY) as AnalysisResult | undefined;
    if (!auto) {
      auto = entry.result;
      entry.memo.set(AUTO_KEY, auto);
    }
    for (const key of [...entry.memo.keys()]) if (!KEPT_KEYS.has(key)) entry.memo.delete(key);
    const live = store ? store.live() : [];
    if (live.length === 0) {
      entry.result = auto;
      entry.memo.set(ORPHANS_KEY, []);
      entry.memo.set(PLACED_KEY, new Map());
    } else {
      const applied = applyAnnotations(text, auto, live);
      entry.result = applied.result;
      entry.memo.set(ORPHANS_KEY, applied.orphanReasons);
      entry.memo.set(PLACED_KEY, applied.placed);
    }
    entry.memo.set(REVISION_KEY, revision);
  }

  /** What sits at an offset of an overlaid entry. */
  target(entry: OverlayEntry, offset: number): TargetInfo {
    const q = quoteAtOffset(entry.result, offset);
    const m = mentionAt(entry.result, offset);
    return {
      quote: q
        ? { start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null, origin: q.origin, note: q.note ?? null }
        : null,
      entity: m
        ? { start: m.mention.start, end: m.mention.end, name: m.entity.name, type: m.entity.type, origin: m.entity.origin, note: m.entity.note ?? null }
        : null,
      candidates: speakerCandidates(entry.result),
    };
  }

  orphans(uri: string, entry: OverlayEntry): OrphansResult {
    const store = this.stores.get(uri);
    const list = (entry.memo.get(ORPHANS_KEY) as Orphan[] | undefined) ?? [];
    return {
      uri,
      sidecarPath: store?.sidecarPath ?? null,
      orphans: list.map((o) => ({
        id: o.annotation.id,
        kind: o.annotation.kind,
        exact: o.annotation.target.exact,
        reason: o.reason === 'text-not-found' ? 'its text is no longer in the article' : 'nothing of its kind is at its text any more',
      })),
    };
  }

  /** Applies one command to an overlaid entry of the document's current `text`, then saves. */
  annotate(uri: string, text: string, entry: OverlayEntry, action: AnnotationAction): AnnotateResult {
    const path = filePathOf(uri);
    const store = this.storeFor(uri);
    if (!store || !path) {
      return { ok: false, problem: 'not-a-file', message: 'Annotations are kept in a file beside the article: save this document to a file first.' };
    }
    if (store.saveBlockedReason) this.reload(uri, store);
    const blocked = store.saveBlockedReason;
    if (blocked) return { ok: false, problem: 'corrupt-sidecar', message: blocked, sidecarPath: store.sidecarPath };
    let outcome: Outcome;
    try {
      outcome = this.change(store, text, entry, action);
    } catch (err) {
      outcome = { ok: false, problem: 'bad-range', message: (err as Error).message };
    }
    if (!outcome.ok) return { ok: false, problem: outcome.problem, message: outcome.message, sidecarPath: store.sidecarPath };
    const saved = store.save(text);
    this.bump(uri);
    if (saved.status === 'blocked') {
      store.undo();
      return { ok: false, problem: 'corrupt-sidecar', message: saved.error, sidecarPath: store.sidecarPath };
    }
    if (saved.status === 'failed') {
      store.undo();
      return { ok: false, problem: 'write-failed', message: `Nothing was changed: ${saved.error}`, sidecarPath: store.sidecarPath };
    }
    const merged = saved.merge && saved.merge.added.length + saved.merge.updated.length > 0 ? ' (merged with changes made to the file elsewhere)' : '';
    return { ok: true, message: `${outcome.message}${merged}`, sidecarPath: sidecarPathFor(path) };
  }

  /** Merges imported annotations (one undoable step) and saves. */
  importAnnotations(uri: string, text: string, annotations: Annotation[], label: string): AnnotateResult {
    const store = this.storeFor(uri);
    if (!store) return { ok: false, problem: 'not-a-file', message: 'Save this document to a file before importing annotations into it.' };
    if (store.saveBlockedReason) this.reload(uri, store);
    if (store.saveBlockedReason) return { ok: false, problem: 'corrupt-sidecar', message: store.saveBlockedReason, sidecarPath: store.sidecarPath };
    if (annotations.length === 0) return { ok: false, problem: 'nothing-to-do', message: 'The file has no annotations that fit this article.' };
    store.add(label, ...annotations);
    const saved = store.save(text);
    this.bump(uri);
    if (saved.status !== 'saved') {
      store.undo();
      return { ok: false, problem: saved.status === 'blocked' ? 'corrupt-sidecar' : 'write-failed', message: saved.error, sidecarPath: store.sidecarPath };
    }
    return { ok: true, message: `${label}: ${annotations.length} annotation${annotations.length === 1 ? '' : 's'} added.`, sidecarPath: store.sidecarPath };
  }

  private change(store: AnnotationStore, text: string, entry: OverlayEntry, action: AnnotationAction): Outcome {
    const placed = (entry.memo.get(PLACED_KEY) as Map<string, ResolvedAnchor> | undefined) ?? new Map<string, ResolvedAnchor>();
    const liveAt = (span: { start: number; end: number }, pred: (a: Annotation) => boolean): Annotation | undefined =>
      store
        .live()
        .filter((a) => pred(a) && placed.has(a.id) && sameSpan(placed.get(a.id)!, span))
        .sort((a, b) => (a.created < b.created ? 1 : -1))[0];
    const add = (label: string, span: { start: number; end: number }, draft: AnnotationDraft): void => {
      store.add(label, createAnnotation(text, span, draft));
    };
    const none = (message: string): Outcome => ({ ok: false, problem: 'no-target', message });

    switch (action.kind) {
      case 'markQuote':
      case 'markEntity': {
        const span = trimSpan(text, action.start, action.end);
        if (!span || action.start < 0 || action.end > text.length) {
          return { ok: false, problem: 'bad-range', message: 'Select the text to mark first (the selection is empty or outside the document).' };
        }
        if (action.kind === 'markQuote') {
          add('Mark quote', span, { kind: 'quote', quoteKind: 'quote' });
          return { ok: true, label: 'Mark quote', message: 'Marked as a quote.' };
        }
        add(`Mark ${action.entityType}`, span, { kind: 'entity', entityType: action.entityType });
        return { ok: true, label: 'Mark entity', message: `Marked “${text.slice(span.start, span.end)}” as ${action.entityType}.` };
      }
      case 'setSpeaker': {
        const q = quoteAtOffset(entry.result, action.offset);
        if (!q) return none('There is no quote at the cursor: put the cursor inside a quote to set its speaker.');
        const name = action.name.trim();
        if (!name) return { ok: false, problem: 'bad-range', message: 'The speaker name is empty.' };
        const speaker = { name, kind: action.speakerKind };
        const manual = liveAt(q, (a) => a.kind === 'quote');
        if (manual && manual.kind === 'quote') store.update('Set speaker', { ...manual, speaker });
        else {
          const existing = liveAt(q, (a) => a.kind === 'speaker');
          if (existing && existing.kind === 'speaker') store.update('Set speaker', { ...existing, speaker });
          else add('Set speaker', q, { kind: 'speaker', speaker });
        }
        return { ok: true, label: 'Set speaker', message: `Speaker set to ${name}.` };
      }
      case 'accept': {
        const m = mentionAt(entry.result, action.offset);
        if (m) {
          add('Accept entity', m.mention, acceptEntityDraft(m.entity));
          return { ok: true, label: 'Accept entity', message: `Accepted ${m.entity.type} “${m.mention.text}”.` };
        }
        const q = quoteAtOffset(entry.result, action.offset);
        if (!q) return none('There is no quote or name at the cursor to accept.');
        add('Accept quote', q, acceptQuoteDraft(q));
        return { ok: true, label: 'Accept quote', message: q.speaker ? `Accepted the quote by ${q.speaker.name}.` : 'Accepted the quote.' };
      }
      case 'reject': {
        const m = mentionAt(entry.result, action.offset);
        const q = quoteAtOffset(entry.result, action.offset);
        if (m && m.entity.origin === 'auto') {
          add('Reject entity', m.mention, { kind: 'reject', on: 'entity' });
          return { ok: true, label: 'Reject entity', message: `“${m.mention.text}” is no longer shown as ${m.entity.type}.` };
        }
        if (q && q.origin === 'auto') {
          add('Reject quote', q, { kind: 'reject', on: 'quote' });
          return { ok: true, label: 'Reject quote', message: 'The quote is no longer shown.' };
        }
        if (m || q) return this.removeAt(store, placed, action.offset);
        return none('There is no automatic quote or name at the cursor to reject.');
      }
      case 'note': {
        const m = mentionAt(entry.result, action.offset);
        const q = quoteAtOffset(entry.result, action.offset);
        const on = m ? 'entity' : q ? 'quote' : null;
        const span = m ? m.mention : q;
        if (!on || !span) return none('There is no quote or name at the cursor to attach a note to.');
        const note = action.note.trim();
        const existing = liveAt(span, (a) => a.kind === 'note' && a.on === on);
        if (existing && existing.kind === 'note') {
          if (note === '') store.remove('Remove note', existing.id);
          else store.update('Edit note', { ...existing, note });
          return { ok: true, label: 'Note', message: note === '' ? 'Note removed.' : 'Note saved.' };
        }
        if (note === '') return { ok: false, problem: 'nothing-to-do', message: 'The note is empty, and there is no note here to remove.' };
        add('Add note', span, { kind: 'note', on, note });
        return { ok: true, label: 'Note', message: 'Note saved.' };
      }
      case 'remove':
        return this.removeAt(store, placed, action.offset);
      case 'toggleClass': {
        const q = quoteAtOffset(entry.result, action.offset);
        if (!q) return none('There is no quote at the cursor.');
        const quoteKind = q.kind === 'scare' ? 'quote' : 'scare';
        const manual = liveAt(q, (a) => a.kind === 'quote');
        if (manual && manual.kind === 'quote') store.update('Change class', { ...manual, quoteKind });
        else {
          const existing = liveAt(q, (a) => a.kind === 'class');
          if (existing && existing.kind === 'class') store.update('Change class', { ...existing, quoteKind });
          else add('Change class', q, { kind: 'class', quoteKind });
        }
        return { ok: true, label: 'Change class', message: quoteKind === 'scare' ? 'Now a scare quote.' : 'Now a quote (reported speech).' };
      }
      case 'undo': {
        const label = store.undo();
        return label ? { ok: true, label, message: `Undid: ${label}.` } : { ok: false, problem: 'nothing-to-do', message: 'No annotation change to undo.' };
      }
      case 'redo': {
        const label = store.redo();
        return label ? { ok: true, label, message: `Redid: ${label}.` } : { ok: false, problem: 'nothing-to-do', message: 'No annotation change to redo.' };
      }
      default:
        return { ok: false, problem: 'bad-range', message: `Unknown annotation action ${(action as { kind?: unknown }).kind as string}.` };
    }
  }

  /** Removes the innermost (then newest) annotation whose span covers `offset`. */
  private removeAt(store: AnnotationStore, placed: Map<string, ResolvedAnchor>, offset: number): Outcome {
    const covering = store
      .live()
      .filter((a) => {
        const at = placed.get(a.id);
        return at !== undefined && at.start <= offset && offset <= at.end;
      })
      .sort((a, b) => {
        const pa = placed.get(a.id)!;
        const pb = placed.get(b.id)!;
        return pa.end - pa.start - (pb.end - pb.start) || (a.created < b.created ? 1 : -1);
      });
    const a = covering[0];
    if (!a) return { ok: false, problem: 'no-target', message: 'No annotation of yours is at the cursor (to hide an automatic one, use Reject).' };
    store.remove(`Remove ${a.kind}`, a.id);
    return { ok: true, label: 'Remove', message: `Removed the ${a.kind} annotation on “${a.target.exact.slice(0, 40)}”.` };
  }
}
