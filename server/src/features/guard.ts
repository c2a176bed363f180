/**
 * Keeps one failing request from taking the server down: the error is logged with its
 * stack and the request is answered with an error the client can show.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';

export interface ErrorLog {
  error(message: string): void;
}

/** Wraps a request handler so an exception becomes a logged `ResponseError` answer. */
export function guard<P extends unknown[], R>(name: string, log: ErrorLog, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P): Promise<R> => {
    try {
      return await handler(...args);
    } catch (err) {
      if (err instanceof ResponseError) throw err;
      const message = err instanceof Error ? err.message : String(err);
      const stack = err instanceof Error && err.stack ? `\n${err.stack}` : '';
      log.error(`${name} failed: ${message}${stack}`);
      throw new ResponseError(ErrorCodes.InternalError, `News Annotator: ${name} failed: ${message}`);
    }
  };
}
