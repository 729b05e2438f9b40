import { listRegions } from '@ipb/db';
import { ListQuerySchema, RegionListResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const regions: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    { schema: { querystring: ListQuerySchema, response: { 200: RegionListResponseSchema } } },
    async (request) => ({ items: listRegions(app.store.db, { withData: request.query.withData }) }),
  );
};
export default regions;
