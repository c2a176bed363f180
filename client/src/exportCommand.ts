/**
 * "Export Annotations…" (scope, format, then a save dialog or a folder) and "Import
 * Annotations from brat…". The server builds the files with the annotations applied
 * (`newsAnnotator/export`); this side only asks where and writes them.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type AnnotateResult, ExportRequest, ImportBratRequest, type SourcesScope } from '../../server/src/protocol';
import { EXPORT_CHOICES, type ExportFormatName, defaultExportName } from './uiModel';

/** Arguments that skip the prompts (tests, keybindings, other extensions). */
export interface ExportArgs {
  scope?: SourcesScope;
  format?: ExportFormatName;
  /** A file for single-file formats, a folder for brat. */
  target?: vscode.Uri;
  /** Do not show the success message. */
  quiet?: boolean;
}

function articleName(doc: vscode.TextDocument | undefined): string | null {
  return doc ? (doc.uri.path.split('/').pop() ?? null) : null;
}

/** Runs the export; returns the files written (empty when cancelled). */
export async function exportAnnotations(client: LanguageClient, activeArticle: vscode.TextDocument | undefined, args: ExportArgs = {}): Promise<vscode.Uri[]> {
  let scope = args.scope;
  if (!scope) {
    const picks: (vscode.QuickPickItem & { scope: SourcesScope })[] = [];
    if (activeArticle) picks.push({ label: '$(file) This article', description: articleName(activeArticle) ?? '', scope: 'article' });
    picks.push({ label: '$(folder) Whole workspace', description: 'every indexed article', scope: 'workspace' });
    const pick = await vscode.window.showQuickPick(picks, { title: 'Export Annotations (1/2): what to export', placeHolder: 'Choose the articles to export' });
    if (!pick) return [];
    scope = pick.scope;
  }
  if (scope === 'article' && !activeArticle) {
    void vscode.window.showInformationMessage('News Annotator: open an article to export it, or export the whole workspace.');
    return [];
  }
  let format = args.format;
  if (!format) {
    const pick = await vscode.window.showQuickPick(
      EXPORT_CHOICES.map((c) => ({ label: c.label, detail: c.detail, format: c.format })),
      { title: 'Export Annotations (2/2): format', placeHolder: 'Choose a format' },
    );
    if (!pick) return [];
    format = pick.format;
  }
  const choice = EXPORT_CHOICES.find((c) => c.format === format);
  if (!choice) throw new Error(`Unknown export format "${String(format)}". Use one of ${EXPORT_CHOICES.map((c) => c.format).join(', ')}.`);

  const response = await client.sendRequest(ExportRequest.type, { scope, uri: activeArticle?.uri.toString(), format });
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  let target = args.target;
  if (!target) {
    if (choice.singleFile) {
      const name = defaultExportName(scope === 'article' ? articleName(activeArticle) : null, choice.extension);
      const near = scope === 'article' && activeArticle?.uri.scheme === 'file' ? vscode.Uri.joinPath(activeArticle.uri, '..', name) : base ? vscode.Uri.joinPath(base, name) : undefined;
      target = await vscode.window.showSaveDialog({ title: `Export ${choice.label}`, defaultUri: near, filters: { [choice.label]: [choice.extension] } });
    } else {
      const folders = await vscode.window.showOpenDialog({ title: 'Export brat: choose a folder', canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: base, openLabel: 'Export Here' });
      target = folders?.[0];
    }
    if (!target) return [];
  }

  const written: vscode.Uri[] = [];
  try {
    if (choice.singleFile) {
      if (response.files.length !== 1) throw new Error(`the ${choice.label} export produced ${response.files.length} files instead of one`);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(response.files[0].content));
      written.push(target);
    } else {
      for (const f of response.files) {
        const uri = vscode.Uri.joinPath(target, ...f.relativePath.split('/'));
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(f.content));
        written.push(uri);
      }
    }
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(`News Annotator: the export to ${target.fsPath || target.toString()} failed: ${why}. ${written.length} of ${response.files.length} files were written.`);
    return written;
  }
  if (!args.quiet) {
    const what = `${response.documents} article${response.documents === 1 ? '' : 's'} exported as ${choice.label} to ${vscode.workspace.asRelativePath(target)}`;
    void vscode.window.showInformationMessage(`News Annotator: ${what}.`, 'Open', 'Reveal').then(async (action) => {
      if (action === 'Open') await vscode.window.showTextDocument(written[0]);
      if (action === 'Reveal') await vscode.commands.executeCommand('revealInExplorer', choice.singleFile ? target : written[0]);
    });
  }
  return written;
}

/** Reads a brat .ann file and merges it into the sidecar of the article. */
export async function importBrat(client: LanguageClient, article: vscode.TextDocument, ann?: vscode.Uri): Promise<AnnotateResult | undefined> {
  let file = ann;
  if (!file) {
    const picked = await vscode.window.showOpenDialog({ title: 'Import brat annotations', canSelectMany: false, filters: { 'brat standoff': ['ann'] }, defaultUri: vscode.Uri.joinPath(article.uri, '..') });
    file = picked?.[0];
    if (!file) return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(file));
  } catch (err) {
    void vscode.window.showErrorMessage(`News Annotator: could not read ${file.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
  return client.sendRequest(ImportBratRequest.type, { uri: article.uri.toString(), ann: text });
}
