import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AnnotationStore, SidecarLock, readSidecarAnnotations, removeStaleTempFiles } from './store';
import { type Annotation, createAnnotation } from './model';
import { hashText, parseSidecar, serializeSidecar, newSidecar } from './sidecar';

const TEXT = 'The minister said: “Prices will fall.” Economists called it “wishful”.';

function withDir(run: (dir: string, article: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'annot-store-'));
  try {
    const article = join(dir, 'story.txt');
    writeFileSync(article, TEXT);
    run(dir, article);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let tick = 0;
const clock = (): string => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString();

function ann(id: string, needle: string): Annotation {
  const start = TEXT.indexOf(needle);
  return createAnnotation(TEXT, { start, end: start + needle.length }, { kind: 'reject', on: 'quote' }, { id, now: clock() });
}

test('store: save writes a valid sidecar atomically and load reads it back', () => {
  withDir((dir, article) => {
    const store = new AnnotationStore(article, { now: clock });
    assert.deepEqual(store.load(), { status: 'missing' }, 'no file yet');
    assert.deepEqual(store.save(TEXT), { status: 'saved', written: false, merge: null, recreated: false }, 'nothing to write');
    assert.deepEqual(readdirSync(dir), ['story.txt'], 'no empty sidecar created');
    store.add('Reject quote', ann('a1', '“wishful”'));
    const saved = store.save(TEXT);
    assert.equal(saved.status, 'saved', 'saved');
    assert.deepEqual(readdirSync(dir).sort(), ['story.txt', 'story.txt.annotations.json'], 'sidecar only, no temp files left');
    const parsed = parseSidecar(readFileSync(store.sidecarPath, 'utf8'));
    assert.ok(parsed.ok, 'valid file');
    assert.equal(parsed.sidecar.contentHash, hashText(TEXT), 'content hash of the text');
    assert.equal(parsed.sidecar.article, 'story.txt', 'article name');
    const again = new AnnotationStore(article);
    const loaded = again.load();
    assert.equal(loaded.status, 'loaded', 'loads');
    assert.deepEqual(again.all(), store.all(), 'same annotations');
    assert.deepEqual(readSidecarAnnotations(article), { status: 'loaded', annotations: store.all() }, 'read-only helper');
  });
});

test('store: a corrupt sidecar is never overwritten', () => {
  const rows: [string, string][] = [
    ['truncated JSON', '{"format": "news-annotator-annotations/1", "annot'],
    ['hand-broken field', JSON.stringify({ format: 'news-annotator-annotations/1', contentHash: hashText(TEXT), annotations: [{ id: 'x' }] })],
  ];
  for (const [tag, content] of rows) {
    withDir((_dir, article) => {
      const store = new AnnotationStore(article, { now: clock });
      writeFileSync(store.sidecarPath, content);
      const loaded = store.load();
      assert.equal(loaded.status, 'corrupt', `${tag}: reported`);
      assert.match(store.saveBlockedReason ?? '', /could not be read .* fix or move it/, `${tag}: reason`);
      store.add('Reject quote', ann('a1', '“wishful”'));
      const saved = store.save(TEXT);
      assert.equal(saved.status, 'blocked', `${tag}: save refused`);
      assert.equal(readFileSync(store.sidecarPath, 'utf8'), content, `${tag}: file untouched`);
      assert.equal(store.live().length, 1, `${tag}: edit kept in memory`);
      // The user fixes the file: saving goes ahead and merges.
      writeFileSync(store.sidecarPath, serializeSidecar(newSidecar(TEXT, [ann('b1', '“Prices will fall.”')])));
      const fixed = store.save(TEXT);
      assert.equal(fixed.status, 'saved', `${tag}: saves once fixed`);
      assert.equal(store.saveBlockedReason, null, `${tag}: no longer blocked`);
      assert.deepEqual(store.live().map((a) => a.id).sort(), ['a1', 'b1'], `${tag}: merged`);
    });
  }
});

test('store: a change on disk since the last read is merged, not overwritten', () => {
  withDir((_dir, article) => {
    const mine = new AnnotationStore(article, { now: clock });
    const theirs = new AnnotationStore(article, { now: clock });
    mine.load();
    theirs.load();
    const shared = ann('s1', '“Prices will fall.”');
    mine.add('Add', shared);
    mine.save(TEXT);
    theirs.load();
    theirs.add('Add', ann('t1', '“wishful”'));
    theirs.remove('Remove', 's1');
    assert.equal(theirs.save(TEXT).status, 'saved', 'other window saves');
    mine.add('Add', ann('m1', 'minister'));
    const saved = mine.save(TEXT);
    assert.equal(saved.status, 'saved', 'saved');
    assert.ok(saved.status === 'saved' && saved.merge, 'merge reported');
    if (saved.status === 'saved' && saved.merge) {
      assert.deepEqual(saved.merge.added, ['t1'], 'their new annotation added');
      assert.deepEqual(saved.merge.updated, ['s1'], 'their removal taken');
    }
    assert.deepEqual(mine.live().map((a) => a.id).sort(), ['m1', 't1'], 'union, removal respected');
    const onDisk = readSidecarAnnotations(article);
    assert.ok(onDisk.status === 'loaded', 'file readable');
    assert.deepEqual(onDisk.annotations.filter((a) => !a.deleted).map((a) => a.id).sort(), ['m1', 't1'], 'disk has the merge');
  });
});

test('store: the file deleted meanwhile is written again and said so; undo/redo go through the store', () => {
  withDir((_dir, article) => {
    const store = new AnnotationStore(article, { now: clock });
    store.add('Reject', ann('a1', '“wishful”'));
    store.save(TEXT);
    rmSync(store.sidecarPath);
    const saved = store.save(TEXT);
    assert.ok(saved.status === 'saved' && saved.recreated, 'recreated reported');
    assert.equal(store.undo(), 'Reject', 'undo label');
    assert.equal(store.live().length, 0, 'undone');
    assert.equal(store.redo(), 'Reject', 'redo label');
    assert.equal(store.live().length, 1, 'redone');
    assert.equal(store.undo(), 'Reject', 'undo again');
    assert.equal(store.undo(), null, 'nothing more');
  });
});

test('store: saving re-anchors annotations to the edited text', () => {
  withDir((_dir, article) => {
    const store = new AnnotationStore(article, { now: clock });
    store.add('Reject', ann('a1', '“wishful”'));
    const edited = 'UPDATE: ' + TEXT;
    store.save(edited);
    const a = store.get('a1')!;
    assert.equal(edited.slice(a.target.start, a.target.end), '“wishful”', 'position follows text');
    const parsed = parseSidecar(readFileSync(store.sidecarPath, 'utf8'));
    assert.ok(parsed.ok && parsed.sidecar.contentHash === hashText(edited), 'hash of the edited text');
  });
});

/** The lock file a save takes beside the sidecar. */
const lockPathOf = (article: string) => join(article, '..', '.story.txt.annotations.json.lock');

/** A pid that surely belongs to no running process: one that has just exited. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', '']);
  assert.ok(run.pid && run.pid > 0, 'spawned a process');
  return run.pid;
}

/** Sets a file's modification time `ageMs` into the past. */
function age(path: string, ageMs: number): void {
  const t = new Date(Date.now() - ageMs);
  utimesSync(path, t, t);
}

test('store lock: a lock or next-turn claim left by a dead or stale process is taken over; a live one makes the save fail, retryable, changing nothing', () => {
  const lockJson = (pid: number, host: string, time: number, until?: number) => JSON.stringify({ pid, host, time, token: 'someone-else', until });
  // Rows: [tag, which file, its content, mtime age in ms, expected outcome]. Staleness limit 2 s, wait 150 ms.
  // `lock` is the lock itself; `next` a claim on the next turn by a process that is waiting for it.
  const rows: [string, 'lock' | 'next', () => string, number, 'taken over' | 'busy'][] = [
    ['holder process gone, this host', 'lock', () => lockJson(deadPid(), hostname(), Date.now()), 0, 'taken over'],
    ['holder alive, fresh', 'lock', () => lockJson(process.ppid, hostname(), Date.now()), 0, 'busy'],
    ['holder alive, older than the limit', 'lock', () => lockJson(process.ppid, hostname(), Date.now() - 5_000), 0, 'taken over'],
    ['time far in the future (bad clock)', 'lock', () => lockJson(process.ppid, hostname(), Date.now() + 3_600_000), 0, 'taken over'],
    ['another host: its pid means nothing here, fresh', 'lock', () => lockJson(deadPid(), 'some-other-machine', Date.now()), 0, 'busy'],
    ['another host, older than the limit', 'lock', () => lockJson(deadPid(), 'some-other-machine', Date.now() - 5_000), 0, 'taken over'],
    ['empty (its writer is between create and write), fresh', 'lock', () => '', 0, 'busy'],
    ['empty, old file (its writer died there)', 'lock', () => '', 5_000, 'taken over'],
    ['not ours, fresh file', 'lock', () => 'garbage', 0, 'busy'],
    ['not ours, old file', 'lock', () => 'garbage', 5_000, 'taken over'],
    ['next turn claimed by a live waiter', 'next', () => lockJson(process.ppid, hostname(), Date.now(), Date.now() + 1_000), 0, 'busy'],
    ['next turn claimed by a process now gone', 'next', () => lockJson(deadPid(), hostname(), Date.now(), Date.now() + 1_000), 0, 'taken over'],
    ['next turn claimed, but that wait is over', 'next', () => lockJson(process.ppid, hostname(), Date.now() - 1_500, Date.now() - 1_000), 0, 'taken over'],
    ['next turn claimed, empty and fresh', 'next', () => '', 0, 'busy'],
    ['next turn claimed, empty and old', 'next', () => '', 5_000, 'taken over'],
  ];
  for (const [tag, which, content, mtimeAge, expected] of rows) {
    withDir((dir, article) => {
      const store = new AnnotationStore(article, { now: clock, lockTimeoutMs: 150, staleLockMs: 2_000 });
      store.add('Reject quote', ann('a1', '“wishful”'));
      assert.equal(store.save(TEXT).status, 'saved', `${tag}: first save`);
      const before = readFileSync(store.sidecarPath, 'utf8');
      store.add('Reject quote', ann('a2', '“Prices will fall.”'));
      const lock = lockPathOf(article) + (which === 'next' ? '-next' : '');
      const lockBytes = content();
      writeFileSync(lock, lockBytes);
      if (mtimeAge > 0) age(lock, mtimeAge);
      const started = Date.now();
      const saved = store.save(TEXT);
      if (expected === 'taken over') {
        assert.equal(saved.status, 'saved', `${tag}: saved (${JSON.stringify(saved)})`);
        assert.deepEqual(readSidecarAnnotations(article), { status: 'loaded', annotations: store.all() }, `${tag}: file has both`);
        assert.deepEqual(readdirSync(dir).sort(), ['story.txt', 'story.txt.annotations.json'], `${tag}: stale ${which} gone, nothing left`);
      } else {
        assert.equal(saved.status, 'failed', `${tag}: not saved`);
        assert.ok(saved.status === 'failed' && saved.retryable === true, `${tag}: retryable`);
        assert.match(saved.status === 'failed' ? saved.error : '', /is saving it \(lock file .*\); nothing was written, try again/, `${tag}: says why`);
        assert.ok(Date.now() - started >= 140, `${tag}: waited for the lock first (${Date.now() - started} ms)`);
        assert.equal(readFileSync(store.sidecarPath, 'utf8'), before, `${tag}: file untouched`);
        assert.equal(readFileSync(lock, 'utf8'), lockBytes, `${tag}: their ${which} untouched`);
        assert.deepEqual(readdirSync(dir).filter((n) => /\.lock|\.tmp$/.test(n)), [basename(lock)], `${tag}: no lock or claim of ours left`);
        assert.deepEqual(store.live().map((a) => a.id).sort(), ['a1', 'a2'], `${tag}: memory keeps the new annotation`);
        rmSync(lock);
        assert.equal(store.save(TEXT).status, 'saved', `${tag}: saves once the lock is gone`);
        assert.deepEqual(readSidecarAnnotations(article), { status: 'loaded', annotations: store.all() }, `${tag}: then the file has both`);
      }
    });
  }
});

test('store lock: a save waits while another process holds the lock, and goes ahead once it is released', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'annot-lock-wait-'));
  try {
    const article = join(dir, 'story.txt');
    writeFileSync(article, TEXT);
    const store = new AnnotationStore(article, { now: clock, lockTimeoutMs: 10_000 });
    store.add('Reject quote', ann('a1', '“wishful”'));
    // The other process takes the lock itself, says so, and lets it go 200 ms later.
    const lock = lockPathOf(article);
    const holder = spawn(
      process.execPath,
      ['-e', `const fs=require('fs');fs.writeFileSync(${JSON.stringify(lock)},JSON.stringify({pid:process.pid,host:require('os').hostname(),time:Date.now(),token:'t'}),{flag:'wx'});console.log('held');setTimeout(()=>fs.unlinkSync(${JSON.stringify(lock)}),200)`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<number | null>((resolve) => holder.on('close', resolve));
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const started = Date.now();
    const saved = store.save(TEXT);
    const waited = Date.now() - started;
    assert.equal(saved.status, 'saved', `saved after the holder let go (${JSON.stringify(saved)})`);
    assert.ok(waited >= 100, `the save waited for the lock (${waited} ms)`);
    assert.equal(await exited, 0, 'the holder released its own lock (it was not taken from it)');
    assert.deepEqual(readdirSync(dir).sort(), ['story.txt', 'story.txt.annotations.json'], 'no lock left');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('store lock: released whatever way the save ends; never created when there is nothing to write', () => {
  // Rows: [tag, set the scene, expected status].
  const rows: [string, (store: AnnotationStore) => void, string][] = [
    ['saved', () => {}, 'saved'],
    ['blocked by a corrupt file', (store) => writeFileSync(store.sidecarPath, '{"format":'), 'blocked'],
    ['failed: the sidecar path is a folder', (store) => mkdirSync(store.sidecarPath), 'failed'],
  ];
  for (const [tag, scene, status] of rows) {
    withDir((dir, article) => {
      const store = new AnnotationStore(article, { now: clock });
      store.add('Reject quote', ann('a1', '“wishful”'));
      scene(store);
      const saved = store.save(TEXT);
      assert.equal(saved.status, status, `${tag}: ${JSON.stringify(saved)}`);
      assert.ok(saved.status !== 'failed' || !saved.retryable, `${tag}: a file system error is not called retryable`);
      assert.deepEqual(readdirSync(dir).filter((n) => /\.lock|\.tmp$/.test(n)), [], `${tag}: no lock or temporary file left`);
      assert.equal(store.live().length, 1, `${tag}: memory kept`);
    });
  }
  withDir((dir, article) => {
    const store = new AnnotationStore(article, { now: clock });
    writeFileSync(lockPathOf(article), JSON.stringify({ pid: process.ppid, host: hostname(), time: Date.now(), token: 'x' }));
    assert.deepEqual(store.save(TEXT), { status: 'saved', written: false, merge: null, recreated: false }, 'nothing to write: no wait for the lock');
    assert.equal(readdirSync(dir).length, 2, 'nothing created');
  });
});

test('store lock: a holder whose lock was taken over does not write, and leaves the new lock alone', () => {
  withDir((_dir, article) => {
    const sidecar = article + '.annotations.json';
    const mine = new SidecarLock(sidecar, 100, 10_000);
    mine.acquire();
    mine.check();
    const lock = lockPathOf(article);
    assert.equal(mine.path, lock, 'lock beside the sidecar');
    const theirs = JSON.stringify({ pid: process.ppid, host: hostname(), time: Date.now(), token: 'theirs' });
    writeFileSync(lock, theirs);
    assert.throws(() => mine.check(), /taken over/, 'check sees the lock is no longer ours');
    mine.release();
    assert.equal(readFileSync(lock, 'utf8'), theirs, 'their lock is not removed');
    assert.throws(() => new SidecarLock(sidecar, 50, 10_000).acquire(), /is saving it/, 'and it still holds');
  });
});

test('store: load removes a lock or next-turn claim left by a process that is gone, and keeps a live one', () => {
  const json = (pid: number, until?: number) => JSON.stringify({ pid, host: hostname(), time: Date.now(), token: 't', until });
  // Rows: [tag, file suffix, content, removed?].
  const rows: [string, string, () => string, boolean][] = [
    ['lock of a process that is gone', '', () => json(deadPid()), true],
    ['lock of a live process', '', () => json(process.ppid), false],
    ['claim of a process that is gone', '-next', () => json(deadPid(), Date.now() + 1_000), true],
    ['claim of a live waiter', '-next', () => json(process.ppid, Date.now() + 1_000), false],
  ];
  for (const [tag, suffix, content, removed] of rows) {
    withDir((dir, article) => {
      const path = lockPathOf(article) + suffix;
      writeFileSync(path, content());
      assert.deepEqual(new AnnotationStore(article).load(), { status: 'missing' }, `${tag}: load`);
      assert.deepEqual(readdirSync(dir).sort(), removed ? ['story.txt'] : [basename(path), 'story.txt'].sort(), `${tag}: ${removed ? 'removed' : 'kept'}`);
    });
  }
});

test('store: load removes this sidecar\'s temporary files older than a minute, and nothing else', () => {
  withDir((dir, article) => {
    const old = 2 * 60_000;
    const side = '.story.txt.annotations.json';
    // Rows: [tag, name, kind, age in ms, removed?].
    const rows: [string, string, 'file' | 'folder' | 'symlink', number, boolean][] = [
      ['an old temporary file', `${side}.4242.0badc0de.tmp`, 'file', old, true],
      ['another old one (other pid)', `${side}.7.12345678.tmp`, 'file', old, true],
      ['a fresh one (a save may be writing it)', `${side}.4242.deadbeef.tmp`, 'file', 5_000, false],
      ['another sidecar\'s temporary file', '.other.txt.annotations.json.4242.0badc0de.tmp', 'file', old, false],
      ['no leading dot', `story.txt.annotations.json.4242.0badc0de.tmp`, 'file', old, false],
      ['more after .tmp', `${side}.4242.0badc0de.tmp.bak`, 'file', old, false],
      ['pid not a number', `${side}.x42.0badc0de.tmp`, 'file', old, false],
      ['id not 8 lower-case hex', `${side}.4242.0BADC0DE.tmp`, 'file', old, false],
      ['id too short', `${side}.4242.0badc0d.tmp`, 'file', old, false],
      ['a folder with the name', `${side}.4242.abcdef01.tmp`, 'folder', old, false],
      ['a symbolic link with the name', `${side}.4242.abcdef02.tmp`, 'symlink', old, false],
      ['a near name without pid and id', `${side}.lock.tmp`, 'file', old, false],
      ['the article', 'story.txt', 'file', old, false],
    ];
    const outside = join(dir, 'elsewhere.txt');
    writeFileSync(outside, 'keep me');
    for (const [, name, kind, ms] of rows) {
      const path = join(dir, name);
      if (kind === 'folder') mkdirSync(path);
      else if (kind === 'symlink') symlinkSync(outside, path);
      else if (name !== 'story.txt') writeFileSync(path, '{"half a sidecar');
      if (kind !== 'symlink') age(path, ms);
    }
    const store = new AnnotationStore(article);
    assert.deepEqual(store.load(), { status: 'missing' }, 'load still reports the missing sidecar');
    const left = new Set(readdirSync(dir));
    for (const [tag, name, , , removed] of rows) assert.equal(left.has(name), !removed, `${tag}: ${removed ? 'removed' : 'kept'}`);
    assert.equal(readFileSync(outside, 'utf8'), 'keep me', 'the symlink target untouched');
  });
  // Names with characters that mean something in a pattern, and a folder that cannot be read.
  const dir = mkdtempSync(join(tmpdir(), 'annot-tmpnames-'));
  try {
    const sidecar = join(dir, 'a+b (1).txt.annotations.json');
    const rows: [string, string, boolean][] = [
      ['exact name with + ( )', '.a+b (1).txt.annotations.json.1.00000000.tmp', true],
      ['+ read as a pattern would match this', '.aab (1).txt.annotations.json.1.00000000.tmp', false],
      ['. read as a pattern would match this', '.a+b (1)xtxt.annotations.json.1.00000000.tmp', false],
    ];
    for (const [, name] of rows) {
      writeFileSync(join(dir, name), '');
      age(join(dir, name), 120_000);
    }
    const removed = removeStaleTempFiles(sidecar);
    for (const [tag, name, expected] of rows) assert.equal(removed.includes(name), expected, `${tag}: ${expected ? 'removed' : 'kept'}`);
    assert.deepEqual(removeStaleTempFiles(join(dir, 'no-such-folder', 'x.annotations.json')), [], 'a missing folder is no error');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
