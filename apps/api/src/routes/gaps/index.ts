import { BENCHMARK_REGION_CODE, GapsQuerySchema, GapsResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireThemes } from '../../lib/require-themes';
import { resolveRegions } from '../../lib/resolve-regions';
import { HttpProblem } from '../../plugins/problem';
import { buildGaps } from '../compare/build-compare';

const gaps: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/gaps',
    {
      schema: {
        operationId: 'listGaps',
        summary: 'What other places do that the benchmark does not, on its coverage basis',
        querystring: GapsQuerySchema,
        response: { 200: GapsResponseSchema },
      },
    },
    async (request) => {
      const resolve = (q: string) => app.gazetteer.resolve(q);
      const regions = resolveRegions(request.query.regions, resolve);
      const [benchmark] = resolveRegions(request.query.benchmark ?? BENCHMARK_REGION_CODE, resolve);
      if (!benchmark)
        throw new HttpProblem(400, 'Unknown place', 'benchmark is empty.', {
          code: 'unknown-place',
          params: { names: '' },
        });
      return buildGaps(app.store, benchmark, regions, requireThemes(request.query.theme));
    },
  );
};
export default gaps;
