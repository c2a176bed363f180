import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnotationStore, readSidecarAnnotations } from './store';
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
