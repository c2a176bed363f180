/**
 * The workspace index kept on disk between sessions: each article file's summary with the
 * file's modification time and size when it was analysed. A file whose time and size are
 * unchanged is not read or analysed again when the editor reopens the folder; anything else
 * is. The whole cache is dropped when the engine that made it is not this one (`version`).
 *
 * A missing, unreadable or malformed cache file costs nothing but a full index: it is never
 * an error for the user, only a line in the server log. Writes go to a temporary file that is
 * then renamed, so a crash mid-write leaves the old cache or none, never half of one.
 */
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { QuoteKind, SpeakerKind } from '../analysis/types';
import type { ArticleSummary } from './sourcesModel';

/** Bumped when the file's layout changes; the engine's own version is `IndexCache.version`. */
const FORMAT = 1;

export interface FileStamp {
  mtimeMs: number;
  size: number;
}

interface Entry extends FileStamp {
  summary: ArticleSummary;
}

export class IndexCache {
  private entries = new Map<string, Entry>();
  private loaded: Promise<void> | null = null;
  private dirty = false;

  /**
   * @param file where the cache lives (the editor's workspace storage)
   * @param version the engine's identity: a cache made by another engine is ignored
   * @param warn told why a cache file could not be used or written
   */
  constructor(
    readonly file: string,
    readonly version: string,
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /** Reads the cache file once; later calls wait for the same read. */
  load(): Promise<void> {
    this.loaded ??= this.read();
    return this.loaded;
  }

  private async read(): Promise<void> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.warn(`The workspace index cache ${this.file} could not be read (${(err as Error).message}); indexing every file.`);
      return;
    }
    try {
      const data = JSON.parse(raw) as unknown;
      if (!isCacheFile(data)) throw new Error('not a News Annotator index cache');
      if (data.format !== FORMAT || data.version !== this.version) return; // another engine made it
      for (const [path, row] of Object.entries(data.entries)) {
        const e = entryOf(path, row);
        if (e) this.entries.set(path, e);
      }
    } catch (err) {
      this.warn(`The workspace index cache ${this.file} is damaged (${(err as Error).message}); it will be rebuilt.`);
      this.entries.clear();
      this.dirty = true;
    }
  }

  /**
   * The summary made of `path` when it had this stamp, if any. Times match to the millisecond
   * either way: a tool that sets a time back (a copy that keeps times, a checkout) may keep no
   * finer part.
   */
  get(path: string, stamp: FileStamp): ArticleSummary | undefined {
    const e = this.entries.get(path);
    return e && Math.abs(e.mtimeMs - stamp.mtimeMs) < 1 && e.size === stamp.size ? e.summary : undefined;
  }

  set(path: string, stamp: FileStamp, summary: ArticleSummary): void {
    this.entries.set(path, { mtimeMs: stamp.mtimeMs, size: stamp.size, summary });
    this.dirty = true;
  }

  /** Forgets every file not in `paths` (deleted, moved, no longer matching the patterns). */
  retain(paths: ReadonlySet<string>): void {
    for (const path of [...this.entries.keys()]) {
      if (!paths.has(path)) {
        this.entries.delete(path);
        this.dirty = true;
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** Writes the cache if anything changed since it was read or last written. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const entries: Record<string, Row> = {};
    for (const [path, e] of this.entries) entries[path] = rowOf(e);
    const data = { format: FORMAT, version: this.version, entries };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(tmp, JSON.stringify(data));
      await rename(tmp, this.file);
      this.dirty = false;
    } catch (err) {
      this.warn(`The workspace index cache could not be written to ${this.file} (${(err as Error).message}); the next session indexes every file again.`);
      await unlink(tmp).catch(() => undefined);
    }
  }
}

function isCacheFile(data: unknown): data is { format: number; version: string; entries: Record<string, unknown> } {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return typeof d.format === 'number' && typeof d.version === 'string' && typeof d.entries === 'object' && d.entries !== null && !Array.isArray(d.entries);
}

/**
 * One file on disk, as arrays rather than objects (the keys of a quarter of a million quotes
 * would weigh more than their texts): [mtimeMs, size, entities, channels, quotes], a channel
 * [name, kind], a quote [id, start, end, text, kind, speaker name, speaker kind, via]. The
 * URI is the file's own, so it is not stored.
 */
type Row = [number, number, number, [string, string][], QuoteRow[]];
type QuoteRow = [string, number, number, string, string, string | null, string | null, string | null];

function rowOf(e: Entry): Row {
  const s = e.summary;
  return [
    e.mtimeMs,
    e.size,
    s.entities,
    s.channels.map((c) => [c.name, c.kind]),
    s.quotes.map((q) => [q.id, q.start, q.end, q.text, q.kind, q.speaker?.name ?? null, q.speaker?.kind ?? null, q.via]),
  ];
}

/** The entry a row stands for, or null when the row is not one (a damaged or foreign cache). */
function entryOf(path: string, row: unknown): Entry | null {
  if (!Array.isArray(row) || row.length !== 5) return null;
  const [mtimeMs, size, entities, channels, quotes] = row as unknown[];
  if (typeof mtimeMs !== 'number' || typeof size !== 'number' || typeof entities !== 'number' || !Array.isArray(channels) || !Array.isArray(quotes)) return null;
  if (!channels.every((c) => Array.isArray(c) && c.length === 2 && typeof c[0] === 'string' && isChannelKind(c[1]))) return null;
  if (!quotes.every(isQuoteRow)) return null;
  return {
    mtimeMs,
    size,
    summary: {
      uri: pathToFileURL(path).href,
      entities,
      channels: (channels as [string, ArticleSummary['channels'][number]['kind']][]).map(([name, kind]) => ({ name, kind })),
      quotes: (quotes as QuoteRow[]).map(([id, start, end, text, kind, name, speakerKind, via]) => ({
        id,
        start,
        end,
        text,
        kind: kind as QuoteKind,
        speaker: name !== null ? { name, kind: speakerKind as SpeakerKind } : null,
        via,
      })),
    },
  };
}

function isChannelKind(k: unknown): boolean {
  return k === 'source-line' || k === 'agency' || k === 'outlet';
}

function isQuoteRow(q: unknown): boolean {
  if (!Array.isArray(q) || q.length !== 8) return false;
  const [id, start, end, text, kind, name, speakerKind, via] = q as unknown[];
  return (
    typeof id === 'string' &&
    typeof start === 'number' &&
    typeof end === 'number' &&
    typeof text === 'string' &&
    (kind === 'quote' || kind === 'scare') &&
    ((name === null && speakerKind === null) || (typeof name === 'string' && (speakerKind === 'person' || speakerKind === 'organization' || speakerKind === 'unnamed'))) &&
    (via === null || typeof via === 'string')
  );
}
