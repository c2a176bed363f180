import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleScript } from '../../../test/support/bundle';
import { createAnnotation, newSidecar, serializeSidecar, sidecarPathFor } from '../annotations';
import { WorkspaceIndex, isArticlePath } from './workspaceIndex';
import { IndexCache } from './indexCache';

const root = mkdtempSync(join(tmpdir(), 'na-index-'));
after(() => rmSync(root, { recursive: true, force: true }));

/**
 * A worker thread does not inherit the test runner's TypeScript loader, so the worker is
 * bundled here the way esbuild.js bundles dist/indexWorker.js (and loads in a fraction of
 * the time tsx would take to compile the engine in every worker).
 */
const workerScript = bundleScript(join(__dirname, 'indexWorker.ts'), join(root, 'indexWorker.js'));

const files: [string, string][] = [
  ['articles/a.txt', '“We are ready to sign the agreement today,” Jane Doe said.'],
  ['articles/sub/b.txt', '“We are ready to sign the whole agreement today,” Jane Doe told reporters.'],
  ['notes/c.txt', '“Not an article,” nobody said.'],
  ['d.article', '“A third article,” Ann Roe said.'],
  ['node_modules/articles/e.txt', '“Never indexed,” Bob said.'],
  ['articles/bin.txt', 'a\u0000b'],
  ['articles/a.txt.annotations.json', '{}'],
];
for (const [rel, text] of files) {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}

test('isArticlePath: patterns, fixed extensions, sidecars', () => {
  const rows: [string, boolean][] = [
    ['articles/a.txt', true],
    ['notes/c.txt', false],
    ['d.article', true],
    ['x.news', true],
    ['y.article.txt', true],
    ['articles/a.txt.annotations.json', false],
  ];
  for (const [rel, want] of rows) assert.equal(isArticlePath(join(root, rel), root, ['**/articles/**/*.txt', '**/*.article.txt']), want, rel);
});

test('index walks the folder, skips non-articles and binaries, reports progress, keeps summaries and variants', async () => {
  const index = new WorkspaceIndex();
  const progress: number[] = [];
  const run = index.index([pathToFileURL(root).href], undefined, (p) => progress.push(p.done));
  assert.equal(index.indexing, true, 'indexing while the run is in flight');
  assert.equal(index.index([pathToFileURL(root).href]), run, 'a second call joins the run');
  const result = await run;
  const rows: [string, unknown, unknown][] = [
    ['files seen', result.files, 4],
    ['binary is a failure', result.failures, 1],
    ['summaries', index.all().map((s) => s.uri.slice(pathToFileURL(root).href.length)), ['/articles/a.txt', '/articles/sub/b.txt', '/d.article']],
    ['progress ends at the total', progress.at(-1), 4],
    ['not indexing any more', index.indexing, false],
    ['variants group the two wordings', (await index.groups()).filter((g) => g.members.length > 1).length, 1],
  ];
  for (const [tag, got, want] of rows) assert.deepEqual(got, want, tag);

  const a = join(root, 'articles/a.txt');
  writeFileSync(a, 'No quotes now.');
  await index.updateFile(a);
  assert.equal(index.get(pathToFileURL(a).href)?.quotes.length, 0, 'updateFile re-reads a changed file');
  assert.equal((await index.groups()).filter((g) => g.members.length > 1).length, 0, 'variants follow');
  rmSync(join(root, 'd.article'));
  await index.updateFile(join(root, 'd.article'));
  assert.equal(index.size, 2, 'a deleted file leaves the index');
  assert.equal(index.covers(join(root, 'articles/new.txt')), true, 'covers new files under the patterns');
  assert.equal(index.covers('/elsewhere/articles/x.txt'), false, 'not outside the roots');
});

test('indexing yields to the event loop between files', async () => {
  const index = new WorkspaceIndex();
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  await index.index([pathToFileURL(root).href]);
  clearInterval(timer);
  assert.ok(ticks >= 1, `timers ran during indexing (${ticks})`);
});

