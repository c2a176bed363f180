// Annotation commands end to end: a manual mark changes the tokens and the sidecar file,
// undo/redo walk it back and forth, and a corrupt sidecar is reported and left untouched.
// Works on copies of a sample article so the other areas see the engine's own output.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, firstSampleText, locate, openArticle, readFileText, semanticTokens, waitFor, writeWorkspaceFile } from './helpers';

/** The parts of AnnotateResult (server/src/protocol.ts) checked here. */
interface AnnotateResult {
  ok: boolean;
  message: string;
  problem?: string;
  sidecarPath?: string;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return await readFileText(uri);
  } catch {
    return undefined;
  }
}

/** The sidecar of an article: `<file name>.annotations.json` beside it. */
function sidecarOf(article: vscode.Uri): vscode.Uri {
  return article.with({ path: `${article.path}.annotations.json` });
}

export function annotationTests(): void {
  describe('annotations', () => {
    let sample = '';

    before(async () => {
      sample = await firstSampleText();
    });
    after(closeAllEditors);

    it('mark as organization: a manual token, a sidecar entry; undo and redo', async () => {
      const uri = await writeWorkspaceFile('articles/annotated/marked.txt', sample);
      const doc = await openArticle(uri);
      await semanticTokens(doc, 'quote');
      const range = locate(doc, 'international community');
      const start = doc.offsetAt(range.start);
      const end = doc.offsetAt(range.end);
      const isManualOrg = (t: { type: string; modifiers: string[]; range: vscode.Range }): boolean =>
        t.type === 'organization' && t.modifiers.includes('manual') && t.range.isEqual(range);

      const result = await vscode.commands.executeCommand<AnnotateResult>('newsAnnotator.markOrganization', { uri: uri.toString(), start, end });
      assert.ok(result?.ok, `[mark] ok: ${result?.message}`);
      await waitFor('a manual organization token on the marked words', async () => ((await semanticTokens(doc, 'quote')).tokens.some(isManualOrg) ? true : undefined));

      const sidecar = JSON.parse((await readText(sidecarOf(uri))) ?? 'null') as { format: string; annotations: unknown[] } | null;
      assert.ok(sidecar, `[sidecar] ${sidecarOf(uri).path} written`);
      assert.equal(sidecar.format, 'news-annotator-annotations/1', '[sidecar] format');
      assert.ok(JSON.stringify(sidecar.annotations).includes('international community'), '[sidecar] anchored by its exact text');

      const undo = await vscode.commands.executeCommand<AnnotateResult>('newsAnnotator.undoAnnotation');
      assert.ok(undo?.ok, `[undo] ok: ${undo?.message}`);
      await waitFor('the manual token to go after undo', async () => ((await semanticTokens(doc, 'quote')).tokens.some(isManualOrg) ? undefined : true));

      const redo = await vscode.commands.executeCommand<AnnotateResult>('newsAnnotator.redoAnnotation');
      assert.ok(redo?.ok, `[redo] ok: ${redo?.message}`);
      await waitFor('the manual token to return after redo', async () => ((await semanticTokens(doc, 'quote')).tokens.some(isManualOrg) ? true : undefined));
    });

    it('a corrupt sidecar is reported and never overwritten', async () => {
      const uri = await writeWorkspaceFile('articles/annotated/corrupt.txt', sample);
      const broken = '{"format": "news-annotator-annotations/1", "annotations": [ {oops ';
      await vscode.workspace.fs.writeFile(sidecarOf(uri), new TextEncoder().encode(broken));
      const doc = await openArticle(uri);
      await semanticTokens(doc, 'quote');
      const range = locate(doc, 'international community');
      const result = await vscode.commands.executeCommand<AnnotateResult>('newsAnnotator.markOrganization', {
        uri: uri.toString(),
        start: doc.offsetAt(range.start),
        end: doc.offsetAt(range.end),
      });
      assert.equal(result?.ok, false, '[corrupt] the mark is refused');
      assert.equal(result?.problem, 'corrupt-sidecar', `[corrupt] problem named: ${result?.message}`);
      assert.ok(result?.message && result.message.length > 10, '[corrupt] a message for people');
      assert.equal(await readText(sidecarOf(uri)), broken, '[corrupt] the file on disk is untouched');
    });
  });
}
