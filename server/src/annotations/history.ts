/**
 * Undo and redo for one document's annotations. Each operation records the versions of
 * the annotations it changed; undoing or redoing produces new versions (with a fresh
 * `modified` time) rather than rewinding, so an undo also wins when the sidecar is merged
 * with another copy. Pure: no editor or file imports.
 */
import type { Annotation } from './model';

export interface AnnotationChange {
  /** The version before the operation, or null when the operation created the annotation. */
  before: Annotation | null;
  after: Annotation;
}

export interface AnnotationOperation {
  /** Shown to the user: "Add quote", "Remove entity", "Import brat". */
  label: string;
  changes: AnnotationChange[];
}

export const HISTORY_LIMIT = 200;

/** Puts new versions into a list by id (replacing the old version, or appending). */
export function putAnnotations(list: readonly Annotation[], versions: readonly Annotation[]): Annotation[] {
  const byId = new Map(list.map((a) => [a.id, a] as const));
  for (const v of versions) byId.set(v.id, v);
  return [...byId.values()];
}

export class AnnotationHistory {
  private readonly done: AnnotationOperation[] = [];
  private readonly undone: AnnotationOperation[] = [];

  constructor(private readonly limit = HISTORY_LIMIT) {}

  /** Records an operation that was just applied; it clears what could be redone. */
  record(operation: AnnotationOperation): void {
    if (operation.changes.length === 0) return;
    this.done.push(operation);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
  }

  canUndo(): boolean {
    return this.done.length > 0;
  }

  canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** The label of the operation undo would revert, if any. */
  nextUndoLabel(): string | null {
    return this.done.length > 0 ? this.done[this.done.length - 1].label : null;
  }

  /**
   * Reverts the last operation: returns the versions to put (an annotation the operation
   * created becomes a tombstone), or null when there is nothing to undo.
   */
  undo(now: string): { label: string; versions: Annotation[] } | null {
    const op = this.done.pop();
    if (!op) return null;
    this.undone.push(op);
    const versions = [...op.changes].reverse().map((c) =>
      c.before === null ? { ...c.after, deleted: true, modified: now } : { ...c.before, modified: now },
    );
    return { label: op.label, versions };
  }

  /** Re-applies the last undone operation, or returns null. */
  redo(now: string): { label: string; versions: Annotation[] } | null {
    const op = this.undone.pop();
    if (!op) return null;
    this.done.push(op);
    return { label: op.label, versions: op.changes.map((c) => ({ ...c.after, modified: now })) };
  }
}
