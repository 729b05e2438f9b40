/**
 * A problem to answer with (RFC 9457), free of Fastify so the import worker can raise one too. The
 * plugin in plugins/problem.ts sends it; this module only describes it.
 */
import type { Problem, ProblemParams } from '@ipb/domain';

export const PROBLEM_TYPE_BASE = 'https://ipb.local/problems/';
export const PROBLEM_MEDIA_TYPE = 'application/problem+json; charset=utf-8';

export interface ProblemOptions {
  /** Stable kebab-case code; defaults to the title's slug. */
  code?: string;
  params?: ProblemParams;
  errors?: Problem['errors'];
  /** Response headers that go with the problem (Retry-After, Allow …). */
  headers?: Record<string, string>;
}

const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Throw from a route to answer with a problem: `throw new HttpProblem(404, 'Unknown indicator', '…', { code })`. */
export class HttpProblem extends Error {
  readonly code: string;
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly options: ProblemOptions = {},
  ) {
    super(detail);
    this.code = options.code ?? slug(title);
  }
}

/** The body of a problem; also used where Fastify cannot send one for us (a malformed request). */
export function problemBody(problem: HttpProblem, instance?: string): Problem {
  const { params, errors } = problem.options;
  return {
    type: `${PROBLEM_TYPE_BASE}${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    ...(params ? { params } : {}),
    ...(errors ? { errors } : {}),
    ...(instance ? { instance } : {}),
  };
}

/** A problem as plain data (it crosses from the worker thread) and back. */
export function problemFromBody(body: Problem): HttpProblem {
  return new HttpProblem(body.status, body.title, body.detail, {
    code: body.code,
    params: body.params,
    errors: body.errors,
  });
}
