import { listTargets } from '@ipb/db';
import { authorityFilter, TargetListResponseSchema, TargetQuerySchema } from '@ipb/domain';
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
      return { items: all.slice(0, request.query.limit), total: all.length };
    },
  );
};
export default targets;
