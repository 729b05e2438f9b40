/**
 * Upload a bulletin or news item: the same extraction pipeline as the CLI runs on it (in the import
 * worker, off the event loop) and the preview is stored; confirming imports exactly what was
 * previewed, in one transaction, once. A preview expires after a day, and does not replace a
 * version imported after it was made unless the editor sends `replaceNewer` (write/uploads.ts).
 */
import { pendingUploadSize } from '@ipb/db';
import {
  ConfirmBodySchema,
  ConfirmResponseSchema,
  IdParamsSchema,
  JobSchema,
  type SourceHints,
  SourceHintsSchema,
  UploadPreviewSchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAX_UPLOAD_BYTES, readUpload } from '../../lib/read-upload';
import { HttpProblem } from '../../plugins/problem';

/**
 * What the uploader says about the document (issue 9): its address, publisher and place, as form
 * fields of a multipart upload or as query parameters of a raw one. Blank fields are not hints.
 */
function hintsOf(fields: Record<string, string>, query: SourceHints): SourceHints {
  const given = Object.fromEntries(
    Object.entries({ ...query, ...fields }).filter(([k, v]) => ['url', 'publisher', 'place'].includes(k) && v?.trim()),
  );
  const parsed = SourceHintsSchema.safeParse(given);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message }));
  throw new HttpProblem(400, 'Invalid request', errors.map((e) => `${e.path}: ${e.message}`).join('; '), {
    code: 'invalid-request',
    errors,
  });
}

const upload: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/sources',
    {
      bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024,
      schema: { querystring: SourceHintsSchema, response: { 201: UploadPreviewSchema, 202: JobSchema } },
    },
    async (request, reply) => {
      const { bytes, fileName, fields } = await readUpload(request);
      const hints = hintsOf(fields, request.query);
      const run = await app.runJob(request, reply, {
        kind: 'upload',
        input: { bytes, fileName, hints, uploadedBy: request.user?.id ?? 0 },
        size: bytes.length,
      });
      return run.accepted ? run.reply : reply.code(201).send(run.result as never);
    },
  );

  app.post(
    '/sources/:id/confirm',
    {
      schema: {
        params: IdParamsSchema,
        body: ConfirmBodySchema,
        response: { 200: ConfirmResponseSchema, 202: JobSchema },
      },
    },
    async (request, reply) => {
      const size = pendingUploadSize(app.store.db, request.params.id);
      if (size === null)
        throw new HttpProblem(
          404,
          'Unknown upload',
          `There is no upload ${request.params.id}; upload the file again (POST /api/sources).`,
          { code: 'unknown-upload' },
        );
      const run = await app.runJob(request, reply, {
        kind: 'confirm',
        input: {
          uploadId: request.params.id,
          actor: request.user?.username ?? '?',
          replaceNewer: request.body?.replaceNewer ?? false,
        },
        size,
      });
      return run.accepted ? run.reply : reply.code(200).send(run.result as never);
    },
  );
};
export default upload;
