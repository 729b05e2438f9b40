import { listAudit, listIndicators, NotFoundError, reviewMeasure, reviewObservation, reviewQueue } from '@ipb/db';
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

function notFound(err: unknown, what: string): never {
  if (err instanceof NotFoundError) throw new HttpProblem(404, `Unknown ${what}`, err.message);
  throw err;
}

const review: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/measures/:id',
    { schema: { params: IdParamsSchema, body: MeasurePatchSchema, response: { 200: ReviewResultSchema } } },
    async (request) => {
      try {
        return await app.writes.run(() =>
          reviewMeasure(app.store, request.params.id, request.body, request.user?.username ?? '?'),
        );
      } catch (err) {
        return notFound(err, 'measure');
      }
    },
  );

  app.patch(
    '/observations/:id',
    { schema: { params: IdParamsSchema, body: ObservationPatchSchema, response: { 200: ReviewResultSchema } } },
    async (request) => {
      const changes = request.body.action === 'correct' ? request.body.changes : {};
      if (changes.indicatorId && !listIndicators(app.store.db).some((i) => i.id === changes.indicatorId)) {
        throw new HttpProblem(
          400,
          'Unknown indicator',
          `"${changes.indicatorId}" is not in the catalogue (GET /api/indicators).`,
        );
      }
      if (changes.regionCode && !app.gazetteer.byCode(changes.regionCode)) {
        throw new HttpProblem(400, 'Unknown place', `"${changes.regionCode}" is not a region code (GET /api/regions).`);
      }
      try {
        return await app.writes.run(() =>
          reviewObservation(app.store, request.params.id, request.body, request.user?.username ?? '?'),
        );
      } catch (err) {
        return notFound(err, 'observation');
      }
    },
  );

  app.get(
    '/review-queue',
    {
      config: { role: 'editor' },
      schema: { querystring: ReviewQueueQuerySchema, response: { 200: ReviewQueueResponseSchema } },
    },
    async (request) => reviewQueue(app.store.db, request.query.limit),
  );

  app.get(
    '/audit',
    {
      config: { role: 'editor' },
      schema: { querystring: AuditQuerySchema, response: { 200: AuditListResponseSchema } },
    },
    async (request) => ({ items: listAudit(app.store.db, request.query) }),
  );
};
export default review;
