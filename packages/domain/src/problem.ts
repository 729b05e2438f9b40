/**
 * RFC 9457 problem details, the one error shape of the API. `code` is stable (the last segment of
 * `type`) and `params` carries the values a message needs, so a client can say the problem in the
 * user's language; `detail` is the same message in English for people reading the raw answer.
 */
import { z } from 'zod';

export const ProblemParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type ProblemParams = z.infer<typeof ProblemParamsSchema>;

/**
 * What is wrong with one field or one CSV cell, stable and kebab-case like a problem's code:
 * validation's (zod's issue codes, with its bounds as params) and the API's own checks. The web app
 * words each from its dictionary (`field.<code>`), so no English message reaches a Chinese page.
 */
export const FIELD_PROBLEM_CODES = [
  'required',
  'too-small',
  'too-big',
  'invalid-type',
  'invalid-format',
  'invalid-value',
  'invalid',
  'unknown-place',
  'unknown-indicator',
  'unknown-theme',
  'unknown-unit',
  'not-a-number',
  'not-a-year',
  'not-a-date',
  'year-or-date',
  'not-one-of',
  'value-misfit',
  'too-many-cells',
  'missing-columns',
  'no-rows',
  'example-row',
  'unclosed-quote',
  'malformed-csv',
] as const;
export const FieldProblemCodeSchema = z.enum(FIELD_PROBLEM_CODES);
export type FieldProblemCode = z.infer<typeof FieldProblemCodeSchema>;

export const FieldProblemSchema = z.object({
  /** Where: `body.title`, `querystring.regions`, `line 3.region` (a CSV's line, header = 1). */
  path: z.string(),
  /** What to fix, in English (the web app words it from `code`). */
  message: z.string(),
  /** One of FIELD_PROBLEM_CODES; read leniently, so a client older than the server still parses it. */
  code: z.string().optional(),
  params: ProblemParamsSchema.optional(),
});
export type FieldProblem = z.infer<typeof FieldProblemSchema>;

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  /** Stable, kebab-case: what went wrong (`too-many-places`, `csv-has-errors`, `login-locked`). */
  code: z.string().optional(),
  /** The values the message is about (`{ max: 20, given: 31 }`). */
  params: ProblemParamsSchema.optional(),
  /** Field-level problems from validation, each with where and what to do. */
  errors: z.array(FieldProblemSchema).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

const scalar = (v: unknown): string | number | undefined =>
  typeof v === 'number' || typeof v === 'string' ? v : typeof v === 'bigint' ? Number(v) : undefined;

/**
 * A zod issue as a field problem's code and params: `kind` is zod's issue code (`too_small`, …),
 * `p` its fields (bounds, origin, format, allowed values). The API's request validation and the
 * CSV imports word their cells' problems through this one mapping.
 */
export function fieldProblemOfIssue(
  kind: string | undefined,
  p: Record<string, unknown>,
  message = '',
): { code: FieldProblemCode; params?: ProblemParams } {
  switch (kind) {
    case 'too_small': {
      const minimum = scalar(p.minimum) ?? 1;
      if (p.origin === 'string' && minimum === 1) return { code: 'required' };
      return { code: 'too-small', params: { minimum, origin: String(p.origin ?? 'number') } };
    }
    case 'too_big':
      return { code: 'too-big', params: { maximum: scalar(p.maximum) ?? 0, origin: String(p.origin ?? 'number') } };
    case 'invalid_type':
      // zod says "received undefined" when the field is simply missing.
      if (/received undefined/.test(message)) return { code: 'required' };
      return { code: 'invalid-type', params: { expected: String(p.expected ?? '') } };
    case 'invalid_format':
      return { code: 'invalid-format', params: { format: String(p.format ?? '') } };
    case 'invalid_value':
      return { code: 'not-one-of', params: { allowed: Array.isArray(p.values) ? p.values.join(', ') : '' } };
    default:
      return { code: 'invalid' };
  }
}
