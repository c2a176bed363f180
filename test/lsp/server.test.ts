/**
 * Protocol tests: the built server over stdio, driven as an editor drives it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Hover, MarkupContent, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver-protocol';
import { escapeMarkdown } from '../../server/src/features/hover';
import { decodeTokens, tokenModifiers, tokenTypes } from '../../server/src/features/semanticTokens';
import { type AnalysisResponse, type DocumentStatus, WARM_UP_DONE } from '../../server/src/protocol';
import { repoRoot, startServer, type TestServer } from './lspClient';

const articlePath = join(repoRoot, 'test/fixtures/articles/000_149395d38a820d69.txt');
const articleText = readFileSync(articlePath, 'utf8');
const articleUri = 'file:///fixtures/000.txt';

interface Tok {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

function tokensOf(doc: TextDocument, data: number[]): Tok[] {
  return decodeTokens(data).map((t) => {
    const offset = doc.offsetAt({ line: t.line, character: t.character });
    return { ...t, text: doc.getText().slice(offset, offset + t.length) };
  });
}

/** Checks what must hold for any token data: in the legend, sorted, single-line, not overlapping. */
function assertWellFormed(doc: TextDocument, tokens: Tok[], tag: string): void {
  const lines = doc.getText().split(/\r\n|\r|\n/);
  let prev: Tok | undefined;
  for (const t of tokens) {
    assert.ok(tokenTypes.includes(t.type as never), `${tag}: type ${t.type} in the legend`);
    assert.ok(t.modifiers.every((m) => tokenModifiers.includes(m as never)), `${tag}: modifiers in the legend`);
    assert.ok(t.length > 0, `${tag}: non-empty token at ${t.line}:${t.character}`);
    assert.ok(t.character + t.length <= lines[t.line].length, `${tag}: token ${t.line}:${t.character}+${t.length} inside its line`);
    if (prev) {
      const after = t.line > prev.line || t.character >= prev.character + prev.length;
      assert.ok(after, `${tag}: token ${t.line}:${t.character} after ${prev.line}:${prev.character}+${prev.length}`);
    }
    prev = t;
  }
}

const markdown = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

