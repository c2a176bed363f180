/**
 * Robustness of the built server over stdio (issue #8): texts an editor can hand it that
 * are not clean articles (NUL bytes, lone surrogates, 6 MB, CR-only line ends, a 1 MB
 * line), a seeded storm of incremental edits with out-of-range positions, and requests with
 * malformed parameters. Every request must be answered within a deadline (a result or an
 * error), the server's copy of the text must stay in step with the editor's, and afterwards
 * the server still answers a hover on an ordinary article and exits cleanly.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Hover, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver-protocol';
import { decodeTokens } from '../../server/src/features/semanticTokens';
import type { AnalysisResponse, DocumentStatus, ExportResult, IndexWorkspaceResult, SourcesModel } from '../../server/src/protocol';
import { startServer, type TestServer } from './lspClient';
import { mulberry32 } from '../support/prng';

const EDIT_SEED = Number(process.env.ROBUST_SEED) || 11;
const EDITS = 150;
const LIMIT_MB = Number(process.env.ROBUST_LIMIT_MB) || 5;

const ARTICLE = [
  'Ministers meet in Lisbon',
  '“We are ready to sign the agreement today,” Jane Doe, the trade minister, said on Monday.',
  'Critics called the deal “a gift to exporters” and said they would fight it.',
].join('\n');
const ARTICLE_URI = 'file:///robust/plain.txt';
/** Inside the first quote of ARTICLE: a hover there must describe it. */
const HOVER_AT = { line: 1, character: 5 };

/** A news-like paragraph; every fourth one has quotes, names and dates; `n` varies it. */
function paragraph(n: number): string {
  if (n % 4 !== 1) {
    return `The committee reviewed ${n % 89} budget lines in the morning session and adjourned before noon. ` +
      `Several members asked for more time to read the annex, which runs to more than 300 pages. `;
  }
  return `“Prices will fall by ${n % 97} percent,” Maria Okafor, a spokeswoman for the Ministry of Finance, said on Friday. ` +
    `Analysts at the Central Bank called the forecast “optimistic” in a note seen by Reuters. `;
}

const rng = mulberry32;

/** Fails instead of hanging when the server does not answer in time. */
async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Token data must be sorted, on existing lines, inside them, and never cover a line break. */
function assertTokensFit(doc: TextDocument, data: number[], tag: string): number {
  const text = doc.getText();
  let prevEnd = -1;
  const tokens = decodeTokens(data);
  for (const t of tokens) {
    assert.ok(t.line < doc.lineCount, `${tag}: token line ${t.line} < ${doc.lineCount}`);
    const lineStart = doc.offsetAt({ line: t.line, character: 0 });
    const lineEnd = t.line + 1 < doc.lineCount ? doc.offsetAt({ line: t.line + 1, character: 0 }) : text.length;
    const start = lineStart + t.character;
    assert.ok(t.length > 0 && start + t.length <= lineEnd, `${tag}: token ${t.line}:${t.character}+${t.length} inside its line`);
    assert.ok(!/[\r\n\u2028\u2029]/.test(text.slice(start, start + t.length)) || /\u2028|\u2029/.test(text), `${tag}: no line break inside a token at ${t.line}:${t.character}`);
    assert.ok(start >= prevEnd, `${tag}: tokens sorted, not overlapping at ${t.line}:${t.character}`);
    prevEnd = start + t.length;
  }
  return tokens.length;
}

