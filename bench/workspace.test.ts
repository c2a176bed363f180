import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INDEX_REQUESTS, findIndexRequest, generateWorkspace } from './workspace';

test('findIndexRequest plugs in a workspace-index request only once protocol.ts declares it', () => {
  const rows: [string, string, string | null][] = [
    ['no such request yet', "export const AnalysisRequest = { method: 'newsAnnotator/analysis' }", null],
    ['single-quoted method', "method: 'newsAnnotator/indexWorkspace',", 'newsAnnotator/indexWorkspace'],
    ['double-quoted method', 'new RequestType("newsAnnotator/workspaceIndex")', 'newsAnnotator/workspaceIndex'],
    ['a prefix of a name is not a match', "method: 'newsAnnotator/indexWorkspaceStatus'", null],
  ];
  for (const [tag, text, want] of rows) assert.equal(findIndexRequest(text)?.method ?? null, want, tag);
  for (const r of INDEX_REQUESTS) assert.ok(r.params('file:///w') !== undefined, `${r.method} has params`);
});

test('generateWorkspace writes the files it says, deterministically', () => {
  const a = mkdtempSync(join(tmpdir(), 'bench-ws-'));
  const b = mkdtempSync(join(tmpdir(), 'bench-ws-'));
  try {
    const bytesA = generateWorkspace(a, 30, 11);
    const bytesB = generateWorkspace(b, 30, 11);
    assert.equal(bytesA, bytesB, 'same seed, same bytes');
    const files = readdirSync(join(a, 'articles', '000'));
    assert.equal(files.length, 30, 'thirty files');
    const total = files.reduce((n, f) => n + readFileSync(join(a, 'articles', '000', f)).length, 0);
    assert.equal(total, bytesA, 'reported bytes are the bytes on disk');
    assert.ok(bytesA / 30 > 2500 && bytesA / 30 < 6500, `mean ${bytesA / 30} bytes (~4.5 KB)`);
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});
