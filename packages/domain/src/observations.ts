/** Code lists and record schemas for figures (observations), with their provenance. */
import { z } from 'zod';
import { AUTHORITY_CLASSES } from './authority';

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

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'not a calendar date');

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
  /** One company's, project's, fund's or programme's figure, or another place's total: not this place's. */
  'not_place_aggregate',
] as const;
export const FlagSchema = z.string().min(1);

export const SOURCE_TYPES = ['bulletin', 'reference', 'news', 'manual', 'csv'] as const;
export const SourceTypeSchema = z.enum(SOURCE_TYPES);
export type SourceType = z.infer<typeof SourceTypeSchema>;

/**
 * One line of a reference file in data/reference/*.jsonl, every field kept. Two layouts exist:
 * city-figures.jsonl (quality `flags`, a free-text `source_type`) and official-figures.jsonl /
 * hohhot-plan-figures.jsonl (an explicit `authority`, `period`, `qualifier`, and for plans `kind`
 * and `set_year`). Both are read by one schema; the loader turns either into observations.
 */
export const ReferenceFigureSchema = z.object({
  id: z.string().min(1),
  city: z.string().min(1),
  city_en: z.string().optional(),
  year: z.union([z.number().int(), z.string()]),
  indicator: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  quote: z.string().min(1),
  source_url: z.string().min(1),
  source_title: z.string().min(1),
  source_type: z.string().optional(),
  publisher: z.string().nullable().optional(),
  authority: z.enum(AUTHORITY_CLASSES).optional(),
  qualifier: z.string().nullable().optional(),
  period: z.enum(['year_end', 'full_year', 'partial_year', 'deadline']).optional(),
  kind: z.enum(['actual', 'target']).optional(),
  /** For a target: the year the document that set it was published. */
  set_year: z.number().int().nullable().optional(),
  note: z.string().nullable().optional(),
  flags: z.array(FlagSchema).default([]),
  found_via: z.string().optional(),
});
export type ReferenceFigure = z.infer<typeof ReferenceFigureSchema>;

/** data/reference/indicator-map.json: reference ids that are not catalogue ids. */
export const IndicatorMapFileSchema = z.object({
  about: z.string().optional(),
  map: z.record(
    z.string(),
    z.object({ indicator: z.string(), flags: z.array(FlagSchema).default([]), why: z.string() }),
  ),
});
export type IndicatorMapFile = z.infer<typeof IndicatorMapFileSchema>;
