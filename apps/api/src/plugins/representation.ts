/**
 * How API responses are represented:
 * - CSV: `?format=csv` or `Accept: text/csv` turns any list response into CSV (lib/to-csv.ts);
 *   a non-list response answers 406 problem+json. A route is a list when its 200 response schema
 *   has `items` (or `series` of `points`); such a route gets the shared `format` query parameter
 *   (FormatQuerySchema, so it is documented and a bad value is a 400) and CSV columns derived from
 *   that schema once, when the route is added.
 * ETags and caching are in http-cache.ts.
 */
import { FormatQuerySchema } from '@ipb/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { type CsvColumn, csvColumns, type JsonSchema, rowsOf, toCsv } from '../lib/to-csv';
import { HttpProblem, problemBody } from './problem';

declare module 'fastify' {
  interface FastifyRequest {
    wantsCsv: boolean;
  }
  interface FastifyContextConfig {
    /** Set for list routes: the columns of their CSV, from the 200 response schema. */
    csvColumns?: CsvColumn[];
  }
}

/** The CSV columns of a route, from its 200 response schema (as OpenAPI describes it); null when it is no list. */
function routeCsvColumns(route: Pick<RouteOptions, 'schema'>): CsvColumn[] | null {
  const response = (route.schema?.response as Record<string, unknown> | undefined)?.['200'];
  if (!(response instanceof z.ZodType)) return null;
  return csvColumns(z.toJSONSchema(response, { io: 'output', unrepresentable: 'any' }) as JsonSchema);
}

/**
 * Whether the raw URL asks for `format=csv`, as the WHATWG URL parser reads it. Parsed only when
 * its query could name the parameter: as written, or percent-encoded (`%66ormat`), or split by the
 * tabs and newlines the parser drops, or behind a `#`; most requests have none of these.
 */
export function asksCsvFormat(url: string): boolean {
  const q = url.indexOf('?');
  if (q < 0 || (url.indexOf('format', q) < 0 && !/[%#\t\n\r]/.test(url))) return false;
  return new URL(url, 'http://localhost').searchParams.get('format') === 'csv';
}

function wantsCsv(request: FastifyRequest): boolean {
  // Read the raw URL: only list routes declare format; the others strip it but must still answer 406.
  if (asksCsvFormat(request.url)) return true;
  const accept = request.headers.accept ?? '';
  return accept.includes('text/csv') && !accept.includes('application/json');
}

/** A list's JSON payload as CSV; a 406 problem for anything else (the route is no list). */
function asCsv(request: FastifyRequest, reply: FastifyReply, payload: string): string {
  // Only JSON is converted; a route that already answers CSV (the import template) or HTML (the docs) is left as is.
  if (!String(reply.getHeader('content-type') ?? '').includes('json')) return payload;
  const columns = request.routeOptions.config?.csvColumns;
  const rows = columns ? rowsOf(JSON.parse(payload)) : null;
  if (!columns || !rows) {
    reply.code(406).type('application/problem+json; charset=utf-8').removeHeader('etag');
    const detail = `${request.url.split('?')[0]} is not a list; CSV is offered for list endpoints. Ask for JSON instead.`;
    const problem = new HttpProblem(406, 'CSV not available', detail, { code: 'not-acceptable' });
    return JSON.stringify(problemBody(problem, request.url.split('?')[0]));
  }
  const name = (request.url.split('?')[0] ?? 'export').replace(/^\/api\//, '').replace(/[^a-z0-9]+/gi, '-');
  reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`);
  return toCsv(rows, columns, `创新政策对标 ${request.url}`);
}

export default fp(async function representationPlugin(app: FastifyInstance) {
  app.decorateRequest('wantsCsv', false);

  // Every list route offers CSV: it declares the shared `format` parameter and knows its columns.
  app.addHook('onRoute', (route) => {
    const columns = routeCsvColumns(route);
    if (!columns) return;
    const query = route.schema?.querystring;
    if (query !== undefined && !(query instanceof z.ZodObject)) {
      throw new Error(`${route.url}: a list route's querystring must be a z.object, so format can be added to it`);
    }
    route.schema = {
      ...route.schema,
      querystring: query ? query.safeExtend(FormatQuerySchema.shape) : FormatQuerySchema,
    };
    route.config = { ...route.config, csvColumns: columns };
  });

  // Callback hooks: no promise per request for work that is synchronous.
  app.addHook('preHandler', (request, _reply, done) => {
    request.wantsCsv = wantsCsv(request);
    done();
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    if (!request.wantsCsv || reply.statusCode !== 200 || typeof payload !== 'string') return done(null, payload);
    let csv: unknown;
    try {
      csv = asCsv(request, reply, payload);
    } catch (err) {
      return done(err as Error);
    }
    done(null, csv);
  });
});