test('a worker thread gives the same summaries as indexing on this thread', async () => {
  const inThread = new WorkspaceIndex();
  const withWorker = new WorkspaceIndex({ workerPath: workerScript, analysisWorkers: 2 });
  assert.equal(withWorker.usesWorker, true, 'worker script found');
  const a = await inThread.index([pathToFileURL(root).href]);
  const b = await withWorker.index([pathToFileURL(root).href]);
  assert.equal(withWorker.usesWorker, true, 'the worker ran the whole run');
  const rows: [string, unknown, unknown][] = [
    ['files', b.files, a.files],
    ['quotes', b.quotes, a.quotes],
    ['failures', b.failures, a.failures],
    ['summaries', withWorker.all(), inThread.all()],
    ['variant groups', (await withWorker.groups()).length, (await inThread.groups()).length],
  ];
  for (const [tag, got, want] of rows) assert.deepEqual(got, want, `worker: ${tag}`);
  const missing = new WorkspaceIndex({ workerPath: join(__dirname, 'no-such-worker.js') });
  assert.equal(missing.usesWorker, false, 'a missing worker script means this thread');
  withWorker.dispose();
});

test('a worker that dies leaves indexing to this thread, which finishes the run', async () => {
  const script = join(root, 'broken-worker.js');
  writeFileSync(script, "throw new Error('worker failed to load');\n");
  const index = new WorkspaceIndex({ workerPath: script, analysisWorkers: 1 });
  const result = await index.index([pathToFileURL(root).href]);
  assert.ok(result.files > 0 && index.size > 0, 'indexed all the same');
  assert.equal(index.usesWorker, false, 'now on this thread');
  index.dispose();
});

