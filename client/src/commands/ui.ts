/**
 * The annotation commands, the Sources and Quote variants views, the status bar item,
 * the sourcing profile and export: everything a person clicks, wired to the server's
 * requests (server/src/protocol.ts). extension.ts creates one `Ui`, registers
 * `ui.commands` with its own table and attaches every (re)started client.
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { DidChangeWatchedFilesNotification, FileChangeType, type LanguageClient, State, WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import {
  AnalysisRequest,
  type AnnotateResult,
  AnnotateRequest,
  type AnnotationAction,
  IndexWorkspaceRequest,
  type IndexWorkspaceResult,
  OrphansRequest,
  ProfileRequest,
  SidecarProblemNotification,
  SourcesRequest,
  type SourcesModel,
  type SourcesScope,
  TargetRequest,
  type VariantGroupView,
  VariantsRequest,
} from '../../../server/src/protocol';
import { defaultFilePatterns } from '../articleFiles';
import { ARTICLE_LANGUAGE } from '../articleDocuments';
import type { CommandContext, CommandSpec } from '../extension';
import { exportAnnotations, type ExportArgs, importBrat } from '../exportCommand';
import { ProfilePanel } from '../profilePanel';
import { type SourcesNode, SourcesTreeProvider } from '../sourcesTree';
import { ArticleStatusBar } from '../statusBar';
import { NEW_SPEAKER_LABEL, guessSpeakerKind, speakerPicks } from '../uiModel';
import { type VariantsNode, VariantsTreeProvider } from '../variantsTree';

/** The command hover links may run (markdown `isTrusted.enabledCommands`). */
export const OPEN_QUOTE_COMMAND = 'newsAnnotator.openQuote';

type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'DATE';

const ENTITY_PICKS: { label: string; type: EntityType; description: string }[] = [
  { label: '$(person) Person', type: 'PERSON', description: 'PERSON' },
  { label: '$(organization) Organisation', type: 'ORG', description: 'ORG' },
  { label: '$(location) Place', type: 'PLACE', description: 'PLACE' },
  { label: '$(calendar) Date', type: 'DATE', description: 'DATE' },
];

/** Where a command acts: an article document and an offset in it (and the selection, for marking). */
interface Target {
  doc: vscode.TextDocument;
  offset: number;
  selection: { start: number; end: number };
}

/** What the integration tests read through the extension's API. */
export interface UiTestApi {
  sourcesModel(): Promise<SourcesModel | null>;
  setSourcesScope(scope: 'article' | 'workspace'): void;
  setSourcesFilter(filter: string): void;
  variantGroups(): Promise<VariantGroupView[] | null>;
  statusText(): Promise<string>;
  profileHtml(): string | undefined;
  /** Resolves when the last workspace indexing run has finished. */
  indexed(): Promise<IndexWorkspaceResult | null>;
}

function isQuoteRef(arg: unknown): arg is { uri: string; start: number; end: number } {
  const a = arg as { uri?: unknown; start?: unknown; end?: unknown } | null;
  return !!a && typeof a.uri === 'string' && typeof a.start === 'number' && typeof a.end === 'number';
}

/** A tree node (Sources or Quote variants) as a quote reference, if it is a quote. */
function quoteOfNode(arg: unknown): { uri: string; start: number; end: number; text: string } | undefined {
  const node = arg as SourcesNode | VariantsNode | undefined;
  if (node && node.type === 'quote') return node.quote;
  if (node && node.type === 'member') return node.member;
  return undefined;
}

export class Ui implements vscode.Disposable {
  readonly sources: SourcesTreeProvider;
  readonly variants: VariantsTreeProvider;
  readonly statusBar: ArticleStatusBar;
  readonly profile = new ProfilePanel();
  private readonly disposables: vscode.Disposable[] = [];
  private lastIndex: Promise<IndexWorkspaceResult | null> = Promise.resolve(null);
  private readonly attached = new WeakSet<LanguageClient>();

