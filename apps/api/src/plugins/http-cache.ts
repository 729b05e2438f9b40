/**
 * ETags and the response cache (docs/decisions/006 and 014).
 * - ETag: the data only changes on import or edit, which bumps meta.data_version; the ETag is that
 *   version plus a hash of the normalised URL and Accept, so If-None-Match is answered 304 before
 *   any query runs (after authentication and the rate limit, like a cached answer).
 * - Response cache (when given one): a public GET /api/ response that went out 200 is kept as the
 *   bytes that went out, compressed here for the client's Accept-Encoding; the next equal request
 *   is written from it to the socket by the route's last onRequest hook: after authentication and
 *   the rate limit, with the security headers helmet set on this reply, and nothing else run.
 *   Routes that need a role, the auth routes, and responses that set a cookie are never cached.
 */
import { createHash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dataVersion } from '@ipb/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type CachedResponse, type ResponseCache, variantOf } from '../lib/response-cache';

declare module 'fastify' {
  interface FastifyRequest {
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

/** A GET /api/ route's response, as far as this plugin is concerned. */
const isApiGet = (request: FastifyRequest) =>
  request.method === 'GET' && request.url.startsWith('/api/') && !request.url.startsWith('/api/docs');

/**
 * Write a stored response straight to the socket: no parsing, validation, handler, serialiser or
 * onSend hook has anything left to do. The headers set on this reply so far (helmet's, the rate
 * limit's) go out with the stored ones.
 */
function sendStored(request: FastifyRequest, reply: FastifyReply, hit: CachedResponse): void {
  const headers = { ...hit.headers, ...(reply.getHeaders() as OutgoingHttpHeaders) };
  reply.hijack();
  if (request.headers['if-none-match'] === hit.etag) {
    delete headers['content-type'];
    delete headers['content-encoding'];
    reply.raw.writeHead(304, headers).end();
    return;
  }
  headers['content-length'] = hit.body.length;
  reply.raw.writeHead(200, headers).end(hit.body);
}

export default fp(async function httpCachePlugin(app: FastifyInstance, opts: { cache: ResponseCache | null }) {
  const { cache } = opts;
  cache?.attach(() => dataVersion(app.store.db));
  app.decorateRequest('cacheSlot', null);
  app.decorateRequest('cacheHit', false);
  app.decorateRequest('etag', null);

  /**
   * The last onRequest hook of every route: after the app's own (URL length, helmet, authentication)
   * and after the rate limit, which @fastify/rate-limit appends to each route when it is added, as
   * this does, having been registered first. A hit or a 304 is answered here, before anything else.
   */
  function answerEarly(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
    if (!isApiGet(request)) {
      done();
      return;
    }
    const version = cache ? cache.versionNow() : dataVersion(app.store.db);
    if (cache && cacheable(request)) {
      const variant = variantOf(request.url, request.headers.accept, request.headers['accept-encoding']);
      const hit = cache.get(version, variant);
      if (hit) {
        request.cacheHit = true;
        sendStored(request, reply, hit);
        return;
      }
      request.cacheSlot = { version, variant };
    }
    const hash = createHash('sha1').update(variantOf(request.url, request.headers.accept, undefined));
    const etag = `"v${version}-${hash.digest('base64url').slice(0, 16)}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache').header('vary', 'Accept, Accept-Encoding');
    request.etag = etag;
    if (request.headers['if-none-match'] === etag) {
      reply.hijack();
      reply.raw.writeHead(304, reply.getHeaders() as OutgoingHttpHeaders).end();
      return;
    }
    done();
  }

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.includes('GET')) return;
    const hooks = route.onRequest;
    route.onRequest = [...(Array.isArray(hooks) ? hooks : hooks ? [hooks] : []), answerEarly];
  });

  app.addHook('onSend', async (request, reply, payload) => {
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
  });
});
