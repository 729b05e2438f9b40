/**
 * Helmet's security headers, computed once. @fastify/helmet builds helmet's middleware again on
 * every request (about 20 µs, the largest app-level cost of a cached answer: decision 014), for
 * headers that depend only on the configuration. So helmet runs once here, against a recorder,
 * and each response gets the recorded headers set on it, as helmet would set them.
 */
import type { ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

export interface SecurityHeaders {
  /** [name, value] pairs to set on every response. */
  set: ReadonlyArray<readonly [string, string]>;
  /** Headers helmet removes (X-Powered-By). */
  removed: readonly string[];
}

export function securityHeaders(options: HelmetOptions): SecurityHeaders {
  const set: Array<[string, string]> = [];
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
      return recorder;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  helmet(options)({} as never, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  return { set, removed };
}

export function applySecurityHeaders(res: ServerResponse, headers: SecurityHeaders): void {
  for (const name of headers.removed) res.removeHeader(name);
  for (const [name, value] of headers.set) res.setHeader(name, value);
}
