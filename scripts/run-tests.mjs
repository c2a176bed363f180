#!/usr/bin/env node
// Runs the unit and protocol tests with Node's own test runner (TypeScript through tsx).
// `node scripts/run-tests.mjs [unit|lsp]` picks one group; no argument runs both.
// Unit tests sit next to the code they test (`foo.ts` -> `foo.test.ts`); protocol tests
// live in test/lsp and drive the built server in dist/.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const groups = {
  unit: ['server/src', 'client/src', 'eval', 'bench', 'scripts'],
  lsp: ['test/lsp'],
};

function findTests(dir, out) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') continue;
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const wanted = process.argv[2] ? [process.argv[2]] : Object.keys(groups);
const files = [];
for (const group of wanted) {
  if (!groups[group]) {
    console.error(`unknown test group "${group}"; use one of: ${Object.keys(groups).join(', ')}`);
    process.exit(2);
  }
  for (const dir of groups[group]) findTests(dir, files);
}
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
files.sort();
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
