import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type CommandHost, type CommandSpec, registerCommandTable } from './commandTable';

function fakeHost(running: boolean) {
  const handlers = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const events: string[] = [];
  const host: CommandHost = {
    registerCommand: (id, handler) => {
      handlers.set(id, handler);
      return { dispose: () => handlers.delete(id) };
    },
    isServerRunning: () => running,
    serverNotRunning: async (id) => void events.push(`not running: ${id}`),
    failed: (id, err) => void events.push(`failed: ${id}: ${(err as Error).message}`),
  };
  return { host, handlers, events };
}

const table: Record<string, CommandSpec<{ calls: string[] }>> = {
  local: { needsServer: false, run: (ctx, arg) => (ctx.calls.push(`local ${String(arg)}`), 'local result') },
  remote: { needsServer: true, run: async (ctx) => (ctx.calls.push('remote'), 'remote result') },
  broken: { needsServer: false, run: () => { throw new Error('no editor'); } },
};

test('commandTable: registration, server check and failures', async () => {
  const rows: [string, boolean, string, unknown, string[], string[]][] = [
    ['local command runs without a server', false, 'newsAnnotator.local', 'local result', ['local 7'], []],
    ['server command refused when the server is down', false, 'newsAnnotator.remote', undefined, [], ['not running: newsAnnotator.remote']],
    ['server command runs when the server is up', true, 'newsAnnotator.remote', 'remote result', ['remote'], []],
    ['a throwing command is reported, not swallowed', true, 'newsAnnotator.broken', undefined, [], ['failed: newsAnnotator.broken: no editor']],
  ];
  for (const [tag, running, id, result, calls, events] of rows) {
    const { host, handlers, events: seen } = fakeHost(running);
    const ctx = { calls: [] as string[] };
    const registrations = registerCommandTable(host, ctx, table);
    assert.deepEqual([...handlers.keys()], ['newsAnnotator.local', 'newsAnnotator.remote', 'newsAnnotator.broken'], `${tag}: ids`);
    assert.equal(await handlers.get(id)!(7), result, `${tag}: result`);
    assert.deepEqual(ctx.calls, calls, `${tag}: calls`);
    assert.deepEqual(seen, events, `${tag}: events`);
    registrations.forEach((r) => r.dispose());
    assert.equal(handlers.size, 0, `${tag}: disposed`);
  }
});
