/**
 * The 对标简报: a 公文-style document built from the data, every fact footnoted. GET /api/briefs
 * answers its model as JSON, or the .docx when asked for it (Accept); the document and the JSON are
 * built from the same model, so a test can check one against the other and against the data.
 */
import { z } from 'zod';
import { CitationSchema } from './api';
import { AuthorityQuerySchema } from './authority';
import { ThemeRefSchema } from './compare';
import { ProgressStatusSchema } from './progress';
import { RegionSchema } from './regions';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const BriefQuerySchema = z.object({
  regions: z.string().min(1, 'name the places to compare, e.g. regions=南京,宁波').max(400),
  benchmark: z.string().max(100).optional(),
  theme: z.string().max(400).optional(),
  ...AuthorityQuerySchema.shape,
});

/** A footnote: the words printed at the foot of the page, and the citation they render. */
export const BriefFootnoteSchema = z.object({ n: z.number().int().min(1), text: z.string(), citation: CitationSchema });
export type BriefFootnote = z.infer<typeof BriefFootnoteSchema>;

const Cited = z.object({ footnote: z.number().int().min(1) });

export const BriefSchema = z.object({
  title: z.string(),
  date: z.string(),
  benchmark: RegionSchema,
  regions: z.array(RegionSchema),
  themes: z.array(ThemeRefSchema),
  /** What the comparison rests on, and whether a missing theme may only be missing data. */
  coverage: z.object({ statement: z.string(), thin: z.boolean() }),
  gaps: z.array(
    z.object({
      theme: ThemeRefSchema,
      finding: z.enum(['gap', 'not_recorded']),
      places: z.array(
        z.object({
          regionCode: z.string(),
          regionName: z.string(),
          measures: z.array(Cited.extend({ title: z.string(), programs: z.array(z.string()) })),
        }),
      ),
    }),
  ),
  indicators: z.array(
    z.object({
      indicatorId: z.string(),
      name: z.string(),
      unit: z.string(),
      rows: z.array(
        z.object({
          regionCode: z.string(),
          regionName: z.string(),
          basis: z.enum(['common_period', 'different_periods', 'missing']),
          period: z.string().nullable(),
          value: z.number().nullable(),
          valueFootnote: z.number().int().nullable(),
          benchmarkValue: z.number().nullable(),
          benchmarkFootnote: z.number().int().nullable(),
          relative: z.number().nullable(),
        }),
      ),
    }),
  ),
  charts: z.array(
    z.object({
      title: z.string(),
      indicatorId: z.string(),
      period: z.string(),
      unit: z.string(),
      bars: z.array(Cited.extend({ regionCode: z.string(), regionName: z.string(), value: z.number() })),
    }),
  ),
  /** Per place, its MAX_BRIEF_TARGETS latest-deadline targets (a brief is read, not searched). */
  targets: z.array(
    Cited.extend({
      regionCode: z.string(),
      regionName: z.string(),
      indicatorName: z.string(),
      value: z.number(),
      unit: z.string(),
      deadlineYear: z.number().int().nullable(),
      status: ProgressStatusSchema.nullable(),
      statusReason: z.string(),
    }),
  ),
  /** Every target of the places: more than `targets` where a place has more than MAX_BRIEF_TARGETS. */
  targetsTotal: z.number().int(),
  footnotes: z.array(BriefFootnoteSchema),
});
/** A brief lists at most this many targets per place: those with the latest deadline. */
export const MAX_BRIEF_TARGETS = 10;
export type Brief = z.infer<typeof BriefSchema>;
