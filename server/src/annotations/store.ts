/**
 * The annotations of one article, kept in memory and in the article's sidecar file.
 *
 * - A sidecar that cannot be parsed is left exactly as it is on disk: the store reports
 *   why and refuses to save (`saveBlockedReason`) until the file is fixed or moved.
 * - Writes are atomic: a temporary file in the same folder, fsync, rename.
 * - A save holds a lock file (`.<sidecar>.lock`) from reading the file to renaming the new
 *   version into place, so saves from several processes follow one another and each merges
 *   what the one before wrote. A lock whose process is gone, or older than `staleLockMs`, is
 *   taken over; a save that cannot get the lock in `lockTimeoutMs` fails and changes nothing.
 * - Before writing, the store re-reads the file; if it changed since the store last read
 *   or wrote it (another window, another tool), the two are merged by annotation id and
 *   the merge is reported. Nothing is overwritten blindly.
 * - Loading removes what a crashed save left behind: temporary files of this sidecar older
 *   than a minute, and a stale lock.
 * - Every edit goes through an undo/redo history.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
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
  /**
   * Nothing was written; memory is as it was. `retryable` is set when another process held
   * the sidecar's lock for the whole wait: the same save can simply be tried again.
   */
  | { status: 'failed'; error: string; retryable?: boolean };

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

const errCode = (err: unknown): string | undefined => (err as NodeJS.ErrnoException).code;

/** A fresh temporary name next to `path`: `.<name>.<pid>.<8 hex>.tmp`. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
}

/**
 * Writes `content` to `path` through a temporary file in the same folder, fsync and rename.
 * `beforeRename`, when given, runs once the temporary file is complete and may throw to
 * cancel the write (the temporary file is then removed and `path` is left as it was).
 */
