/** Response of /api/targets: each target with its baseline, latest actual and progress status. */
import { z } from 'zod';
import { CitationSchema } from './api';
import { AuthorityQuerySchema, AuthoritySchema } from './authority';
import { LatestValueSchema } from './compare';
import { ProgressStatusSchema } from './progress';

export const TargetSchema = z.object({
  observationId: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  indicatorId: z.string().nullable(),
  indicatorName: z.string().nullable(),
  subject: z.string().nullable(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  qualifier: z.string().nullable(),
  deadline: z.string().nullable(),
  deadlineYear: z.number().int().nullable(),
  flags: z.array(z.string()),
  authority: AuthoritySchema,
  citation: CitationSchema,
  baseline: LatestValueSchema.nullable(),
  latest: LatestValueSchema.nullable(),
  status: ProgressStatusSchema.nullable(),
  /** Why there is this status, or what is missing when there is none ("cannot assess: …"). */
  statusReason: z.string(),
  observedCagr: z.number().nullable(),
  requiredCagr: z.number().nullable(),
});
export type Target = z.infer<typeof TargetSchema>;

export const TargetQuerySchema = z.object({
  region: z.string().optional(),
  indicator: z.string().optional(),
  ...AuthorityQuerySchema.shape,
});
export const TargetListResponseSchema = z.object({ items: z.array(TargetSchema) });
