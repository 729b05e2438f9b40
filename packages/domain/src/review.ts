/** Review actions on extracted records, the audit log and the review queue. */
import { z } from 'zod';
import { CitationSchema } from './api';
import { ObservationKindSchema, PeriodTypeSchema, ReviewStatusSchema } from './observations';
import { ThemeIdSchema } from './themes';

const reason = z.string().trim().min(1).max(500);

export const MeasurePatchSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), reason: reason.optional() }),
  z.object({ action: z.literal('reject'), reason }),
  z.object({
    action: z.literal('correct'),
    reason,
    changes: z
      .object({
        title: z.string().trim().min(1).max(200).optional(),
        text: z.string().trim().min(1).max(20000).optional(),
        themes: z.array(ThemeIdSchema).min(1).optional(),
        programs: z.array(z.string().trim().min(1).max(60)).optional(),
      })
      .refine((c) => Object.keys(c).length > 0, 'say what to correct: title, text, themes or programs'),
  }),
]);
export type MeasurePatch = z.infer<typeof MeasurePatchSchema>;

export const ObservationPatchSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), reason: reason.optional() }),
  z.object({ action: z.literal('reject'), reason }),
  z.object({
    action: z.literal('correct'),
    reason,
    changes: z
      .object({
        value: z.number().finite().optional(),
        valueMax: z.number().finite().nullable().optional(),
        indicatorId: z.string().nullable().optional(),
        kind: ObservationKindSchema.optional(),
        periodType: PeriodTypeSchema.optional(),
        periodStart: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .nullable()
          .optional(),
        periodEnd: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .nullable()
          .optional(),
        regionCode: z.string().optional(),
      })
      .refine((c) => Object.keys(c).length > 0, 'say what to correct: value, indicatorId, kind, period or regionCode'),
  }),
]);
export type ObservationPatch = z.infer<typeof ObservationPatchSchema>;

export const ReviewResultSchema = z.object({
  id: z.number().int(),
  reviewStatus: ReviewStatusSchema,
  auditId: z.number().int(),
});

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
export const AuditQuerySchema = z.object({
  entity: z.enum(['measure', 'observation', 'source', 'user']).optional(),
  entityId: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const AuditListResponseSchema = z.object({ items: z.array(AuditEntrySchema) });

export const ReviewItemSchema = z.object({
  entity: z.enum(['measure', 'observation']),
  id: z.number().int(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  label: z.string(),
  detail: z.string(),
  confidence: z.number(),
  reviewStatus: ReviewStatusSchema,
  /** Observation ids giving a different value for the same place, indicator, kind and period. */
  conflictsWith: z.array(z.number().int()),
  citation: CitationSchema,
});
export const ReviewQueueQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
export const ReviewQueueResponseSchema = z.object({ items: z.array(ReviewItemSchema), total: z.number().int() });

export const UploadPreviewSchema = z.object({
  id: z.number().int(),
  fileName: z.string().nullable(),
  sha256: z.string(),
  alreadyImported: z.boolean(),
  title: z.string(),
  year: z.number().int().nullable(),
  issueNumber: z.number().int().nullable(),
  articles: z.array(
    z.object({
      title: z.string(),
      regionCode: z.string().nullable(),
      regionName: z.string().nullable(),
      measures: z.number().int(),
      figures: z.number().int(),
    }),
  ),
  issues: z.array(z.object({ severity: z.string(), code: z.string(), message: z.string() })),
});
export const ConfirmResponseSchema = z.object({
  sourceId: z.number().int(),
  status: z.enum(['new', 'unchanged', 'replaced']),
  articles: z.number().int(),
  measures: z.number().int(),
  observations: z.number().int(),
});

export const CsvImportResponseSchema = z.object({
  sourceId: z.number().int(),
  status: z.enum(['new', 'unchanged', 'replaced']),
  rows: z.number().int(),
});
