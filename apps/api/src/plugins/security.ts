/**
 * What protects every response and limits every client (issue 11, docs/decisions/013):
 * - security headers from helmet, computed once (lib/security-headers.ts): a Content-Security-Policy without inline scripts and
 *   with frame-ancestors 'none', X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer;
 * - request rate limits per client address with @fastify/rate-limit (reads and writes of /api
 *   apart, and .docx briefs apart from reads), and for logins a limit per address and one per address and user name;
 * - a URL longer than MAX_URL_BYTES answers 431 (Node refuses such a request line itself on a
 *   real socket; this covers app.inject and a raised header limit).
 * Registered before the routes: the limiter attaches itself to routes as they are added. With
 * `sharedCounters` (PostgreSQL: several instances) the counts live in the database, else in memory.
 */
import rateLimit from '@fastify/rate-limit';
import { DOCX_MEDIA_TYPE } from '@ipb/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../lib/http-problem';
import { databaseRateLimitStore, memoryRateLimitStore } from '../lib/rate-limit-store';
import { applySecurityHeaders, securityHeaders } from '../lib/security-headers';

export const MAX_URL_BYTES = 16 * 1024;

export interface RateLimits {
  /** GET/HEAD requests to /api per client address and minute. */
  readsPerMinute: number;
  /** .docx briefs per client address and minute (each draws charts and builds a document); reads' limit if unset. */
  briefsPerMinute?: number;
  /** Other requests to /api per client address and minute. */
  writesPerMinute: number;
  /** Login attempts per client address in 10 minutes, whatever the name. */
  loginsPerAddress: number;
  /** Login attempts per client address and user name in 10 minutes. */
  loginsPerName: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  readsPerMinute: 1200,
  briefsPerMinute: 30,
  writesPerMinute: 120,
  loginsPerAddress: 100,
  loginsPerName: 10,
};

/** One read counted against an address's budget, as the limiter would count it. */
export interface ReadSpent {
  max: number;
  remaining: number;
  resetSeconds: number;
  exceeded: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Throws 429 when this address (and name) has tried to log in too often. */
    checkLoginRate(request: FastifyRequest): Promise<void>;
    /**
     * Count a GET to /api from `ip` in the limiter's own store, for answers written before Fastify
     * routes the request (lib/fast-hits.ts); null when there are no limits.
     */
    spendRead(ip: string): ReadSpent | Promise<ReadSpent> | null;
  }
}

const WINDOW_MS = 60_000;

const isRead = (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD';
const isDocxBrief = (request: FastifyRequest) =>
  request.url.startsWith('/api/briefs') && (request.headers.accept ?? '').includes(DOCX_MEDIA_TYPE);

/** Which budget a request spends: a .docx brief costs far more than a read, so it has its own. */
function budget(request: FastifyRequest, limits: RateLimits): { key: string; max: number } {
  if (isDocxBrief(request)) return { key: 'brief', max: limits.briefsPerMinute ?? limits.readsPerMinute };
  return isRead(request) ? { key: 'read', max: limits.readsPerMinute } : { key: 'write', max: limits.writesPerMinute };
}

function tooMany(seconds: number, what: string): HttpProblem {
  return new HttpProblem(429, 'Too many requests', `${what} Try again in ${seconds} s.`, {
    code: 'rate-limited',
    params: { retryAfterSeconds: seconds },
    headers: { 'retry-after': String(seconds) },
  });
}

const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // ECharts writes style attributes into its tooltips; styles cannot run code, scripts stay 'self'.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export default fp(async function securityPlugin(
  app: FastifyInstance,
  opts: { rateLimits: RateLimits | false; sharedCounters: boolean },
) {
  // Callback hooks here and below: no promise per request for what is synchronous.
  app.addHook('onRequest', (request, _reply, done) => {
    if (Buffer.byteLength(request.raw.url ?? '') <= MAX_URL_BYTES) return done();
    done(
      new HttpProblem(431, 'URL too long', `The URL is longer than ${MAX_URL_BYTES} bytes; ask for less at once.`, {
        code: 'url-too-long',
        params: { maxBytes: MAX_URL_BYTES },
      }),
    );
  });

  const headers = securityHeaders({
    // No upgrade-insecure-requests: the bureau may serve plain HTTP on its intranet.
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  // Sync and first of the hooks that set headers, as @fastify/helmet's was: every answer has them,
  // problems and cached answers included.
  app.addHook('onRequest', (_request, reply, done) => {
    applySecurityHeaders(reply.raw, headers);
    done();
  });

  const limits = opts.rateLimits;
  const stores = opts.sharedCounters ? databaseRateLimitStore(() => app.store.engine) : memoryRateLimitStore();
  await app.register(rateLimit, {
    global: limits !== false,
    store: stores.Store,
    max: (request) => (limits === false ? 0 : budget(request, limits).max),
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => `${limits === false ? 'none' : budget(request, limits).key}|${request.ip}`,
    allowList: (request) => limits === false || !request.url.startsWith('/api/'),
    errorResponseBuilder: (_request, context) =>
      tooMany(Math.ceil(context.ttl / 1000), `This address sent more than ${context.max} requests in a minute.`),
  });

  // Made once, not per call: a cached answer spends a read on every request (lib/fast-hits.ts).
  const readsMax = limits === false ? 0 : limits.readsPerMinute;
  const readSpent = (count: { current: number; ttl: number }): ReadSpent => ({
    max: readsMax,
    remaining: Math.max(0, readsMax - count.current),
    resetSeconds: Math.ceil(count.ttl / 1000),
    exceeded: count.current > readsMax,
  });
  app.decorate('spendRead', (ip: string) => {
    if (limits === false) return null;
    const count = stores.spend(`read|${ip}`, WINDOW_MS);
    return count instanceof Promise ? count.then(readSpent) : readSpent(count);
  });

  const window = 10 * 60_000;
  const perAddress = app.createRateLimit({
    max: limits === false ? 1 : limits.loginsPerAddress,
    timeWindow: window,
    keyGenerator: (request) => `login|${request.ip}`,
  });
  const byName = app.createRateLimit({
    max: limits === false ? 1 : limits.loginsPerName,
    timeWindow: window,
    // The body is parsed by then: the name is the normalised one the login checks.
    keyGenerator: (request) =>
      `login|${request.ip}|${(request.body as { username?: string } | undefined)?.username ?? ''}`,
  });
  app.decorate('checkLoginRate', async (request: FastifyRequest) => {
    if (limits === false) return;
    for (const check of [perAddress, byName]) {
      const state = await check(request);
      if (!state.isAllowed && state.isExceeded)
        throw tooMany(state.ttlInSeconds, 'Too many login attempts from this address.');
    }
  });
});
