// Hovers through VS Code's own hover registry (vscode.executeHoverProvider).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, hoverText, locate, openArticle, sampleArticles, semanticTokens, waitFor } from './helpers';

export function hoverTests(): void {
  describe('hover', () => {
    let doc: vscode.TextDocument;

    before(async () => {
      const [first] = await sampleArticles();
      doc = await openArticle(first);
      await semanticTokens(doc, 'quote'); // the server has analysed the document
    });
    after(closeAllEditors);

    // Rows: [tag, text to hover (inside it, a few characters in), strings the hover must contain].
    const rows: [string, string, RegExp[]][] = [
      ['quote shows its speaker', 'We are waiting for you, Mr. President', [/Putin/, /quote/i]],
      ['reported quote shows its speaker', 'show the world how close relations', [/Putin/]],
      ['person mention', 'Xi Jinping', [/Xi Jinping/, /person/i]],
    ];
    for (const [tag, needle, patterns] of rows) {
      it(tag, async () => {
        const range = locate(doc, needle);
        const position = range.start.translate(0, 3);
        const text = await waitFor(`a hover at "${needle}"`, async () => {
          const t = await hoverText(doc, position);
          return t.trim() ? t : undefined;
        });
        for (const p of patterns) assert.match(text, p, `[${tag}] hover text: ${text}`);
      });
    }

    it('has no hover on plain words outside quotes and names', async () => {
      const range = locate(doc, 'videoconference summit');
      const text = await hoverText(doc, range.start.translate(0, 2));
      assert.doesNotMatch(text, /speaker|quote/i, `[plain-word] hover text: ${text}`);
    });
  });
}
