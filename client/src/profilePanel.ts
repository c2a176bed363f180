/**
 * The sourcing profile as a webview panel: named vs unnamed sources, people vs
 * organisations, quotes via agencies, top speakers and a small inline-SVG chart, with an
 * "Export CSV…" button. Nothing remote is loaded; the page's only script carries a nonce.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { SourcesScope, SourcingProfile } from '../../server/src/protocol';
import { profileHtml } from './uiModel';

export interface ProfileData {
  profile: SourcingProfile;
  csv: string;
}

export class ProfilePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private data: ProfileData | undefined;
  private title = '';

  /** Shows (or updates) the panel with a profile. */
  show(data: ProfileData, title: string): void {
    this.data = data;
    this.title = title;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('newsAnnotator.profile', title, vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: { type?: string }) => {
        if (message?.type === 'exportCsv') void this.exportCsv();
      });
    }
    this.panel.title = title;
    const nonce = randomBytes(16).toString('base64');
    this.panel.webview.html = profileHtml(data.profile, title, nonce, this.panel.webview.cspSource);
    this.panel.reveal(undefined, true);
  }

  /** The HTML shown now (for tests). */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  async exportCsv(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!this.data) return undefined;
    const scope: SourcesScope = this.data.profile.scope;
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        title: 'Export Sourcing Profile',
        filters: { CSV: ['csv'] },
        defaultUri: vscode.workspace.workspaceFolders?.[0]
          ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, `sourcing-profile-${scope}.csv`)
          : undefined,
      }));
    if (!uri) return undefined;
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(this.data.csv));
    } catch (err) {
      void vscode.window.showErrorMessage(`News Annotator: could not write ${uri.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    void vscode.window.showInformationMessage(`News Annotator: sourcing profile written to ${vscode.workspace.asRelativePath(uri)}.`, 'Open').then((c) => {
      if (c) void vscode.window.showTextDocument(uri);
    });
    return uri;
  }

  get titleShown(): string {
    return this.title;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
