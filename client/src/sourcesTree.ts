/**
 * The "Sources" tree: who is quoted in the active article or in the whole workspace,
 * grouped into People, Organisations, Unnamed sources and Channels & agencies; each
 * speaker expands to its quotes, and a click reveals the quote in its article. The data
 * comes from the server (`newsAnnotator/sources`); the tree follows the active editor.
 */
import * as vscode from 'vscode';
import type { SourceEntry, SourceQuoteRef, SourcesModel, SourcesScope } from '../../server/src/protocol';

export type SourcesNode =
  | { type: 'group'; id: 'people' | 'organisations' | 'unnamed' | 'channels'; label: string; entries: SourceEntry[] }
  | { type: 'source'; entry: SourceEntry; group: string }
  | { type: 'quote'; quote: SourceQuoteRef; speaker: string }
  | { type: 'message'; text: string };

const GROUPS: { id: 'people' | 'organisations' | 'unnamed' | 'channels'; label: string; icon: string }[] = [
  { id: 'people', label: 'People', icon: 'person' },
  { id: 'organisations', label: 'Organisations', icon: 'organization' },
  { id: 'unnamed', label: 'Unnamed sources', icon: 'question' },
  { id: 'channels', label: 'Channels & agencies', icon: 'broadcast' },
];

/** The context key that tells the title bar which scope toggle to show. */
export const SCOPE_CONTEXT_KEY = 'newsAnnotator.sourcesScope';

export interface SourcesFetcher {
  fetch(scope: SourcesScope, uri: string | undefined, filter: string): Promise<SourcesModel | null>;
}

export class SourcesTreeProvider implements vscode.TreeDataProvider<SourcesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourcesNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private scope: SourcesScope = 'article';
  private filter = '';
  private model: SourcesModel | null = null;
  private articleUri: string | undefined;
  private view: vscode.TreeView<SourcesNode> | undefined;
  private loading: Promise<SourcesModel | null> | null = null;

  constructor(private readonly fetcher: SourcesFetcher) {
    void vscode.commands.executeCommand('setContext', SCOPE_CONTEXT_KEY, this.scope);
  }

  attach(view: vscode.TreeView<SourcesNode>): void {
    this.view = view;
    this.describe();
  }

  get currentScope(): SourcesScope {
    return this.scope;
  }

  get currentFilter(): string {
    return this.filter;
  }

  setScope(scope: SourcesScope): void {
    this.scope = scope;
    void vscode.commands.executeCommand('setContext', SCOPE_CONTEXT_KEY, scope);
    this.refresh();
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.sourcesFiltered', this.filter !== '');
    this.refresh();
  }

  /** The article the "active article" scope shows; the tree keeps the last article when another editor takes focus. */
  setArticle(uri: string | undefined): void {
    if (uri === this.articleUri) return;
    this.articleUri = uri;
    if (this.scope === 'article') this.refresh();
  }

  refresh(): void {
    this.model = null;
    this.loading = null;
    this.changed.fire();
  }

  /** The model the tree shows now (fetching it if needed): for tests and the status bar. */
  async current(): Promise<SourcesModel | null> {
    if (this.model) return this.model;
    if (!this.loading) {
      const scope = this.scope;
      const uri = this.articleUri;
      this.loading = scope === 'article' && !uri ? Promise.resolve(null) : this.fetcher.fetch(scope, uri, this.filter);
    }
    const loading = this.loading;
    const model = await loading;
    if (loading === this.loading) {
      this.model = model;
      this.describe();
    }
    return model;
  }

  private describe(): void {
    if (!this.view) return;
    const scope = this.scope === 'article' ? 'Active article' : 'Workspace';
    const indexing = this.model?.indexing ? ' (indexing…)' : '';
    this.view.description = `${scope}${indexing}${this.filter ? ` · filter: “${this.filter}”` : ''}`;
  }

  async getChildren(node?: SourcesNode): Promise<SourcesNode[]> {
    if (!node) {
      const model = await this.current();
      if (!model) {
        return [{ type: 'message', text: this.scope === 'article' ? 'Open an article to see its sources.' : 'The language server is not running.' }];
      }
      const groups = GROUPS.map((g) => ({ type: 'group' as const, id: g.id, label: g.label, entries: model[g.id] }));
      const any = groups.some((g) => g.entries.length > 0);
      if (!any) return [{ type: 'message', text: this.filter ? `Nothing matches “${this.filter}”.` : 'No quoted sources found.' }];
      return groups.filter((g) => g.entries.length > 0);
    }
    if (node.type === 'group') return node.entries.map((entry) => ({ type: 'source', entry, group: node.id }));
    if (node.type === 'source') return node.entry.quotes.map((quote) => ({ type: 'quote', quote, speaker: node.entry.name }));
    return [];
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        const g = GROUPS.find((x) => x.id === node.id)!;
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.id}`;
        item.description = String(node.entries.length);
        item.iconPath = new vscode.ThemeIcon(g.icon);
        item.contextValue = 'sourceGroup';
        return item;
      }
      case 'source': {
        const e = node.entry;
        const item = new vscode.TreeItem(e.name, e.quotes.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `source:${node.group}:${e.name}`;
        item.description = e.kind === 'channel' && e.count === 0 ? 'named in the article' : `${e.count} quote${e.count === 1 ? '' : 's'}`;
        item.tooltip = `${e.name}: ${item.description}`;
        item.contextValue = e.kind === 'channel' ? 'channel' : 'speaker';
        return item;
      }
      case 'quote': {
        const q = node.quote;
        const item = new vscode.TreeItem(`“${q.text}”`, vscode.TreeItemCollapsibleState.None);
        item.id = `quote:${node.speaker}:${q.uri}:${q.start}`;
        const file = vscode.Uri.parse(q.uri);
        item.description = this.scope === 'workspace' ? file.path.split('/').pop() : undefined;
        item.tooltip = new vscode.MarkdownString().appendText(`${node.speaker}: “${q.text}”`);
        item.iconPath = new vscode.ThemeIcon('quote');
        item.contextValue = 'quote';
        item.command = { command: 'newsAnnotator.openQuote', title: 'Show Quote', arguments: [q.uri, q.start, q.end] };
        return item;
      }
      default: {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.contextValue = 'message';
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
