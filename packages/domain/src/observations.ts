/** Code lists and record schemas for figures (observations), with their provenance. */
import { z } from 'zod';

export const OBSERVATION_KINDS = ['actual', 'target', 'growth', 'share'] as const;
export const ObservationKindSchema = z.enum(OBSERVATION_KINDS);
export type ObservationKind = z.infer<typeof ObservationKindSchema>;

/**
 * point: a stock at a moment (截至年底, 截至目前); year_to_date: a flow from 1 January (1-6月, 上半年);
 * full_year: a flow over a calendar year; multi_year: cumulative over several years (两年来, “十三五”);
 * deadline: a target date (到2025年); unknown: the text gives no period.
 */
export const PERIOD_TYPES = ['point', 'year_to_date', 'full_year', 'multi_year', 'deadline', 'unknown'] as const;
export const PeriodTypeSchema = z.enum(PERIOD_TYPES);
export type PeriodType = z.infer<typeof PeriodTypeSchema>;

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

export const PeriodSchema = z.object({
  text: z.string().nullable(),
  type: PeriodTypeSchema,
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
});
export type Period = z.infer<typeof PeriodSchema>;

export const REVIEW_STATUSES = ['extracted', 'accepted', 'corrected', 'rejected', 'curated'] as const;
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

/** Quality flags a figure may carry; the UI shows each as a badge. Unknown flags are kept as written. */
export const KNOWN_FLAGS = [
  'low_authority_source',
  'partial_year',
  'estimate_or_rounded',
  'lower_bound',
  'outside_2019_2024_window',
  'multi_year_cumulative',
] as const;
export const FlagSchema = z.string().min(1);

export const SOURCE_TYPES = ['bulletin', 'reference', 'news', 'manual', 'csv'] as const;
export const SourceTypeSchema = z.enum(SOURCE_TYPES);
export type SourceType = z.infer<typeof SourceTypeSchema>;

/** One line of data/reference/city-figures.jsonl, every field kept. */
export const ReferenceFigureSchema = z.object({
  id: z.string().min(1),
  city: z.string().min(1),
  city_en: z.string(),
  year: z.union([z.number().int(), z.string()]),
  indicator: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  quote: z.string().min(1),
  source_url: z.string().min(1),
  source_title: z.string().min(1),
  source_type: z.string(),
  note: z.string().optional(),
  flags: z.array(FlagSchema),
  found_via: z.string(),
});
export type ReferenceFigure = z.infer<typeof ReferenceFigureSchema>;
