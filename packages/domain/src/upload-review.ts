/**
 * Reviewing an upload before it is imported: every extracted article, measure and figure with a
 * stable id inside the upload (a:0, m:0:3, f:0:12 — article index, measure ordinal or figure index),
 * what an editor may change or drop (audited), and what the upload changes against the version of
 * the same issue already imported.
 */
import { z } from 'zod';
import { ObservationKindSchema, PeriodTypeSchema } from './observations';

export const UPLOAD_ITEM_STATUSES = ['extracted', 'corrected', 'dropped'] as const;
const status = z.enum(UPLOAD_ITEM_STATUSES);

export const UploadArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  regionNameEn: z.string().nullable(),
  status,
});

export const UploadMeasureSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  ordinal: z.number().int(),
  title: z.string(),
  themes: z.array(z.string()),
  programs: z.array(z.string()),
  confidence: z.number(),
  status,
});

export const UploadFigureSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  subject: z.string().nullable(),
  indicatorId: z.string().nullable(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  kind: ObservationKindSchema,
  periodType: PeriodTypeSchema,
  periodText: z.string().nullable(),
  year: z.number().int().nullable(),
  confidence: z.number(),
  quote: z.string(),
  status,
});

/** What an editor changes in an extracted item; only the fields given change. */
export const UploadItemChangesSchema = z
  .object({
    regionCode: z
      .string()
      .regex(/^\d{6}/, 'a region code such as 150100')
      .optional(),
    title: z.string().trim().min(1).max(200).optional(),
    indicatorId: z.string().nullable().optional(),
    kind: ObservationKindSchema.optional(),
    periodType: PeriodTypeSchema.optional(),
    value: z.number().finite().optional(),
  })
  .refine((c) => Object.keys(c).length > 0, 'say what to change');
export type UploadItemChanges = z.infer<typeof UploadItemChangesSchema>;

export const UploadItemPatchSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('correct'),
    changes: UploadItemChangesSchema,
    reason: z.string().trim().min(1).max(500),
  }),
  z.object({ action: z.literal('drop'), reason: z.string().trim().min(1).max(500) }),
  z.object({ action: z.literal('restore'), reason: z.string().trim().max(500).optional() }),
]);
export type UploadItemPatch = z.infer<typeof UploadItemPatchSchema>;
export const UploadItemParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  item: z.string().regex(/^(a:\d+|m:\d+:\d+|f:\d+:\d+)$/, 'an item id such as a:0, m:0:3 or f:0:12'),
});

/** Counts and a few examples of what importing this upload would change. */
const DiffPartSchema = z.object({
  added: z.number().int(),
  removed: z.number().int(),
  unchanged: z.number().int(),
  /** Up to 20 of each, as a reader would recognise them (a measure's title, a figure's subject and value). */
  addedLabels: z.array(z.string()),
  removedLabels: z.array(z.string()),
});
export const UploadDiffSchema = z.object({
  previousSourceId: z.number().int(),
  previousImportedAt: z.string(),
  measures: DiffPartSchema,
  figures: DiffPartSchema,
});
export type UploadDiff = z.infer<typeof UploadDiffSchema>;

export const UploadItemsSchema = z.object({
  articles: z.array(UploadArticleSchema),
  measures: z.array(UploadMeasureSchema),
  figures: z.array(UploadFigureSchema),
});
export type UploadItems = z.infer<typeof UploadItemsSchema>;
