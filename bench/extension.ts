/**
 * Part 4: the extension as shipped. Activation is approximated by the time from spawning the
 * built server to its initialize answer (the part of activation the extension waits on);
 * if an integration run left a results file with an activation time, that is reported too.
 * The .vsix is built with `npm run package` and its size read from disk.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LspSession } from './lsp';
import { describe } from './engine';
import { median } from './stats';

export interface ExtensionReport {
  initializeMs: number | null;
  initializeRuns: number[];
  initializeNote?: string;
  realActivationMs: number | null;
  realActivationNote: string;
  vsixBytes: number | null;
  vsixNote?: string;
  packageMs: number | null;
}

/** Files an integration run may leave behind with the real activation time in them. */
export const ACTIVATION_RESULT_FILES = ['dist/test/integration-results.json', 'test/integration/results.json', 'bench/out/integration-results.json'];

/** The first finite number under a key mentioning "activat" anywhere in `value` (depth-first), or null. */
export function findActivationMs(value: unknown, depth = 0): number | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (/activat/i.test(k) && typeof v === 'number' && Number.isFinite(v)) return v;
  }
  for (const v of Object.values(value as Record<string, unknown>)) {
    const found = findActivationMs(v, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export async function runExtension(opts: { root: string; serverPath: string; spawns: number; packageVsix: boolean }): Promise<ExtensionReport> {
  const report: ExtensionReport = {
    initializeMs: null,
    initializeRuns: [],
    realActivationMs: null,
    realActivationNote: 'no integration results file records an activation time',
    vsixBytes: null,
    packageMs: null,
  };
  for (let i = 0; i < opts.spawns; i++) {
    try {
      const s = await LspSession.start({ serverPath: opts.serverPath });
      report.initializeRuns.push(s.initializeMs);
      await s.stop();
    } catch (err) {
      report.initializeNote = describe(err);
      break;
    }
  }
  if (report.initializeRuns.length) report.initializeMs = median(report.initializeRuns);

  for (const rel of ACTIVATION_RESULT_FILES) {
    const p = join(opts.root, rel);
    if (!existsSync(p)) continue;
    try {
      const ms = findActivationMs(JSON.parse(readFileSync(p, 'utf8')));
      if (ms !== null) {
        report.realActivationMs = ms;
        report.realActivationNote = `from ${rel} (${new Date(statSync(p).mtimeMs).toISOString()})`;
        break;
      }
    } catch {
      // not JSON we understand; keep looking
    }
  }

  if (!opts.packageVsix) {
    report.vsixNote = 'skipped (--skip package)';
    return report;
  }
  const vsix = join(opts.root, 'dist', 'news-annotator.vsix');
  const t0 = Date.now();
  const r = spawnSync('npm', ['run', 'package'], { cwd: opts.root, encoding: 'utf8', timeout: 240000 });
  report.packageMs = Date.now() - t0;
  if (r.status === 0 && existsSync(vsix) && statSync(vsix).mtimeMs >= t0 - 1000) {
    report.vsixBytes = statSync(vsix).size;
  } else {
    const msg = `${r.stderr ?? ''}\n${r.stdout ?? ''}`.split('\n').map((l) => l.trim()).filter((l) => /error|fail|cannot/i.test(l));
    report.vsixNote = `npm run package failed (exit ${r.status ?? r.signal}): ${msg[0] ?? 'no message'}`.slice(0, 300);
  }
  return report;
}
