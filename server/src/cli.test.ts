import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main } from './cli';
import { analyze } from './analysis/analyze';
import { createAnnotation } from './annotations/model';
import { newSidecar, parseSidecar, serializeSidecar, sidecarPathFor } from './annotations/sidecar';

const REPO = resolve(__dirname, '../..');
const FIXTURES = join(REPO, 'test/fixtures/articles');
const ARTICLES = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort();

async function run(args: string[], cwd = REPO): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd });
  return { code, out, err };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'annot-cli-'));
}

test('cli: help, version and usage errors', async () => {
  const rows: [string, string[], number, RegExp, 'out' | 'err'][] = [
    ['version', ['--version'], EXIT_OK, /^\d+\.\d+\.\d+\n$/, 'out'],
    ['help lists commands', ['--help'], EXIT_OK, /Commands:\n\s+export .*\n\s+import-brat /, 'out'],
    ['command help', ['export', '--help'], EXIT_OK, /Usage: news-annotator export/, 'out'],
    ['help topic', ['help', 'import-brat'], EXIT_OK, /Usage: news-annotator import-brat/, 'out'],
    ['no arguments', [], EXIT_USAGE, /Usage: news-annotator <command>/, 'err'],
    ['unknown command', ['frobnicate'], EXIT_USAGE, /unknown command "frobnicate"/, 'err'],
    ['unknown option', ['export', '--colour', 'x.txt'], EXIT_USAGE, /unknown option --colour/, 'err'],
    ['unknown format', ['export', '-f', 'xml', 'x.txt'], EXIT_USAGE, /unknown format "xml"/, 'err'],
    ['no inputs', ['export'], EXIT_USAGE, /name at least one article/, 'err'],
    ['brat needs a folder', ['export', '--format=brat', 'x.txt'], EXIT_USAGE, /writes several files: give a folder with -o/, 'err'],
    ['option without value', ['export', 'x.txt', '-o'], EXIT_USAGE, /--output needs a value/, 'err'],
    ['import needs one file', ['import-brat'], EXIT_USAGE, /exactly one \.ann file/, 'err'],
  ];
  for (const [tag, args, code, pattern, stream] of rows) {
    const r = await run(args);
    assert.equal(r.code, code, `${tag}: exit code`);
    assert.match(stream === 'out' ? r.out : r.err, pattern, `${tag}: message`);
  }
});

