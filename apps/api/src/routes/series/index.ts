import { getSeries } from '@ipb/db';
import { authorityFilter, SeriesQuerySchema, SeriesResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireIndicator } from '../../lib/require-indicator';
import { resolveRegions } from '../../lib/resolve-regions';

const series: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/series',
    {
      schema: {
        operationId: 'getSeries',
        summary: 'Like-for-like series of one indicator for several places',
        querystring: SeriesQuerySchema,
        response: { 200: SeriesResponseSchema },
      },
    },
    async (request) => {
      const { indicator: indicatorId, regions: regionsParam, kind } = request.query;
      const authority = authorityFilter(request.query.authority);
      const indicator = requireIndicator(app, indicatorId);
      const regions = resolveRegions(regionsParam, (q) => app.gazetteer.resolve(q));
      const result = getSeries(app.store.db, { indicatorId, regionCodes: regions.map((r) => r.code), kind, authority });
      const shown = regions.length
        ? regions
        : result.series
            .flatMap((s) => app.gazetteer.byCode(s.regionCode) ?? [])
            .filter((r, i, all) => all.indexOf(r) === i);
      return { indicator, regions: shown, ...result };
    },
  );
};
export default series;
