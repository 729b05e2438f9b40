import { listIndicators } from '@ipb/db';
import { IndicatorListResponseSchema, ListQuerySchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const indicators: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/indicators',
    {
      schema: {
        operationId: 'listIndicators',
        summary: 'The indicator catalogue',
        querystring: ListQuerySchema,
        response: { 200: IndicatorListResponseSchema },
      },
    },
    async (request) => ({ items: await listIndicators(app.store.engine, { withData: request.query.withData }) }),
  );
};
export default indicators;
