/**
 * A list page's body from its items' own bytes: exactly what the route's compiled serializer writes
 * for `{items, total, nextCursor}`, each item spliced in as already-serialised UTF-8. Routes whose
 * items are long CJK text use it to skip turning them into one string that Fastify then measures
 * and Node encodes back (measures: the stored items, decision 022; regions: each place's bytes made
 * with the gazetteer, docs/decisions/014, fourteenth session).
 */
import type { FastifyReply } from 'fastify';

const OPEN = Buffer.from('{"items":[');
const COMMA = Buffer.from(',');

/** A JSON array's elements from their bytes, comma-separated, onto `parts` (the brackets are the caller's). */
export function pushList(parts: Buffer[], items: readonly Buffer[]): void {
  items.forEach((item, i) => {
    if (i) parts.push(COMMA);
    parts.push(item);
  });
}

export function pageBody(items: readonly Buffer[], total: number, nextCursor: string | null): Buffer {
  const parts: Buffer[] = [OPEN];
  pushList(parts, items);
  // total is an integer; nextCursor digits or null: JSON.stringify writes them as fast-json-stringify does.
  parts.push(Buffer.from(`],"total":${total},"nextCursor":${JSON.stringify(nextCursor)}}`));
  return Buffer.concat(parts);
}

/**
 * Sends bytes a route spliced itself as its JSON answer, with the type Fastify would have set. A
 * route's typed reply takes only its response schema's object, and bytes are what that schema's
 * serializer would have written for it: the one place that says so to the type checker, for every
 * route that splices (measures, regions, series, search). Return its result from the handler, so
 * Fastify does not send the reply a second time.
 */
export function sendJsonBytes(reply: { type(contentType: string): FastifyReply }, body: Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(body);
}
