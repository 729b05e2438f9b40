import {
  comparableRows,
  coverageOf,
  listIndicators,
  listTargets,
  listThemes,
  measuresByPlaceAndTheme,
  sourcesForRegion,
} from '@ipb/db';
import { authorityFilter, RegionCodeParamsSchema, RegionProfileQuerySchema, RegionProfileSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePlace } from '../../lib/resolve-regions';

const profile: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions/:code/profile',
    {
      schema: {
        params: RegionCodeParamsSchema,
        querystring: RegionProfileQuerySchema,
        response: { 200: RegionProfileSchema },
      },
    },
    async (request) => {
      const region = requirePlace(request.params.code, (q) => app.gazetteer.resolve(q));
      const { db } = app.store;
      const authority = authorityFilter(request.query.authority);
      const rows = measuresByPlaceAndTheme(db, [region.code]);
      const catalogue = new Map(listIndicators(db).map((i) => [i.id, i]));
      return {
        region,
        ancestors: app.gazetteer.ancestors(region.code),
        measuresByTheme: listThemes(db)
          .map((t) => ({
            theme: { id: t.id, nameZh: t.nameZh, nameEn: t.nameEn },
            measures: rows.filter((r) => r.themeId === t.id).map((r) => r.measure),
          }))
          .filter((b) => b.measures.length),
        indicators: comparableRows(db, [region.code], region.code, authority).flatMap((f) => {
          const indicator = catalogue.get(f.indicatorId);
          const latest = f.byPlace.get(region.code)?.at(-1);
          return indicator && latest ? [{ indicator, latest }] : [];
        }),
        targets: listTargets(db, { regionCodes: [region.code], authority }),
        sources: sourcesForRegion(db, region.code, authority),
        coverage: coverageOf(db, [region.code], authority)[0] ?? {
          regionCode: region.code,
          sources: 0,
          measures: 0,
          figures: 0,
          latestDate: null,
        },
      };
    },
  );
};
export default profile;