test('sidecars seen while walking are applied; articles without one are not looked up again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'na-index-sidecar-'));
  try {
    const text = '“We will not sign,” Jane Doe said. “Talks go on,” Ann Roe said.';
    mkdirSync(join(dir, 'articles'));
    const withSidecar = join(dir, 'articles', 'with.txt');
    const without = join(dir, 'articles', 'without.txt');
    writeFileSync(withSidecar, text);
    writeFileSync(without, text);
    const rejected = text.indexOf('“Talks');
    const annotation = createAnnotation(text, { start: rejected, end: text.indexOf('”', rejected) + 1 }, { kind: 'reject', on: 'quote' }, { id: 'r1' });
    writeFileSync(sidecarPathFor(withSidecar), serializeSidecar(newSidecar(text, [annotation])));
    for (const [tag, index] of [
      ['this thread', new WorkspaceIndex()],
      ['worker', new WorkspaceIndex({ workerPath: workerScript, analysisWorkers: 1 })],
    ] as const) {
      await index.index([pathToFileURL(dir).href]);
      assert.equal(index.usesWorker, tag === 'worker', `${tag}: where the run ran`);
      const rows: [string, number | undefined, number][] = [
        ['the sidecar rejects one of two quotes', index.get(pathToFileURL(withSidecar).href)?.quotes.length, 1],
        ['no sidecar: both quotes', index.get(pathToFileURL(without).href)?.quotes.length, 2],
      ];
      for (const [what, got, want] of rows) assert.equal(got, want, `${tag}: ${what}`);
      index.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('variant answers wait until a finished run has handed every summary to the variants worker', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'na-index-variants-'));
  const index = new WorkspaceIndex({ workerPath: workerScript, analysisWorkers: 1 });
  try {
    writeFileSync(join(dir, 'one.article'), '“We are ready to sign the agreement today,” Jane Doe said.');
    writeFileSync(join(dir, 'two.article'), '“We are ready to sign the whole agreement today,” Jane Doe told reporters.');
    await index.index([pathToFileURL(dir).href]);
    const busyRightAfter = index.variantsBusy;
    const groups = (await index.groups()).filter((g) => g.members.length > 1);
    const rows: [string, unknown, unknown][] = [
      ['the workers ran the run', index.usesWorker, true],
      ['still handing summaries over when the run answers', busyRightAfter, true],
      ['then the two wordings are grouped', groups.length, 1],
      ['and nothing is left to hand over', index.variantsBusy, false],
    ];
    for (const [tag, got, want] of rows) assert.deepEqual(got, want, tag);
  } finally {
    index.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('index workers run at a lower scheduling priority than the server thread (Linux), which keeps its own', { skip: process.platform !== 'linux' }, async () => {
  /** The nice value of every thread of this process, from /proc. */
  const niceByThread = (): Map<string, number> => {
    const out = new Map<string, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        // fields after the command name (which may hold spaces) start at ") "; nice is field 19
        out.set(tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
      } catch {
        // the thread ended meanwhile
      }
    }
    return out;
  };
  const before = niceByThread();
  const index = new WorkspaceIndex({ workerPath: workerScript, analysisWorkers: 1 });
  try {
    await index.index([pathToFileURL(root).href]);
    const later = niceByThread();
    const newNice = [...later].filter(([tid]) => !before.has(tid)).map(([, nice]) => nice);
    const rows: [string, boolean][] = [
      ['the server thread keeps its priority', later.get(String(process.pid)) === before.get(String(process.pid))],
      ['some new thread (a worker) runs at nice 10 or more', newNice.some((n) => n >= 10)],
    ];
    for (const [tag, ok] of rows) assert.ok(ok, `${tag}: before ${JSON.stringify([...before])}, after ${JSON.stringify([...later])}`);
  } finally {
    index.dispose();
  }
});

test('with a cache on disk, a reopened folder reads only the files that changed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'na-index-cache-'));
  try {
    const art = (name: string): string => join(dir, 'articles', name);
    mkdirSync(join(dir, 'articles'));
    writeFileSync(art('same.txt'), '“We will build it,” Jane Doe said.');
    writeFileSync(art('edited.txt'), '“We will build it,” Jane Doe said.');
    writeFileSync(art('gone.txt'), '“Soon gone,” Ann Roe said.');
    writeFileSync(art('noted.txt'), '“With a note,” Ann Roe said.');
    const cacheFile = join(dir, 'storage', 'index-cache.json');
    const first = new WorkspaceIndex({ workerPath: workerScript, analysisWorkers: 1 });
    first.useCache(new IndexCache(cacheFile, 'test-engine'));
    assert.equal((await first.index([pathToFileURL(dir).href])).files, 4, 'first run: every file');
    first.dispose();
    assert.equal(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).entries).length, 4, 'the cache holds every file');

    // Same size and time but other words: only a cache hit can still give the old speaker.
    const stamp = statSync(art('same.txt'));
    writeFileSync(art('same.txt'), '“We will build it,” Jack Doe said.');
    utimesSync(art('same.txt'), stamp.atime, stamp.mtime);
    writeFileSync(art('edited.txt'), '“We will not build it,” Ann Roe said.');
    rmSync(art('gone.txt'));
    // a sidecar written since: the article is analysed again (its annotations apply)
    const noted = '“With a note,” Ann Roe said.';
    const reject = createAnnotation(noted, { start: 0, end: noted.indexOf('”') + 1 }, { kind: 'reject', on: 'quote' }, { id: 'r1' });
    writeFileSync(sidecarPathFor(art('noted.txt')), serializeSidecar(newSidecar(noted, [reject])));

    const second = new WorkspaceIndex({ workerPath: workerScript, analysisWorkers: 1 });
    const messages: string[] = [];
    second.useCache(new IndexCache(cacheFile, 'test-engine', (m) => messages.push(m)));
    const progress: number[] = [];
    const result = await second.index([pathToFileURL(dir).href], undefined, (p) => progress.push(p.done));
    second.dispose();
    const speaker = (name: string) => second.get(pathToFileURL(art(name)).href)?.quotes[0]?.speaker?.name;
    const rows: [string, unknown, unknown][] = [
      ['files', result.files, 3],
      ['an article with a new sidecar is analysed again', second.get(pathToFileURL(art('noted.txt')).href)?.quotes.length, 0],
      ['an unchanged file comes from the cache', speaker('same.txt'), 'Jane Doe'],
      ['an edited file is analysed again', speaker('edited.txt'), 'Ann Roe'],
      ['a deleted file is gone', second.get(pathToFileURL(art('gone.txt')).href), undefined],
      ['progress ends at the total', progress.at(-1), 3],
      ['the cache forgets the deleted file and leaves out the annotated one', Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).entries).sort(), [art('edited.txt'), art('noted.txt'), art('same.txt')]],
      ['no complaint', messages, []],
    ];
    for (const [tag, got, want] of rows) assert.deepEqual(got, want, tag);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
