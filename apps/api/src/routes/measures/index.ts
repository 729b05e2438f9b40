import { listMeasures, type MeasureFilter, measureFacets } from '@ipb/db';
import { MeasureFacetsResponseSchema, MeasureListResponseSchema, MeasureQuerySchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { resolveRegions } from '../../lib/resolve-regions';

const measures: FastifyPluginAsyncZod = async (app) => {
  // Places' names from the gazetteer in memory, not a seek into regions per measure.
  const placeName = (code: string) => app.gazetteer.byCode(code)?.name;
  const toFilter = (query: {
    region: string[];
    theme: MeasureFilter['themeIds'];
    year?: number;
    source?: number;
    program?: string;
    q?: string;
  }): MeasureFilter => ({
    regionCodes: resolveRegions(query.region.join(','), (q) => app.gazetteer.resolve(q)).map((r) => r.code),
    themeIds: query.theme,
    year: query.year,
    sourceId: query.source,
    program: query.program,
    q: query.q,
  });

  app.get(
    '/measures',
    {
      schema: {
        operationId: 'listMeasures',
        summary: 'Measures: faceted, searchable, cursor-paged',
        querystring: MeasureQuerySchema,
        response: { 200: MeasureListResponseSchema },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      return listMeasures(
        app.store.engine,
        toFilter(request.query),
        { limit, cursor: cursor === undefined ? undefined : Number(cursor) },
        placeName,
      );
    },
  );

  app.get(
    '/measures/facets',
    {
      schema: {
        operationId: 'getMeasureFacets',
        summary: 'How many measures each facet value gives',
        querystring: MeasureQuerySchema,
        response: { 200: MeasureFacetsResponseSchema },
      },
    },
    async (request) => measureFacets(app.store.engine, toFilter(request.query)),
  );
};
export default measures;
