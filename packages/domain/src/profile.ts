/** Responses of /api/regions/:code/profile and /api/search. */
import { z } from 'zod';
import { CitationSchema, SourceSummarySchema } from './api';
import { AuthorityQuerySchema } from './authority';
import { CoverageSchema, LatestValueSchema, MeasureBriefSchema, ThemeRefSchema } from './compare';
import { IndicatorSchema } from './indicators';
import { MeasureSchema } from './measures';
import { MAX_NAME_CHARS } from './query-limits';
import { RegionSchema } from './regions';
import { TargetSchema } from './targets';

export const RegionCodeParamsSchema = z.object({ code: z.string().min(1).max(MAX_NAME_CHARS) });
export const RegionProfileQuerySchema = z.object({ ...AuthorityQuerySchema.shape });

export const RegionProfileSchema = z.object({
  region: RegionSchema,
  ancestors: z.array(RegionSchema),
  /** Per theme the latest measures (3) and how many there are (GET /api/compare/measures lists them). */
  measuresByTheme: z.array(
    z.object({ theme: ThemeRefSchema, measures: z.array(MeasureBriefSchema), total: z.number().int() }),
  ),
  indicators: z.array(z.object({ indicator: IndicatorSchema, latest: LatestValueSchema })),
  /** At most 50 targets; `targetsTotal` counts them all (GET /api/targets?region= lists more). */
  targets: z.array(TargetSchema),
  targetsTotal: z.number().int(),
  /** The latest 20 sources that speak about the place; `sourcesTotal` counts them all. */
  sources: z.array(SourceSummarySchema),
  sourcesTotal: z.number().int(),
  coverage: CoverageSchema,
});
export type RegionProfile = z.infer<typeof RegionProfileSchema>;

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'type something to search for, e.g. q=人才').max(100),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(25)
    .default(10)
    .describe('At most this many hits of each kind (default 10, at most 25).'),
});

export const FigureHitSchema = z.object({
  observationId: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  indicatorId: z.string().nullable(),
  subject: z.string().nullable(),
  value: z.number(),
  unit: z.string(),
  year: z.number().int().nullable(),
  flags: z.array(z.string()),
  citation: CitationSchema,
});
export type FigureHit = z.infer<typeof FigureHitSchema>;

export const SearchResponseSchema = z.object({
  q: z.string(),
  regions: z.array(RegionSchema),
  measures: z.array(MeasureSchema),
  figures: z.array(FigureHitSchema),
  programs: z.array(z.object({ name: z.string(), count: z.number().int() })),
  sources: z.array(SourceSummarySchema),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
