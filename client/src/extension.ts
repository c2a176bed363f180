/**
 * The News Annotator extension: starts the language server, turns plain-text articles
 * into `news-article` documents, registers the commands, and reports what goes wrong
 * in the "News Annotator" output channel.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { AnalysisRequest, type AnalysisResponse, type DocumentStatus, DocumentStatusNotification, type InitializationOptions } from '../../server/src/protocol';
import { ARTICLE_LANGUAGE, ArticleDocuments } from './articleDocuments';
import { type CommandHost, type CommandSpec as GenericCommandSpec, registerCommandTable } from './commandTable';
import { type Log, createLog, describeError } from './log';
import { RestartPolicy } from './restartPolicy';
import { Ui, type UiTestApi } from './commands/ui';

/** What other extensions (and the integration tests) can use. */
export interface NewsAnnotatorApi {
  /** True while the language server is up. */
  isServerRunning(): boolean;
  /** The server's analysis of an open article document. */
  getAnalysis(uri: vscode.Uri): Promise<AnalysisResponse>;
  /** The sidebar, status bar and profile views' data, for tests; undefined before activation finished. */
  views(): UiTestApi | undefined;
}

/** Everything a command handler may need. */
export interface CommandContext {
  extension: vscode.ExtensionContext;
  log: Log;
  articles: ArticleDocuments;
  /** The running client; commands with `needsServer` only run when it is there. */
  client(): LanguageClient | undefined;
  restartServer(): Promise<void>;
}

export type CommandSpec = GenericCommandSpec<CommandContext>;

function activeDocument(arg: unknown): vscode.TextDocument | undefined {
  if (arg instanceof vscode.Uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString());
  return vscode.window.activeTextEditor?.document;
}

async function documentFor(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return activeDocument(arg) ?? vscode.workspace.openTextDocument(arg);
  const doc = activeDocument(arg);
  if (!doc) void vscode.window.showInformationMessage('News Annotator: open an article file first.');
  return doc;
}

/** The commands, by short name; each is registered as `newsAnnotator.<name>`. */
export const commands: Record<string, CommandSpec> = {
  treatAsArticle: {
    needsServer: false,
    async run(ctx, arg) {
      const doc = await documentFor(arg);
      if (!doc) return;
      await ctx.articles.treatAsArticle(doc);
      ctx.log.info(`Treating ${doc.uri.fsPath || doc.uri.toString()} as an article.`);
      // From the explorer's context menu the file may not be on screen yet: show it.
      if (arg instanceof vscode.Uri && !vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === doc.uri.toString())) {
        await vscode.window.showTextDocument(doc.uri, { preview: true });
      }
    },
  },
  treatAsPlainText: {
    needsServer: false,
    async run(ctx, arg) {
      const doc = await documentFor(arg);
      if (!doc) return;
      const matched = ctx.articles.matchesPatterns(doc.uri);
      await ctx.articles.treatAsPlainText(doc);
      if (matched) {
        void vscode.window.showInformationMessage(
          'News Annotator: this file matches the setting newsAnnotator.filePatterns, so it will be an article again next time it opens. Change that setting to stop it for good.',
        );
      }
    },
  },
  restartServer: {
    needsServer: false,
    run: (ctx) => ctx.restartServer(),
  },
  showLog: {
    needsServer: false,
    run: (ctx) => ctx.log.channel.show(),
  },
  showAnalysis: {
    needsServer: true,
    async run(ctx, arg) {
      const doc = await documentFor(arg);
      if (!doc) return;
      if (doc.languageId !== ARTICLE_LANGUAGE) {
        void vscode.window.showInformationMessage('News Annotator: this file is not an article. Run "News Annotator: Treat This File as an Article" first.');
        return;
      }
      const response = await ctx.client()!.sendRequest(AnalysisRequest.type, { uri: doc.uri.toString() });
      const json = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(response, null, 2) });
      await vscode.window.showTextDocument(json, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    },
  },
};

function registerCommands(ctx: CommandContext, table: Record<string, CommandSpec>): void {
  const host: CommandHost = {
    registerCommand: (id, handler) => vscode.commands.registerCommand(id, handler),
    isServerRunning: () => ctx.client()?.isRunning() ?? false,
    async serverNotRunning() {
      const choice = await vscode.window.showWarningMessage(
        'News Annotator: the language server is not running, so this command cannot run.',
        'Restart Server',
        'Show Log',
      );
      if (choice === 'Restart Server') await ctx.restartServer();
      if (choice === 'Show Log') ctx.log.channel.show();
    },
    failed(id, err) {
      ctx.log.error(`Command ${id} failed`, err);
      void vscode.window.showErrorMessage(`News Annotator: ${describeError(err)}`);
    },
  };
  ctx.extension.subscriptions.push(...registerCommandTable(host, ctx, table));
}

