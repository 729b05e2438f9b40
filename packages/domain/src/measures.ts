/** Measures as the API serves them: with place, themes, programmes, citation and review status. */
import { z } from 'zod';
import { CitationSchema } from './api';
import { ReviewStatusSchema } from './observations';
import { cursorParam, MAX_LIST_CHARS, MAX_TEXT_CHARS } from './query-limits';
import { ThemeIdSchema } from './themes';

/** A text cut into plain and matched parts, so a client can highlight without parsing HTML. */
export const HighlightSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));
export type Highlight = z.infer<typeof HighlightSchema>;

export const MeasureSchema = z.object({
  id: z.number().int(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  ordinal: z.number().int(),
  title: z.string(),
  text: z.string(),
  themes: z.array(z.object({ id: ThemeIdSchema, evidence: z.array(z.string()) })),
  programs: z.array(z.string()),
  year: z.number().int().nullable(),
  confidence: z.number(),
  reviewStatus: ReviewStatusSchema,
  citation: CitationSchema,
  snippet: HighlightSchema.nullable(),
});
export type Measure = z.infer<typeof MeasureSchema>;

const csv = z
  .string()
  .max(MAX_LIST_CHARS, `at most ${MAX_LIST_CHARS} characters`)
  .optional()
  .transform((v) =>
    v
      ? v
          .split(/[,，、]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  );

export const MeasureQuerySchema = z.object({
  region: csv,
  theme: z
    .string()
    .max(MAX_LIST_CHARS, `at most ${MAX_LIST_CHARS} characters`)
    .optional()
    .transform((v) =>
      v
        ? v
            .split(/[,，]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(ThemeIdSchema)),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  source: z.coerce.number().int().positive().optional(),
  program: z.string().trim().min(1).max(MAX_TEXT_CHARS).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: cursorParam().optional(),
});
export type MeasureQuery = z.infer<typeof MeasureQuerySchema>;

export const MeasureListResponseSchema = z.object({
  items: z.array(MeasureSchema),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});

export const FacetCountSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export const MeasureFacetsResponseSchema = z.object({
  total: z.number().int(),
  theme: z.array(FacetCountSchema),
  region: z.array(FacetCountSchema),
  year: z.array(FacetCountSchema),
  source: z.array(FacetCountSchema),
  program: z.array(FacetCountSchema),
});
