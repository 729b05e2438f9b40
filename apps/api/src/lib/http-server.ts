/**
 * The Node HTTP server the app listens with: how long a client may take, and how long a request
 * line and headers may be (issue 11: with no timeouts, 1,000 slow sockets stayed open). Headers
 * must arrive in 10 s, a whole request (a 5 MB upload included) in 30 s; an idle keep-alive
 * socket is closed after 5 s, any silent socket after 2 min; Node checks every second. A request
 * line or headers over 16 KB are refused by Node itself (431, lib/client-error.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { MAX_URL_BYTES } from '../plugins/security';

export interface Timeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
  idleMs: number;
  checkEveryMs: number;
}
export const DEFAULT_TIMEOUTS: Timeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
  idleMs: 120_000,
  checkEveryMs: 1_000,
};

/** Fastify's serverFactory: every limit in one place, whatever else the factory does. */
export function createHttpServer(
  timeouts: Timeouts,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Server {
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
      maxHeaderSize: MAX_URL_BYTES,
    },
    handler,
  );
  server.setTimeout(timeouts.idleMs);
  return server;
}
