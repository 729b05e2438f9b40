import { getIndicator, getSeries } from '@ipb/db';
import { SeriesQuerySchema, SeriesResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { resolveRegions } from '../../lib/resolve-regions';
import { HttpProblem } from '../../plugins/problem';

const series: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/series',
    { schema: { querystring: SeriesQuerySchema, response: { 200: SeriesResponseSchema } } },
    async (request) => {
      const { indicator: indicatorId, regions: regionsParam, kind } = request.query;
      const indicator = getIndicator(app.store.db, indicatorId);
      if (!indicator) {
        throw new HttpProblem(
          404,
          'Unknown indicator',
          `There is no indicator "${indicatorId}". GET /api/indicators lists the ids (e.g. high_tech_enterprises).`,
          [{ path: 'querystring.indicator', message: `unknown indicator "${indicatorId}"` }],
        );
      }
      const regions = resolveRegions(regionsParam, (q) => app.gazetteer.resolve(q));
      const result = getSeries(app.store.db, { indicatorId, regionCodes: regions.map((r) => r.code), kind });
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
