import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
// cli.ts first: it registers the subcommands of cliVariants.ts when it loads.
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main } from './cli';

const REPO = resolve(__dirname, '../..');
const SAMPLES = 'test/fixtures/articles';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: REPO });
  return { code, out, err };
}

test('variants/profile: help and usage errors', async () => {
  const rows: [string, string[], number, RegExp, 'out' | 'err'][] = [
    ['listed in help', ['--help'], EXIT_OK, /\n\s+variants .*\n\s+profile /, 'out'],
    ['variants help', ['variants', '--help'], EXIT_OK, /Usage: news-annotator variants/, 'out'],
    ['profile help', ['help', 'profile'], EXIT_OK, /Usage: news-annotator profile/, 'out'],
    ['variants without inputs', ['variants'], EXIT_USAGE, /name at least one article/, 'err'],
    ['profile without inputs', ['profile', '--csv'], EXIT_USAGE, /name at least one article/, 'err'],
    ['bad --min-documents', ['variants', '--min-documents', '0', SAMPLES], EXIT_USAGE, /--min-documents needs a whole number/, 'err'],
    ['bad --top', ['profile', '--top=many', SAMPLES], EXIT_USAGE, /--top needs a whole number/, 'err'],
    ['--speakers without --csv', ['profile', '--speakers', SAMPLES], EXIT_USAGE, /--speakers goes with --csv/, 'err'],
    ['unknown option', ['variants', '--fuzzy', SAMPLES], EXIT_USAGE, /unknown option --fuzzy/, 'err'],
    ['missing file', ['variants', 'no/such/file.txt'], EXIT_FAILURE, /no such file or folder/, 'err'],
    ['missing folder', ['profile', 'no/such/folder'], EXIT_FAILURE, /no such file or folder/, 'err'],
  ];
  for (const [tag, args, code, pattern, stream] of rows) {
    const r = await run(args);
    assert.equal(r.code, code, `${tag}: exit code (stderr: ${r.err})`);
    assert.match(stream === 'out' ? r.out : r.err, pattern, `${tag}: message`);
  }
});

interface MemberOut {
  path: string;
  line: number;
  column: number;
  quoteId: string;
  text: string;
  speaker: string | null;
  diff: { op: string; text: string }[] | null;
}

test('variants --json: groups point at the quotes in the files', async () => {
  const r = await run(['variants', '--json', SAMPLES]);
  assert.equal(r.code, EXIT_OK, `exit code; stderr: ${r.err}`);
  const data = JSON.parse(r.out) as { format: string; articles: number; groups: { id: string; documents: number; members: MemberOut[] }[] };
  assert.equal(data.format, 'news-annotator-variants/1', 'format');
  assert.equal(data.articles, 5, 'articles read');
  assert.ok(data.groups.length > 0, 'groups found');
  for (const g of data.groups) {
    assert.ok(g.documents >= 2, `${g.id}: spans articles`);
    g.members.forEach((m, i) => {
      const lines = readFileSync(join(REPO, m.path), 'utf8').split('\n');
      const fromMark = lines[m.line - 1].slice(m.column - 1);
      assert.ok(fromMark.slice(1).startsWith(m.text.split('\n')[0]), `${g.id} ${m.path}:${m.line}:${m.column} is the quote`);
      assert.equal(m.diff === null, i === 0, `${g.id}: only the first member has no diff`);
    });
  }
  const best = data.groups.find((g) => g.members.some((m) => m.text.includes('pass all tests')));
  const rows: [string, unknown, unknown][] = [
    ['best-in-history group spans 000, 001, 002', best?.members.map((m) => m.path.slice(SAMPLES.length + 1, SAMPLES.length + 4)), ['000', '001', '002']],
    [
      'diff of the withstand variant',
      best?.members[1].diff?.filter((d) => d.op !== 'same'),
      [
        { op: 'removed', text: 'pass' },
        { op: 'added', text: 'withstand' },
      ],
    ],
  ];
  for (const [tag, actual, expected] of rows) assert.deepEqual(actual, expected, tag);
});

test('variants text output and --min-documents', async () => {
  const all = await run(['variants', SAMPLES]);
  assert.equal(all.code, EXIT_OK, `exit code; stderr: ${all.err}`);
  const rows: [string, RegExp][] = [
    ['group header', /^vg-[0-9a-f]{16} {2}3 articles, 3 quotes$/m],
    ['member location and speaker', /^ {2}test\/fixtures\/articles\/001_\w+\.txt:\d+:\d+ {2}Vladimir Putin$/m],
    ['plain word diff', /are the best in history and \[-pass-\] \{\+withstand\+\} all tests\./],
    ['identical copies say so', /unlimited friendship {3}\(same words\)/],
    ['summary on stderr', /variant group\(s\) in 5 article\(s\), \d+ quote\(s\)/],
  ];
  for (const [tag, pattern] of rows) assert.match(tag.includes('stderr') ? all.err : all.out, pattern, tag);
  const three = await run(['variants', '--json', '--min-documents', '3', SAMPLES]);
  const groups = JSON.parse(three.out).groups as { documents: number }[];
  assert.ok(groups.length > 0 && groups.every((g) => g.documents >= 3), '--min-documents 3 keeps only wide groups');
});

test('profile: text and CSV agree', async () => {
  const text = await run(['profile', SAMPLES]);
  assert.equal(text.code, EXIT_OK, `exit code; stderr: ${text.err}`);
  assert.match(text.out, /^Sourcing profile: 5 article\(s\), \d+ quote\(s\)/, 'headline');
  assert.match(text.out, /Top speakers[^\n]*\n {2}Vladimir Putin +person +\d+ +\d+% +in \d article\(s\)/, 'top speaker line');
  const csv = await run(['profile', '--csv', SAMPLES]);
  const rows = parse(csv.out, { columns: true }) as Record<string, string>[];
  const total = rows.find((r) => r.article === 'TOTAL')!;
  const perArticle = rows.filter((r) => r.article !== 'TOTAL');
  const checks: [string, unknown, unknown][] = [
    ['one row per article', perArticle.length, 5],
    ['total quotes add up', perArticle.reduce((n, r) => n + Number(r.quotes), 0), Number(total.quotes)],
    ['headline count matches', text.out.match(/(\d+) quote\(s\)/)?.[1], total.quotes],
  ];
  for (const [tag, actual, expected] of checks) assert.deepEqual(actual, expected, tag);
  const speakers = parse((await run(['profile', '--csv', '--speakers', SAMPLES])).out, { columns: true }) as Record<string, string>[];
  assert.equal(speakers[0].speaker, total.top_speaker, 'speakers CSV starts with the top speaker');
  assert.equal((await run(['profile', '--top', '1', SAMPLES])).out.match(/more \(--top to show them\)/)?.length, 1, '--top limits the list');
});
