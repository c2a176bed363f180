/**
 * `npm run bench`: the performance benchmark of issue #6, in one run on this machine.
 * Builds the bundles, then measures the engine (in-process), the language server (over
 * stdio), workspace indexing and the packaged extension; prints a table with PASS/FAIL per
 * goal, and writes bench/results.json and bench/results.svg (plus bench/results.png when
 * rsvg-convert is installed). Method: bench/README.md.
 *
 * Options: --skip engine,lsp,workspace,extension,package   leave parts out
 *          --quick        fewer runs and a 1,000-file workspace (for trying the bench out;
 *                         results are marked quick and are not the reference numbers)
 *          --no-build     use dist/ as it is
 *          --out DIR      where results.json/.svg/.png go (default bench/)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCorpus, joinToSize } from './corpus';
import { runEngine, type EngineReport } from './engine';
import { runLsp, type LspReport } from './lspBench';
import { runWorkspace, type WorkspaceReport } from './workspace';
import { runExtension, type ExtensionReport } from './extension';
import { clip, fmt, goalTable, table, verdict, type Goal } from './report';
import { renderSvg } from './plot';
import { nowMs } from './stats';

const ROOT = resolve(__dirname, '..');
const SEED = 20261123;

interface Args {
  skip: Set<string>;
  quick: boolean;
  build: boolean;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { skip: new Set(), quick: false, build: true, out: join(ROOT, 'bench') };
  const parts = ['engine', 'lsp', 'workspace', 'extension', 'package'];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--skip' || a === '--out') {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      if (a === '--out') args.out = resolve(v);
      else
        for (const p of v.split(',')) {
          if (!parts.includes(p)) fail(`--skip: unknown part "${p}"; parts are ${parts.join(', ')}`);
          args.skip.add(p);
        }
    } else fail(`unknown option "${a}"`);
  }
  return args;
}

function fail(msg: string): never {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

/** HEAD's hash, with "+dirty" when the working tree has changes. */
export function commitLabel(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim();
    return status ? `${head}+dirty` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function loadFixtures(): string[] {
  const dir = join(ROOT, 'test', 'fixtures', 'articles');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(dir, n), 'utf8'));
}

function section(title: string): void {
  console.log(`\n== ${title} ==`);
}

