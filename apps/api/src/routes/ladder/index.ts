import {
  authorityFilter,
  BENCHMARK_REGION_CODE,
  LadderQuerySchema,
  LadderResponseSchema,
  RegionCodeParamsSchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requirePlace, resolveRegions } from '../../lib/resolve-regions';
import { HttpProblem } from '../../plugins/problem';
import { buildLadder } from './build-ladder';

const MAX_BESIDE = 8;

const ladder: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions/:code/ladder',
    {
      schema: {
        summary: 'The enterprise ladder (企业梯度) of a place beside 呼和浩特 and chosen places',
        description:
          'Per place and year the count at each stage of data/taxonomy/ladder.json (missing stays missing), the ratio of each stage to the one below it in the same year, and under each stage the measures that target it, with the lexicon words that link them.',
        operationId: 'getRegionLadder',
        params: RegionCodeParamsSchema,
        querystring: LadderQuerySchema,
        response: { 200: LadderResponseSchema },
      },
    },
    async (request) => {
      const region = requirePlace(request.params.code, (q) => app.gazetteer.resolve(q));
      const others = resolveRegions(request.query.regions, (q) => app.gazetteer.resolve(q));
      if (others.length > MAX_BESIDE)
        throw new HttpProblem(
          400,
          'Too many places',
          `Show at most ${MAX_BESIDE} places beside it; ${others.length} were given.`,
          { code: 'too-many-places', params: { max: MAX_BESIDE, given: others.length } },
        );
      const benchmark = app.gazetteer.byCode(BENCHMARK_REGION_CODE) ?? region;
      return buildLadder(
        app.store,
        app.benchmarkFiles.ladder,
        region,
        benchmark,
        others,
        authorityFilter(request.query.authority),
      );
    },
  );
};
export default ladder;
