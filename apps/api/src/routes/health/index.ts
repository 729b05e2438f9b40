import { rowCounts } from '@ipb/db';
import { HealthResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const health: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { auth: 'public' },
      schema: {
        operationId: 'getHealth',
        summary: 'Service and database health',
        response: { 200: HealthResponseSchema },
      },
    },
    async () => {
      const counts = await rowCounts(app.store.engine);
      return {
        status: 'ok' as const,
        database: { sources: counts.sources, observations: counts.observations },
      };
    },
  );
};
export default health;