export function writeFileAtomic(path: string, content: string, beforeRename?: () => void): void {
  const tmp = tempPathFor(path);
  let fd: number | null = openSync(tmp, 'wx', 0o644);
  try {
    writeSync(fd, content, null, 'utf8');
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    beforeRename?.();
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

/** Temporary files older than this are left-overs of a crashed save. */
export const TEMP_FILE_MAX_AGE_MS = 60_000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes the temporary files a crashed save of `sidecarPath` left behind: regular files
 * named exactly as `writeFileAtomic` names them for this sidecar (`.<sidecar name>.<pid>.
 * <8 hex>.tmp`) and last modified more than `maxAgeMs` ago. Nothing else is touched; a file
 * that cannot be removed is skipped. Returns the names removed.
 */
export function removeStaleTempFiles(sidecarPath: string, maxAgeMs = TEMP_FILE_MAX_AGE_MS, now = Date.now()): string[] {
  const dir = dirname(sidecarPath);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(sidecarPath))}\\.\\d+\\.[0-9a-f]{8}\\.tmp$`);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!pattern.test(name)) continue;
    const path = join(dir, name);
    try {
      const st = lstatSync(path);
      if (!st.isFile() || now - st.mtimeMs <= maxAgeMs) continue;
      unlinkSync(path);
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** Blocks the thread for `ms` milliseconds (saves are synchronous; this is the lock's back-off). */
const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(sleepCell, 0, 0, ms);
}

/** What a lock file says about its holder, and the file itself (to tell it from a newer lock). */
interface LockInfo {
  pid: number | null;
  host: string | null;
  /** When it was taken (ms since the epoch): from its content, else its mtime. */
  time: number;
  token: string | null;
  /** A claim on the next turn: when its holder stops waiting. */
  until: number | null;
  raw: string;
  ino: number;
  mtimeMs: number;
}

/** Another process holds the lock and kept it for the whole wait. */
class LockBusy extends Error {}
/** Our lock was taken over (we were judged stale) before we could write: start again. */
class LockLost extends Error {}

function readLock(lockPath: string): LockInfo | null {
  let fd: number;
  try {
    fd = openSync(lockPath, 'r');
  } catch (err) {
    if (errCode(err) === 'ENOENT') return null;
    throw err;
  }
  try {
    const st = fstatSync(fd);
    const raw = readFileSync(fd, 'utf8');
    let pid: number | null = null;
    let host: string | null = null;
    let time = st.mtimeMs;
    let token: string | null = null;
    let until: number | null = null;
    try {
      const o = JSON.parse(raw) as Record<string, unknown>;
      if (Number.isSafeInteger(o.pid) && (o.pid as number) > 0) pid = o.pid as number;
      if (typeof o.host === 'string') host = o.host;
      if (typeof o.time === 'number' && Number.isFinite(o.time)) time = o.time;
      if (typeof o.token === 'string') token = o.token;
      if (typeof o.until === 'number' && Number.isFinite(o.until)) until = o.until;
    } catch {
      // Empty (its writer is between open and write, or died there) or not ours: judged by mtime.
    }
    return { pid, host, time, token, until, raw, ino: st.ino, mtimeMs: st.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates `path` with `content` if it does not exist yet; false if it does. The file appears
 * whole: the content goes to a temporary file first (`tmp`, named as the sidecar's are, so
 * the next load clears it away if a crash leaves it), which is then hard-linked to `path`;
 * link, like `wx`, fails if `path` exists. A process killed at any point leaves either no
 * file or a complete one naming its (then dead) process, never an empty lock that nobody
 * could judge. File systems without hard links get `wx` and a write.
 */
function createExclusive(path: string, content: Buffer, tmp: string): boolean {
  writeFileSync(tmp, content, { flag: 'wx', mode: 0o644 });
  try {
    linkSync(tmp, path);
    return true;
  } catch (err) {
    if (errCode(err) === 'EEXIST') return false;
    // Windows refuses to create a file whose deletion is still pending: the lock is being let go.
    if (errCode(err) === 'EPERM' && process.platform === 'win32' && existsSync(path)) return false;
    return createByOpen(path, content);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone.
    }
  }
}

function createByOpen(path: string, content: Buffer): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (err) {
    if (errCode(err) === 'EEXIST') return false;
    if (errCode(err) === 'EPERM' && process.platform === 'win32') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
  } catch (err) {
    closeSync(fd);
    unlinkSync(path);
    throw err;
  }
  closeSync(fd);
  return true;
}

/** Removes `path` if it is still the file `info` describes (not a newer one of the same name). */
function removeIfSame(path: string, info: LockInfo): void {
  try {
    const now = readLock(path);
    if (now !== null && now.ino === info.ino && now.mtimeMs === info.mtimeMs && now.raw === info.raw) unlinkSync(path);
  } catch {
    // Gone already.
  }
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return errCode(err) === 'ESRCH';
  }
}

/**
 * The lock file around one sidecar's read-merge-write. Taken with an exclusive create
 * (`wx`), so exactly one process holds it; it says who holds it (pid, host, time, a random
 * token). Released in `finally` by the holder, and only if it still holds the holder's token.
 */
export class SidecarLock {
  readonly path: string;
  /** The claim on the next turn, taken by a process that had to wait. */
  readonly nextPath: string;
  private token: string | null = null;

  constructor(
    private readonly sidecarPath: string,
    private readonly timeoutMs: number,
    private readonly staleMs: number,
  ) {
    this.path = join(dirname(sidecarPath), `.${basename(sidecarPath)}.lock`);
    this.nextPath = `${this.path}-next`;
  }

  /** Whether a holder's lock no longer counts: its process is gone (same host), or it is too old. */
  isStale(info: LockInfo, now = Date.now()): boolean {
    if (info.pid !== null && info.host === hostname() && info.pid !== process.pid && processIsGone(info.pid)) return true;
    return Math.abs(now - info.time) > this.staleMs;
  }

  /**
   * Takes the lock, waiting with a short back-off while another process holds it; throws
   * LockBusy when the wait runs out, or the file system's error (a read-only folder, …).
   *
   * Turns are fair: a process that finds the lock held claims the next turn (`.lock-next`,
   * also an exclusive create) and, while its claim stands, nobody else takes the lock. Without
   * this, a process saving in a tight loop takes the lock back the moment it lets go, and a
   * waiter polling now and then never gets in. The claim only orders turns; a claim whose
   * process is gone or whose wait is over is ignored and removed.
   */
  acquire(): void {
    const deadline = Date.now() + this.timeoutMs;
    const token = randomUUID();
    const ours = (until?: number) => Buffer.from(JSON.stringify({ pid: process.pid, host: hostname(), time: Date.now(), token, until }), 'utf8');
    let claimed = false;
    let delay = 1;
    try {
      for (;;) {
        let theirTurn = false;
        if (!claimed) {
          const claim = readLock(this.nextPath);
          if (claim !== null && claim.token !== token) {
            if (this.claimIsStale(claim)) removeIfSame(this.nextPath, claim);
            else theirTurn = true;
          }
        }
        if (!theirTurn && createExclusive(this.path, ours(), tempPathFor(this.sidecarPath))) {
          this.token = token;
          return;
        }
        const holder = theirTurn ? null : readLock(this.path);
        // Released between our open and our read: try again at once (within the wait).
        if (!theirTurn && holder === null && Date.now() < deadline) continue;
        if (holder !== null && this.isStale(holder)) {
          this.breakStale(holder);
          continue;
        }
        if (!claimed && !theirTurn) claimed = createExclusive(this.nextPath, ours(deadline), tempPathFor(this.sidecarPath));
        const left = deadline - Date.now();
        if (left <= 0) {
          const who = holder?.pid == null ? 'another process' : `process ${holder.pid}${holder.host && holder.host !== hostname() ? ` on ${holder.host}` : ''}`;
          throw new LockBusy(`${who} is saving it (lock file ${this.path}); nothing was written, try again`);
        }
        // Jitter keeps two waiters from retrying in step; the one whose turn is next looks often.
        sleepSync(Math.min(left, delay + Math.random() * delay));
        delay = Math.min(delay * 2, claimed ? 4 : 20);
      }
    } finally {
      if (claimed) {
        try {
          const claim = readLock(this.nextPath);
          if (claim?.token === token) unlinkSync(this.nextPath);
        } catch {
          // A claim left behind is ignored once its wait is over.
        }
      }
    }
  }

  /** Whether a claim on the next turn no longer counts: its process is gone (same host), or its wait is over. */
  private claimIsStale(claim: LockInfo, now = Date.now()): boolean {
    if (claim.pid !== null && claim.host === hostname() && claim.pid !== process.pid && processIsGone(claim.pid)) return true;
    // An empty or foreign claim (its writer died between create and write) waits at most one timeout.
    const until = claim.until ?? claim.mtimeMs + this.timeoutMs;
    return now > until + 500 || Math.abs(now - claim.time) > this.staleMs;
  }

  /**
   * Removes a stale lock, and only that one: it is first renamed aside (atomic), then checked;
   * if what was moved is not the stale lock (a newer holder had taken its place meanwhile), it
   * is put back with a hard link, which never replaces a lock someone else took in between.
   */
  private breakStale(stale: LockInfo): void {
    // Named as the sidecar's temporary files are, so a crash right here leaves nothing that
    // the next load does not clear away.
    const aside = tempPathFor(this.sidecarPath);
    try {
      renameSync(this.path, aside);
    } catch (err) {
      if (errCode(err) === 'ENOENT') return;
      throw err;
    }
    try {
      const moved = readLock(aside);
      const same = moved !== null && moved.ino === stale.ino && moved.mtimeMs === stale.mtimeMs && moved.raw === stale.raw;
      if (!same) {
        try {
          linkSync(aside, this.path);
        } catch {
          // A third process holds the lock now; the holder we moved sees it has lost it before writing.
        }
      }
    } finally {
      try {
        unlinkSync(aside);
      } catch {
        // Already gone.
      }
    }
  }

  /**
   * Removes the lock and the next-turn claim if they are stale (left by a process that died
   * while saving or waiting); a lock or claim that still counts is left alone.
   */
  clearStale(): void {
    const holder = readLock(this.path);
    if (holder !== null && this.isStale(holder)) this.breakStale(holder);
    const claim = readLock(this.nextPath);
    if (claim !== null && this.claimIsStale(claim)) removeIfSame(this.nextPath, claim);
  }

  /** Throws LockLost unless the lock file still holds our token (it was not taken over). */
  check(): void {
    const now = readLock(this.path);
    if (this.token === null || now?.token !== this.token) throw new LockLost('the sidecar lock was taken over');
  }

  release(): void {
    if (this.token === null) return;
    try {
      if (readLock(this.path)?.token === this.token) unlinkSync(this.path);
    } catch {
      // Nothing more to do: a lock left behind is stale once this process is gone.
    } finally {
      this.token = null;
    }
  }
}

export interface StoreOptions {
  /** The clock, for tests. */
  now?: () => string;
  /** How long a save waits for another process's lock before it fails (retryable). Default 2 s. */
  lockTimeoutMs?: number;
  /** A lock older than this is taken over even if its process seems alive. Default 10 s. */
  staleLockMs?: number;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 2_000;
export const DEFAULT_STALE_LOCK_MS = 10_000;
/** How often a save starts over because its lock was taken over meanwhile (it then waits again). */
const MAX_LOCK_LOSSES = 3;

export class AnnotationStore {
  readonly sidecarPath: string;
  readonly history = new AnnotationHistory();
  private annotations: Annotation[] = [];
  /** Hash of the file bytes last read or written; null when the file was absent. */
  private diskHash: string | null = null;
  private corrupt: string | null = null;
  private readonly now: () => string;
  private readonly lockTimeoutMs: number;
  private readonly staleLockMs: number;

  constructor(
    readonly articlePath: string,
    options: StoreOptions = {},
  ) {
    this.sidecarPath = sidecarPathFor(articlePath);
    this.now = options.now ?? (() => new Date().toISOString());
    this.lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
    this.staleLockMs = options.staleLockMs ?? DEFAULT_STALE_LOCK_MS;
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
   * Temporary files of this sidecar older than a minute, and a lock or next-turn claim whose
   * process is gone (all left by a crash), are removed.
   */
  load(): LoadOutcome {
    removeStaleTempFiles(this.sidecarPath);
    try {
      new SidecarLock(this.sidecarPath, this.lockTimeoutMs, this.staleLockMs).clearStale();
    } catch {
      // Tidying only: the next save deals with the lock in any case.
    }
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
   * (status 'blocked') if the file on disk cannot be parsed. Reading, merging and writing
   * happen under the sidecar's lock; if another process keeps it past `lockTimeoutMs`, the
   * save fails with `retryable` set and memory is left exactly as it was.
   */
  save(text: string): SaveOutcome {
    // Nothing to write and no file: no lock needed (and none created in a read-only folder).
    if (this.annotations.length === 0 && readIfExists(this.sidecarPath) === null) {
      this.diskHash = null;
      this.corrupt = null;
      return { status: 'saved', written: false, merge: null, recreated: false };
    }
    const lock = new SidecarLock(this.sidecarPath, this.lockTimeoutMs, this.staleLockMs);
    for (let losses = 0; ; losses++) {
      try {
        lock.acquire();
      } catch (err) {
        const busy = err instanceof LockBusy;
        return { status: 'failed', error: `could not save ${this.sidecarPath}: ${(err as Error).message}`, ...(busy ? { retryable: true } : {}) };
      }
      try {
        return this.saveLocked(text, lock);
      } catch (err) {
        if (err instanceof LockLost && losses < MAX_LOCK_LOSSES) continue;
        const lost = err instanceof LockLost;
        return { status: 'failed', error: `could not write ${this.sidecarPath}: ${(err as Error).message}`, ...(lost ? { retryable: true } : {}) };
      } finally {
        lock.release();
      }
    }
  }

  /** The read-merge-write of `save`, with the lock held. Memory changes only once the file is in place. */
  private saveLocked(text: string, lock: SidecarLock): SaveOutcome {
    let merge: MergeReport | null = null;
    let recreated = false;
    let annotations = this.annotations;
    const bytes = readIfExists(this.sidecarPath);
    if (bytes === null) {
      recreated = this.diskHash !== null;
      if (annotations.length === 0) {
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
      const merged = mergeAnnotations(annotations, parsed.sidecar.annotations);
      annotations = merged.annotations;
      merge = merged.report;
    }
    annotations = reanchorAnnotations(text, annotations);
    const content = serializeSidecar(newSidecar(text, annotations, basename(this.articlePath)));
    writeFileAtomic(this.sidecarPath, content, () => lock.check());
    this.annotations = annotations;
    this.diskHash = bytesHash(Buffer.from(content, 'utf8'));
    return { status: 'saved', written: true, merge, recreated };
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
