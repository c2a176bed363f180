/**
 * Two windows and an outside tool on one sidecar (issue #8): seeded random interleavings
 * of adds, removals, saves and loads in two AnnotationStores, with another program
 * rewriting or breaking the file in between. Whatever the order, once both windows have
 * saved again the file and both windows hold every annotation anyone added, minus the ones
 * anyone removed; a broken file is never written over.
 *
 * CONCURRENT_RUNS interleavings (default 40), CONCURRENT_SEED (default 5).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Annotation, createAnnotation, liveAnnotations } from './model';
import { newSidecar, parseSidecar, serializeSidecar } from './sidecar';
import { AnnotationStore } from './store';
import { bundleScript } from '../../../test/support/bundle';
import { mulberry32 } from '../../../test/support/prng';

const RUNS = Number(process.env.CONCURRENT_RUNS) || 40;
const SEED = Number(process.env.CONCURRENT_SEED) || 5;
const STEPS = 30;

const TEXT = [
  'The mayor said on Monday: “The bridge will reopen in spring.”',
  'Engineers were less sure. “Nobody has seen the inspection report,” one of them said.',
  'The city council meets again on 4 March.',
].join('\n');

const rng = mulberry32;

const liveIds = (list: readonly Annotation[]) => liveAnnotations(list).map((a) => a.id).sort();

test('store concurrency: two windows and an outside tool, interleaved at random, lose no annotation', () => {
  const work = mkdtempSync(join(tmpdir(), 'annot-concurrent-'));
  let ops = 0;
  let merges = 0;
  let blocked = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      const seed = SEED * 1000 + run;
      const random = rng(seed);
      const article = join(work, `story-${run}.txt`);
      writeFileSync(article, TEXT);
      // One clock for everybody, as on one machine: later edits have later times.
      let tick = 0;
      const clock = () => new Date(Date.UTC(2026, 2, 1) + tick++ * 1000).toISOString();
      const windows = [new AnnotationStore(article, { now: clock }), new AnnotationStore(article, { now: clock })];
      const added = new Set<string>();
      const removed = new Set<string>();
      let serial = 0;
      const newAnnotation = (who: string): Annotation => {
        const start = Math.floor(random() * (TEXT.length - 10));
        const id = `${who}-${++serial}`;
        added.add(id);
        return createAnnotation(TEXT, { start, end: start + 1 + Math.floor(random() * 9) }, { kind: 'reject', on: 'quote' }, { id, now: clock() });
      };
      const tag = (step: number, what: string) => `seed ${seed} step ${step} (${what})`;

      for (const w of windows) w.load();
      for (let step = 0; step < STEPS; step++) {
        const r = random();
        const w = windows[random() < 0.5 ? 0 : 1];
        const who = w === windows[0] ? 'A' : 'B';
        ops++;
        if (r < 0.35) {
          w.add('Add', newAnnotation(who));
        } else if (r < 0.5) {
          const live = w.live();
          if (live.length > 0) {
            const victim = live[Math.floor(random() * live.length)].id;
            w.remove('Remove', victim);
            removed.add(victim);
          }
        } else if (r < 0.8) {
          const saved = w.save(TEXT);
          assert.equal(saved.status, 'saved', tag(step, `${who} saves`));
          if (saved.status === 'saved' && saved.merge && saved.merge.added.length + saved.merge.updated.length > 0) merges++;
        } else if (r < 0.9) {
          { const l = w.load(); assert.notEqual(l.status, 'corrupt', tag(step, `${who} loads: ${JSON.stringify(l)}`)); }
        } else if (r < 0.96) {
          // Another program adds an annotation straight into the file.
          const path = w.sidecarPath;
          let current: Annotation[] = [];
          try {
            const parsed = parseSidecar(readFileSync(path, 'utf8'));
            assert.ok(parsed.ok, tag(step, 'the file is valid before the tool edits it'));
            current = parsed.sidecar.annotations;
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
          }
          writeFileSync(path, serializeSidecar(newSidecar(TEXT, [...current, newAnnotation('T')], 'story.txt')));
        } else {
          // Another program breaks the file, a window tries to save, the file is put back.
          const path = w.sidecarPath;
          let before: string | null = null;
          try {
            before = readFileSync(path, 'utf8');
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
          }
          const broken = (before ?? '{"format":').slice(0, Math.max(1, Math.floor((before?.length ?? 10) / 2)));
          writeFileSync(path, broken);
          const saved = w.save(TEXT);
          assert.equal(saved.status, 'blocked', tag(step, `${who} refuses to save over a broken file`));
          assert.equal(readFileSync(path, 'utf8'), broken, tag(step, 'broken file untouched'));
          blocked++;
          if (before === null) rmSync(path);
          else writeFileSync(path, before);
        }
      }
      // Both windows save once more (each after the other has written): everything meets.
      for (const [i, w] of [windows[0], windows[1], windows[0]].entries()) {
        assert.equal(w.save(TEXT).status, 'saved', tag(STEPS + i, 'final save'));
      }
      const expected = [...added].filter((id) => !removed.has(id)).sort();
      const fresh = new AnnotationStore(article);
      const loaded = fresh.load();
      if (expected.length > 0 || loaded.status !== 'missing') {
        assert.equal(loaded.status, 'loaded', tag(STEPS, 'final file loads'));
        assert.deepEqual(liveIds(fresh.all()), expected, tag(STEPS, 'file: every addition, minus every removal'));
      }
      assert.deepEqual(liveIds(windows[0].all()), expected, tag(STEPS, 'window A holds the same'));
      assert.deepEqual(liveIds(windows[1].all()), expected, tag(STEPS, 'window B holds the same'));
    }
    assert.ok(merges > 0 && blocked > 0, `the interleavings reached merges (${merges}) and broken files (${blocked})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`# store concurrency: ${RUNS} interleavings, ${ops} operations, ${merges} saves merged changes from disk, ${blocked} saves refused over a broken file`);
});

test('store concurrency: whatever span a window saved, the other window can load', () => {
  const work = mkdtempSync(join(tmpdir(), 'annot-roundtrip-'));
  try {
    const article = join(work, 'story.txt');
    writeFileSync(article, TEXT);
    const rows: [string, number, number][] = [
      ['one space', TEXT.indexOf(' '), TEXT.indexOf(' ') + 1],
      ['a line break', TEXT.indexOf('\n'), TEXT.indexOf('\n') + 1],
      ['a word', 4, 9],
      ['space and line break', TEXT.indexOf('.”\n') + 2, TEXT.indexOf('.”\n') + 3],
    ];
    for (const [tag, start, end] of rows) {
      rmSync(article + '.annotations.json', { force: true });
      const mine = new AnnotationStore(article);
      mine.add('Add', createAnnotation(TEXT, { start, end }, { kind: 'reject', on: 'quote' }, { id: 'x1' }));
      assert.equal(mine.save(TEXT).status, 'saved', `${tag}: saved`);
      const theirs = new AnnotationStore(article);
      const loaded = theirs.load();
      assert.equal(loaded.status, 'loaded', `${tag}: the file the store wrote loads (${JSON.stringify(loaded)})`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

/** A child process saving through AnnotationStore (crashChild.ts); lines it printed, and a way to wait for the next. */
class WindowProcess {
  private out = '';
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(script: string, article: string, mode: 'window' | 'oneshot', tag: string, n: number) {
    this.child = spawn(process.execPath, [script, article, mode, tag, String(n)], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (d) => (this.out += d));
    let err = '';
    this.child.stderr!.on('data', (d) => (err += d));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
    void this.exited.then((code) => {
      if (code !== 0) this.out += `\nexited ${code}: ${err}\n`;
    });
  }

