import {
  latestComparableFigures,
  listIndicators,
  listTargets,
  listThemes,
  measuresByPlaceAndTheme,
  sourcesForRegion,
} from '@ipb/db';
import { RegionCodeParamsSchema, RegionProfileSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../../plugins/problem';

const profile: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions/:code/profile',
    { schema: { params: RegionCodeParamsSchema, response: { 200: RegionProfileSchema } } },
    async (request) => {
      const region = app.gazetteer.resolve(request.params.code);
      if (!region) {
        throw new HttpProblem(
          404,
          'Unknown place',
          `No place is called "${request.params.code}". GET /api/regions lists them.`,
        );
      }
      const { db } = app.store;
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
        indicators: latestComparableFigures(db, [region.code], region.code).flatMap((f) => {
          const indicator = catalogue.get(f.indicatorId);
          const latest = f.latest.get(region.code);
          return indicator && latest ? [{ indicator, latest }] : [];
        }),
        targets: listTargets(db, { regionCodes: [region.code] }),
        sources: sourcesForRegion(db, region.code),
      };
    },
  );
};
export default profile;
