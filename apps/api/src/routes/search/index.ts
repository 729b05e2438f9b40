import { searchFigures, searchMeasures, searchPrograms, searchSources } from '@ipb/db';
import { SearchQuerySchema, SearchResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const search: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        operationId: 'search',
        summary: 'Search places, indicators, programmes and sources',
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const { db } = app.store;
      const measures = await searchMeasures(app.store.engine, q, limit);
      return {
        q,
        regions: app.gazetteer.candidates(q).slice(0, limit),
        measures,
        figures: searchFigures(db, q, limit),
        programs: searchPrograms(db, q, limit),
        sources: searchSources(
          db,
          q,
          limit,
          measures.map((m) => m.citation.sourceId),
        ),
      };
    },
  );
};
export default search;
