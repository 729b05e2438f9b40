/** Responses of /api/compare and /api/gaps: places side by side with 呼和浩特 as the benchmark. */
import { z } from 'zod';
import { CitationSchema, ConflictBriefSchema } from './api';
import { AuthorityQuerySchema, AuthoritySchema } from './authority';
import { IndicatorSchema } from './indicators';
import { PeriodTypeSchema, ReviewStatusSchema } from './observations';
import { MAX_LIST_CHARS, placeListParam } from './query-limits';
import { RegionSchema } from './regions';
import { StipCodeSchema, ThemeIdSchema } from './themes';

export const MeasureBriefSchema = z.object({
  id: z.number().int(),
  /** The place whose column it is in (a city's column includes its districts' measures). */
  regionCode: z.string(),
  title: z.string(),
  /** The whole measure, for "expand" (in Compare's body only its first characters: `textChars`). */
  text: z.string(),
  /**
   * Set when `text` is only the measure's first EXCERPT_CHARS characters (Compare's body): how long
   * the whole text is. GET /api/compare/measures/{id}/text gives the whole.
   */
  textChars: z.number().int().optional(),
  programs: z.array(z.string()),
  /** The district (or other sub-place) the measure is from, when it is not `regionCode` itself. */
  subPlace: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }).nullable(),
  citation: CitationSchema,
});
export type MeasureBrief = z.infer<typeof MeasureBriefSchema>;

export const ThemeRefSchema = z.object({ id: ThemeIdSchema, nameZh: z.string(), nameEn: z.string() });

/** One figure as compared or assessed: the value, its period, its flags, authority and citation. */
export const LatestValueSchema = z.object({
  observationId: z.number().int(),
  value: z.number(),
  unit: z.string(),
  year: z.number().int().nullable(),
  periodType: PeriodTypeSchema,
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  qualifier: z.string().nullable(),
  flags: z.array(z.string()),
  authority: AuthoritySchema,
  reviewStatus: ReviewStatusSchema,
  citation: CitationSchema,
  /** Other sources disagree on this place × indicator × period: this is the preferred value. */
  conflict: ConflictBriefSchema.nullable(),
});
export type LatestValue = z.infer<typeof LatestValueSchema>;

/**
 * How a place is compared with the benchmark on one indicator row:
 * - common_period: both values are of `period`, the most recent period both places have;
 * - different_periods: they have no period in common, so each latest value is shown with its
 *   year ("年份不同") and no difference is computed;
 * - missing: one side has no value at all (shown as missing, never as 0).
 */
export const COMPARISON_BASES = ['common_period', 'different_periods', 'missing'] as const;
export const ComparisonBasisSchema = z.enum(COMPARISON_BASES);
export type ComparisonBasis = z.infer<typeof ComparisonBasisSchema>;

/** A value divided by the place's population or GDP of the same year (both cited). */
export const NormalisedViewSchema = z.object({
  view: z.enum(['per_capita', 'per_gdp']),
  /** 元/人, 家/万人, % (of GDP) … */
  unit: z.string(),
  place: z.number().nullable(),
  benchmark: z.number().nullable(),
  difference: z.number().nullable(),
  relative: z.number().nullable(),
  placeDenominator: LatestValueSchema.nullable(),
  benchmarkDenominator: LatestValueSchema.nullable(),
});
export type NormalisedView = z.infer<typeof NormalisedViewSchema>;

/** The place and the benchmark in one period both have. */
export const CommonPeriodSchema = z.object({
  period: z.string(),
  place: z.number(),
  benchmark: z.number(),
  difference: z.number(),
  relative: z.number().nullable(),
  placeObservationId: z.number().int(),
  benchmarkObservationId: z.number().int(),
});

export const ComparedPlaceSchema = z.object({
  regionCode: z.string(),
  basis: ComparisonBasisSchema,
  /** The period both values are of (YYYY for a year, YYYY-MM-DD for a point in time); null unless common_period. */
  period: z.string().nullable(),
  /** The place's value used: at the common period, else its latest. */
  latest: LatestValueSchema.nullable(),
  /** The benchmark's value it is compared with: at the same period, else the benchmark's latest. */
  benchmarkValue: LatestValueSchema.nullable(),
  /** place − benchmark; only for common_period. */
  difference: z.number().nullable(),
  /** (place − benchmark) / benchmark; only for common_period and a non-zero benchmark. */
  relative: z.number().nullable(),
  /** True when the two values shown are of different periods: no difference is computed. */
  periodsDiffer: z.boolean(),
  /** Per-capita and per-GDP views, where the denominators exist for the same year. */
  normalised: z.array(NormalisedViewSchema),
  /** The periods both have, oldest first (the last is `period`): the comparison over time, at most the latest 10. */
  history: z.array(CommonPeriodSchema),
  /**
   * Set when `history` shows fewer periods than the two places have in common (Compare's body
   * budget keeps the latest): how many they have. GET /api/series gives each place's whole series.
   */
  historyTotal: z.number().int().optional(),
});
export type ComparedPlace = z.infer<typeof ComparedPlaceSchema>;

/**
 * The indicator a Compare row is of: its id and the names the row shows. The rest of its definition
 * (口径, synonyms, scope …) is GET /api/indicators's, the same at any scale: 33 whole definitions
 * were 17 KB of every Compare answer (issue 10).
 */
export const IndicatorRefSchema = IndicatorSchema.pick({ id: true, nameZh: true, nameEn: true });
export type IndicatorRef = z.infer<typeof IndicatorRefSchema>;

