/**
 * ETags and the response cache (docs/decisions/006 and 014).
 * - ETag: the data only changes on import or edit, which bumps meta.data_version; the ETag is that
 *   version plus a hash of the normalised URL and Accept, so If-None-Match is answered 304 before
 *   any query runs (after authentication and the rate limit, like a cached answer).
 * - Response cache (when given one): a public GET /api/ response that went out 200 is kept as the
 *   bytes that went out, compressed here for the client's Accept-Encoding; the next equal request
 *   is answered from it in preValidation: after authentication and the rate limit, with the
 *   security headers helmet set on this reply.
 *   Routes that need a role, the auth routes, and responses that set a cookie are never cached.
 */
import { hash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type DataState, readDataState } from '@ipb/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DataVersionClock } from '../lib/data-version-clock';
import { type ResponseCache, resourceOf, variantOfResource } from '../lib/response-cache';

declare module 'fastify' {
  interface FastifyInstance {
    /** The data version the cache and ETags key on, read at most once per event-loop turn. */
    dataVersionClock: DataVersionClock;
  }
  interface FastifyRequest {
    /** The data version and data/'s hash as this GET /api/ request read them first (null: not read). */
    dataState: DataState | null;
    /** Set when this response may be stored: the version and variant to store it under. */
    cacheSlot: { version: string; variant: string } | null;
    cacheHit: boolean;
    /** The ETag of this GET /api/ response, answered 304 when If-None-Match names it. */
    etag: string | null;
  }
  interface FastifyContextConfig {
    /** false: never cache this route's responses. */
    cache?: boolean;
  }
}

/** Headers that belong to one exchange, not to the resource. */
const NOT_STORED = new Set(['date', 'content-length', 'set-cookie', 'retry-after', 'connection', 'keep-alive']);
const COMPRESSIBLE = /json|csv|text|javascript|xml/;
const MIN_COMPRESS_BYTES = 1024;

/** br, then gzip, when the client accepts them (q > 0); otherwise identity. */
export function negotiateEncoding(header: string | undefined): 'br' | 'gzip' | 'identity' {
  if (!header) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : 'identity';
}

function encode(payload: string | Buffer, request: FastifyRequest, reply: FastifyReply): Buffer {
  const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const type = String(reply.getHeader('content-type') ?? '');
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  if (encoding === 'identity' || bytes.length < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(type)) return bytes;
  reply.header('content-encoding', encoding);
  // The same settings as @fastify/compress, which compresses whatever is not cached.
  return encoding === 'br'
    ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
    : gzipSync(bytes);
}

function storedHeaders(reply: FastifyReply): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined && !NOT_STORED.has(name) && !name.startsWith('x-ratelimit')) headers[name] = value;
  }
  return headers;
}

const cacheable = (request: FastifyRequest) =>
  request.method === 'GET' &&
  !request.url.startsWith('/api/auth') &&
  !request.routeOptions.config?.role &&
  request.routeOptions.config?.cache !== false;

export default fp(async function httpCachePlugin(app: FastifyInstance, opts: { cache: ResponseCache | null }) {
  const { cache } = opts;
  // The version is read from the database, which every instance shares: a write on any instance
  // changes it, and every instance's cache and ETags follow (docs/decisions/016). Requests that
  // reach Fastify read it afresh; cached answers written before it, once per turn (lib/fast-hits.ts).
  const clock = new DataVersionClock(() => readDataState(app.store.engine));
  app.decorate('dataVersionClock', clock);
  app.decorateRequest('dataState', null);
  app.decorateRequest('cacheSlot', null);
  app.decorateRequest('cacheHit', false);
  app.decorateRequest('etag', null);

  /** The ETag, and where a 200 may be stored, for this version of the data. */
  const tag = (request: FastifyRequest, reply: FastifyReply, latest: string) => {
    const version = cache ? cache.at(latest) : latest;
    // The URL normalised once for the ETag and the slot (the slot's variant by variantOfResource);
    // the one-shot hash, not a Hash object per request: the same digest.
    const resource = resourceOf(request.url, request.headers.accept);
    const etag = `"v${version}-${hash('sha1', resource, 'base64url').slice(0, 16)}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache').header('vary', 'Accept, Accept-Encoding');
    request.etag = etag;
    if (cache && cacheable(request)) {
      request.cacheSlot = { version, variant: variantOfResource(resource, request.headers['accept-encoding']) };
    }
  };

  // A callback hook: no async function's promise on top of the read's.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'GET' || !request.url.startsWith('/api/') || request.url.startsWith('/api/docs'))
      return done();
    clock
      .fresh()
      .then((latest) => {
        // Kept for the route: the indicator it names is held under this hash (requireIndicator).
        request.dataState = latest;
        tag(request, reply, latest.version);
      })
      .then(() => done(), done);
  });

  // After every onRequest hook, the route-level ones included: authentication, and the rate limit
  // (@fastify/rate-limit attaches itself to each route, so it runs after the app's own hooks).
  // Callback hooks (no promise per request): an answer sent here is not followed by done().
  app.addHook('preValidation', (request, reply, done) => {
    if (request.etag && request.headers['if-none-match'] === request.etag) {
      reply.code(304).send();
      return;
    }
    const slot = request.cacheSlot;
    const hit = slot && cache?.get(slot.version, slot.variant);
    if (!hit) return done();
    request.cacheHit = true;
    reply.headers(hit.headers).send(hit.body);
  });

  /** The payload to send: stored first when this answer may be (compressed here for the client). */
  const store = (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.statusCode !== 200 && reply.statusCode !== 304) reply.removeHeader('etag');
    const slot = request.cacheSlot;
    if (!cache || !slot || request.cacheHit || reply.statusCode !== 200) return payload;
    if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || reply.hasHeader('set-cookie')) return payload;
    if (String(reply.getHeader('cache-control')).includes('no-store')) return payload;
    const body = encode(payload, request, reply);
    cache.set(slot.version, slot.variant, {
      etag: String(reply.getHeader('etag')),
      headers: storedHeaders(reply),
      body,
    });
    return body;
  };

  app.addHook('onSend', (request, reply, payload, done) => {
    let sent: unknown;
    try {
      sent = store(request, reply, payload);
    } catch (err) {
      return done(err as Error);
    }
    done(null, sent);
  });
});
