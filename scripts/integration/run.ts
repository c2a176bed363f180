// `npm run test:integration`: runs test/integration (bundled to dist/test/integration.js)
// inside a real VS Code extension host, then checks that the packaged .vsix installs.
//
// 1. Where VS Code can be downloaded, @vscode/test-electron's runTests is the way; it is
//    tried with a short timeout and, when the download fails (no internet here), we fall
//    back to code-server: VS Code 1.100 served from Node with the same extension host.
// 2. code-server starts on a free loopback port with fresh temp user-data/extensions dirs;
//    Chromium (playwright-core) opens the workspace with the extension and its tests in
//    the payload; run() writes results to a JSON file that we poll.
// 3. The .vsix from `npm run package` is installed with --install-extension into a temp
//    extensions dir and must then be listed.
// Prints a closing line `N passed, N failed`; exits non-zero on any failure or timeout.
// Always stops Chromium and code-server (also on Ctrl-C).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  closeBrowser,
  ensureCodeServer,
  launchBrowser,
  openPage,
  pollUntil,
  repoRoot,
  type Session,
  startCodeServer,
  workbenchUrl,
} from './codeServer';
import { type Outcome, summarize } from './results';

const SUITE_TIMEOUT_MS = Number(process.env.NA_SUITE_TIMEOUT_MS ?? 6 * 60_000);
const DOWNLOAD_TIMEOUT_MS = Number(process.env.NA_VSCODE_DOWNLOAD_TIMEOUT_MS ?? 20_000);
const testsBundle = join(repoRoot, 'dist', 'test', 'integration.js');
const started = Date.now();

function log(line: string): void {
  const s = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[integration ${s}s] ${line}`);
}

function build(): void {
  log('building bundles (node esbuild.js)');
  const r = spawnSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
  if (!existsSync(testsBundle)) throw new Error(`${testsBundle} was not built`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms).unref()),
  ]);
}

/**
 * Tries desktop VS Code through @vscode/test-electron. Returns the outcomes when it ran, or
 * undefined (with the reason logged) when VS Code could not be downloaded.
 */
async function tryTestElectron(): Promise<Outcome[] | undefined> {
  if (process.env.NA_SKIP_TEST_ELECTRON) {
    log('NA_SKIP_TEST_ELECTRON set: not trying @vscode/test-electron');
    return undefined;
  }
  const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');
  const cachePath = join(homedir(), '.cache', 'news-annotator', 'vscode-test');
  let vscodeExecutablePath: string;
  try {
    log(`trying @vscode/test-electron: download VS Code (timeout ${DOWNLOAD_TIMEOUT_MS} ms)`);
    vscodeExecutablePath = await withTimeout(downloadAndUnzipVSCode({ cachePath, timeout: DOWNLOAD_TIMEOUT_MS }), DOWNLOAD_TIMEOUT_MS, 'VS Code download');
  } catch (err) {
    log(`@vscode/test-electron cannot get VS Code here (${(err as Error).message.split('\n')[0]}); falling back to code-server`);
    return undefined;
  }
  const root = mkdtempSync(join(tmpdir(), 'news-annotator-electron-'));
  const resultsFile = join(root, 'results.json');
  const workspace = join(root, 'workspace');
  cpSync(join(repoRoot, 'test', 'fixtures', 'articles'), join(workspace, 'articles'), { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsBundle,
      extensionTestsEnv: { NA_TEST_RESULTS: resultsFile },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(root, 'user-data')}`],
    });
  } catch (err) {
    log(`VS Code test run reported: ${(err as Error).message}`);
  }
  // No results at all means VS Code never got to run() (say, no display for Electron):
  // that is an environment problem, so code-server gets its turn.
  const ran = existsSync(resultsFile);
  const outcomes = ran ? readOutcomes(resultsFile, 'VS Code (test-electron)') : undefined;
  if (!ran) log('desktop VS Code did not run the suite; falling back to code-server');
  rmSync(root, { recursive: true, force: true });
  return outcomes;
}

function readOutcomes(file: string, where: string): Outcome[] {
  if (!existsSync(file)) return [{ title: `${where}: the suite wrote no results`, state: 'failed', error: 'no results file' }];
  const results = JSON.parse(readFileSync(file, 'utf8')) as { tests: Outcome[]; done: boolean };
  const outcomes = results.tests.map((t) => ({ ...t, title: `${where}: ${t.title}` }));
  if (!results.done) outcomes.push({ title: `${where}: suite finished`, state: 'failed', error: 'the suite did not finish' });
  return outcomes;
}

