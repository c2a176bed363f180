/**
 * Crash safety of the sidecar store (issue #8): a child process keeps saving a growing
 * sidecar (crashChild.ts) and is killed with SIGKILL at seeded random moments and at four
 * exact points inside writeFileAtomic. After every kill the sidecar on disk must parse and
 * be byte for byte one of the versions the child had finished or was writing, and the
 * next process must load it and save on top of it, whatever temporary files (or save lock)
 * were left; a load a minute later removes the temporary files.
 *
 * CRASH_KILLS (default 36) random kills, CRASH_SEED (default 8) for the moments.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { INJECTION_POINTS, type InjectionPoint, crashAnnotation } from './crashChild';
import { newSidecar, parseSidecar, serializeSidecar, sidecarPathFor } from './sidecar';
import { AnnotationStore } from './store';
import { bundleScript } from '../../../test/support/bundle';
import { mulberry32 } from '../../../test/support/prng';

const KILLS = Number(process.env.CRASH_KILLS) || 36;
const SEED = Number(process.env.CRASH_SEED) || 8;
/** Whole-test budget; the loop stops early (and says so) rather than run past it. */
const BUDGET_MS = 60_000;

const ARTICLE = [
  'Officials met on Tuesday to discuss the budget.',
  '“We will not raise taxes this year,” the finance minister said, adding that the deficit would shrink.',
  'Opposition leaders called the plan “a fantasy” and said they would vote against it.',
  'The vote is expected next week.',
].join('\n');

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
const rng = mulberry32;

/** The exact bytes of version k (annotations 1..k) as AnnotationStore writes them. */
function versionBytes(article: string, k: number): string {
  const annotations = Array.from({ length: k }, (_, i) => crashAnnotation(ARTICLE, i + 1));
  return serializeSidecar(newSidecar(ARTICLE, annotations, basename(article)));
}

interface Run {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/** Runs the bundled child; `killAfter` (ms after `ready`, or after spawn when `fromSpawn`) sends SIGKILL. */
function runChild(script: string, args: string[], killAfter: number | null, fromSpawn = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let armed = false;
    const arm = () => {
      if (armed || killAfter === null) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), killAfter);
    };
    if (fromSpawn) arm();
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('ready ')) arm();
    });
    child.stderr!.on('data', (d) => (stderr += d));
    // A child that hangs is a failure, not a reason to hang the suite.
    const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ lines: out.split('\n').filter((l) => l !== ''), signal, code, stderr });
    });
  });
}

function lastNumber(lines: string[], word: string): number | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = lines[i].match(new RegExp(`^${word} (\\d+)$`));
    if (m) return Number(m[1]);
  }
  return null;
}

function tempFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith('.tmp'));
}

/** Which version the sidecar holds; fails unless it parses and equals one of `allowed` byte for byte. */
function checkDisk(article: string, allowed: number[], tag: string): number {
  const path = sidecarPathFor(article);
  let bytes: string;
  try {
    bytes = readFileSync(path, 'utf8');
  } catch {
    assert.ok(allowed.includes(0), `${tag}: sidecar missing, expected one of versions ${allowed}`);
    return 0;
  }
  const parsed = parseSidecar(bytes);
  assert.ok(parsed.ok, `${tag}: sidecar parses (${parsed.ok ? '' : parsed.error}); ${bytes.length} bytes`);
  const k = parsed.sidecar.annotations.length;
  assert.ok(allowed.includes(k), `${tag}: sidecar holds version ${k}, expected one of ${allowed}`);
  assert.equal(bytes, versionBytes(article, k), `${tag}: version ${k} byte for byte`);
  return k;
}

function bundleChild(dir: string): string {
  return bundleScript(join(__dirname, 'crashChild.ts'), join(dir, 'crashChild.js'));
}

