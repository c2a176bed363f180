/**
 * Protocol tests for the annotation commands, the workspace index and the views built on
 * it: the built server over stdio, with real article and sidecar files in a temp folder.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import {
  AnalysisRequest,
  type AnalysisResponse,
  type AnnotateResult,
  AnnotateRequest,
  type AnnotationAction,
  ExportRequest,
  type ExportResult,
  IndexWorkspaceRequest,
  type IndexWorkspaceResult,
  OrphansRequest,
  type OrphansResult,
  ProfileRequest,
  SidecarProblemNotification,
  SourcesRequest,
  type SourcesModel,
  TargetRequest,
  type TargetInfo,
  VariantsRequest,
  type VariantGroupView,
} from '../../server/src/protocol';
import { startServer, type TestServer } from './lspClient';

const ARTICLE = [
  'Talks resume in Geneva',
  '“We are ready to sign the agreement today,” Jane Doe said on Monday.',
  'The plan was "a fair deal" for everyone, officials said.',
  'Source: Reuters',
].join('\n');

const OTHER = [
  'Ministers meet again',
  '“We are ready to sign the whole agreement today,” Jane Doe told reporters.',
].join('\n');

let dir: string;
let server: TestServer;
let articlePath: string;
let articleUri: string;
let version = 1;

async function analysis(uri = articleUri): Promise<AnalysisResponse> {
  return server.connection.sendRequest(AnalysisRequest.method, { uri });
}

async function annotate(action: AnnotationAction, uri = articleUri): Promise<AnnotateResult> {
  return server.connection.sendRequest(AnnotateRequest.method, { uri, action });
}

function sidecar(): { annotations: { kind: string; deleted?: boolean }[] } {
  return JSON.parse(readFileSync(`${articlePath}.annotations.json`, 'utf8'));
}

function open(uri: string, text: string): void {
  void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: version++, text } });
}

describe('annotation commands and workspace views over the protocol', () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'na-annot-'));
    mkdirSync(join(dir, 'articles'));
    articlePath = join(dir, 'articles', 'geneva.txt');
    writeFileSync(articlePath, ARTICLE);
    writeFileSync(join(dir, 'articles', 'other.txt'), OTHER);
    writeFileSync(join(dir, 'notes.txt'), '“Not an article,” nobody said.');
    articleUri = pathToFileURL(articlePath).href;
    server = await startServer();
    open(articleUri, ARTICLE);
  });

  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('each command changes the analysis and the sidecar; undo and redo follow', async () => {
    const q1 = ARTICLE.indexOf('“We');
    const deal = ARTICLE.indexOf('"a fair');
    const geneva = ARTICLE.indexOf('Geneva');
    const rows: [string, AnnotationAction, (a: AnalysisResponse) => boolean][] = [
      ['set speaker', { kind: 'setSpeaker', offset: q1 + 3, name: 'Acme Corp', speakerKind: 'organization' }, (a) => a.result.quotes[0].speaker?.name === 'Acme Corp' && a.result.quotes[0].origin === 'manual'],
      ['note on quote', { kind: 'note', offset: q1 + 3, note: 'check the date' }, (a) => a.result.quotes[0].note === 'check the date'],
      ['toggle class', { kind: 'toggleClass', offset: q1 + 3 }, (a) => a.result.quotes[0].kind === 'scare'],
      ['toggle back', { kind: 'toggleClass', offset: q1 + 3 }, (a) => a.result.quotes[0].kind === 'quote'],
      ['mark entity', { kind: 'markEntity', start: geneva, end: geneva + 6, entityType: 'PLACE' }, (a) => a.result.entities.some((e) => e.name === 'Geneva' && e.type === 'PLACE' && e.origin === 'manual')],
      ['reject scare quote', { kind: 'reject', offset: deal + 2 }, (a) => !a.result.quotes.some((q) => q.text === 'a fair deal')],
      ['mark quote', { kind: 'markQuote', start: deal, end: deal + 13 }, (a) => a.result.quotes.some((q) => q.origin === 'manual' && q.text === 'a fair deal')],
    ];
    for (const [tag, action, check] of rows) {
      const res = await annotate(action);
      assert.equal(res.ok, true, `${tag}: ${res.message}`);
      assert.ok(check(await analysis()), `${tag}: analysis shows the change`);
    }
    assert.equal(sidecar().annotations.filter((a) => !a.deleted).length, 6, 'sidecar: speaker, note, class, entity, reject, quote');
    assert.ok(server.serverRequests.includes('workspace/semanticTokens/refresh'), 'tokens refreshed');
    const hover: Hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: articleUri }, position: { line: 1, character: 5 } });
    const hoverText = (hover.contents as MarkupContent).value;
    assert.match(hoverText, /set by hand/, 'hover: manual annotation shown');
    assert.match(hoverText, /Note: check the date/, 'hover: the note shown');

    const undo = await annotate({ kind: 'undo' });
    assert.equal(undo.ok, true, 'undo ok');
    assert.ok(!(await analysis()).result.quotes.some((q) => q.origin === 'manual' && q.text === 'a fair deal'), 'undo: manual quote gone');
    const redo = await annotate({ kind: 'redo' });
    assert.equal(redo.ok, true, 'redo ok');
    assert.ok((await analysis()).result.quotes.some((q) => q.origin === 'manual' && q.text === 'a fair deal'), 'redo: manual quote back');

    const removed = await annotate({ kind: 'remove', offset: deal + 3 });
    assert.equal(removed.ok, true, `remove: ${removed.message}`);
    assert.ok(!(await analysis()).result.quotes.some((q) => q.text === 'a fair deal'), 'remove: quote gone, the reject still hides the automatic one');
  });

  test('commands without a target or with a bad range say why', async () => {
    const rows: [string, AnnotationAction, string][] = [
      ['speaker outside quotes', { kind: 'setSpeaker', offset: 2, name: 'X', speakerKind: 'person' }, 'no-target'],
      ['empty selection', { kind: 'markQuote', start: 5, end: 5 }, 'bad-range'],
      ['remove nothing', { kind: 'remove', offset: 1 }, 'no-target'],
    ];
    for (const [tag, action, problem] of rows) {
      const res = await annotate(action);
      assert.equal(res.ok, false, `${tag}: refused`);
      assert.equal(res.problem, problem, `${tag}: problem`);
      assert.ok(res.message.length > 10, `${tag}: message`);
    }
  });

  test('target lists the quote, the mention and speaker candidates', async () => {
    const info: TargetInfo = await server.connection.sendRequest(TargetRequest.method, { uri: articleUri, offset: ARTICLE.indexOf('“We') + 3 });
    assert.ok(info.quote, 'target: quote');
    assert.ok(info.candidates.some((c) => c.name === 'Acme Corp'), 'target: manual speaker is a candidate');
  });

  test('a sidecar changed outside is picked up; a corrupt one is reported and never overwritten', async () => {
    const path = `${articlePath}.annotations.json`;
    const data = JSON.parse(readFileSync(path, 'utf8'));
    // Another window renames the speaker: a newer version of the same annotation id wins the merge.
    const speaker = data.annotations.find((a: { kind: string }) => a.kind === 'speaker');
    speaker.speaker.name = 'Beta Group';
    speaker.modified = new Date(Date.now() + 60_000).toISOString();
    writeFileSync(path, JSON.stringify(data));
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).href, type: 2 }] });
    const after = await analysis();
    assert.equal(after.result.quotes[0].speaker?.name, 'Beta Group', 'outside change: picked up');

    writeFileSync(path, '{ not json');
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).href, type: 2 }] });
    const problem = await server.waitForNotification(SidecarProblemNotification.method);
    assert.equal(problem.sidecarPath, path, 'corrupt: names the file');
    const res = await annotate({ kind: 'toggleClass', offset: ARTICLE.indexOf('“We') + 3 });
    assert.equal(res.problem, 'corrupt-sidecar', 'corrupt: command refused');
    assert.ok(res.message.includes(path), 'corrupt: message names the file');
    assert.equal(readFileSync(path, 'utf8'), '{ not json', 'corrupt: file untouched');
    const orphans: OrphansResult = await server.connection.sendRequest(OrphansRequest.method, { uri: articleUri });
    assert.equal(orphans.sidecarPath, path, 'orphans: sidecar path');
    rmSync(path);
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).href, type: 3 }] });
    assert.equal((await annotate({ kind: 'accept', offset: ARTICLE.indexOf('“We') + 3 })).ok, true, 'sidecar removed: commands work again');
    assert.ok(existsSync(path), 'accept wrote a new sidecar');
  });

  test('workspace index: sources, variants, profile, export with variant groups, variant hover', async () => {
    const folder = pathToFileURL(dir).href;
    const indexed: IndexWorkspaceResult = await server.connection.sendRequest(IndexWorkspaceRequest.method, { folders: [folder] });
    assert.equal(indexed.files, 2, 'index: the two files under articles/, not notes.txt');

    const rows: [string, { scope: string; uri?: string; filter?: string }, (m: SourcesModel) => boolean][] = [
      ['article', { scope: 'article', uri: articleUri }, (m) => m.articles === 1 && m.channels.some((c) => c.name === 'Reuters')],
      ['workspace', { scope: 'workspace' }, (m) => m.articles === 2 && m.people.some((p) => p.name === 'Jane Doe' && p.count >= 1)],
      ['filter', { scope: 'workspace', filter: 'whole agreement' }, (m) => m.people.length === 1 && m.people[0].count === 1 && m.channels.length === 0],
    ];
    for (const [tag, params, check] of rows) {
      const model: SourcesModel = await server.connection.sendRequest(SourcesRequest.method, params);
      assert.ok(check(model), `sources ${tag}: ${JSON.stringify(model).slice(0, 300)}`);
    }

    const groups: VariantGroupView[] = await server.connection.sendRequest(VariantsRequest.method, {});
    assert.ok(groups.some((g) => g.documents === 2), 'variants: the two wordings of the agreement quote group');

    const profile: { profile: { articles: number; quotes: number }; csv: string } = await server.connection.sendRequest(ProfileRequest.method, { scope: 'workspace' });
    assert.equal(profile.profile.articles, 2, 'profile: articles');
    assert.match(profile.csv, /^section,name,kind,value\r\n/, 'profile: CSV header');

    const json: ExportResult = await server.connection.sendRequest(ExportRequest.method, { scope: 'workspace', format: 'json' });
    const data = JSON.parse(json.files[0].content);
    const grouped = data.documents.flatMap((d: { quotes: { variantGroup: string | null }[] }) => d.quotes).filter((q: { variantGroup: string | null }) => q.variantGroup);
    assert.equal(grouped.length, 2, 'export: both variant quotes carry their group');

    const brat: ExportResult = await server.connection.sendRequest(ExportRequest.method, { scope: 'article', uri: articleUri, format: 'brat' });
    assert.ok(brat.files.some((f) => f.relativePath.endsWith('.ann')), 'export: brat .ann');

    const hover: Hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: articleUri }, position: { line: 1, character: 5 } });
    const md = (hover.contents as MarkupContent).value;
    assert.match(md, /Variants/, 'hover: variants listed');
    assert.match(md, /command:newsAnnotator\.openQuote\?/, 'hover: command link');
  });
});