  lines(): string[] {
    return this.out.split('\n').filter((l) => l !== '');
  }

  send(line: string): void {
    this.child.stdin!.write(line + '\n');
  }

  /** Polls the output until a line matches, with a deadline. */
  async waitFor(pattern: RegExp, count = 1, timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hits = this.lines().filter((l) => pattern.test(l));
      if (hits.length >= count) return hits[count - 1];
      if (/exited|error/.test(this.out) || Date.now() > deadline) throw new Error(`no ${pattern} (${count}) from the window; output: ${this.out.slice(-500)}`);
      await new Promise((r) => setTimeout(r, 5)); // poll interval
    }
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

function bundleChild(dir: string): string {
  return bundleScript(join(__dirname, 'crashChild.ts'), join(dir, 'crashChild.js'));
}

/** The live annotation ids in the sidecar now. */
function idsOnDisk(article: string, tag: string): Set<string> {
  const parsed = parseSidecar(readFileSync(article + '.annotations.json', 'utf8'));
  assert.ok(parsed.ok, `${tag}: the file parses`);
  return new Set(liveAnnotations(parsed.sidecar.annotations).map((a) => a.id));
}

/** Ids tag-1..tag-n for each tag. */
const idsOf = (tags: string[], n: number) => tags.flatMap((t) => Array.from({ length: n }, (_, i) => `${t}-${i + 1}`));

/** Files the store may leave next to the sidecar by mistake: its lock, a claim on the next turn, its temporary files. */
const leftovers = (dir: string) => readdirSync(dir).filter((n) => /\.lock|\.tmp$/.test(n));

test('store concurrency: two processes saving at the same time take turns; every saved annotation is in the file at once', async () => {
  const work = mkdtempSync(join(tmpdir(), 'annot-two-procs-'));
  const windows: WindowProcess[] = [];
  const N = Number(process.env.CONCURRENT_SAVES) || 60;
  try {
    const script = bundleChild(work);
    const article = join(work, 'story.txt');
    writeFileSync(article, TEXT);
    windows.push(new WindowProcess(script, article, 'window', 'A', N), new WindowProcess(script, article, 'window', 'B', N));
    for (const w of windows) await w.waitFor(/^ready$/);
    for (const w of windows) w.send('go');
    for (const w of windows) await w.waitFor(/^finished$/);
    const merged = windows.map((w) => w.lines().filter((l) => /^saved \d+ [1-9]/.test(l)).length);
    // Every save took the lock around read-merge-write: the last one to write held everything.
    const expected = idsOf(['A', 'B'], N);
    const missing = expected.filter((id) => !idsOnDisk(article, 'after the rapid saves').has(id));
    assert.deepEqual(missing, [], `every annotation of both windows is in the file right after their saves (${missing.length} of ${2 * N} missing)`);
    assert.deepEqual(leftovers(work), [], 'no lock or temporary file left');
    // Turns alternate: a window that saves in a tight loop does not keep the other out. A
    // window kept out would see its save fail after the lock timeout; how often the two
    // interleave otherwise depends on the scheduler, so only "at least once" is required.
    const failed = windows.flatMap((w) => w.lines().filter((l) => l.startsWith('error ')));
    assert.deepEqual(failed, [], 'no save failed waiting for the lock');
    assert.ok(Math.min(...merged) >= 1, `both windows' saves took turns and merged the other's work (${merged.join(' + ')} of ${N} each)`);
    for (const [i, w] of [windows[0], windows[1], windows[0]].entries()) {
      w.send('save');
      await w.waitFor(/^saved-final /, i === 2 ? 2 : 1);
    }
    const ids = idsOnDisk(article, 'after the final saves');
    assert.deepEqual(expected.filter((id) => !ids.has(id)), [], 'every annotation of both windows is in the file after the final saves');
    assert.equal(windows[0].lines().filter((l) => l.startsWith('saved-final')).at(-1), `saved-final ${2 * N}`, 'window A holds both');
    assert.equal(windows[1].lines().at(-1), `saved-final ${2 * N}`, 'window B holds both');
    for (const w of windows) w.send('exit');
    for (const w of windows) assert.equal(await w.exited, 0, 'windows exit cleanly');
    console.log(`# store concurrency: two processes x ${N} saves; ${merged[0]} + ${merged[1]} saves merged the other's work; ${missing.length} missing`);
  } finally {
    for (const w of windows) w.kill();
    rmSync(work, { recursive: true, force: true });
  }
});

test('store concurrency: several processes, a new store for every save (as the CLI does), drop nothing', async () => {
  const work = mkdtempSync(join(tmpdir(), 'annot-procs-'));
  const procs: WindowProcess[] = [];
  const P = Number(process.env.CONCURRENT_PROCS) || 3;
  const N = Number(process.env.CONCURRENT_ONESHOTS) || 40;
  const started = Date.now();
  try {
    const script = bundleChild(work);
    const article = join(work, 'story.txt');
    writeFileSync(article, TEXT);
    const tags = Array.from({ length: P }, (_, i) => String.fromCharCode(65 + i));
    for (const t of tags) procs.push(new WindowProcess(script, article, 'oneshot', t, N));
    for (const p of procs) await p.waitFor(/^ready$/);
    for (const p of procs) p.send('go');
    for (const p of procs) await p.waitFor(/^finished$/);
    for (const p of procs) assert.equal(await p.exited, 0, 'processes exit cleanly');
    const merged = procs.map((p) => p.lines().filter((l) => /^saved \d+ [1-9]/.test(l)).length);
    assert.ok(merged.every((m) => m > 0), `the processes' saves overlapped: each found others' work to merge (${merged.join(' + ')})`);
    // A store that was written over is gone: nothing can bring its annotation back.
    const ids = idsOnDisk(article, 'after the saves');
    const missing = idsOf(tags, N).filter((id) => !ids.has(id));
    assert.deepEqual(missing, [], `every saved annotation is in the file (${missing.length} of ${P * N} missing)`);
    assert.equal(ids.size, P * N, 'nothing else in the file');
    assert.deepEqual(leftovers(work), [], 'no lock or temporary file left');
    console.log(
      `# store concurrency: ${P} processes x ${N} one-shot saves; ${merged.join(' + ')} saves merged others' work; ${missing.length} missing; ${Date.now() - started} ms`,
    );
  } finally {
    for (const p of procs) p.kill();
    rmSync(work, { recursive: true, force: true });
  }
});
