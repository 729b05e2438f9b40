import { listMeasures, searchFigures, searchPrograms, searchSources } from '@ipb/db';
import { SearchQuerySchema, SearchResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const search: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    { schema: { querystring: SearchQuerySchema, response: { 200: SearchResponseSchema } } },
    async (request) => {
      const { q, limit } = request.query;
      const { db } = app.store;
      return {
        q,
        regions: app.gazetteer.candidates(q).slice(0, limit),
        measures: listMeasures(db, { regionCodes: [], themeIds: [], q }, { limit }).items,
        figures: searchFigures(db, q, limit),
        programs: searchPrograms(db, q, limit),
        sources: searchSources(db, q, limit),
      };
    },
  );
};
export default search;
