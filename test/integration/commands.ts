// The commands the extension contributes: all registered, and the ones that exist today
// (treat as article / plain text, show analysis, restart server) doing what they say.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE, closeAllEditors, EXTENSION_ID, firstSampleText, openArticle, sampleArticles, semanticTokens, waitFor, writeWorkspaceFile } from './helpers';

/** The parts of the `newsAnnotator/analysis` response (server/src/protocol.ts) checked here. */
interface AnalysisJson {
  uri: string;
  version: number;
  result: {
    quotes: { start: number; speaker: { name: string } | null }[];
    entities: { type: string; name: string }[];
  };
}

export function commandTests(): void {
  describe('commands', () => {
    let sample = '';

    before(async () => {
      sample = await firstSampleText();
    });
    after(closeAllEditors);

    it('registers every command that package.json contributes', async () => {
      const contributed = ((vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes?.commands ?? []) as { command: string }[]).map((c) => c.command);
      assert.ok(contributed.length > 0, '[contributes] some commands');
      const registered = new Set(await vscode.commands.getCommands(true));
      for (const id of contributed) assert.ok(registered.has(id), `[registered] ${id}`);
    });

    it('Treat This File as an Article / Stop Treating switch the language both ways', async () => {
      const uri = await writeWorkspaceFile('drafts/unmatched.txt', sample);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'plaintext', '[before] outside filePatterns');

      await vscode.commands.executeCommand('newsAnnotator.treatAsArticle', uri);
      const article = await waitFor('language news-article after treatAsArticle', () => {
        const d = vscode.workspace.textDocuments.find((t) => t.uri.toString() === uri.toString());
        return d?.languageId === ARTICLE_LANGUAGE ? d : undefined;
      });
      const { tokens } = await semanticTokens(article, 'quote');
      assert.ok(tokens.some((t) => t.type === 'quote'), '[treated] the server analyses it');

      await vscode.commands.executeCommand('newsAnnotator.treatAsPlainText', uri);
      await waitFor('language plaintext after treatAsPlainText', () => {
        const d = vscode.workspace.textDocuments.find((t) => t.uri.toString() === uri.toString());
        return d?.languageId === 'plaintext' ? d : undefined;
      });
    });

    it('Show Analysis as JSON opens the analysis of the article', async () => {
      const [first] = await sampleArticles();
      const doc = await openArticle(first);
      await semanticTokens(doc, 'quote');
      const before = new Set(vscode.workspace.textDocuments);
      await vscode.commands.executeCommand('newsAnnotator.showAnalysis', first);
      const json = await waitFor('a new JSON document', () => vscode.workspace.textDocuments.find((d) => !before.has(d) && d.languageId === 'json'));
      const response = JSON.parse(json.getText()) as AnalysisJson;
      assert.equal(response.uri, first.toString(), '[analysis] for the article');
      assert.equal(response.version, doc.version, '[analysis] of its current version');
      const analysis = response.result;
      assert.ok(analysis.quotes.length >= 5, `[analysis] ${analysis.quotes.length} quotes`);
      const firstQuote = doc.getText().indexOf('“We are waiting');
      const quote = analysis.quotes.find((q) => q.start === firstQuote);
      assert.ok(quote, '[analysis] the first quote at its UTF-16 offset');
      assert.match(quote.speaker?.name ?? '', /Putin/, '[analysis] its speaker');
      assert.ok(analysis.entities.some((e) => e.type === 'PERSON' && /Xi Jinping/.test(e.name)), '[analysis] a PERSON entity');
    });

    // Last in this area: the other areas need a running server.
    it('Restart Server brings the server back with tokens', async () => {
      const [first] = await sampleArticles();
      const doc = await openArticle(first);
      await vscode.commands.executeCommand('newsAnnotator.restartServer');
      const { tokens } = await semanticTokens(doc, 'quote');
      assert.ok(tokens.length > 0, '[restart] tokens after restart');
    });
  });
}
