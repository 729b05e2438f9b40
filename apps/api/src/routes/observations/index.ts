import { CSV_TEMPLATE, CsvImportError, importObservationsCsv, listIndicators, listObservations } from '@ipb/db';
import {
  authorityFilter,
  CsvImportResponseSchema,
  ObservationListResponseSchema,
  ObservationQuerySchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvProblem, csvTemplateRoute } from '../../lib/csv-import';
import { decodeUpload, readUpload } from '../../lib/read-upload';
import { requireIndicator } from '../../lib/require-indicator';
import { resolveRegions } from '../../lib/resolve-regions';

const observations: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/observations',
    { schema: { querystring: ObservationQuerySchema, response: { 200: ObservationListResponseSchema } } },
    async (request) => {
      const { indicator, region, kind, measure, status, from, to, limit, cursor } = request.query;
      if (indicator) requireIndicator(app, indicator);
      const regionCodes = resolveRegions(region, (q) => app.gazetteer.resolve(q)).map((r) => r.code);
      return listObservations(
        app.store.db,
        {
          indicatorId: indicator,
          regionCodes,
          kind,
          measure,
          status,
          from,
          to,
          authority: authorityFilter(request.query.authority),
        },
        { limit, cursor: cursor === undefined ? undefined : Number(cursor) },
      );
    },
  );

  csvTemplateRoute(
    app,
    '/observations/import/template',
    CSV_TEMPLATE,
    'observations-template.csv',
    'POST /api/observations/import',
  );

  app.post(
    '/observations/import',
    {
      bodyLimit: 6 * 1024 * 1024,
      schema: { response: { 201: CsvImportResponseSchema, 200: CsvImportResponseSchema } },
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      try {
        const result = importObservationsCsv(
          app.store,
          { text: decodeUpload(upload.bytes), fileName: upload.fileName, actor: request.user?.username ?? '?' },
          {
            resolveRegion: (q) => app.gazetteer.resolve(q),
            indicators: new Map(listIndicators(app.store.db).map((i) => [i.id, i])),
          },
        );
        return reply.code(result.status === 'unchanged' ? 200 : 201).send(result);
      } catch (err) {
        if (err instanceof CsvImportError) throw csvProblem(err.message, err.problems);
        throw err;
      }
    },
  );
};
export default observations;