test('store crash: SIGKILL at random moments and inside the atomic write never leaves a torn or lost sidecar', async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'annot-crash-'));
  const started = Date.now();
  try {
    // A plain node script starts in a fraction of the time `node --import tsx` takes.
    const script = bundleChild(work);
    const folder = join(work, 'articles');
    mkdirSync(folder);
    const article = join(folder, 'story.txt');
    writeFileSync(article, ARTICLE);
    const random = rng(SEED);

    let onDisk = 0;
    let kills = 0;
    let midSave = 0;
    let duringStart = 0;
    let saves = 0;
    let maxBytes = 0;
    let locksLeft = 0;
    const lockPath = join(folder, `.${basename(sidecarPathFor(article))}.lock`);

    // 1. Random moments. A quarter of the kills are timed from spawn, so some land while the
    //    child starts or loads; the rest from `ready`, inside the save loop.
    for (let i = 0; i < KILLS; i++) {
      if (Date.now() - started > BUDGET_MS) {
        t.diagnostic(`time budget reached after ${i} random kills`);
        break;
      }
      const fromSpawn = random() < 0.25;
      const delay = Math.floor(random() * (fromSpawn ? 120 : 80));
      const tempsBefore = tempFiles(folder).length;
      const run = await runChild(script, [article, 'loop'], delay, fromSpawn);
      const tag = `random kill ${i} (seed ${SEED}, ${fromSpawn ? 'from spawn' : 'from ready'} +${delay} ms)`;
      assert.equal(run.signal, 'SIGKILL', `${tag}: killed, not exited (code ${run.code}, stderr ${run.stderr.slice(0, 500)})`);
      kills++;
      const ready = lastNumber(run.lines, 'ready');
      if (ready === null) {
        duringStart++;
        checkDisk(article, [onDisk], `${tag}, before ready`);
        continue;
      }
      assert.equal(ready, onDisk, `${tag}: the next process loaded the version left on disk`);
      const begun = lastNumber(run.lines, 'begin') ?? onDisk;
      const done = lastNumber(run.lines, 'done') ?? onDisk;
      saves += done - onDisk;
      onDisk = checkDisk(article, [done, begun], tag);
      if (tempFiles(folder).length > tempsBefore) midSave++;
      // Killed while holding the save lock: the next process must clear it (its pid is gone).
      if (existsSync(lockPath)) locksLeft++;
      maxBytes = Math.max(maxBytes, Buffer.byteLength(versionBytes(article, onDisk)));
    }

    // 2. Exact points, twice each: right after taking the save lock, and inside writeFileAtomic.
    //    The old version survives every cut before the rename; after the rename the new version
    //    is complete. The next process gets past the lock the dead one held.
    let injected = 0;
    for (const point of INJECTION_POINTS) {
      for (let rep = 0; rep < 2; rep++) {
        const target = onDisk + 1 + rep; // the first or the second save of this process
        const run = await runChild(script, [article, 'inject', point, String(target)], null);
        const tag = `injected ${point} at version ${target}`;
        assert.equal(run.signal, 'SIGKILL', `${tag}: killed itself (code ${run.code}, stderr ${run.stderr.slice(0, 500)})`);
        assert.equal(lastNumber(run.lines, 'begin'), target, `${tag}: died while saving that version`);
        const expected: Record<InjectionPoint, number> = {
          'lock-taken': target - 1,
          'mid-write': target - 1,
          'before-fsync': target - 1,
          'before-rename': target - 1,
          'after-rename': target,
        };
        onDisk = checkDisk(article, [expected[point]], tag);
        if (point === 'lock-taken') assert.ok(existsSync(lockPath), `${tag}: died holding the save lock`);
        injected++;
      }
    }
    const temps = tempFiles(folder);
    assert.ok(temps.length >= 6, `the six cuts before a rename left their temporary files (${temps.length}); they must not matter`);
    const torn = temps.filter((n) => !parseSidecar(readFileSync(join(folder, n), 'utf8')).ok).length;
    assert.ok(torn >= 2, `the mid-write cuts left torn temporary files (${torn})`);

    // 3. With every leftover temporary file in place, a new store loads the last version and saves on top.
    const store = new AnnotationStore(article);
    const loaded = store.load();
    assert.deepEqual(loaded.status === 'loaded' && loaded.count, onDisk, 'last version loads with temp files around');
    assert.deepEqual(tempFiles(folder), temps, 'temporary files younger than a minute are kept (a save may be writing one)');
    store.add('Add note', crashAnnotation(ARTICLE, onDisk + 1));
    assert.equal(store.save(ARTICLE).status, 'saved', 'saves with temp files around');
    checkDisk(article, [onDisk + 1], 'after recovery');

    // 4. A minute later, the next load clears them away, and only them.
    const old = new Date(Date.now() - 2 * 60_000);
    for (const n of tempFiles(folder)) utimesSync(join(folder, n), old, old);
    const later = new AnnotationStore(article);
    assert.deepEqual(later.load().status === 'loaded' && later.all().length, onDisk + 1, 'the last version loads');
    assert.deepEqual(readdirSync(folder).sort(), ['story.txt', basename(sidecarPathFor(article))], 'every temporary file removed, nothing else, no lock left');

    t.diagnostic(
      `${kills} random SIGKILLs (${duringStart} before the store was ready, ${midSave} left a temp file = cut inside a save), ` +
        `${injected} injected cuts (${INJECTION_POINTS.join(', ')}), ${saves} completed saves, final version ${onDisk + 1}, ` +
        `largest sidecar ${maxBytes} bytes, ${temps.length} temp files left (${torn} torn; removed by a load a minute later), ` +
        `${locksLeft} kills left the save lock behind (cleared by the next process), ${Date.now() - started} ms`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('store crash: every truncation of a real sidecar is refused and left as it is', () => {
  const work = mkdtempSync(join(tmpdir(), 'annot-torn-'));
  try {
    const article = join(work, 'story.txt');
    writeFileSync(article, ARTICLE);
    const full = versionBytes(article, 3);
    // Cut points: every 97th byte plus the last few (a file missing only its final brace).
    const cuts = [...Array.from({ length: Math.ceil(full.length / 97) }, (_, i) => i * 97), full.length - 3, full.length - 2];
    const rows: [string, string][] = [
      ...cuts.map((n): [string, string] => [`truncated at ${n} of ${full.length}`, full.slice(0, n)]),
      ['zero bytes then text', '\u0000'.repeat(64) + full.slice(64)],
      ['only a BOM', '\uFEFF'],
      ['two versions glued together', full + full],
    ];
    let refused = 0;
    for (const [tag, content] of rows) {
      writeFileSync(sidecarPathFor(article), content);
      const store = new AnnotationStore(article);
      assert.equal(store.load().status, 'corrupt', `${tag}: reported as unreadable`);
      store.add('Add note', crashAnnotation(ARTICLE, 9));
      assert.equal(store.save(ARTICLE).status, 'blocked', `${tag}: save refused`);
      assert.equal(readFileSync(sidecarPathFor(article), 'utf8'), content, `${tag}: file untouched`);
      refused++;
    }
    assert.equal(refused, rows.length, 'every row checked');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
