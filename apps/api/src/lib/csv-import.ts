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
  operationId: string,
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    path,
    {
      schema: {
        operationId,
        summary: `The CSV template for ${forWhat}`,
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

/**
 * POST `path`: run `kind` on the uploaded CSV. An import answers 201 when it wrote, 200 when the
 * file was there already; a preview answers 200; a large file answers 202 with a job.
 */
export function csvImportRoute(
  app: FastifyInstance,
  path: string,
  kind: 'observations-csv' | 'observations-csv-preview' | 'measures-csv',
  schema: FastifySchema,
) {
  const options = { bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024, schema, config: { upload: 'csv' as const } };
  app.post(path, options, async (request, reply) => {
    const upload = await readUpload(request);
    const { bytes, fileName } = upload;
    const actor = request.user?.username ?? '?';
    const replace = (request.query as { replace?: number }).replace ?? null;
    const input =
      kind === 'measures-csv'
        ? { kind, input: { bytes, fileName, actor, replace } }
        : kind === 'observations-csv'
          ? { kind, input: { bytes, fileName, actor } }
          : { kind, input: { bytes, fileName } };
    const run = await app.runJob(request, reply, { ...input, size: bytes.length } as never);
    if (run.accepted) return run.reply;
    const result = run.result as { status?: string };
    return reply.code(result.status === 'unchanged' || !result.status ? 200 : 201).send(result);
  });
}
