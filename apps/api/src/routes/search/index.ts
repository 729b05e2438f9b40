import { figureIds, searchFigures, searchMeasures, searchPrograms, searchSources } from '@ipb/db';
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
      const db = app.store.engine;
      // The figures' index is read once: their ids serve the figures and their sources.
      const figuresFound = await figureIds(db, q, limit);
      const [measures, figures, programs] = await Promise.all([
        searchMeasures(db, q, limit, (code) => app.gazetteer.byCode(code)?.name),
        searchFigures(db, q, limit, figuresFound),
        searchPrograms(db, q, limit),
      ]);
      const sourceIds = measures.map((m) => m.citation.sourceId);
      return {
        q,
        regions: app.gazetteer.candidates(q).slice(0, limit),
        measures,
        figures,
        programs,
        sources: await searchSources(db, q, limit, sourceIds, figuresFound),
      };
    },
  );
};
export default search;
