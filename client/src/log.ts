/**
 * The one "News Annotator" output channel, levelled (a LogOutputChannel). Errors reveal
 * it without taking focus, so a failure is seen, never swallowed.
 */
import * as vscode from 'vscode';

export interface Log {
  readonly channel: vscode.LogOutputChannel;
  trace(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  /** Logs with the stack when `err` is an Error, and reveals the channel. */
  error(message: string, err?: unknown): void;
}

export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : JSON.stringify(err);
}

export function createLog(): Log {
  const channel = vscode.window.createOutputChannel('News Annotator', { log: true });
  return {
    channel,
    trace: (m) => channel.trace(m),
    info: (m) => channel.info(m),
    warn: (m) => channel.warn(m),
    error: (m, err) => {
      const detail = err === undefined ? '' : `: ${err instanceof Error && err.stack ? err.stack : describeError(err)}`;
      channel.error(`${m}${detail}`);
      channel.show(true);
    },
  };
}
