/**
 * The child process of store.crash.test.ts: it keeps saving a growing sidecar through
 * AnnotationStore until it is killed. Not part of the extension.
 *
 *   node crashChild.js <article path> loop
 *     loads the sidecar, then adds one annotation and saves, again and again; prints
 *     `ready <count>` after loading, `begin <k>` before saving version k and `done <k>`
 *     once that save returned.
 *   node crashChild.js <article path> inject <point> <k>
 *     the same, but while saving version k the process kills itself at <point>
 *     (one of INJECTION_POINTS) with SIGKILL, as a crash or a power cut of the process would.
 *   node crashChild.js <article path> window <tag> <n>
 *     one of two "windows" on the same sidecar: prints `ready`, waits for `go` on stdin, then
 *     adds annotations <tag>-1..<tag>-n, saving after each (`saved <i> <annotations merged in>`),
 *     prints `finished`; then every `save` line on stdin saves once more (`saved-final <live
 *     count>`) and `exit` ends it.
 *   node crashChild.js <article path> oneshot <tag> <n>
 *     as the CLI saves: prints `ready`, waits for `go`, then n times a new AnnotationStore
 *     loads the sidecar, adds annotation <tag>-<i>, saves and is dropped (`saved <i> <annotations
 *     merged in>`, counting those written by others between its load and its save); prints
 *     `finished` and exits. An annotation another process wrote over is gone for good here:
 *     no later save of this process holds it in memory.
 *
 * Version k holds exactly the annotations `crashAnnotation(text, 1..k)`, so the parent can
 * rebuild the bytes of any version and compare them with what is on disk.
 */
import fs from 'node:fs';
import { AnnotationStore } from './store';
import { type Annotation, createAnnotation } from './model';

/** Where a save can be cut short, in the order a save reaches them: the lock just taken, then inside writeFileAtomic. */
export const INJECTION_POINTS = ['lock-taken', 'mid-write', 'before-fsync', 'before-rename', 'after-rename'] as const;
export type InjectionPoint = (typeof INJECTION_POINTS)[number];

/** Annotation number `i` (from 1) of the growing sidecar: a note of about 700 characters, same every run. */
export function crashAnnotation(text: string, i: number): Annotation {
  const span = 12 + ((i * 37) % Math.max(1, text.length - 40));
  const filler = `Checked against the wire copy, paragraph ${i % 9}; `.repeat(14);
  return createAnnotation(
    text,
    { start: span, end: span + 16 },
    { kind: 'note', on: 'quote', note: `note ${i}: ${filler}` },
    { id: `c-${String(i).padStart(5, '0')}`, now: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() },
  );
}

function kill(): never {
  process.kill(process.pid, 'SIGKILL');
  // SIGKILL is not delivered synchronously on every platform; never return from here.
  for (;;) {
    /* wait for the signal */
  }
}

/**
 * Cuts the save that is armed at `point`, through the fs functions store.ts calls. Apart
 * from `lock-taken` (dies right after taking the save lock), only the sidecar's temporary
 * file is cut (its writes, its fsync, its rename): the lock works as it does.
 */
function inject(point: InjectionPoint, armed: () => boolean): void {
  const real = { openSync: fs.openSync, writeSync: fs.writeSync, fsyncSync: fs.fsyncSync, renameSync: fs.renameSync, linkSync: fs.linkSync };
  const patched = fs as unknown as Record<string, unknown>;
  const tempFds = new Set<number>();
  patched.openSync = (path: fs.PathLike, ...rest: unknown[]) => {
    const fd = (real.openSync as (...a: unknown[]) => number)(path, ...rest);
    // A descriptor number is reused once closed: every open says anew what it is.
    if (String(path).endsWith('.tmp')) tempFds.add(fd);
    else tempFds.delete(fd);
    return fd;
  };
  const cut = (fd: number) => armed() && tempFds.has(fd);
  if (point === 'lock-taken') {
    // The store links a complete lock file into place; die holding it, before anything is written.
    patched.linkSync = (from: string, to: string) => {
      real.linkSync(from, to);
      if (armed() && to.endsWith('.lock')) kill();
    };
  } else if (point === 'mid-write') {
    patched.writeSync = (fd: number, data: unknown, ...rest: unknown[]) => {
      if (!cut(fd) || typeof data !== 'string') return (real.writeSync as (...a: unknown[]) => number)(fd, data, ...rest);
      real.writeSync(fd, data.slice(0, Math.floor(data.length / 2)), null, 'utf8');
      return kill();
    };
  } else if (point === 'before-fsync') {
    patched.fsyncSync = (fd: number) => (cut(fd) ? kill() : real.fsyncSync(fd));
  } else if (point === 'before-rename') {
    patched.renameSync = (from: string, to: string) => (armed() && from.endsWith('.tmp') ? kill() : real.renameSync(from, to));
  } else {
    patched.renameSync = (from: string, to: string) => {
      real.renameSync(from, to);
      if (armed() && from.endsWith('.tmp')) kill();
    };
  }
}

