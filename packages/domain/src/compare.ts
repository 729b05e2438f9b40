/** Responses of /api/compare and /api/gaps: places side by side with 呼和浩特 as the benchmark. */
import { z } from 'zod';
import { CitationSchema } from './api';
import { IndicatorSchema } from './indicators';
import { PeriodTypeSchema } from './observations';
import { RegionSchema } from './regions';
import { ThemeIdSchema } from './themes';

export const MeasureBriefSchema = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  title: z.string(),
  programs: z.array(z.string()),
  citation: CitationSchema,
});
export type MeasureBrief = z.infer<typeof MeasureBriefSchema>;

export const ThemeRefSchema = z.object({ id: ThemeIdSchema, nameZh: z.string(), nameEn: z.string() });

export const LatestValueSchema = z.object({
  value: z.number(),
  unit: z.string(),
  year: z.number().int().nullable(),
  periodType: PeriodTypeSchema,
  periodEnd: z.string().nullable(),
  qualifier: z.string().nullable(),
  flags: z.array(z.string()),
  citation: CitationSchema,
});
export type LatestValue = z.infer<typeof LatestValueSchema>;

export const ComparedIndicatorSchema = z.object({
  indicator: IndicatorSchema,
  periodType: PeriodTypeSchema,
  unit: z.string(),
  benchmark: LatestValueSchema.nullable(),
  places: z.array(
    z.object({
      regionCode: z.string(),
      latest: LatestValueSchema.nullable(),
      /** place − benchmark; null when either is missing. */
      difference: z.number().nullable(),
      /** (place − benchmark) / benchmark; null when either is missing or the benchmark is 0. */
      relative: z.number().nullable(),
      /** True when the two values are from different years: compare with care. */
      periodsDiffer: z.boolean(),
    }),
  ),
});

export const CompareQuerySchema = z.object({
  regions: z.string().min(1, 'name the places to compare, e.g. regions=南京,扬州,宁波'),
  benchmark: z.string().optional(),
  theme: z.string().optional(),
});

export const CompareResponseSchema = z.object({
  benchmark: RegionSchema,
  regions: z.array(RegionSchema),
  themes: z.array(
    z.object({
      theme: ThemeRefSchema,
      columns: z.array(z.object({ regionCode: z.string(), measures: z.array(MeasureBriefSchema) })),
    }),
  ),
  coverage: z.array(z.object({ regionCode: z.string(), counts: z.record(z.string(), z.number().int()) })),
  indicators: z.array(ComparedIndicatorSchema),
});
export type CompareResponse = z.infer<typeof CompareResponseSchema>;

export const GapsResponseSchema = z.object({
  benchmark: RegionSchema,
  regions: z.array(RegionSchema),
  themes: z.array(
    z.object({
      theme: ThemeRefSchema,
      instruments: z.array(z.object({ code: z.string(), label: z.string() })),
      places: z.array(z.object({ regionCode: z.string(), measures: z.array(MeasureBriefSchema) })),
    }),
  ),
  programs: z.array(z.object({ name: z.string(), measures: z.array(MeasureBriefSchema) })),
});
export type GapsResponse = z.infer<typeof GapsResponseSchema>;
