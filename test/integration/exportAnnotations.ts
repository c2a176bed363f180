// "Export Annotations": with arguments it skips its prompts and writes the file itself.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, openArticle, readFileText, sampleArticles, semanticTokens, workspaceRoot } from './helpers';

interface ExportJson {
  format: string;
  documents: { path: string; quotes: { start: number; end: number; text: string; speaker: { name: string } | null }[]; entities: { type: string; name: string }[] }[];
}

export function exportTests(): void {
  describe('export', () => {
    before(activeExtension);
    after(closeAllEditors);

    // Rows: [format, file name, check of the written text].
    const rows: [string, string, (text: string, doc: vscode.TextDocument) => void][] = [
      [
        'json',
        'out/article.json',
        (text, doc) => {
          const parsed = JSON.parse(text) as ExportJson;
          assert.equal(parsed.format, 'news-annotator/1', '[json] format');
          assert.equal(parsed.documents.length, 1, '[json] one document');
          const at = doc.getText().indexOf('“We are waiting');
          const quote = parsed.documents[0].quotes.find((q) => q.start === at);
          assert.ok(quote, '[json] the first quote at its UTF-16 offset');
          assert.equal(doc.getText().slice(quote.start, quote.end).startsWith('“We are waiting'), true, '[json] its span');
          assert.match(quote.speaker?.name ?? '', /Putin/, '[json] its speaker');
        },
      ],
      [
        'csv',
        'out/article.csv',
        (text) => {
          const [header, ...rowsOut] = text.trim().split(/\r?\n/);
          assert.match(header, /^file,start,end,quote,speaker,cue,via,origin/, '[csv] header');
          assert.ok(rowsOut.some((r) => r.includes('We are waiting for you') && r.includes('Putin')), '[csv] a row for the first quote with its speaker');
        },
      ],
    ];
    for (const [format, file, check] of rows) {
      it(`writes ${format} for the active article`, async () => {
        const [first] = await sampleArticles();
        const doc = await openArticle(first);
        await semanticTokens(doc, 'quote');
        const target = vscode.Uri.joinPath(workspaceRoot(), ...file.split('/'));
        const written = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('newsAnnotator.exportAnnotations', { scope: 'article', format, target, quiet: true });
        assert.ok(written && written.length > 0, `[${format}] files written: ${JSON.stringify(written)}`);
        const text = await readFileText(written[0]);
        check(text, doc);
      });
    }
  });
}
