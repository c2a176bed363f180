// Annotation commands, the Sources view, the status bar, the profile and export, in the
// real editor: every command is run as a person runs it (cursor and selection in an
// article editor), then the sidecar on disk and the semantic tokens are checked.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, decodeTokens, EXTENSION_ID, openArticle, readFileText, semanticTokens, type DecodedToken, waitFor, workspaceRoot, writeWorkspaceFile } from './helpers';

const ARTICLE = [
  'Ministers meet in Geneva',
  '“We are ready to sign the agreement today,” Jane Doe said on Monday.',
  '“Nothing is settled yet,” said John Roe, a spokesman for the Acme Corporation.',
  'Source: Reuters',
  '',
].join('\n');

interface UiApi {
  sourcesModel(): Promise<{ articles: number; people: { name: string; count: number }[]; organisations: { name: string; count: number }[]; channels: { name: string }[] } | null>;
  setSourcesScope(scope: 'article' | 'workspace'): void;
  setSourcesFilter(filter: string): void;
  statusText(): Promise<string>;
  profileHtml(): string | undefined;
  indexed(): Promise<{ files: number } | null>;
  variantGroups(): Promise<{ id: string; documents: number; members: { uri: string; start: number; end: number; text: string }[] }[] | null>;
}

interface Api {
  views(): UiApi | undefined;
  getAnalysis(uri: vscode.Uri): Promise<{ result: { quotes: { text: string; kind: string; note?: string; speaker: { name: string } | null }[] } }>;
}

async function api(): Promise<Api> {
  const ext = await activeExtension();
  return ext.exports as Api;
}

async function tokensNow(doc: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const result = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
  return legend && result ? decodeTokens(doc, legend, result.data) : [];
}

/** Waits until the document's tokens satisfy `check`. */
function tokensWhere(doc: vscode.TextDocument, what: string, check: (tokens: DecodedToken[]) => boolean): Promise<DecodedToken[]> {
  return waitFor(what, async () => {
    const tokens = await tokensNow(doc);
    return check(tokens) ? tokens : undefined;
  });
}

function sidecarUri(article: vscode.Uri): vscode.Uri {
  return article.with({ path: `${article.path}.annotations.json` });
}

async function sidecarKinds(article: vscode.Uri): Promise<string[]> {
  const bytes = await vscode.workspace.fs.readFile(sidecarUri(article));
  const data = JSON.parse(new TextDecoder().decode(bytes)) as { annotations: { kind: string; deleted?: boolean }[] };
  return data.annotations.filter((a) => !a.deleted).map((a) => a.kind).sort();
}

async function putCursor(doc: vscode.TextDocument, needle: string, length = 0): Promise<void> {
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const start = doc.positionAt(doc.getText().indexOf(needle));
  editor.selection = new vscode.Selection(start, start.translate(0, length));
}

const quoteWith = (tokens: DecodedToken[], words: string, modifier: string): boolean =>
  tokens.some((t) => t.type === 'quote' && t.text.includes(words) && t.modifiers.includes(modifier));

