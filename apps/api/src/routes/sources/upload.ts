/**
 * Upload a bulletin or news item: the same extraction pipeline as the CLI runs on it and the
 * preview is stored; confirming imports exactly what was previewed, in one transaction.
 */
import {
  createPendingUpload,
  extractionAuthority,
  getPendingUpload,
  importExtraction,
  isAlreadyImported,
  markUploadConfirmed,
} from '@ipb/db';
import {
  ConfirmResponseSchema,
  IdParamsSchema,
  type SourceHints,
  SourceHintsSchema,
  UploadPreviewSchema,
} from '@ipb/domain';
import { decodeInput, extract, IngestInputError } from '@ipb/ingest';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAX_UPLOAD_BYTES, readUpload } from '../../lib/read-upload';
import { HttpProblem } from '../../plugins/problem';

const authorityOf = (extraction: Parameters<typeof extractionAuthority>[0]) => {
  const decision = extractionAuthority(extraction);
  return { authority: decision.authority, authorityReason: decision.reason };
};

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
  throw new HttpProblem(400, 'Invalid request', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
}

const upload: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/sources',
    {
      bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024,
      schema: { querystring: SourceHintsSchema, response: { 201: UploadPreviewSchema } },
    },
    async (request, reply) => {
      const { bytes, fileName, fields } = await readUpload(request);
      const hints = hintsOf(fields, request.query);
      let decoded: ReturnType<typeof decodeInput>;
      let extraction: ReturnType<typeof extract>;
      try {
        decoded = decodeInput(bytes);
        extraction = extract(bytes, { ...(await app.ingestContext()), fileName: fileName ?? undefined, hints });
      } catch (err) {
        if (err instanceof IngestInputError) {
          const status = err.code === 'too_large' ? 413 : err.code === 'binary' ? 415 : 400;
          throw new HttpProblem(status, 'Unreadable document', err.message);
        }
        throw err;
      }
      const id = createPendingUpload(app.store.db, {
        fileName,
        sha256: extraction.source.sha256,
        rawText: decoded.text,
        extraction,
        uploadedBy: request.user?.id ?? 0,
      });
      const s = extraction.source;
      return reply.code(201).send({
        id,
        fileName,
        sha256: s.sha256,
        alreadyImported: isAlreadyImported(app.store.db, s.sha256),
        title: s.title,
        year: s.year,
        issueNumber: s.issueNumber,
        url: s.url ?? null,
        publisher: s.publisher,
        articles: extraction.articles.map((a) => ({
          title: a.title,
          regionCode: a.region?.code ?? null,
          regionName: a.region?.name ?? null,
          placeEvidence: a.place?.evidence ?? null,
          placeNote: a.place?.note ?? null,
          placeReview: a.place?.review ?? a.region === null,
          measures: a.measures.length,
          figures: a.indicators.length,
        })),
        issues: extraction.issues.map(({ severity, code, message }) => ({ severity, code, message })),
        ...authorityOf(extraction),
      });
    },
  );

  app.post(
    '/sources/:id/confirm',
    { schema: { params: IdParamsSchema, response: { 200: ConfirmResponseSchema } } },
    async (request) => {
      const pending = getPendingUpload(app.store.db, request.params.id);
      if (!pending)
        throw new HttpProblem(
          404,
          'Unknown upload',
          `There is no upload ${request.params.id}; upload the file again (POST /api/sources).`,
        );
      const report = importExtraction(app.store, {
        extraction: pending.extraction,
        rawText: pending.rawText,
        fileName: pending.fileName,
        actor: request.user?.username ?? '?',
      });
      markUploadConfirmed(app.store.db, pending.id, report.sourceId);
      return {
        sourceId: report.sourceId,
        status: report.status,
        articles: report.articles,
        measures: report.measures,
        observations: report.observations,
      };
    },
  );
};
export default upload;
