/**
 * The bureau's own policy inventory: POST /api/measures (one measure from the form),
 * POST /api/measures/import (a CSV, all or nothing) and its template. Entries are cited as
 * bureau_entry and enter the review queue like extracted measures.
 */
import { createBureauMeasure, MEASURE_CSV_TEMPLATE } from '@ipb/db';
import {
  BureauMeasureInputSchema,
  CsvImportQuerySchema,
  JobSchema,
  MeasureCreatedSchema,
  MeasureCsvImportResponseSchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvImportRoute, csvTemplateRoute } from '../../lib/csv-import';
import { HttpProblem } from '../../plugins/problem';

const bureauMeasures: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/measures',
    {
      schema: {
        operationId: 'createBureauMeasure',
        summary: 'Add one measure of the bureau’s policy inventory',
        body: BureauMeasureInputSchema,
        response: { 201: MeasureCreatedSchema },
      },
    },
    async (request, reply) => {
      const region = app.gazetteer.resolve(request.body.region);
      if (!region)
        throw new HttpProblem(400, 'Unknown place', `No place is called "${request.body.region}" (GET /api/regions).`, {
          code: 'unknown-place',
          params: { names: request.body.region },
          errors: [
            {
              path: 'body.region',
              message: `unknown place "${request.body.region}"`,
              code: 'unknown-place',
              params: { names: request.body.region },
            },
          ],
        });
      const created = await app.writes.run(() =>
        createBureauMeasure(
          app.store.engine,
          { ...request.body, regionCode: region.code },
          request.user?.username ?? '?',
        ),
      );
      return reply.code(201).send(created);
    },
  );

  csvTemplateRoute(
    app,
    '/measures/import/template',
    MEASURE_CSV_TEMPLATE,
    'measures-template.csv',
    'POST /api/measures/import',
    'getMeasuresTemplate',
  );

  csvImportRoute(app, '/measures/import', 'measures-csv', {
    operationId: 'importMeasures',
    summary: 'Import a CSV of the bureau’s measures (all or nothing)',
    querystring: CsvImportQuerySchema,
    response: { 201: MeasureCsvImportResponseSchema, 200: MeasureCsvImportResponseSchema, 202: JobSchema },
  });
};
export default bureauMeasures;
