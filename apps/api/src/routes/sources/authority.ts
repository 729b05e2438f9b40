/** PATCH /api/sources/:id — an editor changes a source's authority class, with a reason (audited). */
import { NotFoundError, setSourceAuthority } from '@ipb/db';
import { IdParamsSchema, SourceAuthorityPatchSchema, SourceSummarySchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../../plugins/problem';

const sourceAuthority: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/sources/:id',
    {
      schema: {
        operationId: 'setSourceAuthority',
        summary: 'Change a source’s authority class, with a reason (audited)',
        params: IdParamsSchema,
        body: SourceAuthorityPatchSchema,
        response: { 200: SourceSummarySchema },
      },
    },
    async (request) => {
      try {
        return await app.writes.run(() =>
          setSourceAuthority(app.store.engine, request.params.id, request.body, request.user?.username ?? '?'),
        );
      } catch (err) {
        if (err instanceof NotFoundError)
          throw new HttpProblem(404, 'Unknown source', err.message, {
            code: 'unknown-source',
            params: { id: request.params.id },
          });
        throw err;
      }
    },
  );
};
export default sourceAuthority;
