import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { guard } from './guard';

test('guard: results pass through, exceptions become logged internal errors', async () => {
  const logged: string[] = [];
  const log = { error: (m: string) => logged.push(m) };
  const rows: [string, () => unknown, { value?: unknown; code?: number; logged: boolean }][] = [
    ['value', () => 42, { value: 42, logged: false }],
    ['async value', async () => 'x', { value: 'x', logged: false }],
    ['thrown Error', () => { throw new TypeError('bad offset'); }, { code: ErrorCodes.InternalError, logged: true }],
    ['rejected promise', async () => { throw new Error('boom'); }, { code: ErrorCodes.InternalError, logged: true }],
    ['ResponseError kept as is, not logged', () => { throw new ResponseError(ErrorCodes.InvalidParams, 'no uri'); }, { code: ErrorCodes.InvalidParams, logged: false }],
  ];
  for (const [tag, handler, expected] of rows) {
    logged.length = 0;
    const wrapped = guard('test request', log, handler);
    if ('value' in expected) {
      assert.equal(await wrapped(), expected.value, tag);
    } else {
      await assert.rejects(wrapped(), (err: unknown) => err instanceof ResponseError && err.code === expected.code, tag);
    }
    assert.equal(logged.length > 0, expected.logged, `${tag}: logged`);
    if (expected.logged) assert.match(logged[0], /test request failed: .+\n.*at /s, `${tag}: message and stack`);
  }
});
