import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspSession, Unavailable, fileUri, withDeadline } from './lsp';

test('a server that exits or never answers is Unavailable with a reason, not a crash', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lsp-'));
  try {
    const rows: [string, string, number, RegExp][] = [
      ['exits at once', 'process.exit(3)', 10000, /exited before answering initialize \(code 3/],
      ['crashes with a message', 'throw new Error("boom")', 10000, /exited before answering initialize \(code 1.*boom/],
      ['never answers', 'setInterval(() => {}, 1000)', 300, /initialize: no answer within 300 ms/],
    ];
    for (const [tag, body, timeoutMs, want] of rows) {
      const path = join(dir, `${tag.replace(/\W/g, '_')}.js`);
      writeFileSync(path, body);
      await assert.rejects(LspSession.start({ serverPath: path, timeoutMs }), (err: Error) => err instanceof Unavailable && want.test(err.message), tag);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fileUri percent-encodes path segments', () => {
  const rows: [string, string][] = [
    ['/tmp/a b/c.txt', 'file:///tmp/a%20b/c.txt'],
    ['/tmp/ü#1', 'file:///tmp/%C3%BC%231'],
  ];
  for (const [path, want] of rows) assert.equal(fileUri(path), want, path);
});

test('withDeadline passes values through and times out slow promises', async () => {
  assert.equal(await withDeadline(Promise.resolve(4), 100, 'fast'), 4, 'value passes');
  await assert.rejects(withDeadline(new Promise(() => undefined), 20, 'slow'), /slow: no answer within 20 ms/, 'deadline');
});
