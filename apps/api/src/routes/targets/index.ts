import { listTargets } from '@ipb/db';
import { authorityFilter, BENCHMARK_REGION_CODE, TargetListResponseSchema, TargetQuerySchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireIndicator } from '../../lib/require-indicator';
import { resolveRegions } from '../../lib/resolve-regions';

const targets: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/targets',
    {
      schema: {
        operationId: 'listTargets',
        summary: 'Targets with their progress status (Open SDG method)',
        description:
          'A page of `limit` targets from `offset` (default 50, at most 200; `total` counts them all): the benchmark 呼和浩特’s first, then the others, each group in the order of their periods.',
        querystring: TargetQuerySchema,
        response: { 200: TargetListResponseSchema },
      },
    },
    async (request) => {
      const { indicator } = request.query;
      if (indicator) await requireIndicator(app, indicator);
      const regions = resolveRegions(request.query.region, (q) => app.gazetteer.resolve(q));
      const all = await listTargets(app.store.engine, {
        regionCodes: regions.map((r) => r.code),
        indicatorId: indicator,
        authority: authorityFilter(request.query.authority),
      });
      const { limit, offset } = request.query;
      // The benchmark's targets first: the dashboard reads every other place beside 呼和浩特.
      const ordered = [
        ...all.filter((t) => t.regionCode === BENCHMARK_REGION_CODE),
        ...all.filter((t) => t.regionCode !== BENCHMARK_REGION_CODE),
      ];
      return { items: ordered.slice(offset, offset + limit), total: all.length, offset };
    },
  );
};
export default targets;
