// Activation and article-file matching: a `.article` file is a News Article by its
// extension; a plain .txt becomes one when it matches `newsAnnotator.filePatterns`
// (default includes `**/articles/**/*.txt`); other .txt files stay plain text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, ARTICLE_LANGUAGE, closeAllEditors, EXTENSION_ID, openArticle, readFileText, sampleArticles, waitFor, writeWorkspaceFile } from './helpers';

export function activationTests(): void {
  describe('activation', () => {
    let sample = '';

    before(async () => {
      const [first] = await sampleArticles();
      assert.ok(first, 'the workspace copy holds sample articles');
      sample = await readFileText(first);
    });
    after(closeAllEditors);

    it('is installed from the development path', () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `[dev-ext] ${EXTENSION_ID} is loaded`);
      assert.equal(ext.packageJSON.name, 'news-annotator', '[dev-ext] package name');
    });

    it('activates for a .article file', async () => {
      const uri = await writeWorkspaceFile('probe/sample.article', sample);
      const doc = await openArticle(uri);
      assert.equal(doc.languageId, ARTICLE_LANGUAGE, '[.article] language');
      const ext = await activeExtension();
      assert.ok(ext.isActive, '[.article] extension active');
    });

    // Rows: [file in the workspace, language it must end up with]. The plain-text rows are
    // opened first; once the last article row has switched language, the client has seen
    // every earlier open, so a plain row still being plaintext is a real answer, not a race.
    const rows: [string, string][] = [
      ['notes/plain.txt', 'plaintext'],
      ['probe/named.article.txt', ARTICLE_LANGUAGE],
      ['articles/extra/nested.txt', ARTICLE_LANGUAGE],
    ];
    it('switches .txt files matching newsAnnotator.filePatterns to News Article', async () => {
      const [firstSample] = await sampleArticles();
      const opened: [string, vscode.TextDocument, string][] = [];
      for (const [relative, expected] of rows) {
        const uri = await writeWorkspaceFile(relative, sample);
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc, { preview: false });
        opened.push([relative, doc, expected]);
      }
      const article = await openArticle(firstSample);
      assert.equal(article.languageId, ARTICLE_LANGUAGE, '[articles/*.txt] sample article switched');
      for (const [relative, , expected] of opened) {
        const current = await waitFor(`${relative} to settle`, () =>
          vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith(relative) && (expected === 'plaintext' || d.languageId === expected)),
        );
        assert.equal(current.languageId, expected, `[filePatterns] ${relative}`);
      }
    });
  });
}
