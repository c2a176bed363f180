import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IndexCache } from './indexCache';
import type { ArticleSummary } from './sourcesModel';

const dir = mkdtempSync(join(tmpdir(), 'na-index-cache-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const summary = (uri: string): ArticleSummary => ({
  uri,
  quotes: [{ id: 'q1', start: 0, end: 5, text: 'Hi', kind: 'quote', speaker: { name: 'Ana Reyes', kind: 'person' }, via: null }],
  entities: 1,
  channels: [{ name: 'Reuters', kind: 'agency' }],
});
const stamp = { mtimeMs: 1700000000000, size: 120 };

test('IndexCache: a saved cache is read back by the same engine, and only for unchanged files', async () => {
  const file = join(dir, 'roundtrip', 'index-cache.json');
  const a = new IndexCache(file, 'v1');
  await a.load();
  assert.equal(a.size, 0, 'no file yet: empty');
  a.set('/w/a.txt', stamp, summary('file:///w/a.txt'));
  a.set('/w/b.txt', stamp, summary('file:///w/b.txt'));
  await a.save();
  assert.deepEqual(readdirSync(join(dir, 'roundtrip')), ['index-cache.json'], 'no temporary file left');

  const b = new IndexCache(file, 'v1');
  await b.load();
  const rows: [tag: string, path: string, s: typeof stamp, hit: boolean][] = [
    ['same time and size', '/w/a.txt', stamp, true],
    ['changed time', '/w/a.txt', { ...stamp, mtimeMs: stamp.mtimeMs + 1 }, false],
    ['the same time without its fraction of a millisecond', '/w/a.txt', { ...stamp, mtimeMs: stamp.mtimeMs + 0.4 }, true],
    ['changed size', '/w/a.txt', { ...stamp, size: 121 }, false],
    ['unknown file', '/w/c.txt', stamp, false],
  ];
  for (const [tag, path, s, hit] of rows) assert.equal(b.get(path, s) !== undefined, hit, tag);
  assert.deepEqual(b.get('/w/a.txt', stamp), summary('file:///w/a.txt'), 'the summary comes back whole');

  b.retain(new Set(['/w/a.txt']));
  await b.save();
  const c = new IndexCache(file, 'v1');
  await c.load();
  assert.equal(c.size, 1, 'a file no longer in the workspace is forgotten');

  const other = new IndexCache(file, 'v2');
  await other.load();
  assert.equal(other.size, 0, 'another engine version ignores the cache');
});

test('IndexCache: a bad cache file is reported once and rebuilt, never thrown', async () => {
  const rows: [tag: string, content: string, warns: RegExp | null, size: number][] = [
    ['not JSON', '{"format":1,"vers', /damaged/, 0],
    ['not a cache', '[1, 2, 3]', /damaged/, 0],
    ['one bad entry among good ones', JSON.stringify({ format: 1, version: 'v1', entries: { '/w/a.txt': [1, 2, 1, [['Reuters', 'agency']], [['q1', 0, 5, 'Hi', 'quote', 'Ana Reyes', 'person', null]]], '/w/b.txt': { mtimeMs: 'x' } } }), null, 1],
    ['a quote of the wrong shape', JSON.stringify({ format: 1, version: 'v1', entries: { '/w/a.txt': [1, 2, 1, [], [[3]]] } }), null, 0],
    ['a speaker kind nobody knows', JSON.stringify({ format: 1, version: 'v1', entries: { '/w/a.txt': [1, 2, 1, [], [['q1', 0, 5, 'Hi', 'quote', 'Ana', 'alien', null]]] } }), null, 0],
    ['an older format', JSON.stringify({ format: 0, version: 'v1', entries: {} }), null, 0],
  ];
  for (const [tag, content, warns, size] of rows) {
    const file = join(dir, `bad-${tag.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, content);
    const messages: string[] = [];
    const cache = new IndexCache(file, 'v1', (m) => messages.push(m));
    await cache.load();
    await cache.load();
    assert.equal(cache.size, size, `${tag}: entries kept`);
    if (warns) assert.ok(messages.length === 1 && warns.test(messages[0]!), `${tag}: one message: ${messages.join(' | ')}`);
    else assert.deepEqual(messages, [], `${tag}: no message`);
  }
});

test('IndexCache: a cache that cannot be written says so and keeps working', async () => {
  const blocker = join(dir, 'blocker');
  writeFileSync(blocker, 'a file where a folder should be');
  const messages: string[] = [];
  const cache = new IndexCache(join(blocker, 'index-cache.json'), 'v1', (m) => messages.push(m));
  await cache.load();
  cache.set('/w/a.txt', stamp, summary('file:///w/a.txt'));
  await cache.save();
  assert.equal(messages.length, 2, 'one message for the read, one for the write');
  assert.match(messages[0]!, /could not be read/);
  assert.match(messages[1]!, /could not be written/);
  assert.ok(cache.get('/w/a.txt', stamp), 'the entries stay in memory');
  assert.equal(readFileSync(blocker, 'utf8'), 'a file where a folder should be', 'nothing overwritten');
});
