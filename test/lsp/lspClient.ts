/**
 * A minimal LSP client for the protocol tests: spawns the BUILT server
 * (`node dist/server.js --stdio`) and talks JSON-RPC over its stdio, as an editor does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  type InitializeResult,
  type ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = join(__dirname, '..', '..');
export const serverPath = join(repoRoot, 'dist', 'server.js');

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  initializeResult: InitializeResult;
  /** Every notification the server sent, in order. */
  notifications: { method: string; params: unknown }[];
  /** Methods of the requests the server sent to the editor, in order. */
  serverRequests: string[];
  /** Settings the fake editor answers `workspace/configuration` with. */
  settings: Record<string, unknown>;
  /** stderr of the server so far. */
  stderr(): string;
  /** Resolves when a notification matching `pred` has arrived (polling the list, with a deadline). */
  waitForNotification(method: string, pred?: (params: any) => boolean, timeoutMs?: number): Promise<any>;
  stop(): Promise<number | null>;
}

export interface StartOptions {
  settings?: Record<string, unknown>;
  /** Whether the fake editor announces workspace/configuration support (default true). */
  configuration?: boolean;
  initializationOptions?: Record<string, unknown>;
  /** When set, answers to workspace/configuration wait for this promise (to stage races). */
  configurationGate?: Promise<void>;
}

export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run "npm run build" first (npm test does).`);
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const notifications: { method: string; params: unknown }[] = [];
  const settings = options.settings ?? {};
  connection.onUnhandledNotification((n) => notifications.push({ method: n.method, params: n.params }));
  const serverRequests: string[] = [];
  connection.onRequest('workspace/configuration', async (params: { items: { section?: string }[] }) => {
    serverRequests.push('workspace/configuration');
    if (options.configurationGate) await options.configurationGate;
    return params.items.map(() => settings);
  });
  connection.onRequest('workspace/semanticTokens/refresh', () => {
    serverRequests.push('workspace/semanticTokens/refresh');
    return null;
  });
  connection.listen();
  const initializeResult = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: options.configuration ?? true, semanticTokens: { refreshSupport: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        semanticTokens: {
          requests: { full: { delta: true }, range: true },
          tokenTypes: [],
          tokenModifiers: [],
          formats: ['relative'],
        },
      },
    },
    initializationOptions: options.initializationOptions ?? { documentStatusNotifications: true },
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});

  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    connection,
    process: child,
    initializeResult,
    notifications,
    serverRequests,
    settings,
    stderr: () => stderr,
    async waitForNotification(method, pred = () => true, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = notifications.find((n) => n.method === method && pred(n.params));
        if (found) return found.params;
        if (Date.now() > deadline) throw new Error(`no ${method} notification within ${timeoutMs} ms; got: ${notifications.map((n) => n.method).join(', ')}`);
        await new Promise((r) => setTimeout(r, 2)); // poll interval, not a wait for a fixed time
      }
    },
    async stop() {
      if (child.exitCode === null) {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      }
      const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000).unref())]);
      connection.dispose();
      if (code === 'timeout') {
        child.kill();
        throw new Error('server did not exit within 5 s after shutdown/exit');
      }
      return code;
    },
  };
}
