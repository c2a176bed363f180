// Semantic tokens as VS Code itself asks for them (vscode.provideDocumentSemanticTokens):
// the legend the server announces, and quote/speaker/person tokens at the right ranges.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, type DecodedToken, locate, openArticle, sampleArticles, semanticTokens } from './helpers';

const expectedTypes = ['quote', 'speaker', 'person', 'organization', 'place', 'date', 'cue'];

/** The first token of `type` that starts inside `range` (or at its start). */
function tokenAt(tokens: DecodedToken[], type: string, range: vscode.Range): DecodedToken | undefined {
  return tokens.find((t) => t.type === type && range.contains(t.range.start) && t.range.start.isBefore(range.end));
}

export function semanticTokenTests(): void {
  describe('semantic tokens', () => {
    let doc: vscode.TextDocument;
    let result: Awaited<ReturnType<typeof semanticTokens>>;

    before(async () => {
      const [first] = await sampleArticles();
      doc = await openArticle(first);
      result = await semanticTokens(doc, 'quote');
    });
    after(closeAllEditors);

    it('announces the legend from package.json', () => {
      for (const type of expectedTypes) assert.ok(result.legend.tokenTypes.includes(type), `[legend] ${type}`);
      const declared = (vscode.extensions.getExtension('news-annotator.news-annotator')?.packageJSON.contributes?.semanticTokenTypes ?? []) as { id: string }[];
      for (const type of expectedTypes) assert.ok(declared.some((d) => d.id === type), `[contributes] ${type} declared`);
    });

    it('gives single-line tokens that do not overlap', () => {
      let previous: DecodedToken | undefined;
      for (const t of result.tokens) {
        assert.equal(t.range.start.line, t.range.end.line, `[single-line] ${t.type} "${t.text}"`);
        assert.ok(t.range.end.character > t.range.start.character, `[non-empty] ${t.type} at ${t.range.start.line}:${t.range.start.character}`);
        if (previous) assert.ok(!previous.range.end.isAfter(t.range.start), `[no-overlap] "${previous.text}" / "${t.text}"`);
        previous = t;
      }
    });

    // Rows: [what, token type, text to find (its occurrence), sub-range that the token must start in].
    const rows: [string, string, string, number, string][] = [
      ['opening of a quote', 'quote', '“We are waiting for you', 0, '“'],
      ['speaker after the quote', 'speaker', 'Putin publicly announced', 0, 'Putin'],
      ['person in the lead', 'person', 'Vladimir Putin', 0, 'Vladimir Putin'],
      ['second quote', 'quote', '“show the world how close', 0, '“'],
    ];
    for (const [tag, type, needle, nth, head] of rows) {
      it(`has a ${type} token on the ${tag}`, () => {
        const found = locate(doc, needle, nth);
        const startOffset = doc.offsetAt(found.start);
        const target = new vscode.Range(found.start, doc.positionAt(startOffset + head.length));
        const token = tokenAt(result.tokens, type, target);
        const near = result.tokens.filter((t) => Math.abs(t.range.start.line - found.start.line) === 0 && Math.abs(t.range.start.character - found.start.character) < 40);
        assert.ok(token, `[${tag}] no ${type} token at "${head}"; tokens nearby: ${near.map((t) => `${t.type}:"${t.text}"`).join(', ') || 'none'}`);
        assert.ok(token.range.start.isEqual(found.start), `[${tag}] ${type} token starts at "${head}" (got "${token.text}")`);
        if (type !== 'quote') assert.equal(token.text, head, `[${tag}] ${type} token covers exactly "${head}"`);
      });
    }

    it('colours a whole quote: its pieces run from the opening to the closing mark', () => {
      const quote = locate(doc, '“We are waiting for you', 0);
      const text = doc.getText();
      const open = doc.offsetAt(quote.start);
      const close = text.indexOf('”', open) + 1;
      const inside = result.tokens.filter((t) => doc.offsetAt(t.range.start) >= open && doc.offsetAt(t.range.end) <= close);
      const quotePieces = inside.filter((t) => t.type === 'quote');
      assert.ok(quotePieces.length > 0, '[whole-quote] quote pieces');
      assert.equal(doc.offsetAt(quotePieces[quotePieces.length - 1].range.end), close, '[whole-quote] last piece ends after the closing mark');
      const covered = inside.reduce((n, t) => n + (doc.offsetAt(t.range.end) - doc.offsetAt(t.range.start)), 0);
      assert.equal(covered, close - open, '[whole-quote] quote + inner tokens cover every character');
    });
  });
}