  constructor(private readonly ctx: CommandContext) {
    this.sources = new SourcesTreeProvider({ fetch: (scope, uri, filter) => this.request((c) => c.sendRequest(SourcesRequest.type, { scope, uri, filter })) });
    this.variants = new VariantsTreeProvider(() => this.request((c) => c.sendRequest(VariantsRequest.type, {})));
    this.statusBar = new ArticleStatusBar(
      (doc) => doc.languageId === ARTICLE_LANGUAGE,
      (uri) => this.request((c) => c.sendRequest(AnalysisRequest.type, { uri: uri.toString() })),
    );
    const sourcesView = vscode.window.createTreeView('newsAnnotator.sources', { treeDataProvider: this.sources, showCollapseAll: true });
    this.sources.attach(sourcesView);
    const variantsView = vscode.window.createTreeView('newsAnnotator.variants', { treeDataProvider: this.variants, showCollapseAll: true });
    this.disposables.push(sourcesView, variantsView, this.sources, this.variants, this.statusBar, this.profile);

    const followEditor = (editor: vscode.TextEditor | undefined): void => {
      if (editor && editor.document.languageId === ARTICLE_LANGUAGE) this.sources.setArticle(editor.document.uri.toString());
      this.statusBar.schedule(0);
    };
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(followEditor),
      vscode.workspace.onDidOpenTextDocument(() => followEditor(vscode.window.activeTextEditor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length > 0) {
          this.statusBar.schedule();
          if (this.sources.currentScope === 'article') this.debouncedSourcesRefresh();
        }
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (doc.languageId === ARTICLE_LANGUAGE) this.variants.refresh();
      }),
    );
    followEditor(vscode.window.activeTextEditor);
    this.watchFiles();
  }

  private sourcesTimer: NodeJS.Timeout | undefined;
  private debouncedSourcesRefresh(): void {
    clearTimeout(this.sourcesTimer);
    this.sourcesTimer = setTimeout(() => this.sources.refresh(), 500);
  }

  /** Runs a request on the running client, or gives null when there is none. */
  private async request<T>(send: (client: LanguageClient) => Promise<T>): Promise<T | null> {
    const client = this.ctx.client();
    if (!client || !client.isRunning()) return null;
    try {
      return await send(client);
    } catch (err) {
      this.ctx.log.error('A request to the language server failed', err);
      return null;
    }
  }

  /**
   * Article and sidecar files changed on disk go to the server as
   * workspace/didChangeWatchedFiles (it re-indexes them and reloads sidecars).
   */
  private watchFiles(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,article,news,json}');
    const pending = new Map<string, FileChangeType>();
    let timer: NodeJS.Timeout | undefined;
    const queue = (type: FileChangeType) => (uri: vscode.Uri) => {
      if (uri.scheme !== 'file' || (uri.path.endsWith('.json') && !uri.path.endsWith('.annotations.json'))) return;
      pending.set(uri.toString(), type);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const changes = [...pending].map(([u, t]) => ({ uri: u, type: t }));
        pending.clear();
        const client = this.ctx.client();
        if (client?.isRunning()) void client.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
        setTimeout(() => this.refreshViews(), 300);
      }, 150);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(queue(FileChangeType.Created)),
      watcher.onDidChange(queue(FileChangeType.Changed)),
      watcher.onDidDelete(queue(FileChangeType.Deleted)),
    );
  }

  refreshViews(): void {
    this.sources.refresh();
    this.variants.refresh();
    this.statusBar.schedule(0);
  }

  /** Hooks a new client: sidecar problems, trusted hover links, indexing whenever it (re)starts. */
  attach(client: LanguageClient): void {
    if (this.attached.has(client)) return;
    this.attached.add(client);
    client.onNotification(SidecarProblemNotification.type, (problem) => {
      void vscode.window.showErrorMessage(`News Annotator: ${problem.message}`, 'Open File').then((choice) => {
        if (choice) void vscode.window.showTextDocument(vscode.Uri.file(problem.sidecarPath));
      });
    });
    // Hover links may run only the command that opens a variant quote.
    client.clientOptions.middleware = {
      ...client.clientOptions.middleware,
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        if (!hover) return hover;
        for (const content of hover.contents) {
          if (content instanceof vscode.MarkdownString && content.value.includes(`command:${OPEN_QUOTE_COMMAND}`)) {
            content.isTrusted = { enabledCommands: [OPEN_QUOTE_COMMAND] };
          }
        }
        return hover;
      },
    };
    this.disposables.push(
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) {
          this.lastIndex = this.indexWorkspace();
          this.refreshViews();
        }
      }),
    );
  }

  /** Indexes the workspace folders on the server, with a progress notification. */
  async indexWorkspace(): Promise<IndexWorkspaceResult | null> {
    const client = this.ctx.client();
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.toString());
    if (!client || folders.length === 0) return null;
    const patterns = vscode.workspace.getConfiguration('newsAnnotator').get<string[]>('filePatterns') ?? defaultFilePatterns;
    const token = randomUUID();
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'News Annotator: indexing articles', cancellable: false },
        async (progress) => {
          let last = 0;
          const listener = client.onProgress(WorkDoneProgress.type, token, (value) => {
            if (value.kind === 'end') return;
            const v = value as WorkDoneProgressBegin | WorkDoneProgressReport;
            const pct = v.percentage ?? last;
            progress.report({ message: 'message' in v ? v.message : undefined, increment: Math.max(0, pct - last) });
            last = pct;
          });
          try {
            return await client.sendRequest(IndexWorkspaceRequest.type, { folders, filePatterns: patterns, workDoneToken: token });
          } finally {
            listener.dispose();
          }
        },
      );
      this.ctx.log.info(`Workspace index: ${result.files} files, ${result.quotes} quotes, ${result.failures} unreadable, ${result.ms} ms.`);
      this.refreshViews();
      return result;
    } catch (err) {
      this.ctx.log.error('Indexing the workspace failed', err);
      return null;
    }
  }

  // ---- annotation commands

  private async target(arg: unknown): Promise<Target | undefined> {
    const ref = quoteOfNode(arg) ?? (isQuoteRef(arg) ? arg : undefined);
    if (ref) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(ref.uri));
      const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: true });
      const range = new vscode.Range(doc.positionAt(ref.start), doc.positionAt(ref.end));
      editor.selection = new vscode.Selection(range.start, range.start);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return { doc, offset: ref.start + 1, selection: { start: ref.start, end: ref.end } };
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== ARTICLE_LANGUAGE) {
      void vscode.window.showInformationMessage('News Annotator: open an article (a News Article editor) first.');
      return undefined;
    }
    const doc = editor.document;
    const sel = editor.selection;
    return { doc, offset: doc.offsetAt(sel.active), selection: { start: doc.offsetAt(sel.start), end: doc.offsetAt(sel.end) } };
  }

  private async annotate(doc: vscode.TextDocument, action: AnnotationAction): Promise<AnnotateResult | undefined> {
    const client = this.ctx.client()!;
    const result = await client.sendRequest(AnnotateRequest.type, { uri: doc.uri.toString(), action });
    this.report(result);
    if (result.ok) this.refreshViews();
    return result;
  }

  private report(result: AnnotateResult): void {
    if (result.ok) {
      vscode.window.setStatusBarMessage(`$(check) News Annotator: ${result.message}`, 4000);
      return;
    }
    if (result.problem === 'corrupt-sidecar' && result.sidecarPath) {
      const path = result.sidecarPath;
      void vscode.window.showErrorMessage(`News Annotator: ${result.message}`, 'Open File').then((choice) => {
        if (choice) void vscode.window.showTextDocument(vscode.Uri.file(path));
      });
    } else if (result.problem === 'write-failed') {
      void vscode.window.showErrorMessage(`News Annotator: ${result.message}`);
    } else {
      void vscode.window.showInformationMessage(`News Annotator: ${result.message}`);
    }
  }

  private async markEntity(arg: unknown, type?: EntityType): Promise<AnnotateResult | undefined> {
    const t = await this.target(arg);
    if (!t) return undefined;
    if (t.selection.start === t.selection.end) {
      void vscode.window.showInformationMessage('News Annotator: select the name to mark first.');
      return undefined;
    }
    let entityType = type;
    if (!entityType) {
      const pick = await vscode.window.showQuickPick(ENTITY_PICKS, { title: 'Mark Selection As', placeHolder: `“${t.doc.getText(new vscode.Range(t.doc.positionAt(t.selection.start), t.doc.positionAt(t.selection.end))).slice(0, 60)}” is a…` });
      if (!pick) return undefined;
      entityType = pick.type;
    }
    return this.annotate(t.doc, { kind: 'markEntity', start: t.selection.start, end: t.selection.end, entityType });
  }

  private async setSpeaker(arg: unknown, given?: string): Promise<AnnotateResult | undefined> {
    const t = await this.target(arg);
    if (!t) return undefined;
    const client = this.ctx.client()!;
    const info = await client.sendRequest(TargetRequest.type, { uri: t.doc.uri.toString(), offset: t.offset });
    if (!info.quote) {
      void vscode.window.showInformationMessage('News Annotator: put the cursor inside a quote to set its speaker.');
      return undefined;
    }
    let speaker: { name: string; kind: 'person' | 'organization' | 'unnamed' } | undefined;
    if (given) speaker = { name: given, kind: guessSpeakerKind(given) };
    else {
      const pick = await vscode.window.showQuickPick(speakerPicks(info), {
        title: 'Set Speaker',
        placeHolder: info.quote.speaker ? `Now: ${info.quote.speaker}. Who said “${info.quote.text.slice(0, 50)}”?` : `Who said “${info.quote.text.slice(0, 50)}”?`,
        matchOnDescription: true,
      });
      if (!pick) return undefined;
      if (pick.label === NEW_SPEAKER_LABEL || !pick.speaker) {
        const name = await vscode.window.showInputBox({
          title: 'Set Speaker: new name',
          prompt: 'The speaker’s name, or a description for an unnamed source (“a senior official”)',
          validateInput: (v) => (v.trim() === '' ? 'Type a name or a description.' : undefined),
        });
        if (!name) return undefined;
        const kind = await vscode.window.showQuickPick(
          [
            { label: 'Person', speakerKind: 'person' as const },
            { label: 'Organisation', speakerKind: 'organization' as const },
            { label: 'Unnamed source', speakerKind: 'unnamed' as const },
          ].sort((a, b) => (a.speakerKind === guessSpeakerKind(name) ? -1 : b.speakerKind === guessSpeakerKind(name) ? 1 : 0)),
          { title: `Set Speaker: what is “${name}”?` },
        );
        if (!kind) return undefined;
        speaker = { name: name.trim(), kind: kind.speakerKind };
      } else speaker = pick.speaker;
    }
    return this.annotate(t.doc, { kind: 'setSpeaker', offset: t.offset, name: speaker.name, speakerKind: speaker.kind });
  }

  private async editNote(arg: unknown, given?: string): Promise<AnnotateResult | undefined> {
    const t = await this.target(arg);
    if (!t) return undefined;
    const info = await this.ctx.client()!.sendRequest(TargetRequest.type, { uri: t.doc.uri.toString(), offset: t.offset });
    const on = info.entity ?? info.quote;
    if (!on) {
      void vscode.window.showInformationMessage('News Annotator: put the cursor on a quote or a name to attach a note.');
      return undefined;
    }
    const what = info.entity ? info.entity.name : `“${info.quote!.text.slice(0, 40)}”`;
    const note =
      given ??
      (await vscode.window.showInputBox({ title: `Note on ${what}`, value: on.note ?? '', prompt: 'An empty note removes the note.' }));
    if (note === undefined) return undefined;
    return this.annotate(t.doc, { kind: 'note', offset: t.offset, note });
  }

  private async at(arg: unknown, kind: 'accept' | 'reject' | 'remove' | 'toggleClass'): Promise<AnnotateResult | undefined> {
    const t = await this.target(arg);
    if (!t) return undefined;
    return this.annotate(t.doc, { kind, offset: t.offset });
  }

  private async history(kind: 'undo' | 'redo'): Promise<AnnotateResult | undefined> {
    const t = await this.target(undefined);
    if (!t) return undefined;
    return this.annotate(t.doc, { kind });
  }

  private async showOrphans(): Promise<void> {
    const t = await this.target(undefined);
    if (!t) return;
    const res = await this.ctx.client()!.sendRequest(OrphansRequest.type, { uri: t.doc.uri.toString() });
    if (res.orphans.length === 0) {
      void vscode.window.showInformationMessage('News Annotator: every annotation of this article fits its text; none is orphaned.');
      return;
    }
    const pick = await vscode.window.showQuickPick(
      [
        ...res.orphans.map((o) => ({ label: `$(warning) ${o.kind}: “${o.exact.slice(0, 60)}”`, detail: o.reason })),
        ...(res.sidecarPath ? [{ label: '$(go-to-file) Open the sidecar file', detail: res.sidecarPath, open: true }] : []),
      ],
      { title: `${res.orphans.length} orphaned annotation${res.orphans.length === 1 ? '' : 's'} (kept in the sidecar)` },
    );
    if (pick && 'open' in pick && res.sidecarPath) await vscode.window.showTextDocument(vscode.Uri.file(res.sidecarPath));
  }

  private activeArticle(): vscode.TextDocument | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && doc.languageId === ARTICLE_LANGUAGE ? doc : undefined;
  }

  private async showProfile(scopeArg?: unknown): Promise<void> {
    const article = this.activeArticle();
    let scope: SourcesScope | undefined = scopeArg === 'article' || scopeArg === 'workspace' ? scopeArg : undefined;
    if (!scope) {
      if (!article) scope = 'workspace';
      else {
        const pick = await vscode.window.showQuickPick(
          [
            { label: '$(file) This article', scope: 'article' as const },
            { label: '$(folder) Whole workspace', scope: 'workspace' as const },
          ],
          { title: 'Show Sourcing Profile for…' },
        );
        if (!pick) return;
        scope = pick.scope;
      }
    }
    const data = await this.ctx.client()!.sendRequest(ProfileRequest.type, { scope, uri: article?.uri.toString() });
    const title = scope === 'article' && article ? `Sourcing profile: ${article.uri.path.split('/').pop()}` : 'Sourcing profile: workspace';
    this.profile.show(data, title);
  }

  /** The commands this module adds, by short name. */
  get commands(): Record<string, CommandSpec> {
    const mark = (type: EntityType): CommandSpec => ({ needsServer: true, run: (_c, arg) => this.markEntity(arg, type) });
    return {
      markQuote: {
        needsServer: true,
        run: async (_c, arg) => {
          const t = await this.target(arg);
          if (!t) return undefined;
          if (t.selection.start === t.selection.end) {
            void vscode.window.showInformationMessage('News Annotator: select the quoted words first.');
            return undefined;
          }
          return this.annotate(t.doc, { kind: 'markQuote', start: t.selection.start, end: t.selection.end });
        },
      },
      markEntity: { needsServer: true, run: (_c, arg) => this.markEntity(arg) },
      markPerson: mark('PERSON'),
      markOrganization: mark('ORG'),
      markPlace: mark('PLACE'),
      markDate: mark('DATE'),
      setSpeaker: { needsServer: true, run: (_c, arg, name) => this.setSpeaker(arg, typeof name === 'string' ? name : undefined) },
      acceptAnnotation: { needsServer: true, run: (_c, arg) => this.at(arg, 'accept') },
      rejectAnnotation: { needsServer: true, run: (_c, arg) => this.at(arg, 'reject') },
      removeAnnotation: { needsServer: true, run: (_c, arg) => this.at(arg, 'remove') },
      toggleQuoteClass: { needsServer: true, run: (_c, arg) => this.at(arg, 'toggleClass') },
      editNote: { needsServer: true, run: (_c, arg, note) => this.editNote(arg, typeof note === 'string' ? note : undefined) },
      undoAnnotation: { needsServer: true, run: () => this.history('undo') },
      redoAnnotation: { needsServer: true, run: () => this.history('redo') },
      showOrphans: { needsServer: true, run: () => this.showOrphans() },
      exportAnnotations: {
        needsServer: true,
        run: (_c, args) => exportAnnotations(this.ctx.client()!, this.activeArticle(), (args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {}) as ExportArgs),
      },
      importBrat: {
        needsServer: true,
        run: async (_c, ann) => {
          const article = this.activeArticle();
          if (!article) {
            void vscode.window.showInformationMessage('News Annotator: open the article to import the annotations into first.');
            return undefined;
          }
          const res = await importBrat(this.ctx.client()!, article, ann instanceof vscode.Uri ? ann : undefined);
          if (res) {
            this.report(res);
            if (res.ok) this.refreshViews();
          }
          return res;
        },
      },
      showSourcingProfile: { needsServer: true, run: (_c, scope) => this.showProfile(scope) },
      sourcesShowWorkspace: { needsServer: false, run: () => this.sources.setScope('workspace') },
      sourcesShowArticle: { needsServer: false, run: () => this.sources.setScope('article') },
      sourcesFilter: {
        needsServer: false,
        run: async () => {
          const filter = await vscode.window.showInputBox({
            title: 'Filter Sources',
            prompt: 'Show speakers whose name, or quotes whose words, contain this text',
            value: this.sources.currentFilter,
          });
          if (filter !== undefined) this.sources.setFilter(filter);
        },
      },
      sourcesClearFilter: { needsServer: false, run: () => this.sources.setFilter('') },
      sourcesRefresh: { needsServer: false, run: () => this.sources.refresh() },
      variantsRefresh: { needsServer: false, run: () => this.variants.refresh() },
      reindexWorkspace: {
        needsServer: true,
        run: async () => {
          this.lastIndex = this.indexWorkspace();
          return this.lastIndex;
        },
      },
      copyQuote: {
        needsServer: false,
        run: async (_c, node) => {
          const q = quoteOfNode(node);
          if (!q) return;
          const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(q.uri));
          const text = doc.getText(new vscode.Range(doc.positionAt(q.start), doc.positionAt(q.end)));
          await vscode.env.clipboard.writeText(text);
          vscode.window.setStatusBarMessage('$(check) Quote copied', 3000);
        },
      },
      openQuote: {
        needsServer: false,
        run: async (_c, uri, start, end) => {
          if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
          const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
          const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
          await vscode.window.showTextDocument(doc, { selection: range, preview: true });
        },
      },
    };
  }

  /** Accessors for the integration tests (through the extension's API). */
  get testApi(): UiTestApi {
    return {
      sourcesModel: () => {
        this.sources.refresh();
        return this.sources.current();
      },
      setSourcesScope: (scope) => this.sources.setScope(scope),
      setSourcesFilter: (filter) => this.sources.setFilter(filter),
      variantGroups: () => {
        this.variants.refresh();
        return this.variants.current();
      },
      statusText: async () => {
        await this.statusBar.update();
        return this.statusBar.lastText;
      },
      profileHtml: () => this.profile.html,
      indexed: () => this.lastIndex,
    };
  }

  dispose(): void {
    clearTimeout(this.sourcesTimer);
    for (const d of this.disposables) d.dispose();
  }
}
