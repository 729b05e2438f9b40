/**
 * The catalogue indicator named by a query parameter, or a 404 problem that says where the ids are.
 * From the catalogue the instance holds while data/ is unchanged (heldIndicator), not a row read
 * per request: every route that names an indicator asks for it first.
 */
import { heldIndicator } from '@ipb/db';
import type { Indicator } from '@ipb/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem } from '../plugins/problem';

/** `request`: its data/ hash, read with its data version (plugins/http-cache.ts), is used rather than read again. */
export async function requireIndicator(app: FastifyInstance, id: string, request?: FastifyRequest): Promise<Indicator> {
  const indicator = await heldIndicator(app.store.engine, id, request?.dataState ?? undefined);
  if (indicator) return indicator;
  throw new HttpProblem(
    404,
    'Unknown indicator',
    `There is no indicator "${id}". GET /api/indicators lists the ids (e.g. high_tech_enterprises).`,
    {
      code: 'unknown-indicator',
      params: { id },
      errors: [
        {
          path: 'querystring.indicator',
          message: `unknown indicator "${id}"`,
          code: 'unknown-indicator',
          params: { id },
        },
      ],
    },
  );
}
