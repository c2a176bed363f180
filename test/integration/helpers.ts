// Shared helpers for the integration suite, which runs inside a real VS Code extension host.
// Everything waits by polling against a deadline; nothing sleeps for a fixed time and hopes.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { pollUntil } from '../../scripts/integration/poll';

export const EXTENSION_ID = 'news-annotator.news-annotator';
export const ARTICLE_LANGUAGE = 'news-article';

/** Default deadline for anything that waits on the language server. */
export const SERVER_DEADLINE_MS = 45_000;

/**
 * Polls `check` every `intervalMs` until it returns something other than undefined, and
 * fails with `what` (and the last error seen) when the deadline passes.
 */
export function waitFor<T>(
  what: string,
  check: () => Thenable<T | undefined> | T | undefined,
  timeoutMs = SERVER_DEADLINE_MS,
  intervalMs = 200,
): Promise<T> {
  return pollUntil(what, check, timeoutMs, intervalMs);
}

/** A workspace file's text, decoded as UTF-8. */
export async function readFileText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The workspace folder the runner opened (a temp copy holding `articles/`). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need an open workspace folder');
  return folder.uri;
}

/** The sample articles in the workspace copy, sorted by name. */
export async function sampleArticles(): Promise<vscode.Uri[]> {
  const dir = vscode.Uri.joinPath(workspaceRoot(), 'articles');
  const entries = await vscode.workspace.fs.readDirectory(dir);
  return entries
    .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.txt'))
    .map(([name]) => vscode.Uri.joinPath(dir, name))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The text of the first sample article, once the extension is active: what a test area copies and edits. */
export async function firstSampleText(): Promise<string> {
  await activeExtension();
  const [first] = await sampleArticles();
  return readFileText(first);
}

/** Writes a file into the workspace (creating folders) and returns its uri. */
export async function writeWorkspaceFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Opens a document in an editor and waits until it is (or becomes) a News Article document. */
export async function openArticle(uri: vscode.Uri): Promise<vscode.TextDocument> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  return waitFor(`${path.posix.basename(uri.path)} to get language ${ARTICLE_LANGUAGE}`, () => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc && doc.languageId === ARTICLE_LANGUAGE ? doc : undefined;
  });
}

/** The extension under test, waiting until it is active. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  return waitFor(`extension ${EXTENSION_ID} to be active`, () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    return ext?.isActive ? ext : undefined;
  });
}

export interface DecodedToken {
  type: string;
  modifiers: string[];
  range: vscode.Range;
  text: string;
}

/** Decodes the relative five-integer token encoding against the legend. */
export function decodeTokens(doc: vscode.TextDocument, legend: vscode.SemanticTokensLegend, data: Uint32Array): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const deltaLine = data[i];
    line += deltaLine;
    char = deltaLine === 0 ? char + data[i + 1] : data[i + 1];
    const range = new vscode.Range(line, char, line, char + data[i + 2]);
    const modifiers = legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
    out.push({ type: legend.tokenTypes[data[i + 3]] ?? `#${data[i + 3]}`, modifiers, range, text: doc.getText(range) });
  }
  return out;
}

/**
 * The document's semantic tokens as VS Code's own provider registry returns them, waiting
 * until the server has registered its provider and produced at least one `wantType` token.
 */
export async function semanticTokens(doc: vscode.TextDocument, wantType = 'quote'): Promise<{ legend: vscode.SemanticTokensLegend; tokens: DecodedToken[] }> {
  return waitFor(`semantic tokens with a "${wantType}" token for ${path.posix.basename(doc.uri.path)}`, async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
      'vscode.provideDocumentSemanticTokensLegend',
      doc.uri,
    );
    if (!legend) return undefined;
    const result = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
    if (!result) return undefined;
    const tokens = decodeTokens(doc, legend, result.data);
    return tokens.some((t) => t.type === wantType) ? { legend, tokens } : undefined;
  });
}

/** The text of all hovers at a position, joined (markdown source, not rendered). */
export async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Finds `needle` in the document (the `nth` occurrence, 0-based) or fails with a clear message. */
export function locate(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) not found in ${path.posix.basename(doc.uri.path)}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** Closes every editor so one feature's files do not leak into the next. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
