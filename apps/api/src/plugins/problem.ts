/**
 * RFC 9457 problem details for every error: the one builder of the server (STYLE.md). Each problem
 * has a stable `code` (the last segment of its `type`) and `params`, so the web client can say it in
 * the user's language; `detail` says it in English for whoever reads the raw answer. Validation
 * failures say which parameter was wrong and how; errors of the router and of Fastify itself
 * (bad URL encoding, over-long path segments, body too large) are problems too; anything unexpected
 * is logged with its stack and answered with a 500 that contains no internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { HttpProblem, PROBLEM_MEDIA_TYPE, problemBody } from '../lib/http-problem';
import { validationProblems } from '../lib/validation-problems';

export { HttpProblem, PROBLEM_MEDIA_TYPE, problemBody };

/** The path of the request without its query, cut short: an instance never echoes a 16 KB URL. */
function instanceOf(request: FastifyRequest): string {
  const path = (request.raw.url ?? '/').split('?')[0] ?? '/';
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

export function sendProblem(reply: FastifyReply, problem: HttpProblem) {
  for (const [name, value] of Object.entries(problem.options.headers ?? {})) reply.header(name, value);
  return reply
    .code(problem.status)
    .type(PROBLEM_MEDIA_TYPE)
    .send(problemBody(problem, instanceOf(reply.request)));
}

function validationProblem(err: {
  validation: Parameters<typeof validationProblems>[0];
  validationContext?: string;
}): HttpProblem {
  // Each field problem carries a code and its bounds, so a client words it in its own language.
  const errors = validationProblems(err.validation, err.validationContext ?? 'request');
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return new HttpProblem(400, 'Invalid request', detail, { code: 'invalid-request', errors });
}

/** Fastify's own client errors (FST_ERR_*), in words a person can act on. */
const FASTIFY_PROBLEMS: Record<string, (err: FastifyError) => HttpProblem> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    new HttpProblem(413, 'Body too large', 'The request body is larger than this endpoint accepts.', {
      code: 'body-too-large',
    }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (err) =>
    new HttpProblem(415, 'Unsupported media type', `${err.message}. Send JSON, or the file as documented.`, {
      code: 'unsupported-media-type',
    }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new HttpProblem(400, 'Empty body', 'The content type is JSON but the body is empty; send a JSON object.', {
      code: 'empty-json-body',
    }),
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    new HttpProblem(400, 'Invalid JSON', 'The body is not valid JSON.', { code: 'invalid-json' }),
  FST_ERR_BAD_URL: () =>
    new HttpProblem(
      400,
      'Bad URL',
      'The URL has a malformed percent-encoding (such as %G or a lone %). Encode "%" as %25.',
      { code: 'bad-url-encoding' },
    ),
  FST_ERR_MAX_PARAM_LENGTH: () =>
    new HttpProblem(414, 'Path segment too long', 'A path parameter is longer than 100 characters.', {
      code: 'path-segment-too-long',
      params: { max: 100 },
    }),
};

/** Any error as a problem: ours as thrown, Fastify's translated, anything else a logged 500. */
export function toProblem(err: unknown, request: FastifyRequest): HttpProblem {
  if (err instanceof HttpProblem) return err;
  if (hasZodFastifySchemaValidationErrors(err)) return validationProblem(err);
  if (isResponseSerializationError(err)) request.log.error({ issues: err.cause.issues }, 'response failed its schema');
  const fastifyError = err as Partial<FastifyError>;
  const known = fastifyError.code ? FASTIFY_PROBLEMS[fastifyError.code] : undefined;
  if (known) return known(fastifyError as FastifyError);
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status >= 500 || status < 400) {
    request.log.error(err);
    return new HttpProblem(
      500,
      'Internal error',
      'The server could not answer this request. It has been logged; try again, or report the time and URL.',
      { code: 'internal-error' },
    );
  }
  return new HttpProblem(status, 'Bad request', fastifyError.message ?? 'The request is not valid.', {
    code: 'bad-request',
  });
}

export default fp(async function problemPlugin(app: FastifyInstance) {
  app.setErrorHandler((err, request, reply) => sendProblem(reply, toProblem(err, request)));
});