function goalsOf(e: EngineReport | null, l: LspReport | null, w: WorkspaceReport | null, x: ExtensionReport | null): Goal[] {
  const goals: Goal[] = [];
  const skipped = 'part skipped';
  const engineNote = e?.engine.error;
  goals.push(
    { id: 'engine-mbps', part: 'engine', label: 'engine throughput, ~5 MB corpus', unit: 'MB/s', op: '>=', target: 20, value: e?.engine.mbps ?? null, note: e ? engineNote : skipped },
    {
      id: 'engine-vs-regex',
      part: 'engine',
      label: 'engine / regex-scan throughput',
      unit: 'x',
      op: '>=',
      target: 0.1,
      value: e && e.engine.mbps !== null && e.regex.mbps ? e.engine.mbps / e.regex.mbps : null,
      note: e ? engineNote : skipped,
    },
    {
      id: 'engine-vs-compromise',
      part: 'engine',
      label: 'engine / compromise throughput',
      unit: 'x',
      op: '>=',
      target: 250,
      value: e && e.engine.mbps !== null && e.compromise.mbps ? e.engine.mbps / e.compromise.mbps : null,
      note: e ? (engineNote ?? e.compromise.error ?? 'compromise timed on a slice') : skipped,
    },
    { id: 'engine-linear', part: 'engine', label: 'per-byte cost, 1 MB doc / ~5 KB articles', unit: 'x', op: '<=', target: 1.2, value: e?.linearity ?? null, note: e ? engineNote : skipped },
  );
  const lspNote = (n?: string) => (l ? (l.unavailable ?? n) : skipped);
  goals.push(
    { id: 'lsp-tokens-5k', part: 'lsp', label: 'semanticTokens/full 5 KB (cold, p50)', unit: 'ms', op: '<=', target: 5, value: l?.small.cold.p50 ?? null, note: lspNote(l?.small.cold.note) },
    { id: 'lsp-tokens-1m', part: 'lsp', label: 'semanticTokens/full 1 MB (cold, p50)', unit: 'ms', op: '<=', target: 150, value: l?.big.cold.p50 ?? null, note: lspNote(l?.big.cold.note) },
    { id: 'lsp-hover-p95', part: 'lsp', label: 'hover p95 (5 KB article)', unit: 'ms', op: '<=', target: 2, value: l?.hover.p95 ?? null, note: lspNote(l?.hover.note) },
    {
      id: 'lsp-edit-to-tokens',
      part: 'lsp',
      label: 'one-char didChange -> fresh tokens (5 KB, p50)',
      unit: 'ms',
      op: '<=',
      target: 20,
      value: l && l.editToTokens.stale === 0 ? l.editToTokens.p50 : null,
      note: l && l.editToTokens.stale > 0 ? `${l.editToTokens.stale}/${l.editToTokens.checked} answers differed from the tokens of a fresh document with the same text` : lspNote(l?.editToTokens.note),
    },
  );
  goals.push(
    {
      id: 'workspace-index',
      part: 'workspace',
      label: `index ${w ? w.files.toLocaleString('en-US') : '10,000'} files (${w?.server.ms != null ? 'server' : 'in-process engine'})`,
      unit: 's',
      op: '<=',
      target: 10,
      value: w ? ((w.server.ms ?? w.inProcess.ms) === null ? null : (w.server.ms ?? w.inProcess.ms)! / 1000) : null,
      note: w ? (w.server.ms != null ? w.server.note : (w.inProcess.note ?? 'server request n/a; read+analyze in a child process')) : skipped,
    },
    { id: 'workspace-rss', part: 'workspace', label: 'server peak RSS while indexing', unit: 'MB', op: '<=', target: 400, value: w?.server.hwmKb != null ? w.server.hwmKb / 1024 : null, note: w ? w.server.note : skipped },
    { id: 'workspace-hover', part: 'workspace', label: 'hover p95 during indexing', unit: 'ms', op: '<=', target: 20, value: w?.server.hover.p95 ?? null, note: w ? (w.server.hover.note ?? w.server.note) : skipped },
  );
  goals.push({
    id: 'vsix-size',
    part: 'extension',
    label: '.vsix size',
    unit: 'MB',
    op: '<=',
    target: 1,
    value: x?.vsixBytes != null ? x.vsixBytes / 1e6 : null,
    note: x ? x.vsixNote : skipped,
  });
  return goals;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = nowMs();
  const commit = commitLabel(ROOT);
  const machine = { loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))), cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memGB: Math.round(totalmem() / 1e9), node: process.version, gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function' };
  console.log(`News Annotator bench — commit ${commit}`);
  console.log(`${new Date().toISOString()}  node ${machine.node}  ${machine.cpus} × ${machine.cpu}  load average ${machine.loadAverageAtStart.join(' ')}${args.quick ? '  (QUICK run: not reference numbers)' : ''}`);
  if (machine.loadAverageAtStart[0] > machine.cpus) console.log(`NOTE: the machine is busy (1-min load ${machine.loadAverageAtStart[0]} on ${machine.cpus} cores): timings are inflated.`);
  const serverPath = join(ROOT, 'dist', 'server.js');

  if (args.build) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (b.status !== 0) console.log(`build failed (exit ${b.status}); server parts use dist/ as it is:\n${(b.stderr || b.stdout).trim().split('\n').slice(-5).join('\n')}`);
  }

  const fixtures = loadFixtures();
  const corpus = buildCorpus({ seed: SEED, targetBytes: 5e6, fixtures });
  const bigDoc = joinToSize(corpus.articles, 1e6);
  const smallText = fixtures[0] ?? corpus.articles[0];

  let engine: EngineReport | null = null;
  if (!args.skip.has('engine')) {
    section('1. Engine throughput');
    engine = runEngine({ articles: corpus.articles, bigDoc, runs: args.quick ? 3 : 7, warmup: 2, budgetSeconds: args.quick ? 5 : 40, compromiseBytes: args.quick ? 40e3 : 80e3 });
    const e = engine;
    const row = (name: string, t: { bytes: number; ms: number | null; mbps: number | null; error?: string }) => [
      name,
      `${fmt(t.bytes / 1e6)} MB`,
      t.ms === null ? 'n/a' : `${fmt(t.ms)} ms`,
      t.mbps === null ? 'n/a' : `${fmt(t.mbps)} MB/s`,
      t.mbps !== null && e.regex.mbps ? fmt(t.mbps / e.regex.mbps) : 'n/a',
      t.error ?? '',
    ];
    console.log(`corpus: ${e.corpus.documents} documents, ${fmt(e.corpus.bytes / 1e6)} MB (${fixtures.length} real articles + seeded synthetic news, seed ${SEED}), mean ${fmt(e.corpus.meanDocBytes / 1e3)} kB/doc`);
    console.log(`engine found ${e.engine.quotes} quotes, ${e.engine.entities} entities, ${e.engine.sources} sources in the corpus${e.engine.quotes === 0 ? '  (WARNING: no quotes — the engine may not be complete yet)' : ''}`);
    if (e.engine.contractFailures > 0) console.log(`WARNING: ${e.engine.contractFailures} documents break the result contract; first: ${e.engine.firstContractFailure}`);
    console.log(
      table(
        ['contender', 'input', 'median', 'throughput', 'vs regex', 'note'],
        [
          row('engine, corpus', e.engine),
          row('engine, 1 MB doc', e.engineBigDoc),
          row('regex scan, corpus', e.regex),
          row('regex scan, 1 MB doc', e.regexBigDoc),
          row(`compromise, ${e.compromise.documents} docs`, e.compromise),
        ],
      ),
    );
    console.log(e.compromise.note);
    if (e.scaling.length) console.log('one document vs the same articles one by one, per-byte cost: ' + e.scaling.map((s) => `${fmt(s.bytes / 1e3)} kB: ${fmt(s.relative)}x`).join(', '));
  }

  let lsp: LspReport | null = null;
  if (!args.skip.has('lsp')) {
    section('2. Language server over stdio (dist/server.js --stdio)');
    lsp = await runLsp({ serverPath, smallText, bigText: bigDoc, hoverCount: args.quick ? 100 : 400, edits: args.quick ? 10 : 40 });
    const l = lsp;
    if (l.unavailable) console.log(`n/a: ${l.unavailable}`);
    const r = (name: string, s: { samples: number; p50: number | null; p95: number | null; max: number | null; note?: string }, extra = '') => [name, String(s.samples), fmt(s.p50), fmt(s.p95), fmt(s.max), [extra, s.note ?? ''].filter(Boolean).join('; ')];
    console.log(
      table(
        ['measurement (ms)', 'n', 'p50', 'p95', 'max', 'note'],
        [
          r(`tokens ${fmt(l.small.bytes / 1e3)} kB cold`, l.small.cold, l.small.tokens !== null ? `${l.small.tokens} tokens` : ''),
          r(`tokens ${fmt(l.small.bytes / 1e3)} kB warm`, l.small.warm),
          r(`tokens ${fmt(l.big.bytes / 1e6)} MB cold`, l.big.cold, l.big.tokens !== null ? `${l.big.tokens} tokens` : ''),
          r(`tokens ${fmt(l.big.bytes / 1e6)} MB warm`, l.big.warm),
          r('hover', l.hover, `${l.hover.nonEmpty} non-empty`),
          r('edit -> tokens', l.editToTokens, `${l.editToTokens.checked - l.editToTokens.stale}/${l.editToTokens.checked} match a fresh analysis`),
        ],
      ),
    );
    console.log(
      `first ${fmt(l.small.bytes / 1e3)} kB tokens at start-up (before the warm-up ends): ${l.firstTokensMs === null ? 'n/a' : `${fmt(l.firstTokensMs)} ms`}; ` +
        `warm-up ended ${l.warmUpMs === null ? 'n/a (no log line within 5 s)' : `${fmt(l.warmUpMs)} ms`} after initialized; the rows above are timed after it`,
    );
    console.log(`initialize: ${fmt(l.initializeMs)} ms; server RSS after the run: ${l.rss ? `${fmt(l.rss.rssKb / 1024)} MB (peak ${fmt(l.rss.hwmKb / 1024)} MB)` : 'n/a'}`);
  }

  let workspace: WorkspaceReport | null = null;
  if (!args.skip.has('workspace')) {
    section('3. Workspace indexing');
    workspace = await runWorkspace({ count: args.quick ? 1000 : 10000, seed: SEED + 1, serverPath, protocolPath: join(ROOT, 'server', 'src', 'protocol.ts'), hoverText: smallText });
    const w = workspace;
    console.log(`generated ${w.files} files, ${fmt(w.bytes / 1e6)} MB in ${fmt(w.generateMs / 1000)} s (temp dir, removed afterwards)`);
    const ip = w.inProcess;
    console.log(
      table(
        ['indexer', 'time', 'throughput', 'peak RSS', 'hover p50/p95 during', 'note'],
        [
          [
            'in-process engine (child process)',
            ip.ms === null ? 'n/a' : `${fmt(ip.ms / 1000)} s`,
            ip.mbps === null ? 'n/a' : `${fmt(ip.mbps)} MB/s`,
            ip.hwmKb === null ? 'n/a' : `${fmt(ip.hwmKb / 1024)} MB (node+tsx alone ${fmt((ip.baselineHwmKb ?? NaN) / 1024)} MB)`,
            'n/a (no server)',
            clip(ip.note ?? `${ip.quotes} quotes, ${ip.speakers} distinct speakers`, 90),
          ],
          [
            `server${w.server.method ? ` (${w.server.method})` : ''}`,
            w.server.ms === null ? 'n/a' : `${fmt(w.server.ms / 1000)} s`,
            w.server.ms === null ? 'n/a' : `${fmt(w.bytes / 1e6 / (w.server.ms / 1000))} MB/s`,
            w.server.hwmKb === null ? 'n/a' : `${fmt(w.server.hwmKb / 1024)} MB`,
            w.server.hover.p50 === null ? 'n/a' : `${fmt(w.server.hover.p50)} / ${fmt(w.server.hover.p95)} ms (n=${w.server.hover.samples})`,
            clip(w.server.note ?? '', 90),
          ],
        ],
      ),
    );
  }

  let extension: ExtensionReport | null = null;
  if (!args.skip.has('extension')) {
    section('4. Extension');
    extension = await runExtension({ root: ROOT, serverPath, spawns: 3, packageVsix: !args.skip.has('package') });
    const x = extension;
    console.log(`activation proxy (spawn server -> initialize answer, median of ${x.initializeRuns.length}): ${x.initializeMs === null ? `n/a (${x.initializeNote})` : `${fmt(x.initializeMs)} ms`}`);
    console.log(`real activation (integration run): ${x.realActivationMs === null ? `n/a (${x.realActivationNote})` : `${fmt(x.realActivationMs)} ms, ${x.realActivationNote}`}`);
    console.log(`.vsix: ${x.vsixBytes === null ? `n/a (${x.vsixNote})` : `${fmt(x.vsixBytes / 1e6)} MB (${x.vsixBytes} bytes; packaged in ${fmt((x.packageMs ?? 0) / 1000)} s)`}`);
  }

  const goals = goalsOf(engine, lsp, workspace, extension);
  section('Goals');
  console.log(goalTable(goals));
  const counts = { PASS: 0, FAIL: 0, 'n/a': 0 };
  for (const g of goals) counts[verdict(g)]++;
  const seconds = (nowMs() - started) / 1000;
  const loadAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
  console.log(`\n${counts.PASS} PASS, ${counts.FAIL} FAIL, ${counts['n/a']} n/a — commit ${commit}, ${fmt(seconds)} s, load average at end ${loadAtEnd.join(' ')}`);

  mkdirSync(args.out, { recursive: true });
  const results = {
    format: 'news-annotator-bench/1',
    commit,
    date: new Date().toISOString(),
    quick: args.quick,
    skipped: [...args.skip],
    seconds,
    machine: { ...machine, loadAverageAtEnd: loadAtEnd },
    seed: SEED,
    goals: goals.map((g) => ({ ...g, verdict: verdict(g) })),
    engine,
    lsp,
    workspace,
    extension,
  };
  writeFileSync(join(args.out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const svg = renderSvg({
    title: 'News Annotator — performance benchmark',
    subtitle: `commit ${commit.slice(0, 12)}${commit.endsWith('+dirty') ? '+dirty' : ''} · ${results.date.slice(0, 16)}Z · ${machine.cpus} × ${machine.cpu} · node ${machine.node} · load ${machine.loadAverageAtStart[0]}→${loadAtEnd[0]}${args.quick ? ' · QUICK' : ''}`,
    throughput: engine
      ? [
          { label: 'engine (5 MB corpus)', mbps: engine.engine.mbps },
          { label: 'engine (1 MB document)', mbps: engine.engineBigDoc.mbps },
          { label: 'regex scan (corpus)', mbps: engine.regex.mbps },
          { label: 'compromise (corpus slice)', mbps: engine.compromise.mbps },
        ]
      : [],
    scaling: engine?.scaling ?? [],
    scalingLimit: 1.2,
    goals,
  });
  const svgPath = join(args.out, 'results.svg');
  writeFileSync(svgPath, svg);
  const png = join(args.out, 'results.png');
  const conv = spawnSync('rsvg-convert', ['-o', png, svgPath], { encoding: 'utf8' });
  const wrote = [join(args.out, 'results.json'), svgPath];
  if (conv.status === 0) wrote.push(png);
  console.log(`wrote ${wrote.map((p) => p.replace(ROOT + '/', '')).join(', ')}${conv.status === 0 ? '' : ' (no PNG: rsvg-convert not installed)'}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
