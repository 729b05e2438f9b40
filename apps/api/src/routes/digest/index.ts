import { listDigests } from '@ipb/db';
import { BENCHMARK_REGION_CODE, DigestQuerySchema, DigestResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../../plugins/problem';

const digest: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/digest',
    {
      schema: {
        summary: 'What changed for 呼和浩特 (自上期以来): the digests recorded after each import',
        description:
          'New measures by other places in themes where 呼和浩特 has none, new or changed figures of the indicators 呼和浩特 tracks, and 呼和浩特 targets whose status changed. Without `since`, the latest import only.',
        operationId: 'getDigest',
        querystring: DigestQuerySchema,
        response: { 200: DigestResponseSchema },
      },
    },
    async (request) => {
      const { since, limit } = request.query;
      if (since && Number.isNaN(Date.parse(since)))
        throw new HttpProblem(
          400,
          'Invalid date',
          `since=${since} is not a calendar date; write e.g. since=2024-07-01.`,
          {
            code: 'invalid-date',
            params: { since },
            errors: [{ path: 'querystring.since', message: 'not a calendar date' }],
          },
        );
      const benchmark = app.gazetteer.byCode(BENCHMARK_REGION_CODE);
      if (!benchmark)
        throw new HttpProblem(500, 'Internal error', 'The benchmark place is missing from the gazetteer.', {
          code: 'internal-error',
        });
      return { benchmark, since: since ?? null, ...(await listDigests(app.store.engine, { since, limit })) };
    },
  );
};
export default digest;
