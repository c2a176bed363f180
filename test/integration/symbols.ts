// The outline: quotes grouped by speaker (vscode.executeDocumentSymbolProvider).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, locate, openArticle, sampleArticles, semanticTokens, waitFor } from './helpers';

export function symbolTests(): void {
  describe('document symbols', () => {
    let doc: vscode.TextDocument;
    let symbols: vscode.DocumentSymbol[];

    before(async () => {
      const [first] = await sampleArticles();
      doc = await openArticle(first);
      await semanticTokens(doc, 'quote');
      symbols = await waitFor('document symbols', async () => {
        const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
        return s && s.length > 0 ? s : undefined;
      });
    });
    after(closeAllEditors);

    it('groups quotes under speakers', () => {
      for (const group of symbols) {
        assert.ok(group.children.length > 0, `[group] "${group.name}" has quotes`);
        for (const child of group.children) {
          assert.ok(group.range.contains(child.range), `[group-range] "${group.name}" contains "${child.name}"`);
          assert.match(doc.getText(child.range), /^["“«„‘']/, `[quote-range] "${child.name}" starts at a quote mark`);
        }
      }
    });

    it('puts the first quote under its speaker', () => {
      const at = locate(doc, '“We are waiting for you').start;
      const group = symbols.find((g) => g.children.some((c) => c.range.start.isEqual(at)));
      assert.ok(group, '[first-quote] a symbol for the quote');
      assert.match(group.name, /Putin/, `[first-quote] group name "${group.name}"`);
    });

    it('lists every quote once', () => {
      const starts = symbols.flatMap((g) => g.children.map((c) => doc.offsetAt(c.range.start)));
      assert.equal(new Set(starts).size, starts.length, '[unique] no quote twice');
      assert.ok(starts.length >= 5, `[count] ${starts.length} quotes in the outline`);
    });
  });
}
