/**
 * The annotations of one article, kept in memory and in the article's sidecar file.
 *
 * - A sidecar that cannot be parsed is left exactly as it is on disk: the store reports
 *   why and refuses to save (`saveBlockedReason`) until the file is fixed or moved.
 * - Writes are atomic: a temporary file in the same folder, fsync, rename.
 * - Before writing, the store re-reads the file; if it changed since the store last read
 *   or wrote it (another window, another tool), the two are merged by annotation id and
 *   the merge is reported. Nothing is overwritten blindly.
 * - Every edit goes through an undo/redo history.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AnnotationHistory, type AnnotationChange, putAnnotations } from './history';
import { type Annotation, liveAnnotations, reanchorAnnotations, removeAnnotation } from './model';
import { type MergeReport, mergeAnnotations, newSidecar, parseSidecar, serializeSidecar, sidecarPathFor } from './sidecar';

export type LoadOutcome =
  | { status: 'missing' }
  | { status: 'loaded'; count: number; merge: MergeReport }
  | { status: 'corrupt'; error: string };

export type SaveOutcome =
  /** `written` is false when there was nothing to write (no annotations, no file yet). */
  | { status: 'saved'; written: boolean; merge: MergeReport | null; recreated: boolean }
  /** The file on disk cannot be parsed; it was left untouched. */
  | { status: 'blocked'; error: string }
  | { status: 'failed'; error: string };

function bytesHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readIfExists(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Writes `content` to `path` through a temporary file in the same folder, fsync and rename. */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  let fd: number | null = openSync(tmp, 'wx', 0o644);
  try {
    writeSync(fd, content, null, 'utf8');
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // The temporary file may already be gone.
    }
    throw err;
  }
  try {
    // Make the rename itself durable; not every platform can fsync a folder.
    const dirFd = openSync(dirname(path), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Best effort only.
  }
}

export interface StoreOptions {
  /** The clock, for tests. */
  now?: () => string;
}

export class AnnotationStore {
  readonly sidecarPath: string;
  readonly history = new AnnotationHistory();
  private annotations: Annotation[] = [];
  /** Hash of the file bytes last read or written; null when the file was absent. */
  private diskHash: string | null = null;
  private corrupt: string | null = null;
  private readonly now: () => string;

  constructor(
    readonly articlePath: string,
    options: StoreOptions = {},
  ) {
    this.sidecarPath = sidecarPathFor(articlePath);
    this.now = options.now ?? (() => new Date().toISOString());
  }

  /** Every annotation, tombstones included (as the file keeps them). */
  all(): readonly Annotation[] {
    return this.annotations;
  }

  /** The annotations in effect. */
  live(): Annotation[] {
    return liveAnnotations(this.annotations);
  }

  get(id: string): Annotation | undefined {
    return this.annotations.find((a) => a.id === id);
  }

  /** Why saving is refused (the sidecar on disk could not be parsed), or null. */
  get saveBlockedReason(): string | null {
    return this.corrupt === null
      ? null
      : `${this.sidecarPath} could not be read (${this.corrupt}). It was left untouched; fix or move it, then reload. Nothing will be written to it until then.`;
  }

  /**
   * Reads the sidecar and merges it into memory (into nothing, the first time).
   * A corrupt file is reported and left alone; saving stays blocked until a later load succeeds.
   */
  load(): LoadOutcome {
    const bytes = readIfExists(this.sidecarPath);
    if (bytes === null) {
      this.diskHash = null;
      this.corrupt = null;
      return { status: 'missing' };
    }
    const parsed = parseSidecar(bytes.toString('utf8'));
    if (!parsed.ok) {
      this.corrupt = parsed.error;
      return { status: 'corrupt', error: parsed.error };
    }
    this.corrupt = null;
    this.diskHash = bytesHash(bytes);
    const { annotations, report } = mergeAnnotations(this.annotations, parsed.sidecar.annotations);
    this.annotations = annotations;
    return { status: 'loaded', count: annotations.length, merge: report };
  }

