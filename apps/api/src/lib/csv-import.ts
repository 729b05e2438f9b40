/**
 * What every CSV import route shares: its template download (a CSV file, declared as such in
 * OpenAPI) and the import itself, run in the import worker (jobs/job-kinds.ts) — answered when done
 * for a small file, 202 with a job to poll for a large one. Imports are all or nothing, identified
 * by their content; `replace=<sourceId>` names the earlier import a file replaces.
 */
import type { FastifyInstance, FastifySchema } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_UPLOAD_BYTES, readUpload } from './read-upload';

/** GET `path`: the template, as an attachment named `fileName`. */
export function csvTemplateRoute(
  app: FastifyInstance,
  path: string,
  template: string,
  fileName: string,
  forWhat: string,
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    path,
    {
      schema: {
        // A CSV file, not JSON: `produces` is the media type OpenAPI gives the 200 response.
        produces: ['text/csv'],
        response: { 200: z.string().describe(`The CSV template for ${forWhat}: its header and an example row`) },
      },
    },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(template),
  );
}

/** POST `path`: import the uploaded CSV as `kind`; 201 new or replaced, 200 unchanged, 202 a job. */
export function csvImportRoute(
  app: FastifyInstance,
  path: string,
  kind: 'observations-csv' | 'measures-csv',
  schema: FastifySchema,
) {
  app.post(path, { bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024, schema }, async (request, reply) => {
    const upload = await readUpload(request);
    const replace = (request.query as { replace?: number }).replace ?? null;
    const run = await app.runJob(request, reply, {
      kind,
      input: { bytes: upload.bytes, fileName: upload.fileName, actor: request.user?.username ?? '?', replace },
      size: upload.bytes.length,
    });
    if (run.accepted) return run.reply;
    const result = run.result as { status: string };
    return reply.code(result.status === 'unchanged' ? 200 : 201).send(result);
  });
}
