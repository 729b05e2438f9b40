import { listMeasureItems, listMeasures, type MeasureFilter, measureFacets } from '@ipb/db';
import {
  type Measure,
  MeasureFacetsResponseSchema,
  MeasureListResponseSchema,
  MeasureQuerySchema,
  MeasureSchema,
} from '@ipb/domain';
import fastJson from 'fast-json-stringify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { toSerializerSchema } from '../../lib/compiled-serializer';
import { pageBody, sendJsonBytes } from '../../lib/page-body';
import { resolveRegions } from '../../lib/resolve-regions';

const measures: FastifyPluginAsyncZod = async (app) => {
  // Places' names from the gazetteer in memory, not a seek into regions per measure.
  const placeName = (code: string) => app.gazetteer.byCode(code)?.name;
  // One item as the list's compiled serializer writes it: the bytes measures.list_item stores.
  const serializeItem = fastJson(toSerializerSchema(MeasureSchema)) as (item: Measure) => string;
  const listSerializer = fastJson(toSerializerSchema(MeasureListResponseSchema));
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
    async (request, reply) => {
      const { limit, cursor } = request.query;
      const filter = toFilter(request.query);
      const page = { limit, cursor: cursor === undefined ? undefined : Number(cursor) };
      // A search's items carry snippets, and CSV is made from the parsed list: both the old way.
      if (filter.q || request.wantsCsv) return listMeasures(app.store.engine, filter, page, placeName);
      const list = await listMeasureItems(app.store.engine, filter, page, serializeItem, placeName);
      list.stored.catch((err) => request.log.warn({ err }, 'the measures list could not store built items'));
      const body = pageBody(list.items, list.total, list.nextCursor);
      if (app.validateResponses) {
        // Tests: the spliced body is byte for byte what the compiled serializer makes of the old list.
        const old = listSerializer(await listMeasures(app.store.engine, filter, page, placeName));
        if (old !== body.toString()) throw new Error('GET /measures: the stored items differ from the built list');
      }
      // Bytes, not the list: the response schema's serializer is not run again on them.
      return sendJsonBytes(reply, body);
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
