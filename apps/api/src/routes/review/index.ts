import { getIndicator, listAudit, NotFoundError, reviewMeasure, reviewObservation, reviewQueue } from '@ipb/db';
import {
  AuditListResponseSchema,
  AuditQuerySchema,
  IdParamsSchema,
  MeasurePatchSchema,
  ObservationPatchSchema,
  ReviewQueueQuerySchema,
  ReviewQueueResponseSchema,
  ReviewResultSchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../../plugins/problem';

function notFound(err: unknown, entity: 'measure' | 'observation', id: number): never {
  if (err instanceof NotFoundError)
    throw new HttpProblem(404, 'Unknown record', err.message, { code: 'unknown-record', params: { entity, id } });
  throw err;
}

const review: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/measures/:id',
    {
      schema: {
        operationId: 'reviewMeasure',
        summary: 'Accept, correct or reject an extracted measure (audited)',
        params: IdParamsSchema,
        body: MeasurePatchSchema,
        response: { 200: ReviewResultSchema },
      },
    },
    async (request) => {
      try {
        return await app.writes.run(() =>
          reviewMeasure(app.store.engine, request.params.id, request.body, request.user?.username ?? '?'),
        );
      } catch (err) {
        return notFound(err, 'measure', request.params.id);
      }
    },
  );

  app.patch(
    '/observations/:id',
    {
      schema: {
        operationId: 'reviewObservation',
        summary: 'Accept, correct or reject an extracted figure (audited)',
        params: IdParamsSchema,
        body: ObservationPatchSchema,
        response: { 200: ReviewResultSchema },
      },
    },
    async (request) => {
      const changes = request.body.action === 'correct' ? request.body.changes : {};
      if (changes.indicatorId && !(await getIndicator(app.store.engine, changes.indicatorId))) {
        throw new HttpProblem(
          400,
          'Unknown indicator',
          `"${changes.indicatorId}" is not in the catalogue (GET /api/indicators).`,
          { code: 'unknown-indicator', params: { id: changes.indicatorId } },
        );
      }
      if (changes.regionCode && !app.gazetteer.byCode(changes.regionCode)) {
        throw new HttpProblem(
          400,
          'Unknown place',
          `"${changes.regionCode}" is not a region code (GET /api/regions).`,
          { code: 'unknown-place', params: { names: changes.regionCode } },
        );
      }
      try {
        return await app.writes.run(() =>
          reviewObservation(app.store.engine, request.params.id, request.body, request.user?.username ?? '?'),
        );
      } catch (err) {
        return notFound(err, 'observation', request.params.id);
      }
    },
  );

  app.get(
    '/review-queue',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'getReviewQueue',
        summary: 'The review queue: open conflicts, then the least confident extractions',
        querystring: ReviewQueueQuerySchema,
        response: { 200: ReviewQueueResponseSchema },
      },
    },
    async (request) => reviewQueue(app.store.engine, request.query),
  );

  app.get(
    '/audit',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'listAudit',
        summary: 'The audit log: who changed what, when, why, before and after',
        querystring: AuditQuerySchema,
        response: { 200: AuditListResponseSchema },
      },
    },
    async (request) => listAudit(app.store.engine, request.query),
  );
};
export default review;
