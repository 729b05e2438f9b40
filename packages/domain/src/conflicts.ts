/**
 * Conflicts: two or more values for the same place × indicator × kind × period type × period that
 * differ, after unit normalisation, beyond rounding. One value is preferred by a documented rule
 * (CONFLICT_RULE); a reviewer may settle a conflict once, with a reason, and it leaves the queue.
 */
import { z } from 'zod';
import { AlternativeValueSchema } from './api';
import { AuthorityQuerySchema } from './authority';
import { ObservationKindSchema, PeriodTypeSchema } from './observations';
import { nameParam, placeListParam } from './query-limits';

/** The preference order, as shown to users and in the API. */
export const CONFLICT_RULE =
  'a settled choice first; else higher source authority; else reviewed over unreviewed; else the later publication';

export const ConflictValueSchema = AlternativeValueSchema.extend({
  /** Where this value ranks by the rule (1 = preferred). */
  rank: z.number().int().min(1),
  /** Date of its source (YYYY-MM-DD) when known. */
  publishedAt: z.string().nullable(),
});
export type ConflictValue = z.infer<typeof ConflictValueSchema>;

export const SettlementSchema = z.object({
  observationId: z.number().int(),
  reason: z.string(),
  by: z.string(),
  at: z.string(),
});
export type Settlement = z.infer<typeof SettlementSchema>;

export const ConflictSchema = z.object({
  key: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  indicatorId: z.string(),
  indicatorName: z.string(),
  kind: ObservationKindSchema,
  periodType: PeriodTypeSchema,
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  year: z.number().int().nullable(),
  unit: z.string(),
  /** All values, preferred first. */
  values: z.array(ConflictValueSchema).min(2),
  preferredObservationId: z.number().int(),
  /** Why the first value is preferred, for this conflict. */
  reason: z.string(),
  rule: z.string(),
  settlement: SettlementSchema.nullable(),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const ConflictQuerySchema = z.object({
  region: placeListParam().optional(),
  indicator: nameParam().optional(),
  /** open: not settled yet; settled; all (default). */
  status: z.enum(['all', 'open', 'settled']).default('all'),
  ...AuthorityQuerySchema.shape,
  /** At most this many conflicts (100 by default, 500 at most); `total` counts them all. */
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ConflictListResponseSchema = z.object({
  items: z.array(ConflictSchema),
  total: z.number().int(),
  open: z.number().int(),
  rule: z.string(),
});

export const SettleConflictBodySchema = z.object({
  key: z.string().min(1, 'key is the conflict key from GET /api/conflicts'),
  observationId: z.number().int().positive(),
  reason: z.string().trim().min(3, 'say why this value is right (at least 3 characters)').max(1000),
});
export type SettleConflictBody = z.infer<typeof SettleConflictBodySchema>;
