/**
 * The "Quote variants" tree: groups of quotes across the workspace that report the same
 * statement in different words (the server's VariantIndex over the workspace index);
 * each group expands to its members, and a click opens the member's quote.
 */
import * as vscode from 'vscode';
import type { VariantGroupView } from '../../server/src/protocol';

export type VariantsNode =
  | { type: 'group'; group: VariantGroupView }
  | { type: 'member'; member: VariantGroupView['members'][number]; groupId: string }
  | { type: 'message'; text: string };

function shorten(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

export class VariantsTreeProvider implements vscode.TreeDataProvider<VariantsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<VariantsNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: VariantGroupView[] | null = null;

  constructor(private readonly fetch: () => Promise<VariantGroupView[] | null>) {}

  refresh(): void {
    this.groups = null;
    this.changed.fire();
  }

  async current(): Promise<VariantGroupView[] | null> {
    this.groups ??= await this.fetch();
    return this.groups;
  }

  async getChildren(node?: VariantsNode): Promise<VariantsNode[]> {
    if (!node) {
      const groups = await this.current();
      if (!groups) return [{ type: 'message', text: 'The language server is not running.' }];
      if (groups.length === 0) return [{ type: 'message', text: 'No quote appears in more than one wording yet.' }];
      return groups.map((group) => ({ type: 'group', group }));
    }
    if (node.type === 'group') return node.group.members.map((member) => ({ type: 'member', member, groupId: node.group.id }));
    return [];
  }

  getTreeItem(node: VariantsNode): vscode.TreeItem {
    if (node.type === 'group') {
      const g = node.group;
      const item = new vscode.TreeItem(`“${shorten(g.members[0].text)}”`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `variant:${g.id}`;
      item.description = `${g.members.length} quotes · ${g.documents} article${g.documents === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon('versions');
      item.contextValue = 'variantGroup';
      return item;
    }
    if (node.type === 'member') {
      const m = node.member;
      const item = new vscode.TreeItem(`“${shorten(m.text)}”`, vscode.TreeItemCollapsibleState.None);
      item.id = `variant:${node.groupId}:${m.uri}:${m.start}`;
      const name = vscode.Uri.parse(m.uri).path.split('/').pop();
      item.description = [m.speaker, name].filter(Boolean).join(' · ');
      item.tooltip = new vscode.MarkdownString().appendText(`${m.speaker ?? 'unattributed'} in ${name}: “${m.text}”`);
      item.iconPath = new vscode.ThemeIcon('quote');
      item.contextValue = 'quote';
      item.command = { command: 'newsAnnotator.openQuote', title: 'Show Quote', arguments: [m.uri, m.start, m.end] };
      return item;
    }
    return new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
