/**
 * How API responses are represented and cached:
 * - CSV: `?format=csv` or `Accept: text/csv` turns any list response into CSV (lib/to-csv.ts);
 *   a non-list response answers 406 problem+json.
 * - ETag: the data only changes on import or edit, which bumps meta.data_version; the ETag is
 *   derived from that version and the request, so If-None-Match is answered 304 before any query runs.
 */
import { createHash } from 'node:crypto';
import { getMeta } from '@ipb/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { rowsOf, toCsv } from '../lib/to-csv';

declare module 'fastify' {
  interface FastifyRequest {
    wantsCsv: boolean;
  }
}

function wantsCsv(request: FastifyRequest): boolean {
  // Read the raw URL: route schemas strip parameters they do not declare, such as format.
  if (new URL(request.url, 'http://localhost').searchParams.get('format') === 'csv') return true;
  const accept = request.headers.accept ?? '';
  return accept.includes('text/csv') && !accept.includes('application/json');
}

export default fp(async function representationPlugin(app: FastifyInstance) {
  app.decorateRequest('wantsCsv', false);

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    const version = getMeta(app.store.db, 'data_version') ?? '0';
    const variant = `${request.url}|${request.headers.accept ?? ''}`;
    const etag = `"v${version}-${createHash('sha1').update(variant).digest('base64url').slice(0, 16)}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache').header('vary', 'Accept, Accept-Encoding');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  });

  app.addHook('preHandler', async (request) => {
    request.wantsCsv = wantsCsv(request);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 200 && reply.statusCode !== 304) reply.removeHeader('etag');
    if (!request.wantsCsv || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    // Only JSON is converted; a route that already answers CSV (the import template) or HTML (the docs) is left as is.
    if (!String(reply.getHeader('content-type') ?? '').includes('json')) return payload;
    const rows = rowsOf(JSON.parse(payload));
    if (!rows) {
      reply.code(406).type('application/problem+json; charset=utf-8').removeHeader('etag');
      return JSON.stringify({
        type: 'https://ipb.local/problems/not-acceptable',
        title: 'CSV not available',
        status: 406,
        detail: `${request.url.split('?')[0]} is not a list; CSV is offered for list endpoints. Ask for JSON instead.`,
      });
    }
    const name = (request.url.split('?')[0] ?? 'export').replace(/^\/api\//, '').replace(/[^a-z0-9]+/gi, '-');
    reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`);
    return toCsv(rows, `创新政策对标 ${request.url}`);
  });
});