/** Runs the suite in code-server's extension host, driven by Chromium. */
async function runInCodeServer(entry: string): Promise<Outcome[]> {
  let session: Session | undefined;
  let browser: Browser | undefined;
  const stop = async (): Promise<void> => {
    await closeBrowser(browser);
    await session?.dispose();
  };
  const onSignal = (sig: NodeJS.Signals): void => {
    log(`${sig}: stopping Chromium and code-server`);
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    session = await startCodeServer(entry, log);
    const resultsFile = join(session.root, 'results.json');
    const url = workbenchUrl({
      port: session.port,
      folder: session.workspace,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsBundle,
    });
    browser = await launchBrowser();
    log('opening the workbench in Chromium with the extension and its tests');
    const page = await openPage(browser, url, log);
    page.on('console', (msg) => {
      const text = msg.text();
      if (/\[Extension Host\]|news.annotator/i.test(text) && msg.type() === 'error') log(`browser console: ${text.slice(0, 300)}`);
    });
    let seen = 0;
    const results = await pollUntil(
      'the suite to finish (results.json done)',
      () => {
        if (!existsSync(resultsFile)) return undefined;
        const r = JSON.parse(readFileSync(resultsFile, 'utf8')) as { done: boolean; tests: Outcome[]; host: { appName: string; version: string } };
        for (const t of r.tests.slice(seen)) log(`${t.state === 'passed' ? 'ok  ' : t.state === 'failed' ? 'FAIL' : 'skip'} ${t.title}`);
        seen = r.tests.length;
        return r.done ? r : undefined;
      },
      SUITE_TIMEOUT_MS,
      500,
    ).catch((err: Error) => {
      log(err.message);
      log('last code-server output:');
      for (const line of session?.serverLog.slice(-30) ?? []) log(`  ${line}`);
      return undefined;
    });
    if (!results) {
      const partial = existsSync(resultsFile) ? readOutcomes(resultsFile, 'code-server') : [];
      return [...partial.filter((o) => !o.title.endsWith('suite finished')), { title: 'code-server: suite finished in time', state: 'failed', error: `timed out after ${SUITE_TIMEOUT_MS} ms` }];
    }
    log(`suite ran in ${results.host.appName} ${results.host.version}`);
    return readOutcomes(resultsFile, 'code-server');
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stop();
  }
}

/** Packages the .vsix and installs it into a temp extensions dir with code-server. */
function checkVsixInstall(entry: string): Outcome {
  const title = 'vsix: packaged extension installs and is listed';
  const vsix = join(repoRoot, 'dist', 'news-annotator.vsix');
  log('packaging the extension (npm run package)');
  const pack = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, encoding: 'utf8' });
  if (pack.status !== 0 || !existsSync(vsix)) {
    return { title, state: 'failed', error: `npm run package failed (exit ${pack.status}): ${(pack.stderr || pack.stdout).trim().split('\n').slice(-5).join(' | ')}` };
  }
  const root = mkdtempSync(join(tmpdir(), 'news-annotator-vsix-'));
  try {
    const common = ['--extensions-dir', join(root, 'extensions'), '--user-data-dir', join(root, 'user-data')];
    const env = { ...process.env, XDG_CONFIG_HOME: join(root, 'xdg-config'), XDG_DATA_HOME: join(root, 'xdg-data') };
    log(`installing ${vsix} with code-server --install-extension`);
    const install = spawnSync(process.execPath, [entry, ...common, '--install-extension', vsix, '--force'], { encoding: 'utf8', env, timeout: 120_000 });
    if (install.status !== 0) return { title, state: 'failed', error: `--install-extension exited ${install.status}: ${install.stderr.trim()}` };
    const list = spawnSync(process.execPath, [entry, ...common, '--list-extensions', '--show-versions'], { encoding: 'utf8', env, timeout: 60_000 });
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    const expected = `news-annotator.news-annotator@${version}`;
    if (!list.stdout.split('\n').some((l) => l.trim() === expected)) {
      return { title, state: 'failed', error: `expected ${expected} in --list-extensions, got: ${list.stdout.trim() || list.stderr.trim()}` };
    }
    log(`listed: ${expected}`);
    return { title, state: 'passed' };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const outcomes: Outcome[] = [];
  try {
    build();
    const electron = await tryTestElectron();
    const entry = ensureCodeServer(log);
    outcomes.push(...(electron ?? (await runInCodeServer(entry))));
    if (!process.env.NA_SKIP_VSIX) outcomes.push(checkVsixInstall(entry));
  } catch (err) {
    outcomes.push({ title: 'integration run', state: 'failed', error: err instanceof Error ? err.message : String(err) });
  }
  const { lines, passed, failed } = summarize(outcomes);
  for (const line of lines) console.log(line);
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