test('cli: json to stdout and csv to a file for the sample articles', async () => {
  const json = await run(['export', 'test/fixtures/articles']);
  assert.equal(json.code, EXIT_OK, `json exit code; stderr: ${json.err}`);
  const data = JSON.parse(json.out);
  assert.equal(data.format, 'news-annotator/1', 'format');
  assert.deepEqual(data.documents.map((d: { path: string }) => d.path), ARTICLES.map((n) => `test/fixtures/articles/${n}`), 'every article, relative paths');
  for (const [i, d] of data.documents.entries()) {
    const text = readFileSync(join(FIXTURES, ARTICLES[i]), 'utf8');
    const auto = analyze(text);
    assert.equal(d.quotes.length, auto.quotes.length, `${ARTICLES[i]}: quotes as analysed`);
    for (const e of d.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text, `${ARTICLES[i]}: mention offsets`);
  }

  const dir = scratch();
  try {
    const out = join(dir, 'nested', 'quotes.csv');
    const csv = await run(['export', '--format', 'csv', 'test/fixtures/articles', '-o', out]);
    assert.equal(csv.code, EXIT_OK, 'csv exit code');
    assert.equal(csv.out, '', 'nothing on stdout when -o is given');
    const rows: string[][] = parse(readFileSync(out, 'utf8'));
    const quoteCount = data.documents.reduce((n: number, d: { quotes: unknown[] }) => n + d.quotes.length, 0);
    assert.equal(rows.length, quoteCount + 1, 'one row per quote plus header');
    for (const format of ['w3c', 'conll']) {
      const r = await run(['export', '-f', format, join(FIXTURES, ARTICLES[0]), '-o', dir + '/']);
      assert.equal(r.code, EXIT_OK, `${format}: exit code`);
    }
    assert.ok(existsSync(join(dir, 'news-annotator.jsonld')) && existsSync(join(dir, 'news-annotator.conll')), 'default names in the folder');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cli: the sidecar is applied, manual annotations win', async () => {
  const dir = scratch();
  try {
    const article = join(dir, 'story.txt');
    copyFileSync(join(FIXTURES, ARTICLES[0]), article);
    const text = readFileSync(article, 'utf8');
    const auto = analyze(text);
    assert.ok(auto.quotes.length >= 2, 'fixture has quotes');
    const [first, second] = auto.quotes;
    const now = '2026-01-01T00:00:00.000Z';
    const annotations = [
      createAnnotation(text, first, { kind: 'reject', on: 'quote' }, { now, id: 'r1' }),
      createAnnotation(text, second, { kind: 'speaker', speaker: { name: 'A Person Named Nowhere', kind: 'person' } }, { now, id: 's1' }),
    ];
    writeFileSync(sidecarPathFor(article), serializeSidecar(newSidecar(text, annotations, 'story.txt')));
    const r = await run(['export', 'story.txt'], dir);
    assert.equal(r.code, EXIT_OK, `exit code; stderr: ${r.err}`);
    const quotes = JSON.parse(r.out).documents[0].quotes;
    assert.equal(quotes.length, auto.quotes.length - 1, 'rejected quote gone');
    assert.ok(!quotes.some((q: { start: number }) => q.start === first.start), 'not the rejected one');
    const changed = quotes.find((q: { start: number }) => q.start === second.start);
    assert.equal(changed.speaker.name, 'A Person Named Nowhere', 'manual speaker');
    assert.equal(changed.origin, 'manual', 'origin manual');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cli: bad input gives a message and exit code 1, and writes nothing', async () => {
  const dir = scratch();
  try {
    writeFileSync(join(dir, 'good.txt'), 'The mayor said: "We will see."\n');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]));
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'story.txt'), 'Officials said "no".\n');
    writeFileSync(join(dir, 'broken', 'story.txt.annotations.json'), '{"format": "news-annotator-annotations/1", "contentHash": 12}');
    const out = join(dir, 'out.json');
    const rows: [string, string[], RegExp][] = [
      ['missing file', ['export', 'nope.txt', '-o', out], /nope\.txt: no such file or folder/],
      ['binary file named', ['export', 'image.txt', '-o', out], /image\.txt: binary file/],
      ['not UTF-8', ['export', 'latin1.txt', '-o', out], /latin1\.txt: not UTF-8 text/],
      ['corrupt sidecar', ['export', 'broken', '-o', out], /story\.txt\.annotations\.json: cannot be read: contentHash: expected a string, found 12/],
      ['import of a missing .ann', ['import-brat', 'missing.ann'], /missing\.ann: cannot read \(no such file\)/],
    ];
    for (const [tag, args, pattern] of rows) {
      const r = await run(args, dir);
      assert.equal(r.code, EXIT_FAILURE, `${tag}: exit code`);
      assert.match(r.err, pattern, `${tag}: message`);
      assert.equal(existsSync(out), false, `${tag}: no output written`);
    }
    assert.equal(
      readFileSync(join(dir, 'broken', 'story.txt.annotations.json'), 'utf8'),
      '{"format": "news-annotator-annotations/1", "contentHash": 12}',
      'corrupt sidecar untouched',
    );
    rmSync(join(dir, 'broken'), { recursive: true });
    const folder = await run(['export', '.', '-o', out], dir);
    assert.equal(folder.code, EXIT_OK, 'a folder with a binary file still exports');
    assert.match(folder.err, /skipped .*image\.txt: binary file/, 'binary file skipped with a message');
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')).documents.map((d: { path: string }) => d.path), ['good.txt'], 'only the text article');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cli: brat export, then import-brat into a fresh copy, gives the same quotes', async () => {
  const dir = scratch();
  try {
    const bratDir = join(dir, 'brat');
    const exported = await run(['export', '--format', 'brat', join(FIXTURES, ARTICLES[1]), '-o', bratDir]);
    assert.equal(exported.code, EXIT_OK, 'brat export');
    const stem = ARTICLES[1].replace(/\.txt$/, '');
    const copy = join(dir, 'copy.txt');
    copyFileSync(join(FIXTURES, ARTICLES[1]), copy);
    const imported = await run(['import-brat', join(bratDir, `${stem}.ann`), '--into', copy]);
    assert.equal(imported.code, EXIT_OK, `import exit code; stderr: ${imported.err}`);
    assert.match(imported.err, /imported \d+ annotation\(s\) into .*copy\.txt\.annotations\.json/, 'summary');
    const sidecar = parseSidecar(readFileSync(sidecarPathFor(copy), 'utf8'));
    assert.ok(sidecar.ok, 'valid sidecar written');

    const original = JSON.parse((await run(['export', join(FIXTURES, ARTICLES[1])])).out).documents[0];
    const roundTrip = JSON.parse((await run(['export', copy])).out).documents[0];
    const view = (q: { start: number; end: number; speaker: { name: string } | null }) => [q.start, q.end, q.speaker?.name ?? null];
    assert.deepEqual(roundTrip.quotes.map(view), original.quotes.map(view), 'same quotes and speakers');
    assert.ok(roundTrip.quotes.every((q: { origin: string }) => q.origin === 'manual'), 'imported quotes are manual');

    const again = await run(['import-brat', join(bratDir, `${stem}.ann`), '--into', copy]);
    assert.equal(again.code, EXIT_OK, 'second import');
    assert.match(again.err, /imported 0 annotation\(s\).*already there/, 'nothing added twice');

    writeFileSync(join(bratDir, 'bad.ann'), 'T1\tPERSON 0 5\tHello\nthis is not brat\n');
    writeFileSync(join(bratDir, 'bad.txt'), 'Hello world');
    const bad = await run(['import-brat', join(bratDir, 'bad.ann')]);
    assert.equal(bad.code, EXIT_FAILURE, 'malformed .ann fails');
    assert.match(bad.err, /line 2: not a brat standoff line/, 'line number in message');
    assert.equal(existsSync(sidecarPathFor(join(bratDir, 'bad.txt'))), false, 'no sidecar written');

    writeFileSync(sidecarPathFor(copy), '{ broken');
    const blocked = await run(['import-brat', join(bratDir, `${stem}.ann`), '--into', copy]);
    assert.equal(blocked.code, EXIT_FAILURE, 'import into a corrupt sidecar fails');
    assert.match(blocked.err, /could not be read \(not valid JSON.*fix or move it/, 'says why and what to do');
    assert.equal(readFileSync(sidecarPathFor(copy), 'utf8'), '{ broken', 'corrupt sidecar untouched');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cli: the real process exits with the right codes', () => {
  const rows: [string, string[], number, RegExp][] = [
    ['usage', [], EXIT_USAGE, /Usage: news-annotator <command>/],
    ['failure', ['export', 'no-such-article.txt'], EXIT_FAILURE, /no such file or folder/],
  ];
  for (const [tag, args, code, pattern] of rows) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'server/src/cli.ts'), ...args], { cwd: REPO, encoding: 'utf8' });
    assert.equal(r.status, code, `${tag}: exit code`);
    assert.match(r.stderr, pattern, `${tag}: message`);
  }
});