  private commit(label: string, versions: Annotation[]): void {
    const changes: AnnotationChange[] = versions.map((after) => ({ before: this.get(after.id) ?? null, after }));
    this.annotations = putAnnotations(this.annotations, versions);
    this.history.record({ label, changes });
  }

  /** Adds new annotations (one undoable operation). */
  add(label: string, ...annotations: Annotation[]): void {
    for (const a of annotations) {
      if (this.get(a.id)) throw new Error(`an annotation with id ${a.id} already exists`);
    }
    this.commit(label, annotations);
  }

  /** Replaces an annotation with a changed version (same id); `modified` is set to now. */
  update(label: string, annotation: Annotation): void {
    if (!this.get(annotation.id)) throw new Error(`no annotation with id ${annotation.id}`);
    this.commit(label, [{ ...annotation, modified: this.now() }]);
  }

  /** Removes an annotation (it stays in the file as a tombstone so merges remove it too). */
  remove(label: string, id: string): void {
    const a = this.get(id);
    if (!a) throw new Error(`no annotation with id ${id}`);
    if (a.deleted) return;
    this.commit(label, [removeAnnotation(a, this.now())]);
  }

  /** Undoes the last operation; returns its label, or null when there was nothing to undo. */
  undo(): string | null {
    const step = this.history.undo(this.now());
    if (!step) return null;
    this.annotations = putAnnotations(this.annotations, step.versions);
    return step.label;
  }

  redo(): string | null {
    const step = this.history.redo(this.now());
    if (!step) return null;
    this.annotations = putAnnotations(this.annotations, step.versions);
    return step.label;
  }

  /**
   * Writes the annotations, anchored to `text` (the article as it is now), to the sidecar.
   * Merges first if the file changed on disk since it was last read or written; refuses
   * (status 'blocked') if the file on disk cannot be parsed.
   */
  save(text: string): SaveOutcome {
    let merge: MergeReport | null = null;
    let recreated = false;
    try {
      const bytes = readIfExists(this.sidecarPath);
      if (bytes === null) {
        recreated = this.diskHash !== null;
        if (this.annotations.length === 0) {
          this.diskHash = null;
          this.corrupt = null;
          return { status: 'saved', written: false, merge: null, recreated: false };
        }
      } else if (bytesHash(bytes) !== this.diskHash || this.corrupt !== null) {
        const parsed = parseSidecar(bytes.toString('utf8'));
        if (!parsed.ok) {
          this.corrupt = parsed.error;
          return { status: 'blocked', error: this.saveBlockedReason! };
        }
        this.corrupt = null;
        const merged = mergeAnnotations(this.annotations, parsed.sidecar.annotations);
        this.annotations = merged.annotations;
        merge = merged.report;
      }
      this.annotations = reanchorAnnotations(text, this.annotations);
      const content = serializeSidecar(newSidecar(text, this.annotations, basename(this.articlePath)));
      writeFileAtomic(this.sidecarPath, content);
      this.diskHash = bytesHash(Buffer.from(content, 'utf8'));
      return { status: 'saved', written: true, merge, recreated };
    } catch (err) {
      return { status: 'failed', error: `could not write ${this.sidecarPath}: ${(err as Error).message}` };
    }
  }
}

/** Reads an article's sidecar once, for tools that only read (the CLI export). */
export function readSidecarAnnotations(
  articlePath: string,
): { status: 'missing' } | { status: 'loaded'; annotations: Annotation[] } | { status: 'corrupt'; error: string } {
  const bytes = readIfExists(sidecarPathFor(articlePath));
  if (bytes === null) return { status: 'missing' };
  const parsed = parseSidecar(bytes.toString('utf8'));
  return parsed.ok ? { status: 'loaded', annotations: parsed.sidecar.annotations } : { status: 'corrupt', error: parsed.error };
}