describe('language server robustness over stdio', () => {
  let server: TestServer;
  let requests = 0;
  const opened = new Map<string, TextDocument>();

  async function ask<T>(method: string, params: unknown, what: string, ms = 20_000): Promise<T> {
    requests++;
    return within(ms, what, server.connection.sendRequest(method, params) as Promise<T>);
  }

  async function open(uri: string, text: string): Promise<TextDocument> {
    const doc = TextDocument.create(uri, 'news-article', 1, text);
    opened.set(uri, doc);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
    return doc;
  }

  async function close(uri: string): Promise<void> {
    opened.delete(uri);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Every standard request on a document, each answered in time; returns the analysis. */
  async function exercise(doc: TextDocument, tag: string, ms = 20_000): Promise<AnalysisResponse> {
    const textDocument = { uri: doc.uri };
    const full = await ask<SemanticTokens>('textDocument/semanticTokens/full', { textDocument }, `${tag}: tokens`, ms);
    assertTokensFit(doc, full.data, `${tag} full`);
    const delta = await ask<SemanticTokens | SemanticTokensDelta>(
      'textDocument/semanticTokens/full/delta',
      { textDocument, previousResultId: full.resultId },
      `${tag}: delta`,
      ms,
    );
    assert.ok('edits' in delta || 'data' in delta, `${tag}: delta answered`);
    const last = doc.lineCount - 1;
    const range = { start: { line: 0, character: 0 }, end: { line: Math.min(last, 3), character: 1e6 } };
    const ranged = await ask<SemanticTokens>('textDocument/semanticTokens/range', { textDocument, range }, `${tag}: range`, ms);
    assertTokensFit(doc, ranged.data, `${tag} range`);
    const positions = [
      { line: 0, character: 0 },
      doc.positionAt(Math.floor(doc.getText().length / 2)),
      doc.positionAt(doc.getText().length),
      { line: last + 50, character: 9999 }, // past the end: clamped, not an error
    ];
    for (const position of positions) {
      await ask<Hover | null>('textDocument/hover', { textDocument, position }, `${tag}: hover at ${position.line}:${position.character}`, ms);
    }
    await ask<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument }, `${tag}: symbols`, ms);
    const analysis = await ask<AnalysisResponse>('newsAnnotator/analysis', { uri: doc.uri }, `${tag}: analysis`, ms);
    assert.equal(analysis.status.totalLength, doc.getText().length, `${tag}: the server holds the same text`);
    const text = doc.getText();
    for (const q of analysis.result.quotes) {
      assert.ok(q.start >= 0 && q.start < q.end && q.end <= text.length, `${tag}: quote ${q.start}-${q.end} in bounds`);
    }
    return analysis;
  }

  /** The server is alive and still does its ordinary job. */
  async function stillServes(tag: string): Promise<void> {
    assert.equal(server.process.exitCode, null, `${tag}: server process still running; stderr: ${server.stderr().slice(-2000)}`);
    const hover = await ask<Hover | null>('textDocument/hover', { textDocument: { uri: ARTICLE_URI }, position: HOVER_AT }, `${tag}: hover on the plain article`);
    assert.ok(hover && JSON.stringify(hover.contents).includes('Jane Doe'), `${tag}: hover still names the speaker: ${JSON.stringify(hover)}`);
  }

  const statusOf = (uri: string) => server.waitForNotification('newsAnnotator/documentStatus', (p: DocumentStatus) => p.uri === uri, 10_000) as Promise<DocumentStatus>;

  before(async () => {
    // The editor's default settings (newsAnnotator.maxFileSizeMB = 5) unless ROBUST_LIMIT_MB is set.
    server = await startServer(process.env.ROBUST_LIMIT_MB ? { settings: { maxFileSizeMB: LIMIT_MB } } : {});
    await open(ARTICLE_URI, ARTICLE);
    await stillServes('start');
  });

  after(async () => {
    const keepAlive = setTimeout(() => console.log('# stop hangs: exitCode', server.process.exitCode, server.stderr().slice(-1500)), 8000);
    const code = await server.stop();
    clearTimeout(keepAlive);
    assert.equal(code, 0, `server exits cleanly after shutdown/exit; stderr: ${server.stderr().slice(-2000)}`);
    assert.doesNotMatch(server.stderr(), /Uncaught|UnhandledPromiseRejection|FATAL|heap out of memory/, 'nothing uncaught on stderr');
    console.log(`# robustness: ${requests} requests answered`);
  });

  test('NUL bytes: reported as binary, every request answered', async () => {
    const doc = await open('file:///robust/nul.txt', `“A quote,” she said.\u0000\u0000${paragraph(1)}\u0000`);
    const status = await statusOf(doc.uri);
    assert.equal(status.state, 'binary', 'binary status');
    const analysis = await exercise(doc, 'nul');
    assert.deepEqual(analysis.result.quotes, [], 'nul: nothing analysed');
    await close(doc.uri);
    await stillServes('after NUL bytes');
  });

  test('lone surrogates (invalid UTF-16) in and around quotes', async () => {
    const text = [
      '\uD83D“Half an emoji before a quote,” the mayor said.\uDE00',
      '“Inside \uDC00 a quote \uD800,” \uDBFF\uDFFF Anna Berg said on \uDFFFMonday.',
      '\uD800'.repeat(20) + paragraph(2) + '\uDC00'.repeat(20),
      '😀 “A whole emoji 😀 is fine,” he said.',
    ].join('\n');
    const doc = await open('file:///robust/surrogates.txt', text);
    const analysis = await exercise(doc, 'surrogates');
    assert.ok(analysis.result.quotes.length >= 3, `surrogates: quotes still found (${analysis.result.quotes.length})`);
    // Hover over every position of the first two lines: a hover can start anywhere.
    for (let line = 0; line < 2; line++) {
      const length = text.split('\n')[line].length;
      for (let character = 0; character <= length; character += 3) {
        await ask('textDocument/hover', { textDocument: { uri: doc.uri }, position: { line, character } }, `surrogates: hover ${line}:${character}`);
      }
    }
    await close(doc.uri);
    await stillServes('after lone surrogates');
  });

  test('CR-only line ends: tokens stay inside their lines', async () => {
    const lines = ['Old Mac file', paragraph(1), '“Second line quote,” a farmer said.', '', paragraph(5)];
    const doc = await open('file:///robust/cr.txt', lines.join('\r'));
    assert.equal(doc.lineCount, 5, 'the editor sees five lines');
    const analysis = await exercise(doc, 'cr');
    // The same article with LF line ends: line ends of one code unit each, so the same offsets.
    const lf = await open('file:///robust/lf.txt', lines.join('\n'));
    const reference = await exercise(lf, 'lf');
    const spans = (r: AnalysisResponse) => r.result.quotes.map((q) => `${q.start}-${q.end} ${q.speaker?.name ?? '-'}`);
    assert.ok(reference.result.quotes.length >= 5, `lf: quotes found (${reference.result.quotes.length})`);
    assert.deepEqual(spans(analysis), spans(reference), 'cr: the same quotes and speakers as with LF');
    await close(doc.uri);
    await close(lf.uri);
    await stillServes('after CR-only text');
  });

  test('a 1 MB single line', async () => {
    let text = '';
    for (let i = 0; text.length < 1024 * 1024; i++) text += paragraph(i);
    const doc = await open('file:///robust/one-line.txt', text);
    assert.equal(doc.lineCount, 1, 'one line');
    const started = Date.now();
    const analysis = await exercise(doc, 'one line');
    assert.equal(analysis.status.state, 'full', 'one line: analysed in full');
    assert.ok(analysis.result.quotes.length > 500, `one line: quotes found (${analysis.result.quotes.length})`);
    console.log(`# robustness: 1 MB single line (${text.length} UTF-16 units), ${analysis.result.quotes.length} quotes, all requests in ${Date.now() - started} ms`);
    await close(doc.uri);
    await stillServes('after a 1 MB line');
  });

  test('a 6 MB document: degraded status with a message, requests answered', async () => {
    let text = '';
    for (let i = 0; text.length < 6 * 1024 * 1024; i++) text += paragraph(i) + (i % 3 === 2 ? '\n' : '');
    const doc = await open('file:///robust/six-mb.txt', text);
    const status = await statusOf(doc.uri);
    assert.equal(status.state, 'degraded', 'degraded');
    assert.match(status.message, new RegExp(`Only the first ${LIMIT_MB} MB of this 6(\\.\\d)? MB file were analysed`), `message: ${status.message}`);
    const started = Date.now();
    const analysis = await exercise(doc, '6 MB', 60_000);
    assert.equal(analysis.status.analysedLength, Math.floor(LIMIT_MB * 1024 * 1024), '6 MB: analysed up to the limit');
    const lastQuote = analysis.result.quotes.at(-1);
    assert.ok(lastQuote && lastQuote.end <= LIMIT_MB * 1024 * 1024 + 1000, '6 MB: nothing found far past the limit');
    console.log(`# robustness: 6 MB document (${text.length} UTF-16 units), degraded to ${LIMIT_MB} MB, ${analysis.result.quotes.length} quotes, all requests in ${Date.now() - started} ms`);
    await close(doc.uri);
    await stillServes('after 6 MB');
  });

  test('a seeded storm of incremental edits, out-of-range positions included, keeps both copies in step', async () => {
    const random = rng(EDIT_SEED);
    let doc = await open('file:///robust/edits.txt', ARTICLE + '\n\uD83D\uDE00 “emoji” \uD800\n' + paragraph(5));
    const pieces = ['“', '”', '"', ' said ', '\n', '\r\n', '\r', '😀', '\uD83D', '\uDE00', '\u0000', 'Jane Doe', '', 'x'.repeat(50)];
    let binarySeen = false;
    for (let i = 0; i < EDITS; i++) {
      const lines = doc.lineCount;
      // Some positions are past the last line or past a line's end: editors clamp them, so must the server.
      const pos = () => ({ line: Math.floor(random() * (lines + 2)), character: Math.floor(random() * 120) });
      const a = pos();
      const b = pos();
      const [start, end] = a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
      const text = pieces[Math.floor(random() * pieces.length)];
      // The mirror clamps first, as an editor's own model would; the server must cope either way.
      const change = { range: { start: doc.positionAt(doc.offsetAt(start)), end: doc.positionAt(doc.offsetAt(end)) }, text };
      const sent = { range: { start, end }, text };
      const version = doc.version + 1;
      doc = TextDocument.update(doc, [change], version);
      opened.set(doc.uri, doc);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges: [sent] });
      if (i % 10 === 9) {
        const analysis = await ask<AnalysisResponse>('newsAnnotator/analysis', { uri: doc.uri }, `edit ${i}: analysis`);
        assert.equal(analysis.version, version, `edit ${i} (seed ${EDIT_SEED}): analysis of the latest version`);
        assert.equal(analysis.status.totalLength, doc.getText().length, `edit ${i} (seed ${EDIT_SEED}): same text length on both sides`);
        if (analysis.status.state === 'binary') binarySeen = true;
        const tokens = await ask<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: doc.uri } }, `edit ${i}: tokens`);
        assertTokensFit(doc, tokens.data, `edit ${i} (seed ${EDIT_SEED})`);
        await ask('textDocument/hover', { textDocument: { uri: doc.uri }, position: pos() }, `edit ${i}: hover`);
      }
    }
    // Remove any NUL the storm typed so the last check sees an analysed text.
    const clean = doc.getText().replace(/\u0000/g, ' ');
    const version = doc.version + 1;
    const change = { text: clean };
    doc = TextDocument.update(doc, [change], version);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges: [change] });
    const final = await exercise(doc, 'after the storm');
    assert.notEqual(final.status.state, 'binary', 'after the storm: NUL gone, analysed again');
    console.log(`# robustness: ${EDITS} random incremental edits (seed ${EDIT_SEED}), binary state reached: ${binarySeen}`);
    await close(doc.uri);
    await stillServes('after the edit storm');
  });

  test('malformed parameters get an answer (result or error), never silence, and the server keeps running', async () => {
    const uri = ARTICLE_URI;
    const badParams: unknown[] = [
      null,
      {},
      [],
      { uri: 42 },
      { uri: 'file:///robust/not-open.txt' },
      { uri: 'not a uri at all' },
      { textDocument: null },
      { textDocument: { uri }, position: { line: -1, character: -1 } },
      { textDocument: { uri }, position: { line: 'one', character: null } },
      { textDocument: { uri }, range: { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } } },
      { uri, offset: 'x', action: { kind: 'explode' } },
      { uri, action: { kind: 'markQuote', start: -5, end: 1e12 } },
      { uri, action: null },
      { scope: 'galaxy', uri },
      { format: '../../etc/passwd', scope: 'article', uri },
      { folders: 'file:///' },
      { folders: [1, 2] },
      { uri, ann: 42 },
      { uri, ann: 'T1\tPERSON 0 99999999\tnobody\n' },
    ];
    const methods = [
      'textDocument/hover',
      'textDocument/semanticTokens/full',
      'textDocument/semanticTokens/full/delta',
      'textDocument/semanticTokens/range',
      'textDocument/documentSymbol',
      'newsAnnotator/analysis',
      'newsAnnotator/annotate',
      'newsAnnotator/target',
      'newsAnnotator/orphans',
      'newsAnnotator/indexWorkspace',
      'newsAnnotator/sources',
      'newsAnnotator/variants',
      'newsAnnotator/profile',
      'newsAnnotator/export',
      'newsAnnotator/importBrat',
    ];
    let answered = 0;
    let errors = 0;
    for (const method of methods) {
      for (const params of badParams) {
        const what = `${method} ${JSON.stringify(params)}`;
        try {
          await ask(method, params, what, 10_000);
        } catch (err) {
          assert.ok(typeof (err as { code?: unknown }).code === 'number', `${what}: a JSON-RPC error, not a timeout: ${(err as Error).message}`);
          errors++;
        }
        answered++;
      }
    }
    await assert.rejects(ask('newsAnnotator/noSuchRequest', {}, 'unknown method'), (err: { code?: number }) => err.code === -32601, 'unknown method: MethodNotFound');
    // Notifications cannot be answered; they must not take the server down either.
    const notifications: [string, unknown][] = [
      ['textDocument/didChange', { textDocument: { uri: 'file:///robust/never-opened.txt', version: 2 }, contentChanges: [{ text: 'x' }] }],
      ['textDocument/didClose', { textDocument: { uri: 'file:///robust/never-opened.txt' } }],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///robust/bad-open.txt', languageId: 'news-article', version: 1, text: 42 } }],
      ['textDocument/didOpen', null],
      ['workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///robust/plain.txt.annotations.json', type: 2 }, { uri: 42, type: 9 }] }],
      ['workspace/didChangeConfiguration', { settings: { newsAnnotator: { maxFileSizeMB: 'lots' } } }],
    ];
    for (const [method, params] of notifications) await server.connection.sendNotification(method, params);
    await stillServes('after malformed requests and notifications');
    console.log(`# robustness: ${answered} malformed requests over ${methods.length} methods answered (${errors} with an error), ${notifications.length} malformed notifications`);
  });

  test('indexing a workspace of hostile files answers, counts what it could not read, and changes nothing on disk', async () => {
    const root = mkdtempSync(join(tmpdir(), 'robust-workspace-'));
    try {
      const articles = join(root, 'articles');
      mkdirSync(join(articles, 'folder.txt'), { recursive: true }); // a folder named like an article
      const good = `${ARTICLE}\n`;
      const files: [string, string | Buffer][] = [
        ['good.txt', good],
        ['folder.txt/inside.txt', good],
        ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])],
        ['latin1.txt', Buffer.from('\u00abVoil\u00e0\u00bb, a dit le maire. \u201cSo\u201d', 'latin1')],
        ['bad-utf8.txt', Buffer.concat([Buffer.from('“Half '), Buffer.from([0xe2, 0x80]), Buffer.from(' a mark,” she said.\r\n'), Buffer.from([0xff, 0xfe, 0xc0])])],
        ['bom-crlf.txt', '\uFEFF' + ARTICLE.replace(/\n/g, '\r\n')],
        ['empty.txt', ''],
        ['corrupt-sidecar.txt', good],
        ['corrupt-sidecar.txt.annotations.json', '{"format": "news-annotator-annotations/1", "annot'],
      ];
      for (const [name, content] of files) writeFileSync(join(articles, name), content);
      symlinkSync(join(articles, 'nowhere.txt'), join(articles, 'dangling.txt'));
      const fifo = spawnSync('mkfifo', [join(articles, 'pipe.txt')]).status === 0; // a reader that opened it would wait forever
      const before = new Map(files.map(([name]) => [name, readFileSync(join(articles, name))]));
      const result = await ask<IndexWorkspaceResult>('newsAnnotator/indexWorkspace', { folders: [pathToFileURL(root).href] }, 'index hostile workspace', 30_000);
      assert.ok(result.files >= 7, `hostile workspace: the article files were found (${JSON.stringify(result)})`);
      assert.ok(result.failures >= 1, `hostile workspace: the binary file counts as a failure (${JSON.stringify(result)})`);
      assert.ok(result.quotes >= 4, `hostile workspace: the readable articles were analysed (${JSON.stringify(result)})`);
      const sources = await ask<SourcesModel>('newsAnnotator/sources', { scope: 'workspace' }, 'workspace sources');
      assert.ok(JSON.stringify(sources).includes('Jane Doe'), 'hostile workspace: sources list the speaker');
      const exported = await ask<ExportResult>('newsAnnotator/export', { format: 'brat', scope: 'workspace' }, 'workspace export', 30_000);
      assert.ok(exported.documents >= 5, `hostile workspace: export covers the readable articles (${exported.documents})`);
      for (const [name, content] of before) assert.deepEqual(readFileSync(join(articles, name)), content, `hostile workspace: ${name} unchanged`);
      console.log(`# robustness: hostile workspace (${files.length + 1 + (fifo ? 1 : 0)} entries${fifo ? ', a FIFO among them' : ''}) indexed: ${JSON.stringify(result)}; export of ${exported.documents} documents`);
      await stillServes('after indexing a hostile workspace');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
