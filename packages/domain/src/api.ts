/** Request and response schemas of the HTTP API: the one definition shared by apps/api and apps/web. */
import { z } from 'zod';
import { AuthorityQuerySchema, AuthoritySchema } from './authority';
import { FigureMeasureSchema, FigureStatusSchema } from './figure-axes';
import { IndicatorSchema } from './indicators';
import { ObservationKindSchema, PeriodTypeSchema, ReviewStatusSchema, SourceTypeSchema } from './observations';
import { cursorParam, nameParam, placeListParam } from './query-limits';
import { RegionSchema } from './regions';
import { ThemeSchema } from './themes';

/** Public: counts only, never where the database lives (issue 11: it showed the absolute path). */
export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  database: z.object({ sources: z.number().int(), observations: z.number().int() }),
});

/** `withData=1` keeps only what has at least one figure or measure: what pickers should offer first. */
export const ListQuerySchema = z.object({
  withData: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});
/**
 * `format=csv` asks a list endpoint for CSV (like `Accept: text/csv`). Routes do not declare it: the
 * API adds this fragment to the query of every list route, so it is documented and validated there.
 */
export const RESPONSE_FORMATS = ['json', 'csv'] as const;
export const FormatQuerySchema = z.object({ format: z.enum(RESPONSE_FORMATS).optional() });

/**
 * GET /api/regions: without `q` or `codes`, the places that have data (most data first); `q`
 * searches the whole gazetteer (names, English names, codes, pinyin and its initials), places with
 * data first; `codes` returns those places; `withData=0` pages through the whole gazetteer by code.
 */
export const MAX_REGION_LIMIT = 500;
export const RegionQuerySchema = z.object({
  q: z.string().trim().min(1).max(50).optional(),
  codes: z
    .string()
    .max(1000)
    .optional()
    .transform((v) => (v ? [...new Set(v.split(/[,，、\s]+/).filter(Boolean))] : []))
    .pipe(z.array(z.string().max(40)).max(50, 'at most 50 codes at once')),
  withData: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === '1' || v === 'true')),
  /** Default 200 (the whole default answer stays under 50 KB); at most 500. */
  limit: z.coerce.number().int().min(1).max(MAX_REGION_LIMIT).default(200),
  cursor: z.string().regex(/^\d+$/, 'cursor is the nextCursor value of the previous page').optional(),
});
export type RegionQuery = z.infer<typeof RegionQuerySchema>;
export const RegionListResponseSchema = z.object({
  items: z.array(RegionSchema),
  /** How many places match in all. */
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});
export const ThemeListResponseSchema = z.object({ items: z.array(ThemeSchema) });
export const IndicatorListResponseSchema = z.object({ items: z.array(IndicatorSchema) });

export const SourceSummarySchema = z.object({
  id: z.number().int(),
  type: SourceTypeSchema,
  title: z.string(),
  year: z.number().int().nullable(),
  issueNumber: z.number().int().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  sha256: z.string(),
  importedAt: z.string(),
  authority: AuthoritySchema,
  /** The rule that classed the source, or the editor's reason when overridden. */
  authorityReason: z.string(),
});
export type SourceSummary = z.infer<typeof SourceSummarySchema>;
/** GET /api/sources: bulletin issues first, newest first; at most `limit` (100 by default, 250 at most) a page. */
export const SourceListQuerySchema = z.object({
  ...AuthorityQuerySchema.shape,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(250)
    .default(100)
    .describe('At most this many sources a page (default 100, at most 250); `nextCursor` pages on.'),
  cursor: z.string().regex(/^\d+$/, 'cursor is the nextCursor value of the previous page').optional(),
});
export const SourceListResponseSchema = z.object({
  items: z.array(SourceSummarySchema),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});
