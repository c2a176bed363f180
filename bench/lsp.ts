/**
 * A minimal LSP client for the benchmark: spawns the BUILT server (`node dist/server.js
 * --stdio`) and speaks JSON-RPC over its stdin/stdout, as an editor does. Every request
 * has a deadline, and a server that exits, crashes or lacks a capability is reported as a
 * reason string instead of an exception, so the bench can print "n/a" and go on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nowMs, readRss } from './stats';

export interface ServerCapabilitiesLike {
  textDocumentSync?: number | { change?: number; openClose?: boolean };
  semanticTokensProvider?: { full?: boolean | object; range?: boolean };
  hoverProvider?: boolean | object;
  [key: string]: unknown;
}

/** A failure the bench reports as "n/a (reason)". */
export class Unavailable extends Error {}

export interface StartOptions {
  serverPath: string;
  /** Workspace folders sent in `initialize` (absolute directory paths). */
  folders?: string[];
  /** Deadline for the initialize answer. */
  timeoutMs?: number;
}

export class LspSession {
  private readonly docs = new Map<string, TextDocument>();
  private exitInfo: string | null = null;
  stderr = '';
  /** When (nowMs) the `initialized` notification was sent. */
  initializedAt = 0;
  /** window/logMessage texts the server sent, with when they arrived (nowMs). */
  private readonly logs: { at: number; message: string }[] = [];
  private readonly logWaiters: { prefix: string; resolve: (at: number) => void }[] = [];

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: MessageConnection,
    readonly capabilities: ServerCapabilitiesLike,
    /** Milliseconds from spawn to the initialize answer. */
    readonly initializeMs: number,
    private readonly progress: Map<string | number, (value: unknown) => void>,
  ) {
    proc.on('exit', (code, signal) => {
      this.exitInfo = `server exited (code ${code}, signal ${signal})`;
    });
    conn.onNotification('window/logMessage', (p: { message?: unknown }) => {
      const message = typeof p?.message === 'string' ? p.message : '';
      const at = nowMs();
      this.logs.push({ at, message });
      for (const w of this.logWaiters.splice(0)) {
        if (message.startsWith(w.prefix)) w.resolve(at);
        else this.logWaiters.push(w);
      }
    });
  }

  /**
   * When (nowMs) the server logged a line starting with `prefix`, waiting up to `timeoutMs`
   * for it; null if it did not come.
   */
  waitForLog(prefix: string, timeoutMs: number): Promise<number | null> {
    const seen = this.logs.find((l) => l.message.startsWith(prefix));
    if (seen) return Promise.resolve(seen.at);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const i = this.logWaiters.indexOf(waiter);
        if (i >= 0) this.logWaiters.splice(i, 1);
        resolve(null);
      }, timeoutMs);
      const waiter = {
        prefix,
        resolve: (at: number) => {
          clearTimeout(timer);
          resolve(at);
        },
      };
      this.logWaiters.push(waiter);
    });
  }

  /** Spawns the server and completes the initialize handshake, or throws Unavailable. */
  static async start(opts: StartOptions): Promise<LspSession> {
    const t0 = nowMs();
    const proc = spawn(process.execPath, [opts.serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => {
      if (stderr.length < 20000) stderr += d.toString();
    });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onNotification(() => undefined); // logs, diagnostics: not measured
    const progress = new Map<string | number, (value: unknown) => void>();
    conn.onNotification('$/progress', (p: { token: string | number; value: unknown }) => progress.get(p?.token)?.(p.value));
    conn.onRequest(() => null); // workspace/configuration etc.: answer with defaults
    conn.onError(() => undefined);
    conn.listen();
    const exited = new Promise<never>((_, reject) => {
      // 'close' rather than 'exit': by then stderr has been read to the end.
      proc.on('close', (code, signal) =>
        reject(new Unavailable(`server exited before answering initialize (code ${code}, signal ${signal})${stderr ? ': ' + firstLine(stderr) : ''}`)),
      );
      proc.on('error', (err) => reject(new Unavailable(`cannot start server: ${err.message}`)));
    });
    const folders = (opts.folders ?? []).map((f) => ({ uri: fileUri(f), name: f.split('/').pop() ?? f }));
    const init = conn.sendRequest<{ capabilities: ServerCapabilitiesLike }>('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders.length ? folders : null,
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: {
            requests: { full: { delta: false }, range: true },
            tokenTypes: [],
            tokenModifiers: [],
            formats: ['relative'],
          },
        },
        workspace: { workspaceFolders: true, configuration: true },
      },
    });
    try {
      const res = await withDeadline(Promise.race([init, exited]), opts.timeoutMs ?? 15000, 'initialize');
      const ms = nowMs() - t0;
      const session = new LspSession(proc, conn, res?.capabilities ?? {}, ms, progress);
      session.stderr = stderr;
      session.initializedAt = nowMs();
      conn.sendNotification('initialized', {});
      return session;
    } catch (err) {
      proc.kill();
      conn.dispose();
      throw err instanceof Unavailable ? err : new Unavailable(String((err as Error).message ?? err));
    }
  }

  get pid(): number {
    return this.proc.pid ?? -1;
  }

  /** The reason the server can no longer answer, or null while it runs. */
  get exited(): string | null {
    return this.exitInfo;
  }

  /** True if the server declared semantic tokens (full). */
  get hasSemanticTokens(): boolean {
    const p = this.capabilities.semanticTokensProvider;
    return !!p && !!p.full;
  }

  get hasHover(): boolean {
    return !!this.capabilities.hoverProvider;
  }

  /** 2 = incremental, 1 = full, 0 = none (LSP TextDocumentSyncKind). */
  get syncKind(): number {
    const s = this.capabilities.textDocumentSync;
    if (typeof s === 'number') return s;
    return s?.change ?? 0;
  }

  async request<R>(method: string, params: unknown, timeoutMs = 30000): Promise<R> {
    if (this.exitInfo) throw new Unavailable(this.exitInfo);
    try {
      return await withDeadline(this.conn.sendRequest<R>(method, params), timeoutMs, method);
    } catch (err) {
      if (err instanceof Unavailable) throw err;
      const e = err as { code?: number; message?: string };
      if (e.code === -32601) throw new Unavailable(`${method}: method not found`);
      throw new Unavailable(`${method}: ${e.message ?? String(err)}`);
    }
  }

  /** Calls `listener` with the value of every `$/progress` notification for `token`. */
  onProgress(token: string | number, listener: (value: unknown) => void): void {
    this.progress.set(token, listener);
  }

  open(uri: string, text: string, languageId = 'news-article'): void {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  document(uri: string): TextDocument {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`document not open: ${uri}`);
    return d;
  }

  /** Inserts `text` at `offset`: an incremental change if the server takes them, else the full text. */
  insert(uri: string, offset: number, text: string): void {
    const doc = this.document(uri);
    const pos = doc.positionAt(offset);
    const change = { range: { start: pos, end: pos }, text };
    const next = TextDocument.update(doc, [change], doc.version + 1);
    this.docs.set(uri, next);
    const contentChanges = this.syncKind === 2 ? [change] : [{ text: next.getText() }];
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges });
  }

  semanticTokens(uri: string, timeoutMs?: number): Promise<{ data: number[] } | null> {
    return this.request('textDocument/semanticTokens/full', { textDocument: { uri } }, timeoutMs);
  }

  hover(uri: string, offset: number, timeoutMs?: number): Promise<unknown> {
    const position = this.document(uri).positionAt(offset);
    return this.request('textDocument/hover', { textDocument: { uri }, position }, timeoutMs);
  }

  /** Peak and current RSS of the server process. */
  rss(): { hwmKb: number; rssKb: number } | null {
    return this.exitInfo ? null : readRss(this.pid);
  }

  /** shutdown + exit, then kill if it lingers. */
  async stop(): Promise<void> {
    if (!this.exitInfo) {
      try {
        await withDeadline(this.conn.sendRequest('shutdown'), 3000, 'shutdown');
        void this.conn.sendNotification('exit');
      } catch {
        // fall through to kill
      }
    }
    const gone = new Promise<void>((resolve) => {
      if (this.exitInfo) resolve();
      else this.proc.once('exit', () => resolve());
    });
    await Promise.race([gone, delay(2000)]);
    if (!this.exitInfo) this.proc.kill('SIGKILL');
    this.conn.dispose();
  }
}

export function fileUri(path: string): string {
  return 'file://' + path.split('/').map(encodeURIComponent).join('/');
}

/** The most telling line of a crashed process's stderr: the first naming an error, else the first. */
function firstLine(s: string): string {
  const lines = s.trim().split('\n');
  return (lines.find((l) => /error/i.test(l)) ?? lines[0]).trim().slice(0, 200);
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}

/** Rejects with Unavailable if `p` has not settled after `ms`. */
export function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Unavailable(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}
