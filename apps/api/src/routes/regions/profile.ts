import {
  comparableRows,
  coverageOf,
  latestMeasures,
  listIndicators,
  listTargets,
  listThemes,
  sourcesForRegion,
} from '@ipb/db';
import { authorityFilter, RegionCodeParamsSchema, RegionProfileQuerySchema, RegionProfileSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePlace } from '../../lib/resolve-regions';

/** Sources listed on a profile at most (the latest); `sourcesTotal` counts them all. */
const PROFILE_SOURCES = 20;
/** Targets listed on a profile at most; `targetsTotal` counts them all. */
const PROFILE_TARGETS = 50;

const profile: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions/:code/profile',
    {
      schema: {
        operationId: 'getRegionProfile',
        summary: 'A place’s profile: measures by theme, latest indicators, targets and sources',
        params: RegionCodeParamsSchema,
        querystring: RegionProfileQuerySchema,
        response: { 200: RegionProfileSchema },
      },
    },
    async (request) => {
      const region = requirePlace(request.params.code, (q) => app.gazetteer.resolve(q));
      const { db } = app.store;
      const authority = authorityFilter(request.query.authority);
      const columns = new Map(
        (await latestMeasures(app.store.engine, [region.code], [])).map((c) => [c.themeId, c] as const),
      );
      const sources = await sourcesForRegion(app.store.engine, region.code, authority, PROFILE_SOURCES);
      const targets = await listTargets(app.store.engine, { regionCodes: [region.code], authority });
      const catalogue = new Map(listIndicators(db).map((i) => [i.id, i]));
      return {
        region,
        ancestors: app.gazetteer.ancestors(region.code),
        measuresByTheme: listThemes(db).flatMap((t) => {
          const c = columns.get(t.id);
          return c
            ? [{ theme: { id: t.id, nameZh: t.nameZh, nameEn: t.nameEn }, measures: c.measures, total: c.total }]
            : [];
        }),
        indicators: comparableRows(db, [region.code], region.code, authority).flatMap((f) => {
          const indicator = catalogue.get(f.indicatorId);
          const latest = f.byPlace.get(region.code)?.at(-1);
          return indicator && latest ? [{ indicator, latest }] : [];
        }),
        targets: targets.slice(0, PROFILE_TARGETS),
        targetsTotal: targets.length,
        sources: sources.items,
        sourcesTotal: sources.total,
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