export const SourceDetailSchema = SourceSummarySchema.extend({ rawText: z.string() });
export type SourceDetail = z.infer<typeof SourceDetailSchema>;
export const IdParamsSchema = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Where a figure or measure comes from, precisely enough to cite it. */
export const CitationSchema = z.object({
  sourceId: z.number().int(),
  sourceType: SourceTypeSchema,
  sourceTitle: z.string(),
  /** How authoritative the source is (official_statistics … low_authority): shown on every number. */
  authority: AuthoritySchema,
  /** "2024年第7期" for a bulletin issue. */
  issue: z.string().nullable(),
  articleTitle: z.string().nullable(),
  url: z.string().nullable(),
  /** A policy or statistical document's number (文号), when the source names one (bureau entries). */
  documentNumber: z.string().nullable().default(null),
  /** The exact sentence the value was read from, without page-break debris (the source keeps it verbatim). */
  quote: z.string(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  /** Further places the source states the same fact (a headline, a repeated paragraph): one figure, several spans. */
  repeats: z.array(z.object({ start: z.number().int(), end: z.number().int() })).optional(),
  note: z.string().nullable(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** Another source's value for the same place, indicator, kind and period. */
export const AlternativeValueSchema = z.object({
  observationId: z.number().int(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  qualifier: z.string().nullable(),
  flags: z.array(z.string()),
  reviewStatus: ReviewStatusSchema,
  authority: AuthoritySchema,
  citation: CitationSchema,
});
export type AlternativeValue = z.infer<typeof AlternativeValueSchema>;

/**
 * Sources disagree on this value: it is the preferred one by the documented rule (or a reviewer's
 * settlement), and the others are listed with their citations. GET /api/conflicts has the detail.
 */
export const ConflictBriefSchema = z.object({
  key: z.string(),
  /** How many different values the sources give (2 = "2 个来源不一致"). */
  values: z.number().int().min(2),
  settled: z.boolean(),
  /** Why this value is preferred, in words. */
  rule: z.string(),
  /** The other values, best ranked first: at most 10 (GET /api/conflicts lists them all). */
  alternatives: z.array(AlternativeValueSchema),
  /** How many other values there are, listed or not. */
  alternativesTotal: z.number().int(),
});
export type ConflictBrief = z.infer<typeof ConflictBriefSchema>;

export const SeriesPointSchema = z.object({
  observationId: z.number().int(),
  year: z.number().int().nullable(),
  periodText: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  valueAsWritten: z.number(),
  unitAsWritten: z.string().nullable(),
  qualifier: z.string().nullable(),
  flags: z.array(z.string()),
  reviewStatus: ReviewStatusSchema,
  authority: AuthoritySchema,
  citation: CitationSchema,
  /** Set when other sources give another value for this period; the point is the preferred value. */
  conflict: ConflictBriefSchema.nullable(),
});
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

/** One like-for-like line: one place, one kind, one period type, one unit. */
export const SeriesSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  regionShortName: z.string(),
  regionNameEn: z.string(),
  kind: ObservationKindSchema,
  periodType: PeriodTypeSchema,
  unit: z.string(),
  points: z.array(SeriesPointSchema),
});
export type Series = z.infer<typeof SeriesSchema>;

/** Without `regions`, a series answer charts the benchmark and at most this many other places. */
export const MAX_DEFAULT_SERIES_PLACES = 8;

export const SeriesQuerySchema = z.object({
  indicator: nameParam().min(1, 'name an indicator id, e.g. indicator=high_tech_enterprises'),
  regions: placeListParam()
    .optional()
    .describe(
      `Places to chart. Without it: 呼和浩特 and the ${MAX_DEFAULT_SERIES_PLACES} other places with the latest figures (\`placesTotal\` counts every place with one).`,
    ),
  kind: ObservationKindSchema.optional(),
  ...AuthorityQuerySchema.shape,
});
export type SeriesQuery = z.infer<typeof SeriesQuerySchema>;

export const SeriesResponseSchema = z.object({
  indicator: IndicatorSchema,
  regions: z.array(RegionSchema),
  series: z.array(SeriesSchema),
  /** Requested places with no figure for this indicator: shown as missing, never as zero. */
  missing: z.array(z.string()),
  /** Without `regions`: how many places have a figure (the answer charts the benchmark and the latest 8, as many as a view compares). */
  placesTotal: z.number().int().optional(),
});
export type SeriesResponse = z.infer<typeof SeriesResponseSchema>;

/** Everything extracted from one source, with spans into its raw text (for the bulletin reader). */
export const SourceRecordsResponseSchema = z.object({
  measures: z.array(
    z.object({
      id: z.number().int(),
      articleTitle: z.string(),
      regionCode: z.string().nullable(),
      ordinal: z.number().int(),
      title: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      themes: z.array(z.string()),
      programs: z.array(z.string()),
      confidence: z.number(),
      reviewStatus: ReviewStatusSchema,
    }),
  ),
  observations: z.array(
    z.object({
      id: z.number().int(),
      measureId: z.number().int().nullable(),
      regionCode: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      subject: z.string().nullable(),
      indicatorId: z.string().nullable(),
      value: z.number(),
      unit: z.string(),
      valueAsWritten: z.number(),
      /** Upper end of a range as written (1-2 个 → 2), else null. */
      valueMaxAsWritten: z.number().nullable(),
      unitAsWritten: z.string().nullable(),
      kind: ObservationKindSchema,
      measure: FigureMeasureSchema,
      status: FigureStatusSchema,
      qualifier: z.string().nullable(),
      periodType: PeriodTypeSchema,
      periodText: z.string().nullable(),
      confidence: z.number(),
      reviewStatus: ReviewStatusSchema,
      /** The same fact stated again in this source: the reader highlights every span. */
      repeats: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
    }),
  ),
});
export type SourceRecordsResponse = z.infer<typeof SourceRecordsResponseSchema>;

export const ObservationQuerySchema = z.object({
  ...AuthorityQuerySchema.shape,
  indicator: nameParam().optional(),
  region: placeListParam().optional(),
  kind: ObservationKindSchema.optional(),
  measure: FigureMeasureSchema.optional(),
  status: FigureStatusSchema.optional(),
  from: z.coerce.number().int().min(1900).max(2100).optional(),
  to: z.coerce.number().int().min(1900).max(2100).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .describe(
      'At most this many figures, in the order they were recorded (default 50, at most 500); `nextCursor` pages on.',
    ),
  cursor: cursorParam().optional(),
});

/** One figure with its place, indicator, period and citation (long format). */
export const ObservationSchema = SeriesPointSchema.extend({
  regionCode: z.string(),
  regionName: z.string(),
  indicatorId: z.string().nullable(),
  subject: z.string().nullable(),
  kind: ObservationKindSchema,
  /** Issue 9's axes: what the number is (level, change, rate, share) and whether it is an actual, a target or an estimate. */
  measure: FigureMeasureSchema,
  status: FigureStatusSchema,
  periodType: PeriodTypeSchema,
  confidence: z.number(),
});
export const ObservationListResponseSchema = z.object({
  items: z.array(ObservationSchema),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});
