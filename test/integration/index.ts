// Entry point of the integration suite, loaded by VS Code as `extensionTestsPath` (the
// @vscode/test-electron contract: export `run()`, resolve when done, reject on failure).
// Built by esbuild.js to dist/test/integration.js with `vscode` and `mocha` external:
// mocha resolves from the repository's node_modules, which sit above dist/ because the
// extension under test is the repository itself (extensionDevelopmentPath).
//
// Results go to a JSON file that the driving script polls: $NA_TEST_RESULTS, or
// `results.json` beside the workspace folder. Each feature area is one file exporting a
// function that declares its describe() blocks; add new areas to `featureAreas`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { activationTests } from './activation';
import { annotationTests } from './annotations';
import { annotationUiTests } from './annotationUi';
import { commandTests } from './commands';
import { exportTests } from './exportAnnotations';
import { hoverTests } from './hover';
import { semanticTokenTests } from './semanticTokens';
import { symbolTests } from './symbols';

/** Feature areas in the order they run; activation first, it must see the first open. */
const featureAreas: (() => void)[] = [
  activationTests,
  semanticTokenTests,
  hoverTests,
  symbolTests,
  annotationTests,
  annotationUiTests,
  exportTests,
  commandTests,
];

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface TestResults {
  done: boolean;
  passed: number;
  failed: number;
  pending: number;
  host: { appName: string; version: string };
  tests: TestOutcome[];
}

function resultsPath(): string {
  if (process.env.NA_TEST_RESULTS) return process.env.NA_TEST_RESULTS;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no NA_TEST_RESULTS and no workspace folder to write results beside');
  return path.join(path.dirname(folder.uri.fsPath), 'results.json');
}

function write(file: string, results: TestResults): void {
  // Write then rename, so the poller never reads half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(results, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}

export function run(): Promise<void> {
  const file = resultsPath();
  const results: TestResults = {
    done: false,
    passed: 0,
    failed: 0,
    pending: 0,
    host: { appName: vscode.env.appName, version: vscode.version },
    tests: [],
  };
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec' });
  // Bundled suites are not loaded from files, so set up the bdd globals by hand.
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  for (const declare of featureAreas) declare();

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        results.done = true;
        write(file, results);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('pass', (test) => {
        results.passed++;
        results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
        write(file, results);
      });
      runner.on('fail', (test, err: Error) => {
        results.failed++;
        results.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: err?.stack ?? String(err) });
        write(file, results);
      });
      runner.on('pending', (test) => {
        results.pending++;
        results.tests.push({ title: test.fullTitle(), state: 'pending', durationMs: 0 });
      });
    } catch (err) {
      results.done = true;
      results.failed++;
      results.tests.push({ title: 'suite setup', state: 'failed', durationMs: 0, error: err instanceof Error ? err.stack : String(err) });
      write(file, results);
      reject(err);
    }
  });
}
