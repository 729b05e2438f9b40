/**
 * Work too big to answer at once runs as a job (issue 11): the request answers 202 Accepted with the
 * job and a Location to poll (GET /api/jobs/:id) until it is done or failed. Payloads larger than
 * JOB_THRESHOLD_BYTES become jobs; smaller ones are answered when done, as before. Either way the
 * work itself runs off the server's event loop.
 */
import { z } from 'zod';
import { ProblemSchema } from './problem';

export const JOB_THRESHOLD_BYTES = 128 * 1024;
export const JOB_KINDS = ['upload', 'confirm', 'observations-csv', 'observations-csv-preview', 'measures-csv'] as const;
export const JobKindSchema = z.enum(JOB_KINDS);
export type JobKind = z.infer<typeof JobKindSchema>;
export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export const JOB_PHASES = ['queued', 'reading', 'validating', 'waiting', 'writing', 'done'] as const;

export const JobProgressSchema = z.object({
  phase: z.enum(JOB_PHASES),
  /** Rows (or bytes) done in this phase, of `total` when known. */
  done: z.number().int(),
  total: z.number().int().nullable(),
});
export type JobProgress = z.infer<typeof JobProgressSchema>;

export const JobSchema = z.object({
  id: z.string(),
  kind: JobKindSchema,
  status: z.enum(JOB_STATUSES),
  progress: JobProgressSchema,
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** What the synchronous request would have answered (an import's counts, an upload's preview). */
  // Any JSON (null until done): an unknown, not unknown-or-null, so OpenAPI has no empty anyOf branch.
  result: z.unknown(),
  /** Why it failed, as the synchronous request would have said it. */
  problem: ProblemSchema.nullable(),
  statusUrl: z.string(),
});
export type Job = z.infer<typeof JobSchema>;

export const JobParamsSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'a job id is the id from the 202 answer'),
});