describe('language server over stdio', () => {
  let server: TestServer;
  let doc: TextDocument;

  before(async () => {
    server = await startServer();
    doc = TextDocument.create(articleUri, 'news-article', 1, articleText);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: articleUri, languageId: 'news-article', version: 1, text: articleText },
    });
  });

  after(async () => {
    const code = await server.stop();
    assert.equal(code, 0, `server exits cleanly after shutdown/exit; stderr: ${server.stderr()}`);
  });

  test('initialize announces incremental sync, tokens, hover, symbols', () => {
    const caps = server.initializeResult.capabilities;
    assert.equal(caps.textDocumentSync, 2, 'incremental sync');
    assert.deepEqual(caps.semanticTokensProvider?.legend.tokenTypes, [...tokenTypes], 'token types');
    assert.deepEqual(caps.semanticTokensProvider?.legend.tokenModifiers, [...tokenModifiers], 'token modifiers');
    assert.deepEqual(caps.semanticTokensProvider?.full, { delta: true }, 'full + delta');
    assert.equal(caps.semanticTokensProvider?.range, true, 'range');
    assert.ok(caps.hoverProvider, 'hover');
    assert.ok(caps.documentSymbolProvider, 'symbols');
  });

  test('full semantic tokens cover real quotes and names', async () => {
    const res = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: articleUri } })) as SemanticTokens;
    assert.ok(res.resultId, 'result id for deltas');
    const tokens = tokensOf(doc, res.data);
    assertWellFormed(doc, tokens, 'full');
    const quotes = tokens.filter((t) => t.type === 'quote');
    assert.ok(quotes.some((t) => t.text.startsWith('“We are waiting for you')), 'a quote token starts at the opening mark of “We are waiting…');
    assert.ok(quotes.every((t) => t.modifiers.includes('attributed') !== t.modifiers.includes('unattributed')), 'each quote piece is attributed xor unattributed');
    assert.ok(tokens.some((t) => (t.type === 'person' || t.type === 'speaker') && t.text === 'Putin'), 'a person or speaker token covers "Putin"');
    assert.ok(tokens.some((t) => t.type === 'place' && t.text === 'Moscow'), 'a place token covers "Moscow"');
    assert.ok(tokens.some((t) => t.type === 'cue'), 'some cue verb is marked');
    // Nothing that is only an apostrophe is a quote: "Putin’s" must not start a quote token.
    assert.ok(!quotes.some((t) => /^’s\b/.test(t.text)), 'apostrophes do not open quotes');
  });

  test('hover on a quote names its speaker, as the analysis says', async () => {
    const analysis = (await server.connection.sendRequest('newsAnnotator/analysis', { uri: articleUri })) as AnalysisResponse;
    assert.equal(analysis.version, 1, 'analysis of version 1');
    assert.equal(analysis.status.state, 'full', 'fully analysed');
    const attributed = analysis.result.quotes.filter((q) => q.speaker);
    assert.ok(attributed.length >= 3, `several attributed quotes (${attributed.length})`);
    assert.ok(attributed.some((q) => q.speaker!.name === 'Vladimir Putin'), 'Putin is quoted');
    for (const q of attributed.slice(0, 5)) {
      const position = doc.positionAt(q.start + 2);
      const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: articleUri }, position })) as Hover | null;
      const md = markdown(hover);
      const name = escapeMarkdown(q.speaker!.name);
      assert.ok(md.includes(`**${name}**`) || md.includes(`*${name}*`), `hover on ${q.id} names ${q.speaker!.name}:\n${md}`);
      assert.ok(hover?.range, `${q.id}: hover has a range`);
    }
    const xi = analysis.result.quotes.find((q) => q.text.startsWith('given the difficult'));
    assert.equal(xi?.speaker?.name, 'Xi Jinping', '“given the difficult…” is attributed to Xi Jinping');
  });

  test('hover on a name lists its quotes; hover on plain text is empty', async () => {
    const offset = articleText.indexOf('Vladimir Putin');
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: articleUri }, position: doc.positionAt(offset + 3) })) as Hover | null;
    const md = markdown(hover);
    assert.match(md, /\*\*Vladimir Putin\*\* · person/, `entity hover:\n${md}`);
    assert.match(md, /\d+ mentions · \d+ quotes/, 'counts');
    const plain = articleText.indexOf('massive');
    const none = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: articleUri }, position: doc.positionAt(plain) });
    assert.equal(none, null, 'no hover on ordinary words');
  });

  test('document symbols group quotes by speaker', async () => {
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: articleUri } })) as DocumentSymbol[];
    assert.ok(symbols.length > 0, 'some groups');
    const putin = symbols.find((s) => s.name === 'Vladimir Putin');
    assert.ok(putin && (putin.children?.length ?? 0) > 0, 'a Vladimir Putin group with quotes');
    for (const s of symbols) for (const c of s.children ?? []) assert.match(c.name, /^“/, `${s.name}: child is a quote`);
  });

  test('range tokens are the full tokens of those lines', async () => {
    const full = tokensOf(doc, ((await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: articleUri } })) as SemanticTokens).data);
    const range = { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } };
    const part = tokensOf(doc, ((await server.connection.sendRequest('textDocument/semanticTokens/range', { textDocument: { uri: articleUri }, range })) as SemanticTokens).data);
    assert.ok(part.length > 0, 'tokens on line 2');
    assert.deepEqual(part, full.filter((t) => t.line === 2), 'same tokens as the full result on that line');
  });

  test('an incremental edit gives fresh tokens (full and delta)', async () => {
    const first = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: articleUri } })) as SemanticTokens;
    const insert = '“We will talk again,” Putin said. ';
    const change = { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: insert };
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: articleUri, version: 2 }, contentChanges: [change] });
    doc = TextDocument.update(doc, [change], 2);
    const delta = (await server.connection.sendRequest('textDocument/semanticTokens/full/delta', {
      textDocument: { uri: articleUri },
      previousResultId: first.resultId,
    })) as SemanticTokensDelta;
    assert.ok(delta.edits, 'an edit list, not full data');
    const data = [...first.data];
    for (const e of [...delta.edits].reverse()) data.splice(e.start, e.deleteCount, ...(e.data ?? []));
    const tokens = tokensOf(doc, data);
    assertWellFormed(doc, tokens, 'after edit');
    const onLine2 = tokens.filter((t) => t.line === 2);
    assert.equal(onLine2[0]?.type, 'quote', 'the new quote is the first token of line 2');
    assert.equal(onLine2[0]?.character, 0, 'at the start of the line');
    assert.ok(onLine2[0]?.text.startsWith('“We will talk again,”'), `covers the new quote: ${onLine2[0]?.text}`);
    const fresh = tokensOf(doc, ((await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: articleUri } })) as SemanticTokens).data);
    assert.deepEqual(tokens, fresh, 'delta applied = fresh full tokens');
    const analysis = (await server.connection.sendRequest('newsAnnotator/analysis', { uri: articleUri })) as AnalysisResponse;
    assert.equal(analysis.version, 2, 'analysis follows the new version');
  });

  test('a binary document is not analysed and says so', async () => {
    const uri = 'file:///fixtures/binary.txt';
    const text = 'PK\u0003\u0004\u0000\u0000 “not a quote” said Someone \u0000';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
    const status = (await server.waitForNotification('newsAnnotator/documentStatus', (p: DocumentStatus) => p.uri === uri)) as DocumentStatus;
    assert.equal(status.state, 'binary', 'binary status notification');
    assert.match(status.message, /binary/, 'message says binary');
    const tokens = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as SemanticTokens;
    assert.deepEqual(tokens.data, [], 'no tokens');
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } });
    assert.equal(hover, null, 'no hover');
    const analysis = (await server.connection.sendRequest('newsAnnotator/analysis', { uri })) as AnalysisResponse;
    assert.equal(analysis.status.state, 'binary', 'analysis reports binary');
    assert.deepEqual(analysis.result.quotes, [], 'no quotes');
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('a failing request is answered with an error and the server keeps serving', async () => {
    await assert.rejects(
      server.connection.sendRequest('textDocument/hover', { textDocument: { uri: articleUri }, position: null }),
      (err: { code?: number; message?: string }) => err.code === -32603 && /hover failed/.test(err.message ?? ''),
      'internal error for a malformed hover',
    );
    await assert.rejects(
      server.connection.sendRequest('newsAnnotator/analysis', { uri: 'file:///not/open.txt' }),
      (err: { code?: number; message?: string }) => err.code === -32602 && /not open/.test(err.message ?? ''),
      'invalid params for a document that is not open',
    );
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: articleUri } })) as DocumentSymbol[];
    assert.ok(symbols.length > 0, 'still answering');
    assert.match(server.notifications.filter((n) => n.method === 'window/logMessage').map((n) => JSON.stringify(n.params)).join('\n'), /hover failed/, 'the failure is logged');
  });
});

