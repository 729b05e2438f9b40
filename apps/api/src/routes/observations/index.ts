import { CSV_TEMPLATE, CsvImportError, importObservationsCsv, listIndicators, listObservations } from '@ipb/db';
import {
  authorityFilter,
  CsvImportResponseSchema,
  ObservationListResponseSchema,
  ObservationQuerySchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeUpload, readUpload } from '../../lib/read-upload';
import { requireIndicator } from '../../lib/require-indicator';
import { resolveRegions } from '../../lib/resolve-regions';
import { HttpProblem } from '../../plugins/problem';

const observations: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/observations',
    { schema: { querystring: ObservationQuerySchema, response: { 200: ObservationListResponseSchema } } },
    async (request) => {
      const { indicator, region, kind, from, to, limit, cursor } = request.query;
      if (indicator) requireIndicator(app, indicator);
      const regionCodes = resolveRegions(region, (q) => app.gazetteer.resolve(q)).map((r) => r.code);
      return listObservations(
        app.store.db,
        { indicatorId: indicator, regionCodes, kind, from, to, authority: authorityFilter(request.query.authority) },
        { limit, cursor: cursor === undefined ? undefined : Number(cursor) },
      );
    },
  );

  app.get(
    '/observations/import/template',
    {
      schema: {
        // A CSV file, not JSON: `produces` is the media type OpenAPI gives the 200 response.
        produces: ['text/csv'],
        response: {
          200: z.string().describe('The CSV template for POST /api/observations/import: its header and an example row'),
        },
      },
    },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="observations-template.csv"')
        .send(CSV_TEMPLATE),
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
        if (err instanceof CsvImportError) {
          const first = err.problems
            .slice(0, 3)
            .map((p) => `line ${p.line} ${p.column}: ${p.message}`)
            .join('; ');
          throw new HttpProblem(
            422,
            'CSV has errors',
            `${err.message} ${first}${err.problems.length > 3 ? ' …' : ''}`,
            err.problems.map((p) => ({ path: `line ${p.line}.${p.column}`, message: p.message })),
          );
        }
        throw err;
      }
    },
  );
};
export default observations;
