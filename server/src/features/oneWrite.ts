/**
 * The server's output stream over stdio. vscode-jsonrpc writes each message as two chunks,
 * the `Content-Length` header and then the body, and a pipe to the editor passes on each
 * write at once: two system calls, and the editor wakes up twice, for the header alone and
 * then for the body. This stream holds a header back and writes it together with the body
 * that follows, so each message is one write. Anything else passes through in order.
 */
import { Writable } from 'node:stream';

/** A chunk that is a whole header block: it ends with the blank line before a body. */
function isHeader(chunk: unknown): chunk is string {
  return typeof chunk === 'string' && chunk.endsWith('\r\n\r\n');
}

export class OneWritePerMessage extends Writable {
  private held: Buffer | null = null;

  constructor(private readonly target: NodeJS.WritableStream) {
    super({ decodeStrings: false });
    // An output that fails (the editor went away) fails this stream too, so the writer sees it.
    target.on('error', (err: Error) => this.destroy(err));
  }

  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (isHeader(chunk) && this.held === null) {
      this.held = Buffer.from(chunk, 'ascii');
      callback();
      return;
    }
    let data = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    if (this.held) {
      data = Buffer.concat([this.held, data]);
      this.held = null;
    }
    this.target.write(data, (err?: Error | null) => callback(err));
  }

  override _final(callback: (error?: Error | null) => void): void {
    const rest = this.held;
    this.held = null;
    if (rest) this.target.write(rest, (err?: Error | null) => callback(err));
    else callback();
  }
}
