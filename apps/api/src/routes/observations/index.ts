import { CSV_TEMPLATE, listObservations } from '@ipb/db';
import {
  authorityFilter,
  CsvImportResponseSchema,
  CsvPreviewSchema,
  JobSchema,
  ObservationListResponseSchema,
  ObservationQuerySchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvImportRoute, csvTemplateRoute } from '../../lib/csv-import';
import { requireIndicator } from '../../lib/require-indicator';
import { resolveRegions } from '../../lib/resolve-regions';

const observations: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/observations',
    {
      schema: {
        operationId: 'listObservations',
        summary: 'Figures in long format, each with its citation',
        querystring: ObservationQuerySchema,
        response: { 200: ObservationListResponseSchema },
      },
    },
    async (request) => {
      const { indicator, region, kind, measure, status, from, to, limit, cursor } = request.query;
      if (indicator) await requireIndicator(app, indicator);
      const regionCodes = resolveRegions(region, (q) => app.gazetteer.resolve(q)).map((r) => r.code);
      return listObservations(
        app.store.engine,
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
    'getObservationsTemplate',
  );

  csvImportRoute(app, '/observations/import/preview', 'observations-csv-preview', {
    operationId: 'previewObservationsImport',
    summary: 'Preview a CSV of figures row by row (writes nothing)',
    response: { 200: CsvPreviewSchema, 202: JobSchema },
  });

  csvImportRoute(app, '/observations/import', 'observations-csv', {
    operationId: 'importObservations',
    summary: 'Import a CSV of figures into review as bureau entries',
    response: { 201: CsvImportResponseSchema, 200: CsvImportResponseSchema, 202: JobSchema },
  });
};
export default observations;
