/**
 * Registers a table of commands under one prefix. Pure (the editor API comes in as
 * `CommandHost`), so the rules are unit-tested: a command that needs the language server
 * says so when the server is not running, and a failing command is logged and shown,
 * never swallowed.
 */

export interface CommandSpec<C> {
  /** True when the command talks to the language server. */
  needsServer: boolean;
  run(ctx: C, ...args: unknown[]): unknown;
}

export interface CommandHost {
  registerCommand(id: string, handler: (...args: unknown[]) => Promise<unknown>): { dispose(): void };
  isServerRunning(): boolean;
  /** Tells the user the server is down; may offer to restart it. */
  serverNotRunning(commandId: string): Promise<void>;
  /** Logs (with the stack) and shows a failure. */
  failed(commandId: string, err: unknown): void;
}

export const COMMAND_PREFIX = 'newsAnnotator.';

/** Registers every command of `table` as `newsAnnotator.<name>`; returns the registrations. */
export function registerCommandTable<C>(host: CommandHost, ctx: C, table: Record<string, CommandSpec<C>>): { dispose(): void }[] {
  return Object.entries(table).map(([name, spec]) => {
    const id = `${COMMAND_PREFIX}${name}`;
    return host.registerCommand(id, async (...args: unknown[]) => {
      if (spec.needsServer && !host.isServerRunning()) {
        await host.serverNotRunning(id);
        return undefined;
      }
      try {
        return await spec.run(ctx, ...args);
      } catch (err) {
        host.failed(id, err);
        return undefined;
      }
    });
  });
}
