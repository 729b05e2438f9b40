/** Review actions on extracted records, the audit log and the review queue. */
import { z } from 'zod';
import { CitationSchema } from './api';
import { AuthoritySchema } from './authority';
import { PlaceEvidenceSchema } from './extraction';
import { FigureMeasureSchema, FigureStatusSchema } from './figure-axes';
import { IsoDateSchema, ObservationKindSchema, PeriodTypeSchema, ReviewStatusSchema } from './observations';
import { MAX_TEXT_CHARS } from './query-limits';
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
        /** Issue 9's axes; the kind follows them (or they follow a corrected kind). */
        measure: FigureMeasureSchema.optional(),
        status: FigureStatusSchema.optional(),
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
      .refine(
        (c) => Object.keys(c).length > 0,
        'say what to correct: value, indicatorId, kind, measure, status, period or regionCode',
      ),
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
  entity: z.enum(['measure', 'observation', 'source', 'user', 'conflict']).optional(),
  entityId: z.string().max(MAX_TEXT_CHARS).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const AuditListResponseSchema = z.object({ items: z.array(AuditEntrySchema) });

export const ReviewItemSchema = z.object({
  /** conflict: sources disagree; settle it with POST /api/conflicts/settlements (key in conflictKey). */
  entity: z.enum(['measure', 'observation', 'conflict']),
  id: z.number().int(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  label: z.string(),
  detail: z.string(),
  confidence: z.number(),
  reviewStatus: ReviewStatusSchema,
  /** Observation ids giving a different value for the same place, indicator, kind and period. */
  conflictsWith: z.array(z.number().int()),
  /** For entity "conflict": the key of GET /api/conflicts. */
  conflictKey: z.string().nullable(),
  citation: CitationSchema,
});
export const ReviewQueueQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
export const ReviewQueueResponseSchema = z.object({ items: z.array(ReviewItemSchema), total: z.number().int() });

export const UploadPreviewSchema = z.object({
  id: z.number().int(),
  fileName: z.string().nullable(),
  sha256: z.string(),
  alreadyImported: z.boolean(),
  /** After this instant the preview can no longer be confirmed (a day after the upload). */
  expiresAt: z.string().nullable().default(null),
  title: z.string(),
  year: z.number().int().nullable(),
  issueNumber: z.number().int().nullable(),
  /** The address and publisher the uploader gave (or the masthead's publisher). */
  url: z.string().nullable().optional(),
  publisher: z.string().nullable().optional(),
  articles: z.array(
    z.object({
      title: z.string(),
      regionCode: z.string().nullable(),
      regionName: z.string().nullable(),
      /** How the place is known when the text does not name it, and what was read (issue 9). */
      placeEvidence: PlaceEvidenceSchema.nullable().optional(),
      placeNote: z.string().nullable().optional(),
      /** Nothing said which place this is: a reviewer must, before its figures can be stored. */
      placeReview: z.boolean().optional(),
      measures: z.number().int(),
      figures: z.number().int(),
    }),
  ),
  issues: z.array(z.object({ severity: z.string(), code: z.string(), message: z.string() })),
  /** The class the rules give this document (an editor can change it after confirming). */
  authority: AuthoritySchema,
  authorityReason: z.string(),
});
/** Confirming a preview never replaces a version imported after it unless this says so. */
export const ConfirmBodySchema = z
  .object({ replaceNewer: z.boolean().default(false) })
  .nullish()
  .describe(
    'Optional: {"replaceNewer": true} to replace a version of the document imported after this preview was made.',
  );
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
  /** The earlier import this one replaced, when the request named one (`replace`). */
  replacedSourceId: z.number().int().nullable().default(null),
});
/**
 * A CSV import is identified by its content: the same file again is "unchanged", another file is
 * a new import. To replace an earlier import, name it: `replace=<its sourceId>`.
 */
export const CsvImportQuerySchema = z.object({
  replace: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});

/** An editor overrides a source's authority class; the change is audited with the reason. */
export const SourceAuthorityPatchSchema = z.object({
  authority: AuthoritySchema,
  reason: z.string().trim().min(3, 'say why the class changes (at least 3 characters)').max(1000),
});

/**
 * One measure of the bureau's own policy inventory (a form entry, or one CSV row). It is stored as
 * a `manual` source with authority bureau_entry and is reviewed like an extracted measure.
 */
export const BureauMeasureInputSchema = z.object({
  /** A place code or name; default 呼和浩特市. */
  region: z.string().trim().min(1).default('150100'),
  themes: z.array(ThemeIdSchema).min(1, 'pick at least one theme'),
  title: z.string().trim().min(2, 'a title of at least 2 characters').max(200),
  text: z.string().trim().min(2, 'the measure text').max(20000),
  date: IsoDateSchema,
  programs: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  /** The policy document or its number (文号), e.g. 呼政办发〔2024〕12号. */
  document: z.string().trim().max(300).nullable().default(null),
  url: z.string().trim().url('a full URL (https://…)').nullable().default(null),
});
export type BureauMeasureInput = z.infer<typeof BureauMeasureInputSchema>;

export const MeasureCreatedSchema = z.object({
  id: z.number().int(),
  sourceId: z.number().int(),
  reviewStatus: ReviewStatusSchema,
});
export const MeasureCsvImportResponseSchema = CsvImportResponseSchema;
