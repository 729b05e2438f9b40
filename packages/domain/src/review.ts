/** Review actions on extracted records, the audit log and the review queue. */
import { z } from 'zod';
import { CitationSchema } from './api';
import { AuthoritySchema } from './authority';
import { PlaceEvidenceSchema } from './extraction';
import { FigureMeasureSchema, FigureStatusSchema } from './figure-axes';
import { IsoDateSchema, ObservationKindSchema, PeriodTypeSchema, ReviewStatusSchema } from './observations';
import { MAX_TEXT_CHARS } from './query-limits';
import { ThemeIdSchema } from './themes';
import { UploadDiffSchema, UploadItemsSchema } from './upload-review';

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

/** What the audit log records changes to. */
export const AUDIT_ENTITIES = [
  'measure',
  'observation',
  'source',
  'user',
  'token',
  'conflict',
  'csv',
  'upload',
] as const;
/** What was done: review actions, settlements, imports, authority changes, account changes. */
export const AUDIT_ACTIONS = [
  'accept',
  'reject',
  'correct',
  'settle',
  'import',
  'create',
  'set_authority',
  'drop',
  'restore',
  'revoke',
] as const;
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export const AuditQuerySchema = z.object({
  entity: z.enum(AUDIT_ENTITIES).optional(),
  entityId: z.string().max(MAX_TEXT_CHARS).optional(),
  action: z.string().max(40).optional(),
  /** Who: the account name (exact). */
  actor: z.string().max(100).optional(),
  /** From this day (inclusive, UTC). */
  from: day.optional(),
  /** To this day (inclusive, UTC). */
  to: day.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  /** The nextCursor of the previous page: entries older than it. */
  cursor: z.string().regex(/^\d+$/, 'cursor is the nextCursor value of the previous page').optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
export const AuditListResponseSchema = z.object({
  items: z.array(AuditEntrySchema),
  /** Entries that match the filters. */
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});

/** A figure as extracted (value and unit as written), for the interface to word in its language. */
export const ReviewFigureSchema = z.object({
  subject: z.string().nullable(),
  indicatorId: z.string().nullable(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  kind: ObservationKindSchema,
  periodType: PeriodTypeSchema,
  periodText: z.string().nullable(),
  year: z.number().int().nullable(),
});

export const REVIEW_ENTITIES = ['measure', 'observation', 'conflict'] as const;
export const ReviewItemSchema = z.object({
  /** conflict: sources disagree; settle it with POST /api/conflicts/settlements (key in conflictKey). */
  entity: z.enum(REVIEW_ENTITIES),
  id: z.number().int(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  /** A one-line summary for API users; the web app words the item from the fields below. */
  label: z.string(),
  detail: z.string(),
  confidence: z.number(),
  reviewStatus: ReviewStatusSchema,
  /** For a conflict: the observation ids of the other values. */
  conflictsWith: z.array(z.number().int()),
  /** For entity "conflict": the key of GET /api/conflicts. */
  conflictKey: z.string().nullable(),
  /** For a figure or a conflict: the (preferred) figure as extracted. */
  figure: ReviewFigureSchema.nullable(),
  /** For a conflict: how many different values the sources give. */
  valueCount: z.number().int().nullable(),
  citation: CitationSchema,
});
export const ReviewQueueQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Only measures, figures or conflicts. */
  entity: z.enum(REVIEW_ENTITIES).optional(),
  /** Only one place (its code). */
  region: z
    .string()
    .regex(/^\d{6}/, 'a region code such as 150100')
    .optional(),
  /** Only one source (its id). */
  source: z.coerce.number().int().positive().optional(),
  /** Only items at most this confident (0–1): the least certain first. */
  maxConfidence: z.coerce.number().min(0).max(1).optional(),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuerySchema>;
const FacetSchema = <T extends z.ZodType>(value: T) =>
  z.array(z.object({ value, label: z.string(), count: z.number().int() }));
export const ReviewQueueResponseSchema = z.object({
  items: z.array(ReviewItemSchema),
  /** Items that match the filters (the list shows the first `limit`). */
  total: z.number().int(),
  /** Items in the whole queue, whatever the filters: what is left to do. */
  all: z.number().int(),
  /** What the whole queue holds, for the filters: by kind, place and source. */
  facets: z.object({
    entity: FacetSchema(z.enum(REVIEW_ENTITIES)),
    region: FacetSchema(z.string()),
    source: FacetSchema(z.number().int()),
  }),
});

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
  /** Every extracted article, measure and figure, with what editors changed or dropped. */
  items: UploadItemsSchema,
  /** What importing changes against the version of the same issue already imported (null: none). */
  diff: UploadDiffSchema.nullable(),
  /** True once confirmed: the upload can no longer change. */
  confirmed: z.boolean(),
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

/** A measures CSV import: one source per file, identified by its content. */
export const MeasureCsvImportResponseSchema = z.object({
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
