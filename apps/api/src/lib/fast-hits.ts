/**
 * Cached answers written before Fastify routes the request (docs/decisions/014). A stored answer
 * exists only for a request that Fastify answered 200 for the same data version, normalised URL,
 * Accept and Accept-Encoding, on a public route (plugins/http-cache.ts stores nothing else). So a
 * repeat of it needs only what may differ between two such requests, done here as Fastify would:
 * - the read budget of the client's address, in the limiter's own store (an exhausted budget
 *   falls through to Fastify, which answers the 429 problem);
 * - the ETag: 304 when If-None-Match names it;
 * - the data version, read once per turn of the event loop (lib/data-version-clock.ts).
 * Requests whose answer may depend on more fall through: a bearer token (an invalid one is a 401),
 * REQUIRE_LOGIN, a .docx brief (its own budget). The security headers are among the stored ones; the limiter's headers are set per answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import { DOCX_MEDIA_TYPE } from '@ipb/domain';
import type { DataVersionClock } from './data-version-clock';
import type { ResponseCache, StoredResponse } from './response-cache';

interface ReadSpent {
  max: number;
  remaining: number;
  resetSeconds: number;
  exceeded: boolean;
}

export interface FastHitsOptions {
  cache: ResponseCache;
  clock: DataVersionClock;
  /** The client's address, as Fastify's request.ip gives it (clientAddress). */
  addressOf: (req: IncomingMessage) => string;
  /** Count one read of this address; null when nothing is limited. */
  spendRead: (ip: string) => ReadSpent | Promise<ReadSpent> | null;
}

/** true: answered here; false: Fastify answers. */
export type FastHits = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

function eligible(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  if (req.method !== 'GET' || !url.startsWith('/api/') || url.startsWith('/api/auth')) return false;
  if (req.headers.authorization !== undefined) return false;
  return !(url.startsWith('/api/briefs') && (req.headers.accept ?? '').includes(DOCX_MEDIA_TYPE));
}

/** request.ip as Fastify works it out: behind TRUST_PROXY, from X-Forwarded-For as far as it trusts. */
export function clientAddress(trustProxy: string | null): (req: IncomingMessage) => string {
  if (!trustProxy) return (req) => req.socket.remoteAddress ?? '';
  const trust = proxyAddr.compile(trustProxy.split(',').map((a) => a.trim()));
  return (req) => proxyAddr(req, trust);
}

/** Write a stored answer, or leave the request to Fastify (false) when the budget is spent. */
function writeHit(req: IncomingMessage, res: ServerResponse, hit: StoredResponse, budget: ReadSpent | null): boolean {
  if (budget?.exceeded) return false;
  const notModified = req.headers['if-none-match'] === hit.etag;
  // One writeHead with the whole head, no setHeader: Node then writes it in one pass.
  let head = notModified ? hit.notModifiedHead : hit.head;
  if (budget) {
    head = notModified ? hit.limitedNotModifiedHead : hit.limitedHead;
    // The limiter's slots (response-cache.ts LIMIT_SLOTS), filled just before writeHead reads them.
    head[1] = budget.max;
    head[3] = budget.remaining;
    head[5] = budget.resetSeconds;
  }
  if (notModified) res.writeHead(304, head).end();
  else res.writeHead(200, head).end(hit.body);
  return true;
}

export function fastHits({ cache, clock, addressOf, spendRead }: FastHitsOptions): FastHits {
  // No closure is made per hit where the engine answers synchronously (SQLite: the version once
  // per turn, the budget in memory): a hit allocates what node:http needs and little else.
  const answer = (req: IncomingMessage, res: ServerResponse, version: string): boolean | Promise<boolean> => {
    const hit = cache.find(cache.at(version), req.url ?? '', req.headers.accept, req.headers['accept-encoding']);
    if (!hit) return false;
    const spent = spendRead(addressOf(req));
    return spent instanceof Promise
      ? spent.then((budget) => writeHit(req, res, hit, budget))
      : writeHit(req, res, hit, spent);
  };
  return (req, res) => {
    if (!eligible(req)) return false;
    const state = clock.now();
    return state instanceof Promise ? state.then((s) => answer(req, res, s.version)) : answer(req, res, state.version);
  };
}

/** The server's request listener: a stored answer first, else Fastify (any failure here too). */
export function withFastHits(
  fast: () => FastHits | null,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const hits = fast();
    if (!hits) return handler(req, res);
    let answered: boolean | Promise<boolean>;
    try {
      answered = hits(req, res);
    } catch {
      answered = false;
    }
    if (answered === false) handler(req, res);
    else if (answered !== true)
      answered.then(
        (done) => done || handler(req, res),
        () => handler(req, res),
      );
  };
}
