/**
 * Upload a bulletin or news item: the same extraction pipeline as the CLI runs on it (in the import
 * worker, off the event loop) and the preview is stored; confirming imports exactly what was
 * previewed, in one transaction, once. A preview expires after a day, and does not replace a
 * version imported after it was made unless the editor sends `replaceNewer` (write/uploads.ts).
 * Before confirming, an editor sees every extracted article, measure and figure, may correct or
 * drop any of them (audited), and sees what changes against the version already imported.
 */
import { editUploadItem, pendingUploadSize, UploadEditError, uploadPreviewById } from '@ipb/db';
import {
  ConfirmBodySchema,
  ConfirmResponseSchema,
  IdParamsSchema,
  JobSchema,
  type SourceHints,
  SourceHintsSchema,
  UploadItemParamsSchema,
  UploadItemPatchSchema,
  UploadPreviewSchema,
} from '@ipb/domain';
import type { FastifyInstance } from 'fastify';
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

const unknownUpload = (id: number) =>
  new HttpProblem(404, 'Unknown upload', `There is no upload ${id}; upload the file again (POST /api/sources).`, {
    code: 'unknown-upload',
    params: { id },
  });

async function previewOr404(app: FastifyInstance, id: number) {
  const preview = await uploadPreviewById(app.store.engine, id, (code) => app.gazetteer.byCode(code)?.nameEn ?? null);
  if (!preview) throw unknownUpload(id);
  return preview;
}

/** The place a correction names, as an extraction holds it (with its city and province). */
function extractedRegion(app: FastifyInstance, code: string) {
  const r = app.gazetteer.byCode(code);
  if (!r) return null;
  const city = app.gazetteer.city(code)?.name ?? null;
  return { code: r.code, name: r.name, level: r.level, city, province: app.gazetteer.province(code)?.name ?? null };
}

function editProblem(err: UploadEditError, id: number, item: string): HttpProblem {
  const status = err.code === 'upload-already-confirmed' ? 409 : err.code === 'unknown-place' ? 400 : 404;
  const title = { 409: 'Upload already confirmed', 400: 'Unknown place', 404: 'Unknown record' }[status];
  const params: Record<string, string | number> =
    err.code === 'unknown-record' ? { entity: 'item', id: item } : { id, names: item };
  return new HttpProblem(status, title ?? 'Unknown record', err.message, { code: err.code, params });
}

const upload: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/sources',
    {
      bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024,
      config: { upload: 'document' },
      schema: {
        operationId: 'uploadSource',
        summary: 'Upload a bulletin or news item and preview what is extracted',
        querystring: SourceHintsSchema,
        response: { 201: UploadPreviewSchema, 202: JobSchema },
      },
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

  app.get(
    '/uploads/:id',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'getUpload',
        summary: 'An upload’s preview, with the editor’s corrections',
        params: IdParamsSchema,
        response: { 200: UploadPreviewSchema },
      },
    },
    async (request) => previewOr404(app, request.params.id),
  );

  app.patch(
    '/uploads/:id/items/:item',
    {
      schema: {
        operationId: 'editUploadItem',
        summary: 'Correct, drop or restore an extracted item before import (audited)',
        params: UploadItemParamsSchema,
        body: UploadItemPatchSchema,
        response: { 200: UploadPreviewSchema },
      },
    },
    async (request) => {
      const { id, item } = request.params;
      const input = { uploadId: id, item, patch: request.body, actor: request.user?.username ?? '?' };
      try {
        await app.writes.run(() => editUploadItem(app.store.engine, input, (code) => extractedRegion(app, code)));
      } catch (err) {
        if (err instanceof UploadEditError) throw editProblem(err, id, item);
        throw err;
      }
      return previewOr404(app, id);
    },
  );

  app.post(
    '/sources/:id/confirm',
    {
      schema: {
        operationId: 'confirmUpload',
        summary: 'Import an upload exactly as previewed (with its corrections)',
        params: IdParamsSchema,
        body: ConfirmBodySchema,
        response: { 200: ConfirmResponseSchema, 202: JobSchema },
      },
    },
    async (request, reply) => {
      const size = await pendingUploadSize(app.store.engine, request.params.id);
      if (size === null) throw unknownUpload(request.params.id);
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
