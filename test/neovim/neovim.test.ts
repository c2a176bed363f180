// Neovim as a second real LSP client: runs test/neovim/init.lua in a headless Neovim
// against the built server (dist/server.js --stdio) and checks what Neovim got back.
// `npm run test:neovim` builds first. Skips, saying why, when `nvim` is not installed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '..', '..');
const server = join(repo, 'dist', 'server.js');
const article = join(repo, 'test', 'fixtures', 'articles', '000_149395d38a820d69.txt');
const nvimPath = process.env.NVIM ?? 'nvim';
const hasNvim = spawnSync(nvimPath, ['--version'], { encoding: 'utf8' }).status === 0;

/** Zero-based LSP position (UTF-16 columns) of the first occurrence of `needle`. */
export function lspPosition(text: string, needle: string): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in the article`);
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, character: at - (before.lastIndexOf('\n') + 1) };
}

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface NvimSymbol {
  name: string;
  range: LspRange;
  children?: NvimSymbol[];
}
interface NvimOutput {
  nvim: string;
  steps: { name: string; ok: boolean; detail?: unknown }[];
  hover?: { contents: { kind?: string; value: string } | string | ({ value: string } | string)[] };
  symbols?: NvimSymbol[];
  tokenCount?: number;
  serverLog?: string[];
}

function hoverValue(hover: NvimOutput['hover']): string {
  if (!hover) return '';
  const c = hover.contents;
  const parts = Array.isArray(c) ? c : [c];
  return parts.map((p) => (typeof p === 'string' ? p : p.value)).join('\n');
}

test('lspPosition counts lines and UTF-16 columns', () => {
  // Rows: [tag, text, needle, expected].
  const rows: [string, string, string, { line: number; character: number }][] = [
    ['first line', 'abc “q”', '“q', { line: 0, character: 4 }],
    ['later line', 'a\nbb\n  “x”', '“x', { line: 2, character: 2 }],
    ['astral before', '😀 “y”', '“y', { line: 0, character: 3 }],
  ];
  for (const [tag, text, needle, expected] of rows) assert.deepEqual(lspPosition(text, needle), expected, `[${tag}]`);
});

test('Neovim gets hover, symbols and tokens from the server', { skip: hasNvim ? false : `nvim not found (${nvimPath}); install it: apt-get install -y neovim` }, () => {
  assert.ok(existsSync(server), `[build] ${server} exists (run npm run build)`);
  const text = readFileSync(article, 'utf8');
  const quote = lspPosition(text, '“We are waiting for you');
  const dir = mkdtempSync(join(tmpdir(), 'news-annotator-nvim-'));
  const outFile = join(dir, 'out.json');
  try {
    const run = spawnSync(nvimPath, ['--headless', '--noplugin', '-n', '-i', 'NONE', '-u', join(repo, 'test', 'neovim', 'init.lua')], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 90_000,
      env: {
        ...process.env,
        XDG_CONFIG_HOME: join(dir, 'config'),
        XDG_DATA_HOME: join(dir, 'data'),
        XDG_STATE_HOME: join(dir, 'state'),
        XDG_CACHE_HOME: join(dir, 'cache'),
        NA_SERVER: server,
        NA_ARTICLE: article,
        NA_OUT: outFile,
        NA_HOVER_LINE: String(quote.line),
        NA_HOVER_CHAR: String(quote.character + 3),
      },
    });
    assert.ok(existsSync(outFile), `[nvim] wrote results (exit ${run.status}, signal ${run.signal}): ${run.stderr.slice(-500)}`);
    const out = JSON.parse(readFileSync(outFile, 'utf8')) as NvimOutput;
    for (const s of out.steps) assert.ok(s.ok, `[step ${s.name}] ${JSON.stringify(s.detail)}; server log: ${(out.serverLog ?? []).slice(-5).join(' | ')}`);
    assert.equal(run.status, 0, `[nvim] exit status; stderr: ${run.stderr.slice(-500)}`);

    const hover = hoverValue(out.hover);
    assert.match(hover, /Putin/, `[hover] names the speaker: ${hover}`);

    const symbols = out.symbols ?? [];
    assert.ok(symbols.length > 0, '[symbols] outline not empty');
    const group = symbols.find((g) => (g.children ?? []).some((c) => c.range.start.line === quote.line && c.range.start.character === quote.character));
    assert.ok(group, `[symbols] the quote at ${quote.line}:${quote.character} is in the outline`);
    assert.match(group.name, /Putin/, `[symbols] under its speaker, got "${group.name}"`);

    assert.ok((out.tokenCount ?? 0) > 0, `[tokens] semantic tokens returned (${out.tokenCount})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
