/**
 * The status bar item for the active article: "$(quote) 12 quotes · 9 attributed · 34
 * entities", or the degraded / binary / failed state the server reports. Hidden for
 * editors that are not articles; a click focuses the Sources view.
 */
import * as vscode from 'vscode';
import type { AnalysisResponse } from '../../server/src/protocol';
import { statusView } from './uiModel';

export class ArticleStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** The text last shown (for tests). */
  lastText = '';

  constructor(
    private readonly isArticle: (doc: vscode.TextDocument) => boolean,
    private readonly fetch: (uri: vscode.Uri) => Promise<AnalysisResponse | null>,
  ) {
    this.item.name = 'News Annotator';
    this.item.command = 'newsAnnotator.sources.focus';
  }

  /** Updates for the active editor soon (debounced, so typing does not flood the server). */
  schedule(delayMs = 300): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delayMs);
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.isArticle(doc)) {
      this.item.hide();
      this.lastText = '';
      return;
    }
    let response: AnalysisResponse | null = null;
    try {
      response = await this.fetch(doc.uri);
    } catch {
      response = null;
    }
    if (generation !== this.generation) return; // a newer update is on its way
    if (!response) {
      this.item.text = '$(quote) News Annotator: server not running';
      this.item.tooltip = 'The News Annotator language server is not running. Run "News Annotator: Restart Server".';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      const view = statusView(response.result, response.status.state, response.status.message);
      this.item.text = view.text;
      this.item.tooltip = view.tooltip;
      this.item.backgroundColor = view.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    }
    this.lastText = this.item.text;
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}
