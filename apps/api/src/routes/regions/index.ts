/**
 * GET /api/regions: the places with data by default (most data first, at most `limit`), a search
 * over the whole gazetteer with `q`, given places with `codes`, or the whole gazetteer by code with
 * `withData=0`. Every answer is a page: `total` and `nextCursor` (an offset) say what is left.
 */
import { regionCodesWithData, regionDataCounts, regionsWithData } from '@ipb/db';
import {
  foldSearchQuery,
  LEVEL_RANK,
  type Region,
  RegionListResponseSchema,
  type RegionQuery,
  RegionQuerySchema,
  RegionSchema,
  regionMatch,
} from '@ipb/domain';
import fastJson from 'fast-json-stringify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { toSerializerSchema } from '../../lib/compiled-serializer';
import { pageBody, sendJsonBytes } from '../../lib/page-body';
import { HttpProblem } from '../../plugins/problem';

interface Page {
  items: Region[];
  total: number;
  nextCursor: string | null;
}

function page(all: readonly Region[], offset: number, limit: number): Page {
  const items = all.slice(offset, offset + limit);
  const next = offset + items.length;
  return { items, total: all.length, nextCursor: next < all.length && items.length ? String(next) : null };
}

/**
 * A page as the bytes the route's compiled serialiser writes for it, spliced from each place's
 * bytes (`bytesOf`, made once per place when the instance starts, as its gazetteer is); null when
 * a place is not among them (one the database gained since), which is then serialised as before.
 * The page's serialiser would turn 200 places into a string of CJK text, which Fastify then measures
 * and Node encodes back to UTF-8: most of a request's time (docs/decisions/014, fourteenth session).
 */
export function pageBytes(p: Page, bytesOf: ReadonlyMap<Region, Buffer>): Buffer | null {
  const items: Buffer[] = [];
  for (const region of p.items) {
    const bytes = bytesOf.get(region);
    if (!bytes) return null;
    items.push(bytes);
  }
  return pageBody(items, p.total, p.nextCursor);
}

const regions: FastifyPluginAsyncZod = async (app) => {
  // The places this instance resolves names against, by code: the rows of the default page, which
  // the database would otherwise send again on every request (docs/decisions/014, ninth session).
  const known = new Map(app.gazetteer.all().map((r) => [r.code, r]));
  // Each of those places as the page's serialiser writes it, as UTF-8: made with the gazetteer,
  // once per instance, from reference data that no request changes (not a cache of answers).
  const itemJson = fastJson(toSerializerSchema(RegionSchema));
  const bytesOf = new Map(app.gazetteer.all().map((r) => [r, Buffer.from(itemJson(r))]));

  /**
   * The places with data, a page: their order and total from region_counts, each place as the
   * gazetteer holds it. A place the database gained after this instance started (a data load on a
   * shared PostgreSQL) is not in the gazetteer: then the page is read whole, as before.
   */
  const placesWithData = async (offset: number, limit: number) => {
    const codes = await regionCodesWithData(app.store.engine);
    const items: Region[] = [];
    for (const code of codes.slice(offset, offset + limit)) {
      const region = known.get(code);
      if (!region) return regionsWithData(app.store.engine, { limit, offset });
      items.push(region);
    }
    return { items, total: codes.length };
  };

  const byCodes = (codes: string[]) => {
    const found = codes.map((c) => [c, app.gazetteer.byCode(c)] as const);
    const unknown = found.filter(([, r]) => !r).map(([c]) => c);
    if (unknown.length) {
      throw new HttpProblem(
        400,
        'Unknown place',
        `No place has the code ${unknown.join(', ')}. Codes are GB/T 2260 (150100).`,
      );
    }
    return found.flatMap(([, r]) => r ?? []);
  };

  const search = async (q: string, withData: boolean) => {
    const folded = foldSearchQuery(q);
    const counts = await regionDataCounts(app.store.engine);
    return app.gazetteer
      .all()
      .flatMap((r) => {
        const match = regionMatch(r, folded);
        const n = counts.get(r.code) ?? 0;
        return match === null || (withData && !n) ? [] : [{ r, match, n }];
      })
      .sort(
        (a, b) =>
          a.match - b.match ||
          Number(b.n > 0) - Number(a.n > 0) ||
          b.n - a.n ||
          LEVEL_RANK[a.r.level] - LEVEL_RANK[b.r.level] ||
          (a.r.code < b.r.code ? -1 : 1),
      )
      .map((x) => x.r);
  };

  const regionPage = async ({ q, codes, withData, limit, cursor }: RegionQuery): Promise<Page> => {
    const offset = cursor === undefined ? 0 : Number(cursor);
    if (codes.length) return page(byCodes(codes), 0, codes.length);
    if (q) return page(await search(q, withData ?? false), offset, limit);
    if (withData === false) return page(app.gazetteer.all(), offset, limit);
    const { items, total } = await placesWithData(offset, limit);
    const next = offset + items.length;
    return { items, total, nextCursor: next < total && items.length ? String(next) : null };
  };

  app.get(
    '/regions',
    {
      schema: {
        operationId: 'listRegions',
        summary: 'Places: GB/T 2260 codes, names, levels, English names',
        querystring: RegionQuerySchema,
        response: { 200: RegionListResponseSchema },
      },
    },
    async (request, reply) => {
      const answer = await regionPage(request.query);
      // CSV is made from the serialised JSON (plugins/representation.ts): that answer is serialised.
      const bytes = request.wantsCsv ? null : pageBytes(answer, bytesOf);
      if (!bytes) return answer;
      // What Fastify sets for a serialised payload; the route's schema describes these bytes.
      // Sent as they are: the typed reply would take only the schema's object.
      return sendJsonBytes(reply, bytes);
    },
  );
};
export default regions;
