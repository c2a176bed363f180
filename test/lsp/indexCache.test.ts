/**
 * The workspace index cache as the editor sets it up: the client names a storage folder in
 * `initializationOptions.storagePath`; the server keeps the index there and survives a
 * damaged cache file.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IndexWorkspaceRequest, type IndexWorkspaceResult } from '../../server/src/protocol';
import { startServer } from './lspClient';

const dir = mkdtempSync(join(tmpdir(), 'na-lsp-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const workspace = join(dir, 'workspace');
const storage = join(dir, 'storage');
mkdirSync(join(workspace, 'articles'), { recursive: true });
writeFileSync(join(workspace, 'articles', 'a.txt'), '“We are ready,” Jane Doe said.');
writeFileSync(join(workspace, 'articles', 'b.txt'), '“Not yet,” Ann Roe said.');
const cacheFile = join(storage, 'index-cache.json');

async function indexOnce(): Promise<IndexWorkspaceResult> {
  const server = await startServer({ initializationOptions: { documentStatusNotifications: true, storagePath: storage } });
  try {
    return await server.connection.sendRequest(IndexWorkspaceRequest.method, { folders: [pathToFileURL(workspace).href] });
  } finally {
    await server.stop();
  }
}

test('the server keeps the workspace index in the storage folder the client names', async () => {
  const first = await indexOnce();
  assert.equal(first.files, 2, 'first session indexes both articles');
  const entries = Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).entries);
  assert.equal(entries.length, 2, 'both articles are in the cache');

  writeFileSync(cacheFile, '{"format": 1, "version": "x", "entr');
  const second = await indexOnce();
  assert.deepEqual([second.files, second.quotes, second.failures], [2, 2, 0], 'a damaged cache costs a full index, nothing more');
  assert.equal(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).entries).length, 2, 'and is written anew');

  const third = await indexOnce();
  assert.deepEqual([third.files, third.quotes], [2, 2], 'a session from the cache gives the same counts');
});