describe('start-up warm-up', () => {
  test('the server warms its engine up on built-in text, says so in its log, and answers meanwhile', async () => {
    const server = await startServer();
    try {
      // A request in the first milliseconds is answered between warm-up runs, not after them.
      const uri = 'file:///fixtures/early.txt';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: articleText } });
      const early = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as SemanticTokens;
      assert.ok(early.data.length > 0, 'tokens while warming up');
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      const log = (await server.waitForNotification('window/logMessage', (p: { message: string }) => p.message.startsWith(WARM_UP_DONE), 15000)) as { type: number; message: string };
      const m = /(\d+) runs in (\d+) ms/.exec(log.message);
      assert.ok(m, `the log line gives runs and time: ${log.message}`);
      assert.ok(Number(m[1]) >= 3, `several runs (${log.message})`);
      assert.equal(log.type, 3, 'logged as info');
      assert.ok(!server.notifications.some((n) => n.method === 'window/logMessage' && /failed/.test(JSON.stringify(n.params))), 'no failure logged');
    } finally {
      await server.stop();
    }
  });
});

describe('size limit from the editor settings', () => {
  test('a file over newsAnnotator.maxFileSizeMB is analysed in part and says so', async () => {
    const server = await startServer({ settings: { maxFileSizeMB: 0.002 } }); // about 2 KB
    try {
      const uri = 'file:///fixtures/big.txt';
      const text = articleText.repeat(2); // ~9.6 KB
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
      const status = (await server.waitForNotification('newsAnnotator/documentStatus', (p: DocumentStatus) => p.uri === uri)) as DocumentStatus;
      assert.equal(status.state, 'degraded', 'degraded notification');
      assert.equal(status.analysedLength, Math.floor(0.002 * 1024 * 1024), 'analysed length');
      assert.match(status.message, /Only the first .* MB/, 'message');
      const analysis = (await server.connection.sendRequest('newsAnnotator/analysis', { uri })) as AnalysisResponse;
      assert.equal(analysis.status.state, 'degraded', 'analysis says degraded');
      const tokens = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as SemanticTokens;
      const doc = TextDocument.create(uri, 'news-article', 1, text);
      const last = tokensOf(doc, tokens.data).at(-1);
      if (last) assert.ok(doc.offsetAt({ line: last.line, character: last.character }) < status.analysedLength + 400, 'no tokens far past the analysed part');
    } finally {
      await server.stop();
    }
  });

  test('a changed size limit takes effect: new status, tokens refreshed', async () => {
    const server = await startServer({ settings: { maxFileSizeMB: 5 } });
    try {
      const uri = 'file:///fixtures/grows.txt';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: articleText } });
      const before = (await server.connection.sendRequest('newsAnnotator/analysis', { uri })) as AnalysisResponse;
      assert.equal(before.status.state, 'full', 'full under 5 MB');
      server.settings.maxFileSizeMB = 0.001;
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { newsAnnotator: { maxFileSizeMB: 0.001 } } });
      const status = (await server.waitForNotification('newsAnnotator/documentStatus', (p: DocumentStatus) => p.uri === uri)) as DocumentStatus;
      assert.equal(status.state, 'degraded', 'degraded after the change');
      assert.ok(server.serverRequests.includes('workspace/semanticTokens/refresh'), 'asked the editor to refresh tokens');
      const after = (await server.connection.sendRequest('newsAnnotator/analysis', { uri })) as AnalysisResponse;
      assert.equal(after.status.analysedLength, Math.floor(0.001 * 1024 * 1024), 'analysis redone under the new limit');
    } finally {
      await server.stop();
    }
  });

  test('a client without workspace/configuration may set the limit at initialisation; it is told by window/showMessage', async () => {
    const server = await startServer({ configuration: false, initializationOptions: { maxFileSizeMB: 0.001 } });
    try {
      const uri = 'file:///fixtures/plain-client.txt';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: articleText } });
      const shown = await server.waitForNotification('window/showMessage', (p: { message: string }) => /Only the first/.test(p.message));
      assert.equal(shown.type, 2, 'a warning');
      const analysis = (await server.connection.sendRequest('newsAnnotator/analysis', { uri })) as AnalysisResponse;
      assert.equal(analysis.status.state, 'degraded', 'limit from initializationOptions');
      assert.ok(!server.notifications.some((n) => n.method === 'newsAnnotator/documentStatus'), 'no custom notification to a client that did not ask');
    } finally {
      await server.stop();
    }
  });

  test('an edit that lands while the settings are awaited is what gets analysed', async () => {
    let openGate!: () => void;
    const configurationGate = new Promise<void>((resolve) => (openGate = resolve));
    const server = await startServer({ configurationGate });
    try {
      const uri = 'file:///fixtures/race.txt';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: 'Nothing yet.' } });
      const pending = server.connection.sendRequest('newsAnnotator/analysis', { uri }) as Promise<AnalysisResponse>;
      // The server is now waiting for its settings; the document changes meanwhile.
      while (!server.serverRequests.includes('workspace/configuration')) await new Promise((r) => setTimeout(r, 2)); // poll
      const change = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } }, text: '“Now we talk,” Jane Doe said.' };
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
      // Messages arrive in order: the server applies the edit before it reads the settings answer.
      openGate();
      const analysis = await pending;
      assert.equal(analysis.version, 2, 'the answer is for the version current after the await');
      assert.equal(analysis.result.quotes[0]?.text, 'Now we talk,', 'and its offsets match that text');
    } finally {
      openGate();
      await server.stop();
    }
  });

  test('a client without workspace/configuration gets the defaults', async () => {
    const server = await startServer({ configuration: false });
    try {
      const uri = 'file:///fixtures/small.txt';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: articleText } });
      const analysis = (await server.connection.sendRequest('newsAnnotator/analysis', { uri })) as AnalysisResponse;
      assert.equal(analysis.status.state, 'full', 'full analysis');
    } finally {
      assert.equal(await server.stop(), 0, 'clean exit');
    }
  });
});
