import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { PassThrough } from 'node:stream';
import { OneWritePerMessage } from './oneWrite';

/** A target that records each write it gets, as text. */
function recorder(): { target: Writable; writes: string[] } {
  const writes: string[] = [];
  const target = new Writable({
    write(chunk: Buffer, _enc, cb) {
      writes.push(chunk.toString('utf8'));
      cb();
    },
  });
  return { target, writes };
}

function write(stream: Writable, chunk: string | Buffer, encoding?: BufferEncoding): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error | null) => (err ? reject(err) : resolve());
    if (encoding) stream.write(chunk, encoding, done);
    else stream.write(chunk, done);
  });
}

type Row = [tag: string, chunks: (string | Buffer)[], expected: string[]];

const header = 'Content-Length: 2\r\n\r\n';
const rows: Row[] = [
  ['header and body become one write', [header, Buffer.from('{}')], [`${header}{}`]],
  ['two messages, two writes', [header, Buffer.from('{}'), 'Content-Length: 4\r\n\r\n', Buffer.from('null')], [`${header}{}`, 'Content-Length: 4\r\n\r\nnull']],
  ['a body with no header passes through', [Buffer.from('abc')], ['abc']],
  ['text that is not a header passes through', ['plain text', Buffer.from('x')], ['plain text', 'x']],
  ['non-ASCII bodies keep their bytes', ['Content-Length: 6\r\n\r\n', Buffer.from('“é”', 'utf8')], ['Content-Length: 6\r\n\r\n“é”']],
];

for (const [tag, chunks, expected] of rows) {
  test(`oneWrite: ${tag}`, async () => {
    const { target, writes } = recorder();
    const out = new OneWritePerMessage(target);
    for (const c of chunks) await write(out, c, typeof c === 'string' ? 'ascii' : undefined);
    assert.deepEqual(writes, expected, tag);
  });
}

test('oneWrite: a header left waiting is written when the stream ends', async () => {
  const { target, writes } = recorder();
  const out = new OneWritePerMessage(target);
  await write(out, header, 'ascii');
  assert.deepEqual(writes, [], 'held while the body may still come');
  await new Promise<void>((resolve) => out.end(resolve));
  assert.deepEqual(writes, [header], 'written at the end');
});

test('oneWrite: messages written by vscode-jsonrpc arrive whole, one write each', async () => {
  const wire = new PassThrough();
  const writes: number[] = [];
  const counting = new Writable({
    write(chunk: Buffer, _enc, cb) {
      writes.push(chunk.length);
      wire.write(chunk, cb);
    },
  });
  const writer = new StreamMessageWriter(new OneWritePerMessage(counting));
  const reader = new StreamMessageReader(wire);
  const got: unknown[] = [];
  reader.listen((m) => got.push(m));
  const messages = [
    { jsonrpc: '2.0', id: 1, result: { data: [0, 1, 2, 3, 4] } },
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'Paris — “ok”' } },
  ];
  for (const m of messages) await writer.write(m as never);
  for (let i = 0; i < 100 && got.length < messages.length; i++) await new Promise((r) => setImmediate(r));
  assert.deepEqual(got, messages, 'the reader gets every message');
  assert.equal(writes.length, messages.length, 'one write per message');
  reader.dispose();
  writer.dispose();
});

test('oneWrite: a failing target fails the write', async () => {
  const target = new Writable({
    write(_chunk, _enc, cb) {
      cb(new Error('EPIPE'));
    },
  });
  target.on('error', () => undefined);
  const out = new OneWritePerMessage(target);
  out.on('error', () => undefined);
  await write(out, header, 'ascii');
  await assert.rejects(write(out, Buffer.from('{}')), /EPIPE/, 'the body write reports the failure');
});
