/**
 * RFC 9457 problem details, the one error shape of the API. `code` is stable (the last segment of
 * `type`) and `params` carries the values a message needs, so a client can say the problem in the
 * user's language; `detail` is the same message in English for people reading the raw answer.
 */
import { z } from 'zod';

export const ProblemParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type ProblemParams = z.infer<typeof ProblemParamsSchema>;

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
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
