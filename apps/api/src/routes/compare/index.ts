import { placeThemeMeasures } from '@ipb/db';
import {
  authorityFilter,
  BENCHMARK_REGION_CODE,
  CompareQuerySchema,
  CompareResponseSchema,
  PlaceThemeMeasuresQuerySchema,
  PlaceThemeMeasuresResponseSchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireThemes } from '../../lib/require-themes';
import { resolveRegions } from '../../lib/resolve-regions';
import { HttpProblem } from '../../plugins/problem';
import { buildCompare } from './build-compare';

export const MAX_PLACES = 8;

const compare: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/compare',
    {
      schema: {
        operationId: 'compare',
        summary: 'Places side by side against the benchmark',
        querystring: CompareQuerySchema,
        response: { 200: CompareResponseSchema },
      },
    },
    async (request) => {
      const resolve = (q: string) => app.gazetteer.resolve(q);
      const regions = resolveRegions(request.query.regions, resolve);
      if (regions.length > MAX_PLACES) {
        throw new HttpProblem(
          400,
          'Too many places',
          `Compare at most ${MAX_PLACES} places with the benchmark; ${regions.length} were given.`,
          { code: 'too-many-places', params: { max: MAX_PLACES, count: regions.length } },
        );
      }
      const [benchmark] = resolveRegions(request.query.benchmark ?? BENCHMARK_REGION_CODE, resolve);
      const themes = requireThemes(request.query.theme);
      if (!benchmark)
        throw new HttpProblem(400, 'Unknown place', 'benchmark is empty.', {
          code: 'unknown-place',
          params: { names: '' },
        });
      return buildCompare(app.store, benchmark, regions, themes, authorityFilter(request.query.authority));
    },
  );

  // "N 条，显示全部": every measure of one column of Compare, latest first; the cursor is an offset.
  app.get(
    '/compare/measures',
    {
      schema: {
        operationId: 'listPlaceThemeMeasures',
        summary: 'Every measure of one place (with its sub-places) under one theme, latest first, a page at a time',
        querystring: PlaceThemeMeasuresQuerySchema,
        response: { 200: PlaceThemeMeasuresResponseSchema },
      },
    },
    async (request) => {
      const { region, theme, limit, cursor } = request.query;
      const [place] = resolveRegions(region, (q) => app.gazetteer.resolve(q));
      if (!place)
        throw new HttpProblem(400, 'Unknown place', 'region is empty.', {
          code: 'unknown-place',
          params: { names: '' },
        });
      const offset = cursor === undefined ? 0 : Number(cursor);
      const page = await placeThemeMeasures(app.store.engine, place.code, theme, { limit, offset });
      const next = offset + page.items.length;
      return { ...page, nextCursor: next < page.total && page.items.length ? String(next) : null };
    },
  );
};
export default compare;
