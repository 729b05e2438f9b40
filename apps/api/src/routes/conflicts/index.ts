/**
 * GET /api/conflicts — places × indicators × periods where sources disagree, the preferred value by
 * the documented rule and every alternative with its citation; POST /api/conflicts/settlements —
 * a reviewer settles one, once, with a reason (audited). A settled conflict leaves the review queue.
 */
import { listConflicts, NotFoundError, SettlementError, settleConflict } from '@ipb/db';
import {
  authorityFilter,
  CONFLICT_RULE,
  ConflictListResponseSchema,
  ConflictQuerySchema,
  ConflictSchema,
  SettleConflictBodySchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireIndicator } from '../../lib/require-indicator';
import { resolveRegions } from '../../lib/resolve-regions';
import { HttpProblem } from '../../plugins/problem';

const conflicts: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/conflicts',
    {
      schema: {
        operationId: 'listConflicts',
        summary: 'Where sources disagree, each value ranked by the rule',
        querystring: ConflictQuerySchema,
        response: { 200: ConflictListResponseSchema },
      },
    },
    async (request) => {
      const { indicator, region, status, limit } = request.query;
      if (indicator) await requireIndicator(app, indicator);
      const regionCodes = resolveRegions(region, (q) => app.gazetteer.resolve(q)).map((r) => r.code);
      const all = await listConflicts(app.store.engine, {
        regionCodes,
        indicatorId: indicator,
        authority: authorityFilter(request.query.authority),
      });
      const items = all.filter((c) => status === 'all' || (status === 'settled') === (c.settlement !== null));
      return {
        items: items.slice(0, limit),
        total: items.length,
        open: all.filter((c) => c.settlement === null).length,
        rule: CONFLICT_RULE,
      };
    },
  );

  app.post(
    '/conflicts/settlements',
    {
      schema: {
        operationId: 'settleConflict',
        summary: 'Settle a conflict once, with a reason (audited)',
        body: SettleConflictBodySchema,
        response: { 200: ConflictSchema },
      },
    },
    async (request) => {
      try {
        return await app.writes.run(() =>
          settleConflict(app.store.engine, request.body, request.user?.username ?? '?'),
        );
      } catch (err) {
        if (err instanceof NotFoundError)
          throw new HttpProblem(404, 'Unknown conflict', err.message, { code: 'unknown-conflict' });
        if (err instanceof SettlementError)
          throw new HttpProblem(400, 'Not a value of this conflict', err.message, { code: 'not-a-conflict-value' });
        throw err;
      }
    },
  );
};
export default conflicts;