/** One row per indicator × period type × unit: a year-end stock and a full-year count never share a row. */
export const ComparedIndicatorSchema = z.object({
  indicator: IndicatorRefSchema,
  periodType: PeriodTypeSchema,
  unit: z.string(),
  /** The benchmark's latest value under this row's period type and unit. */
  benchmark: LatestValueSchema.nullable(),
  places: z.array(ComparedPlaceSchema),
});
export type ComparedIndicator = z.infer<typeof ComparedIndicatorSchema>;

/** What a place's data rests on: shown next to every comparison and gap. */
export const CoverageSchema = z.object({
  regionCode: z.string(),
  sources: z.number().int(),
  measures: z.number().int(),
  figures: z.number().int(),
  /** Date of the most recent source (YYYY-MM-DD), or null. */
  latestDate: z.string().nullable(),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/**
 * One place's measures under one theme: the latest few (MEASURES_PER_THEME, 3) and how many there
 * are; GET /api/compare/measures pages through all of them.
 */
export const ThemeColumnSchema = z.object({
  regionCode: z.string(),
  /** Latest first (the source's date), each with its programmes. */
  measures: z.array(MeasureBriefSchema),
  total: z.number().int(),
});
export type ThemeColumn = z.infer<typeof ThemeColumnSchema>;

/** Every measure of one place (with its sub-places) under one theme, latest first, a page at a time. */
export const PlaceThemeMeasuresQuerySchema = z.object({
  region: z.string().min(1, 'name the place, e.g. region=320100'),
  theme: ThemeIdSchema,
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().regex(/^\d+$/, 'cursor is the nextCursor value of the previous page').optional(),
});

export const PlaceThemeMeasuresResponseSchema = z.object({
  items: z.array(MeasureBriefSchema),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});
export type PlaceThemeMeasuresResponse = z.infer<typeof PlaceThemeMeasuresResponseSchema>;

/** GET /api/compare/measures/{id}/text: the whole text of a measure Compare shows an excerpt of. */
export const MeasureTextResponseSchema = z.object({ id: z.number().int(), text: z.string() });
export type MeasureTextResponse = z.infer<typeof MeasureTextResponseSchema>;

export const CompareQuerySchema = z.object({
  regions: placeListParam().min(1, 'name the places to compare, e.g. regions=南京,扬州,宁波'),
  benchmark: placeListParam().optional(),
  theme: z.string().max(MAX_LIST_CHARS).optional(),
  /** The `indicatorsNext` of the previous answer: the indicator rows from there on (and no measures). */
  indicatorCursor: z
    .string()
    .regex(/^\d{1,6}$/, 'indicatorCursor is the indicatorsNext value of the previous answer')
    .optional(),
  ...AuthorityQuerySchema.shape,
});

export const CompareResponseSchema = z.object({
  benchmark: RegionSchema,
  regions: z.array(RegionSchema),
  themes: z.array(
    z.object({
      theme: ThemeRefSchema,
      columns: z.array(ThemeColumnSchema),
    }),
  ),
  /** Measures per theme, per place (the heatmap and the radar). */
  coverage: z.array(z.object({ regionCode: z.string(), counts: z.record(z.string(), z.number().int()) })),
  /** What each place's data rests on: sources, measures, figures, latest date. */
  basis: z.array(CoverageSchema),
  indicators: z.array(ComparedIndicatorSchema),
  /**
   * Set when `indicators` is not every row the comparison has (Compare's body budget, or a page
   * after the first): how many rows there are in all.
   */
  indicatorsTotal: z.number().int().optional(),
  /** Set when rows follow those in `indicators`: GET /api/compare with `indicatorCursor` set to it gives them. */
  indicatorsNext: z.string().optional(),
});
export type CompareResponse = z.infer<typeof CompareResponseSchema>;

/**
 * Below these, the benchmark's own record is too thin for "呼和浩特 has no measure under X" to be a
 * finding: the gap is reported as "no measure recorded", with a warning that data may be missing.
 */
export const GAP_COVERAGE_THRESHOLD = { measures: 20, sources: 3 } as const;

export const GapsQuerySchema = z.object({
  regions: placeListParam().min(1, 'name the places to compare, e.g. regions=南京,宁波'),
  benchmark: placeListParam().optional(),
  /** Only these themes (comma list of ids), and only programmes named by measures under them. */
  theme: z.string().max(MAX_LIST_CHARS).optional(),
});

export const GapsResponseSchema = z.object({
  benchmark: RegionSchema,
  regions: z.array(RegionSchema),
  /** The basis every gap is stated on. */
  coverage: z.object({
    benchmark: CoverageSchema,
    places: z.array(CoverageSchema),
    threshold: z.object({ measures: z.number().int(), sources: z.number().int() }),
    /** True when the benchmark's coverage is below the threshold: gaps may be missing data. */
    thin: z.boolean(),
    /** "Hohhot: 3 measures in 2 sources; Nanjing: 12 in 2" (English) … */
    statement: z.string(),
    statementZh: z.string(),
  }),
  themes: z.array(
    z.object({
      theme: ThemeRefSchema,
      /** gap: the benchmark's coverage is sufficient and it has no measure here; not_recorded: coverage is thin. */
      finding: z.enum(['gap', 'not_recorded']),
      instruments: z.array(StipCodeSchema),
      places: z.array(ThemeColumnSchema),
    }),
  ),
  /** Programmes the places name and the benchmark does not: the 20 most named, each with its latest measures. */
  programs: z.array(z.object({ name: z.string(), measures: z.array(MeasureBriefSchema), total: z.number().int() })),
  programsTotal: z.number().int(),
});
export type GapsResponse = z.infer<typeof GapsResponseSchema>;
