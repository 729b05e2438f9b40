/**
 * The bureau's own policy inventory: POST /api/measures (one measure from the form),
 * POST /api/measures/import (a CSV, all or nothing) and its template. Entries are cited as
 * bureau_entry and enter the review queue like extracted measures.
 */
import { BureauMeasureError, createBureauMeasure, importBureauMeasuresCsv, MEASURE_CSV_TEMPLATE } from '@ipb/db';
import { BureauMeasureInputSchema, MeasureCreatedSchema, MeasureCsvImportResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvProblem, csvTemplateRoute } from '../../lib/csv-import';
import { decodeUpload, readUpload } from '../../lib/read-upload';
import { HttpProblem } from '../../plugins/problem';

const bureauMeasures: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/measures',
    { schema: { body: BureauMeasureInputSchema, response: { 201: MeasureCreatedSchema } } },
    async (request, reply) => {
      const region = app.gazetteer.resolve(request.body.region);
      if (!region)
        throw new HttpProblem(400, 'Unknown place', `No place is called "${request.body.region}" (GET /api/regions).`, [
          { path: 'body.region', message: `unknown place "${request.body.region}"` },
        ]);
      const created = createBureauMeasure(
        app.store,
        { ...request.body, regionCode: region.code },
        request.user?.username ?? '?',
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
  );

  app.post(
    '/measures/import',
    {
      bodyLimit: 6 * 1024 * 1024,
      schema: { response: { 201: MeasureCsvImportResponseSchema, 200: MeasureCsvImportResponseSchema } },
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      try {
        const result = importBureauMeasuresCsv(
          app.store,
          { text: decodeUpload(upload.bytes), fileName: upload.fileName, actor: request.user?.username ?? '?' },
          (q) => app.gazetteer.resolve(q),
        );
        return reply.code(result.status === 'unchanged' ? 200 : 201).send(result);
      } catch (err) {
        if (err instanceof BureauMeasureError) throw csvProblem(err.message, err.problems);
        throw err;
      }
    },
  );
};
export default bureauMeasures;
