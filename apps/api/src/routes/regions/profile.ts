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
      const db = app.store.engine;
      const authority = authorityFilter(request.query.authority);
      const [latest, sources, targets, indicators, themes, figures, [coverage]] = await Promise.all([
        latestMeasures(db, [region.code], []),
        sourcesForRegion(db, region.code, authority, PROFILE_SOURCES),
        listTargets(db, { regionCodes: [region.code], authority }),
        listIndicators(db),
        listThemes(db),
        comparableRows(db, [region.code], region.code, authority),
        coverageOf(db, [region.code], authority),
      ]);
      const columns = new Map(latest.map((c) => [c.themeId, c] as const));
      const catalogue = new Map(indicators.map((i) => [i.id, i]));
      return {
        region,
        ancestors: app.gazetteer.ancestors(region.code),
        measuresByTheme: themes.flatMap((t) => {
          const c = columns.get(t.id);
          return c
            ? [{ theme: { id: t.id, nameZh: t.nameZh, nameEn: t.nameEn }, measures: c.measures, total: c.total }]
            : [];
        }),
        indicators: figures.flatMap((f) => {
          const indicator = catalogue.get(f.indicatorId);
          const latest = f.byPlace.get(region.code)?.at(-1);
          return indicator && latest ? [{ indicator, latest }] : [];
        }),
        targets: targets.slice(0, PROFILE_TARGETS),
        targetsTotal: targets.length,
        sources: sources.items,
        sourcesTotal: sources.total,
        coverage: coverage ?? {
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
