import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IndexEngine, type IndexedFile } from './indexWorker';

const root = mkdtempSync(join(tmpdir(), 'na-engine-'));
after(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(join(root, 'a.txt'), '“We are ready to sign the agreement today,” Jane Doe said in Geneva.');
writeFileSync(join(root, 'bin.txt'), 'a\u0000b');
mkdirSync(join(root, 'folder.txt'));

/** What each file became: its quotes' speakers, or its error in short. */
function outcome(f: IndexedFile): string {
  if ('error' in f) return f.error === 'binary' ? 'binary' : /EISDIR|ENOENT|illegal operation|no such file/i.test(f.error) ? 'unreadable' : `error: ${f.error}`;
  return f.summary.quotes.map((q) => q.speaker?.name ?? '-').join(',');
}

test('IndexEngine: reading at once (worker) and through the thread pool give the same files, errors included', async () => {
  const rows: [string, string][] = [
    ['a.txt', 'Jane Doe'],
    ['bin.txt', 'binary'],
    ['folder.txt', 'unreadable'],
    ['missing.txt', 'unreadable'],
  ];
  const paths = rows.map(([name]) => join(root, name));
  for (const readsBlock of [false, true]) {
    const engine = new IndexEngine(readsBlock);
    const files = await engine.index(paths);
    assert.deepEqual(
      files.map(outcome),
      rows.map(([, want]) => want),
      `readsBlock=${readsBlock}: outcomes in order`,
    );
    assert.equal(engine.groups().length, 0, `readsBlock=${readsBlock}: one article, no variant groups`);
  }
});
