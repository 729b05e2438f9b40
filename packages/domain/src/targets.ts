/** Response of /api/targets: each target with its baseline, latest actual and progress status. */
import { z } from 'zod';
import { CitationSchema } from './api';
import { AuthorityQuerySchema, AuthoritySchema } from './authority';
import { LatestValueSchema } from './compare';
import { TargetAimSchema } from './figure-axes';
import { ProgressStatusSchema } from './progress';
import { nameParam, placeListParam } from './query-limits';

export const TargetSchema = z.object({
  observationId: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  indicatorId: z.string().nullable(),
  indicatorName: z.string().nullable(),
  subject: z.string().nullable(),
  /** The level to reach: as written, or implied by a change from the baseline (see `written`). */
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  qualifier: z.string().nullable(),
  /** What the text aims at (issue 9): a level (达到 3000 家), a change (增长 1 倍) or a share. */
  aim: TargetAimSchema,
  /**
   * A change as written (增长 1 倍, 年均增长 15%) when `value` is the level it implies from the
   * baseline (1500 家 × 2 = 3000 家); null when the target is a level or a share as written.
   */
  written: z.object({ value: z.number(), unit: z.string(), baselineYear: z.number().int().nullable() }).nullable(),
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
  region: placeListParam().optional(),
  indicator: nameParam().optional(),
  ...AuthorityQuerySchema.shape,
  /** At most this many targets (50 by default, 200 at most); `total` counts them all. */
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .describe('At most this many targets, 呼和浩特’s first (default 50, at most 200); `total` counts them all.'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Skip this many targets: the next page.'),
});
export const TargetListResponseSchema = z.object({
  items: z.array(TargetSchema),
  total: z.number().int(),
  /** Where `items` starts among the `total` (the request's `offset`). */
  offset: z.number().int(),
});
