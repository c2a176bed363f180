/**
 * Turns plain-text articles into `news-article` documents: files that match
 * `newsAnnotator.filePatterns` (read per resource) and files the user marked with
 * "Treat This File as an Article" (remembered per workspace). The server only ever sees
 * `news-article` documents, so its selector stays simple.
 */
import * as vscode from 'vscode';
import { cleanPatterns, defaultFilePatterns, matchesArticlePatterns } from './articleFiles';
import type { Log } from './log';

export const ARTICLE_LANGUAGE = 'news-article';
const REMEMBERED_KEY = 'newsAnnotator.articleUris';
/** A close followed this quickly by a plain-text open of the same file is a language change, not a reopen. */
const LANGUAGE_CHANGE_MS = 1500;

export class ArticleDocuments implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Files switched to news-article in this session. */
  private readonly switched = new Set<string>();
  /** When a switched file's article document last closed. */
  private readonly closedAt = new Map<string, number>();
  /** Files the user turned back into plain text in this session: left alone. */
  private readonly optedOut = new Set<string>();

  constructor(
    private readonly state: vscode.Memento,
    private readonly log: Log,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => void this.consider(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.languageId === ARTICLE_LANGUAGE) this.closedAt.set(doc.uri.toString(), Date.now());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsAnnotator.filePatterns')) this.considerAll();
      }),
    );
  }

  /** Looks at every document already open (call once after start). */
  considerAll(): void {
    for (const doc of vscode.workspace.textDocuments) void this.consider(doc);
  }

  private remembered(): string[] {
    return this.state.get<string[]>(REMEMBERED_KEY, []);
  }

  isRemembered(uri: vscode.Uri): boolean {
    return this.remembered().includes(uri.toString());
  }

  /** True when the settings' patterns match this file. */
  matchesPatterns(uri: vscode.Uri): boolean {
    if (uri.scheme !== 'file') return false;
    const configured = vscode.workspace.getConfiguration('newsAnnotator', uri).get<unknown>('filePatterns', defaultFilePatterns);
    const patterns = cleanPatterns(configured);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const relative = folder ? vscode.workspace.asRelativePath(uri, false) : undefined;
    const ignoreCase = process.platform === 'win32' || process.platform === 'darwin';
    return matchesArticlePatterns(patterns, uri.path, relative, ignoreCase);
  }

  private async consider(doc: vscode.TextDocument): Promise<void> {
    if (doc.languageId === ARTICLE_LANGUAGE) return;
    const key = doc.uri.toString();
    if (this.optedOut.has(key)) return;
    // Files the user marked are articles whatever language they open with; the patterns
    // only claim plain-text files.
    const wanted = this.isRemembered(doc.uri) || (doc.languageId === 'plaintext' && this.matchesPatterns(doc.uri));
    if (!wanted) return;
    if (this.switched.has(key)) {
      const closed = this.closedAt.get(key);
      if (closed !== undefined && Date.now() - closed < LANGUAGE_CHANGE_MS) {
        // The user picked another language for a file we had switched: respect that for this session.
        this.optedOut.add(key);
        this.log.info(`Leaving ${doc.uri.fsPath || key} as plain text (language changed by hand).`);
        return;
      }
    }
    await this.switchTo(doc, ARTICLE_LANGUAGE);
  }

  private async switchTo(doc: vscode.TextDocument, language: string): Promise<vscode.TextDocument> {
    const key = doc.uri.toString();
    try {
      const result = await vscode.languages.setTextDocumentLanguage(doc, language);
      if (language === ARTICLE_LANGUAGE) this.switched.add(key);
      this.log.trace(`${key}: language set to ${language}`);
      return result;
    } catch (err) {
      this.log.error(`Could not set the language of ${key} to ${language}`, err);
      throw err;
    }
  }

  /** "Treat This File as an Article": switch now and remember it for this workspace. */
  async treatAsArticle(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    this.optedOut.delete(key);
    if (doc.uri.scheme !== 'untitled' && !this.isRemembered(doc.uri)) {
      await this.state.update(REMEMBERED_KEY, [...this.remembered(), key]);
    }
    if (doc.languageId !== ARTICLE_LANGUAGE) await this.switchTo(doc, ARTICLE_LANGUAGE);
  }

  /** "Stop Treating This File as an Article": forget it and show it as plain text. */
  async treatAsPlainText(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    this.optedOut.add(key);
    await this.state.update(
      REMEMBERED_KEY,
      this.remembered().filter((u) => u !== key),
    );
    if (doc.languageId === ARTICLE_LANGUAGE) await this.switchTo(doc, 'plaintext');
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
