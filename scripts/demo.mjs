#!/usr/bin/env node
// The README's first command ends here: it runs the built CLI on the sample articles, prints
// what it found in each, writes every export format to out/demo/, and says how to open the
// extension in VS Code. Uses only the built dist/cli.js, exactly as a user would.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const articles = join(root, 'test', 'fixtures', 'articles');
const out = join(root, 'out', 'demo');

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(1);
}

function run(args) {
  return execFileSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const exported = JSON.parse(run(['export', '--format', 'json', articles]));
console.log(`News Annotator on ${exported.documents.length} sample articles (test/fixtures/articles)\n`);
for (const doc of exported.documents) {
  const attributed = doc.quotes.filter((q) => q.speaker);
  const bySpeaker = new Map();
  for (const q of attributed) bySpeaker.set(q.speaker.name, (bySpeaker.get(q.speaker.name) ?? 0) + 1);
  const top = [...bySpeaker].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, c]) => `${n} (${c})`);
  const types = {};
  for (const e of doc.entities) types[e.type] = (types[e.type] ?? 0) + 1;
  const name = doc.path.split(/[\\/]/).pop();
  console.log(`${name}`);
  console.log(`  quotes ${doc.quotes.length}, attributed ${attributed.length}; entities ` +
    Object.entries(types).map(([t, n]) => `${t} ${n}`).join(', '));
  if (top.length) console.log(`  speakers: ${top.join(', ')}`);
}

for (const format of ['json', 'csv', 'w3c', 'conll']) {
  run(['export', '--format', format, articles, '-o', join(out, `annotations.${format === 'w3c' ? 'jsonld' : format}`)]);
}
run(['export', '--format', 'brat', articles, '-o', join(out, 'brat')]);
console.log(`\nExports written to out/demo/: ${readdirSync(out).join(', ')}`);
console.log(`
Open it in VS Code:
  - from this folder: open it in VS Code and press F5 ("Run News Annotator"); a window opens on
    test/fixtures/articles with the extension loaded, or
  - install the package: npm run package && code --install-extension dist/news-annotator.vsix
Then open any article: quotes, speakers and entities are highlighted; hover a quote for its speaker.`);
