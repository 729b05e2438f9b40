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
  RegionQuerySchema,
  regionMatch,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../../plugins/problem';

function page(all: readonly Region[], offset: number, limit: number) {
  const items = all.slice(offset, offset + limit);
  const next = offset + items.length;
  return { items, total: all.length, nextCursor: next < all.length && items.length ? String(next) : null };
}

const regions: FastifyPluginAsyncZod = async (app) => {
  // The places this instance resolves names against, by code: the rows of the default page, which
  // the database would otherwise send again on every request (docs/decisions/014, ninth session).
  const known = new Map(app.gazetteer.all().map((r) => [r.code, r]));

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
    async (request) => {
      const { q, codes, withData, limit, cursor } = request.query;
      const offset = cursor === undefined ? 0 : Number(cursor);
      if (codes.length) return page(byCodes(codes), 0, codes.length);
      if (q) return page(await search(q, withData ?? false), offset, limit);
      if (withData === false) return page(app.gazetteer.all(), offset, limit);
      const { items, total } = await placesWithData(offset, limit);
      const next = offset + items.length;
      return { items, total, nextCursor: next < total && items.length ? String(next) : null };
    },
  );
};
export default regions;