export function annotationUiTests(): void {
  describe('annotation commands, sources, status bar, profile, export (UI)', () => {
    let uri: vscode.Uri;
    let doc: vscode.TextDocument;

    before(async () => {
      await activeExtension();
      uri = await writeWorkspaceFile('articles/zz-annotations.txt', ARTICLE);
      doc = await openArticle(uri);
      await semanticTokens(doc, 'quote');
    });
    after(closeAllEditors);

    it('each annotation command changes the sidecar and the tokens; undo and redo work', async () => {
      await putCursor(doc, 'ready to sign');
      await vscode.commands.executeCommand('newsAnnotator.setSpeaker', undefined, 'Acme Corporation');
      assert.deepEqual(await sidecarKinds(uri), ['speaker'], '[set speaker] sidecar');
      await tokensWhere(doc, 'a manual quote token after set speaker', (t) => quoteWith(t, 'ready to sign', 'manual'));

      await vscode.commands.executeCommand('newsAnnotator.toggleQuoteClass');
      await tokensWhere(doc, 'a scare token after toggle', (t) => quoteWith(t, 'ready to sign', 'scare'));
      assert.deepEqual(await sidecarKinds(uri), ['class', 'speaker'], '[toggle class] sidecar');

      await vscode.commands.executeCommand('newsAnnotator.undoAnnotation');
      await tokensWhere(doc, 'no scare token after undo', (t) => !quoteWith(t, 'ready to sign', 'scare') && quoteWith(t, 'ready to sign', 'manual'));
      await vscode.commands.executeCommand('newsAnnotator.redoAnnotation');
      await tokensWhere(doc, 'the scare token back after redo', (t) => quoteWith(t, 'ready to sign', 'scare'));
      await vscode.commands.executeCommand('newsAnnotator.toggleQuoteClass');

      await putCursor(doc, 'Geneva', 'Geneva'.length);
      await vscode.commands.executeCommand('newsAnnotator.markPlace');
      await tokensWhere(doc, 'a manual place token', (t) => t.some((x) => x.type === 'place' && x.text === 'Geneva' && x.modifiers.includes('manual')));

      await putCursor(doc, 'Nothing is settled');
      await vscode.commands.executeCommand('newsAnnotator.editNote', undefined, 'ask for the recording');
      const withNote = await (await api()).getAnalysis(uri);
      assert.equal(withNote.result.quotes.find((q) => q.text.startsWith('Nothing'))?.note, 'ask for the recording', '[note] on the quote');

      await vscode.commands.executeCommand('newsAnnotator.rejectAnnotation');
      await tokensWhere(doc, 'the rejected quote has no token', (t) => !t.some((x) => x.type === 'quote' && x.text.includes('Nothing is settled')));

      await putCursor(doc, 'Monday.');
      const selection = doc.getText().indexOf('Monday');
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(doc.positionAt(selection), doc.positionAt(selection + 'Monday'.length));
      await vscode.commands.executeCommand('newsAnnotator.markQuote');
      // "Monday" is also a date, whose token takes the place of the quote's: check the analysis.
      const marked = await (await api()).getAnalysis(uri);
      assert.ok(marked.result.quotes.some((q) => q.text === 'Monday'), '[mark quote] a manual quote on the selection');
      await putCursor(doc, 'Monday.');
      await vscode.commands.executeCommand('newsAnnotator.removeAnnotation');
      const removed = await (await api()).getAnalysis(uri);
      assert.ok(!removed.result.quotes.some((q) => q.text === 'Monday'), '[remove] the marked quote is gone');
      assert.deepEqual(await sidecarKinds(uri), ['class', 'entity', 'note', 'reject', 'speaker'], '[after all] sidecar');
    });

    it('the Sources view lists the speakers with their counts, for the article and the workspace', async () => {
      const views = (await api()).views();
      assert.ok(views, 'views API');
      await vscode.window.showTextDocument(doc);
      views.setSourcesScope('article');
      const article = await waitFor('the article sources', async () => {
        const m = await views.sourcesModel();
        return m && m.organisations.some((p) => p.name === 'Acme Corporation') ? m : undefined;
      });
      assert.equal(article.articles, 1, '[article] one article');
      assert.ok(article.channels.some((c) => c.name === 'Reuters'), '[article] the source line is a channel');
      assert.ok(!article.people.some((p) => p.name === 'John Roe'), '[article] the rejected quote has no speaker entry');

      await views.indexed();
      views.setSourcesScope('workspace');
      const workspace = await waitFor('the workspace sources', async () => {
        const m = await views.sourcesModel();
        return m && m.articles >= 6 ? m : undefined;
      });
      assert.ok(workspace.people.length > 3, '[workspace] speakers from the sample articles');
      views.setSourcesFilter('Acme Corporation');
      const filtered = await views.sourcesModel();
      assert.ok(filtered?.organisations.some((p) => p.name === 'Acme Corporation'), '[filter] the matching speaker stays');
      assert.ok(filtered!.people.length < workspace.people.length, '[filter] other speakers go');
      views.setSourcesFilter('');
      views.setSourcesScope('article');
    });

    it('the status bar counts the active article; the profile panel shows it', async () => {
      const views = (await api()).views()!;
      await vscode.window.showTextDocument(doc);
      const text = await waitFor('status bar text', async () => {
        const t = await views.statusText();
        return /quotes? · \d+ attributed · \d+ entit/.test(t) ? t : undefined;
      });
      assert.match(text, /^\$\(quote\) /, '[status] icon first');
      await vscode.commands.executeCommand('newsAnnotator.showSourcingProfile', 'article');
      const html = await waitFor('profile html', () => views.profileHtml());
      assert.ok(html.includes('Top speakers') && html.includes("default-src 'none'"), '[profile] page with a strict CSP');
      await vscode.window.showTextDocument(doc);
    });

    it('Export Annotations writes valid JSON and brat files', async () => {
      await vscode.window.showTextDocument(doc);
      const target = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'zz.json');
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
      await vscode.commands.executeCommand('newsAnnotator.exportAnnotations', { scope: 'article', format: 'json', target, quiet: true });
      const json = JSON.parse(await readFileText(target));
      assert.equal(json.documents.length, 1, '[json] one document');
      assert.ok(json.documents[0].quotes.some((q: { speaker: { name: string } | null }) => q.speaker?.name === 'Acme Corporation'), '[json] manual speaker exported');
      assert.ok(json.documents[0].quotes.every((q: object) => 'variantGroup' in q), '[json] variantGroup on every quote');

      const folder = vscode.Uri.joinPath(workspaceRoot(), 'exports', 'brat');
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.commands.executeCommand('newsAnnotator.exportAnnotations', { scope: 'article', format: 'brat', target: folder, quiet: true });
      const names = (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n);
      assert.ok(names.some((n) => n.endsWith('.ann')) && names.some((n) => n.endsWith('.txt')), `[brat] .ann and .txt (${names.join(', ')})`);
    });

    it('a corrupt sidecar gives a message and is not overwritten', async () => {
      const other = await writeWorkspaceFile('articles/zz-corrupt.txt', ARTICLE);
      const corrupt = '{ "format": "news-annotator-annotations/1", "annotations": [ oops';
      await vscode.workspace.fs.writeFile(sidecarUri(other), new TextEncoder().encode(corrupt));
      const otherDoc = await openArticle(other);
      await semanticTokens(otherDoc, 'quote');
      await putCursor(otherDoc, 'ready to sign');
      const result = await vscode.commands.executeCommand<{ ok: boolean; problem?: string; message: string }>('newsAnnotator.toggleQuoteClass');
      assert.equal(result?.ok, false, '[corrupt] refused');
      assert.equal(result?.problem, 'corrupt-sidecar', '[corrupt] problem named');
      assert.ok(result?.message.includes('zz-corrupt.txt.annotations.json'), '[corrupt] message names the file');
      const after = await readFileText(sidecarUri(other));
      assert.equal(after, corrupt, '[corrupt] file untouched');
    });

    it('the Quote variants view groups quotes across articles; their hovers link to each other', async () => {
      const views = (await api()).views()!;
      await views.indexed();
      const groups = await waitFor('variant groups across two articles', async () => {
        const g = await views.variantGroups();
        return g && g.some((x) => x.documents >= 2) ? g : undefined;
      });
      const group = groups.find((g) => g.documents >= 2)!;
      const [member, other] = [group.members[0], group.members.find((m) => m.uri !== group.members[0].uri)!];
      const memberDoc = await openArticle(vscode.Uri.parse(member.uri));
      const md = await waitFor('a hover listing the variants', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', memberDoc.uri, memberDoc.positionAt(member.start + 1));
        const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
        return text.includes('command:newsAnnotator.openQuote') ? text : undefined;
      });
      assert.match(md, /Variants/, '[hover] variants section');
      await vscode.commands.executeCommand('newsAnnotator.openQuote', other.uri, other.start, other.end);
      const editor = await waitFor('the other article open at the quote', () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.toString() === vscode.Uri.parse(other.uri).toString() ? e : undefined;
      });
      assert.equal(editor.document.offsetAt(editor.selection.start), other.start, '[open quote] selection at the quote');
    });

    it('contributes the views, the keybindings and the editor menu', () => {
      const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes;
      assert.deepEqual(pkg.views.newsAnnotator.map((v: { id: string }) => v.id), ['newsAnnotator.sources', 'newsAnnotator.variants'], '[views]');
      const keys = pkg.keybindings.map((k: { command: string; key: string }) => `${k.command}=${k.key}`);
      assert.ok(keys.includes('newsAnnotator.undoAnnotation=ctrl+alt+z'), '[keys] undo does not take ctrl+z');
    });
  });
}