function showDocumentStatus(log: Log, shown: Map<string, string>, status: DocumentStatus): void {
  const before = shown.get(status.uri);
  shown.set(status.uri, status.state);
  if (status.state === 'full' || before === status.state) return;
  log.warn(`${status.uri}: ${status.message}`);
  const show = status.state === 'degraded' ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
  void show(`News Annotator: ${status.message}`, 'Show Log').then((choice) => {
    if (choice) log.channel.show();
  });
}

function createClient(context: vscode.ExtensionContext, log: Log, policy: RestartPolicy): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: ARTICLE_LANGUAGE, scheme: 'file' },
      { language: ARTICLE_LANGUAGE, scheme: 'untitled' },
    ],
    outputChannel: log.channel,
    initializationOptions: { documentStatusNotifications: true, storagePath: context.storageUri?.fsPath } satisfies InitializationOptions,
    synchronize: { configurationSection: 'newsAnnotator' },
    errorHandler: {
      error: (error, _message, count) => {
        log.error(`Connection to the language server failed (${count ?? 1})`, error);
        return { action: (count ?? 1) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
      },
      closed: () => {
        const decision = policy.onStopped();
        if (decision.restart) {
          log.warn(`The language server stopped; restarting it (stop ${decision.recentStops} of at most ${policy.maxRestarts + 1} in ${policy.windowMs / 60000} minutes).`);
          return { action: CloseAction.Restart, handled: true };
        }
        log.error(`The language server stopped ${decision.recentStops} times in ${policy.windowMs / 60000} minutes; not restarting it.`);
        return {
          action: CloseAction.DoNotRestart,
          message: `News Annotator: the language server stopped ${decision.recentStops} times in a few minutes, so it was not restarted. Run "News Annotator: Restart Server" to try again, and see the "News Annotator" output for the cause.`,
        };
      },
    },
  };
  return new LanguageClient('newsAnnotator', 'News Annotator', serverOptions, clientOptions);
}

let client: LanguageClient | undefined;
let ui: Ui | undefined;

function showActivationError(log: Log, what: string, err: unknown): void {
  log.error(what, err);
  void vscode.window.showErrorMessage(`${what}: ${describeError(err)}`, 'Show Log').then((choice) => {
    if (choice) log.channel.show();
  });
}

export async function activate(context: vscode.ExtensionContext): Promise<NewsAnnotatorApi> {
  const log = createLog();
  context.subscriptions.push(log.channel);
  try {
    await setUp(context, log);
  } catch (err) {
    showActivationError(log, 'News Annotator could not start', err);
  }
  return {
    isServerRunning: () => client?.isRunning() ?? false,
    async getAnalysis(uri) {
      if (!client?.isRunning()) throw new Error('The News Annotator language server is not running.');
      return client.sendRequest(AnalysisRequest.type, { uri: uri.toString() });
    },
    views: () => ui?.testApi,
  };
}

async function setUp(context: vscode.ExtensionContext, log: Log): Promise<void> {
  const policy = new RestartPolicy();
  const statusShown = new Map<string, string>();
  const articles = new ArticleDocuments(context.workspaceState, log);
  context.subscriptions.push(articles);

  const startClient = async (): Promise<void> => {
    client = createClient(context, log, policy);
    client.onNotification(DocumentStatusNotification.type, (status) => showDocumentStatus(log, statusShown, status));
    ui?.attach(client);
    await client.start();
    log.info('Language server started.');
  };

  const ctx: CommandContext = {
    extension: context,
    log,
    articles,
    client: () => client,
    async restartServer() {
      policy.reset();
      statusShown.clear();
      try {
        if (!client) await startClient();
        else if (client.state === State.Stopped) await client.start();
        else await client.restart();
        log.info('Language server restarted.');
      } catch (err) {
        log.error('Restarting the language server failed', err);
        void vscode.window.showErrorMessage(`News Annotator: the language server did not restart: ${describeError(err)}`);
      }
    },
  };
  ui = new Ui(ctx);
  context.subscriptions.push(ui);
  registerCommands(ctx, { ...commands, ...ui.commands });
  context.subscriptions.push(
    vscode.workspace.onDidCloseTextDocument((doc) => statusShown.delete(doc.uri.toString())),
  );

  // Switch matching .txt files first, so the server starts with them already open as articles.
  articles.considerAll();
  try {
    await startClient();
  } catch (err) {
    showActivationError(log, 'News Annotator failed to start its language server', err);
  }
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