/** Lines from stdin, one at a time. */
function stdinLines(onLine: (line: string) => void): void {
  let buffered = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    buffered += chunk;
    for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
      const line = buffered.slice(0, nl).trim();
      buffered = buffered.slice(nl + 1);
      onLine(line);
    }
  });
}

function window(articlePath: string, tag: string, n: number): void {
  const text = fs.readFileSync(articlePath, 'utf8');
  const store = new AnnotationStore(articlePath);
  const say = (line: string) => process.stdout.write(line + '\n');
  const save = (): number => {
    const saved = store.save(text);
    if (saved.status !== 'saved') {
      say(`error ${JSON.stringify(saved)}`);
      process.exit(1);
    }
    return saved.merge ? saved.merge.added.length + saved.merge.updated.length : 0;
  };
  if (store.load().status === 'corrupt') throw new Error('corrupt sidecar');
  say('ready');
  stdinLines((line) => {
    if (line === 'go') {
      for (let i = 1; i <= n; i++) {
        const start = (i * 13) % (text.length - 8);
        store.add('Add', createAnnotation(text, { start, end: start + 5 }, { kind: 'reject', on: 'quote' }, { id: `${tag}-${i}` }));
        say(`saved ${i} ${save()}`);
      }
      say('finished');
    } else if (line === 'save') {
      save();
      say(`saved-final ${store.live().length}`);
    } else if (line === 'exit') {
      process.exit(0);
    }
  });
}

function oneshot(articlePath: string, tag: string, n: number): void {
  const text = fs.readFileSync(articlePath, 'utf8');
  const say = (line: string) => process.stdout.write(line + '\n');
  say('ready');
  stdinLines((line) => {
    if (line !== 'go') return;
    for (let i = 1; i <= n; i++) {
      const store = new AnnotationStore(articlePath);
      const loaded = store.load();
      if (loaded.status === 'corrupt') {
        say(`error ${JSON.stringify(loaded)}`);
        process.exit(1);
      }
      const start = (i * 17) % (text.length - 8);
      store.add('Add', createAnnotation(text, { start, end: start + 5 }, { kind: 'reject', on: 'quote' }, { id: `${tag}-${i}` }));
      const saved = store.save(text);
      if (saved.status !== 'saved') {
        say(`error ${JSON.stringify(saved)}`);
        process.exit(1);
      }
      say(`saved ${i} ${saved.merge ? saved.merge.added.length + saved.merge.updated.length : 0}`);
    }
    say('finished');
    process.exit(0);
  });
}

function main(argv: string[]): void {
  const [articlePath, mode, point, at] = argv;
  if (mode === 'window') return window(articlePath, point, Number(at));
  if (mode === 'oneshot') return oneshot(articlePath, point, Number(at));
  const text = fs.readFileSync(articlePath, 'utf8');
  const store = new AnnotationStore(articlePath);
  let saving = 0;
  if (mode === 'inject') {
    if (!(INJECTION_POINTS as readonly string[]).includes(point)) throw new Error(`unknown injection point ${point}`);
    const target = Number(at);
    inject(point as InjectionPoint, () => saving === target);
  } else if (mode !== 'loop') {
    throw new Error(`usage: crashChild <article> loop | inject <point> <k> | window <tag> <n> | oneshot <tag> <n>`);
  }
  const loaded = store.load();
  if (loaded.status === 'corrupt') {
    process.stdout.write(`error ${JSON.stringify(loaded.error)}\n`);
    process.exit(1);
  }
  let k = store.live().length;
  process.stdout.write(`ready ${k}\n`);
  for (;;) {
    k += 1;
    store.add('Add note', crashAnnotation(text, k));
    saving = k;
    process.stdout.write(`begin ${k}\n`);
    const saved = store.save(text);
    saving = 0;
    if (saved.status !== 'saved') {
      process.stdout.write(`error ${JSON.stringify(saved)}\n`);
      process.exit(1);
    }
    process.stdout.write(`done ${k}\n`);
  }
}

if (require.main === module) main(process.argv.slice(2));
