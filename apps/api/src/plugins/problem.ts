/**
 * RFC 9457 problem details for every error. Validation failures say which parameter was wrong and
 * how; unknown routes under /api answer 404 problem+json; anything unexpected is logged with its
 * stack and answered with a 500 that contains no internals.
 */
import type { Problem } from '@ipb/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

const TYPE_BASE = 'https://ipb.local/problems/';

/** Throw from a route to answer with a problem: `throw new HttpProblem(404, 'Unknown indicator', '…')`. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: Problem['errors'],
  ) {
    super(detail);
  }
}

export function sendProblem(reply: FastifyReply, problem: Omit<Problem, 'type'> & { type?: string }) {
  const slug = problem.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send({ type: problem.type ?? `${TYPE_BASE}${slug}`, ...problem, instance: reply.request.url });
}

function validationProblem(err: {
  validation: Array<{ instancePath: string; message?: string }>;
  validationContext?: string;
}) {
  const where = err.validationContext ?? 'request';
  const errors = err.validation.map((v) => ({
    path: `${where}${v.instancePath.replace(/\//g, '.')}`,
    message: v.message ?? 'is invalid',
  }));
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return { status: 400, title: 'Invalid request', detail, errors };
}

export default fp(async function problemPlugin(app: FastifyInstance) {
  app.setErrorHandler((err, request, reply) => {
    if (err instanceof HttpProblem) {
      return sendProblem(reply, { status: err.status, title: err.title, detail: err.detail, errors: err.errors });
    }
    if (hasZodFastifySchemaValidationErrors(err)) return sendProblem(reply, validationProblem(err));
    if (isResponseSerializationError(err))
      request.log.error({ issues: err.cause.issues }, 'response failed its schema');
    const status =
      typeof (err as { statusCode?: number }).statusCode === 'number'
        ? (err as { statusCode: number }).statusCode
        : 500;
    if (status >= 500) {
      request.log.error(err);
      return sendProblem(reply, {
        status: 500,
        title: 'Internal error',
        detail: 'The server could not answer this request. It has been logged; try again, or report the time and URL.',
      });
    }
    return sendProblem(reply, { status, title: 'Bad request', detail: (err as Error).message });
  });
});
