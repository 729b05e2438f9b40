import { listThemes } from '@ipb/db';
import { ThemeListResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const themes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/themes',
    {
      schema: {
        operationId: 'listThemes',
        summary: 'Policy themes with their STIP Compass codes',
        response: { 200: ThemeListResponseSchema },
      },
    },
    async () => ({
      items: await listThemes(app.store.engine),
    }),
  );
};
export default themes;
