// Starts a real VS Code (code-server) and a Chromium that talks to it, for the integration
// tests and the screenshots. Everything lives in a fresh temp directory (user data,
// extensions, workspace) that `dispose()` removes; code-server runs in its own process
// group so that it and its extension hosts die together.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { pollUntil } from './poll';

export const repoRoot = resolve(__dirname, '..', '..');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium flags that work in these containers (no GPU, no sandbox, no network chatter). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--force-prefers-reduced-motion',
];

/**
 * User settings for the test profile: no trust dialog, no welcome page, no telemetry, and
 * an editor that shows a whole article paragraph (word wrap) in a readable font.
 */
export const testSettings: Record<string, unknown> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'editor.wordWrap': 'on',
  'editor.fontSize': 15,
  'editor.lineHeight': 24,
  'editor.minimap.enabled': false,
  'editor.semanticHighlighting.enabled': true,
  'editor.hover.delay': 150,
  // Screenshots show the extension's colours, not the cursor word's occurrences or the
  // typographic apostrophes (’) that VS Code flags as ambiguous characters.
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  'editor.renderLineHighlight': 'none',
  'editor.unicodeHighlight.ambiguousCharacters': false,
  // No fade-in animations, so a screenshot never catches a half-drawn hover.
  'workbench.reduceMotion': 'on',
  'files.autoSave': 'off',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Builds the `?folder=…&payload=…` URL that loads the extension (and optionally its tests). */
export function workbenchUrl(opts: {
  port: number;
  folder: string;
  extensionDevelopmentPath: string;
  extensionTestsPath?: string;
}): string {
  const authority = `127.0.0.1:${opts.port}`;
  const remote = (p: string): string => `vscode-remote://${authority}${p}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(opts.extensionDevelopmentPath)]];
  if (opts.extensionTestsPath) payload.push(['extensionTestsPath', remote(opts.extensionTestsPath)]);
  return `http://${authority}/?folder=${encodeURIComponent(opts.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** A loopback TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.unref();
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? res(address.port) : rej(new Error('no port'))));
    });
  });
}

export { pollUntil };

/** Runs the idempotent install script and returns the code-server entry point. */
export function ensureCodeServer(log: (line: string) => void): string {
  const script = join(repoRoot, 'scripts', 'integration', 'install-code-server.sh');
  log('ensuring code-server (cached under ~/.cache/news-annotator)');
  const result = spawnSync('bash', [script], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`code-server install failed (exit ${result.status})`);
  const entry = result.stdout.trim().split('\n').pop() ?? '';
  if (!existsSync(entry)) throw new Error(`code-server entry point not found: ${entry}`);
  return entry;
}

export interface Session {
  port: number;
  root: string;
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  codeServer: ChildProcess;
  serverLog: string[];
  dispose(): Promise<void>;
}

/**
 * Makes a temp root with a workspace holding a copy of the sample articles under
 * `articles/`, a user-data dir with `testSettings`, and an empty extensions dir, then starts
 * code-server on a free loopback port and waits until it answers.
 */
export async function startCodeServer(
  entry: string,
  log: (line: string) => void,
  extraEnv: Record<string, string> = {},
): Promise<Session> {
  const root = mkdtempSync(join(tmpdir(), 'news-annotator-vscode-'));
  const workspace = join(root, 'workspace');
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  cpSync(join(repoRoot, 'test', 'fixtures', 'articles'), join(workspace, 'articles'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(testSettings, null, 2));
  writeFileSync(join(root, 'config.yaml'), 'auth: none\ncert: false\n');

  const port = await freePort();
  const args = [
    entry,
    '--config', join(root, 'config.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    workspace,
  ];
  log(`starting code-server on 127.0.0.1:${port} (temp root ${root})`);
  const codeServer = spawn(process.execPath, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...extraEnv, XDG_CONFIG_HOME: join(root, 'xdg-config'), XDG_DATA_HOME: join(root, 'xdg-data') },
  });
  const serverLog: string[] = [];
  const keep = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) serverLog.push(line);
    if (serverLog.length > 2000) serverLog.splice(0, serverLog.length - 2000);
  };
  codeServer.stdout?.on('data', keep);
  codeServer.stderr?.on('data', keep);
  let exited: number | null | undefined;
  codeServer.on('exit', (code) => (exited = code));

  let disposed = false;
  const dispose = async (): Promise<void> => {
    if (disposed) return;
    disposed = true;
    await killGroup(codeServer);
    if (!process.env.NA_KEEP_TEMP) rmSync(root, { recursive: true, force: true });
  };

  try {
    await pollUntil(
      'code-server to answer /healthz',
      async () => {
        if (exited !== undefined) throw new Error(`code-server exited with ${exited}: ${serverLog.slice(-5).join(' | ')}`);
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        return res.ok ? true : undefined;
      },
      60_000,
    );
  } catch (err) {
    await dispose();
    throw err;
  }
  return { port, root, workspace, userDataDir, extensionsDir, codeServer, serverLog, dispose };
}

/** Kills a detached child's whole process group: TERM, then KILL if it lingers. */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // already gone
    }
  };
  const gone = new Promise<void>((r) => child.once('exit', () => r()));
  signal('SIGTERM');
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000).unref());
  if ((await Promise.race([gone, timer])) === 'timeout') {
    signal('SIGKILL');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 2000).unref())]);
  }
}

/** Launches Chromium (Debian's) through playwright-core at the given window size. */
export async function launchBrowser(width = 1400, height = 900): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}; run scripts/integration/install-code-server.sh or set CHROMIUM_PATH`);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, `--window-size=${width},${height}`],
  });
}

/** Opens a page of the given size and forwards its console errors to `log`. */
export async function openPage(browser: Browser, url: string, log: (line: string) => void, width = 1400, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (err) => log(`page error: ${err.message}`));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/** Closes a Chromium and, failing that, kills its process. */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  const closed = browser.close().then(() => true, () => false);
  const ok = await Promise.race([closed, new Promise<boolean>((r) => setTimeout(() => r(false), 10_000).unref())]);
  if (!ok) {
    const proc = (browser as unknown as { process?: () => ChildProcess | undefined }).process?.();
    proc?.kill('SIGKILL');
  }
}
