import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { freePort, pollUntil, workbenchUrl } from './codeServer';

test('workbenchUrl puts the folder and a vscode-remote payload in the query', () => {
  // Rows: [tag, options, expected folder, expected payload].
  const rows: [string, Parameters<typeof workbenchUrl>[0], string, [string, string][]][] = [
    [
      'with tests',
      { port: 8123, folder: '/tmp/w s', extensionDevelopmentPath: '/repo', extensionTestsPath: '/repo/dist/test/integration.js' },
      '/tmp/w s',
      [
        ['extensionDevelopmentPath', 'vscode-remote://127.0.0.1:8123/repo'],
        ['extensionTestsPath', 'vscode-remote://127.0.0.1:8123/repo/dist/test/integration.js'],
      ],
    ],
    ['extension only', { port: 9, folder: '/w', extensionDevelopmentPath: '/r' }, '/w', [['extensionDevelopmentPath', 'vscode-remote://127.0.0.1:9/r']]],
  ];
  for (const [tag, opts, folder, payload] of rows) {
    const url = new URL(workbenchUrl(opts));
    assert.equal(url.host, `127.0.0.1:${opts.port}`, `[${tag}] host`);
    assert.equal(url.searchParams.get('folder'), folder, `[${tag}] folder`);
    assert.deepEqual(JSON.parse(url.searchParams.get('payload') ?? 'null'), payload, `[${tag}] payload`);
  }
});

test('freePort gives a port that can be bound', async () => {
  const port = await freePort();
  assert.ok(port > 0 && port < 65536, `[port] ${port} in range`);
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
});

test('pollUntil returns the first defined value and times out with the reason', async () => {
  let calls = 0;
  const value = await pollUntil('third call', () => (++calls >= 3 ? 'ready' : undefined), 2000, 1);
  assert.equal(value, 'ready', '[poll] value');
  assert.equal(calls, 3, '[poll] calls');
  await assert.rejects(
    pollUntil('never', () => {
      throw new Error('still broken');
    }, 30, 5),
    /timed out after 30 ms waiting for never \(last error: still broken\)/,
    '[poll] timeout message',
  );
});
