/**
 * The extractor's output (`npm run ingest -- extract <file>`). Field names are a public contract:
 * other tools read them. Every span is UTF-16 offsets into the decoded text: text === input.slice(start, end).
 */
import { z } from 'zod';
import { ObservationKindSchema, PeriodSchema } from './observations';
import { RegionLevelSchema } from './regions';
import { ThemeIdSchema } from './themes';

export const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const ParseIssueSchema = z.object({
  severity: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  message: z.string(),
  start: z.number().int().min(0).nullable(),
  end: z.number().int().min(0).nullable(),
});
export type ParseIssue = z.infer<typeof ParseIssueSchema>;

export const ExtractedSourceSchema = z.object({
  title: z.string(),
  year: z.number().int().nullable(),
  issueNumber: z.number().int().nullable(),
  publisher: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Date the text speaks from, used to resolve 今年/上半年 (YYYY-MM-DD; issue month end when known). */
  date: z.string().nullable(),
  encoding: z.string(),
  kind: z.enum(['bulletin', 'single_article']),
});
export type ExtractedSource = z.infer<typeof ExtractedSourceSchema>;

export const ExtractedRegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: RegionLevelSchema,
  city: z.string().nullable(),
  province: z.string().nullable(),
});

export const ExtractedMeasureSchema = SpanSchema.extend({
  ordinal: z.number().int().min(1),
  title: z.string(),
  text: z.string(),
  themes: z.array(ThemeIdSchema),
  themeEvidence: z.record(z.string(), z.array(z.string())),
  programs: z.array(z.string()),
  confidence: z.number().min(0).max(1).optional(),
  /** The measure for reading: page breaks joined and markup removed (`text` is the exact slice). */
  plainText: z.string().optional(),
});
export type ExtractedMeasure = z.infer<typeof ExtractedMeasureSchema>;

export const ExtractedIndicatorSchema = SpanSchema.extend({
  text: z.string(),
  subject: z.string().nullable(),
  indicator: z.string().nullable(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  normalized: z.object({ value: z.number(), unit: z.string() }).nullable(),
  kind: ObservationKindSchema,
  qualifier: z.string().nullable(),
  period: PeriodSchema,
  measureOrdinal: z.number().int().nullable(),
  confidence: z.number().min(0).max(1),
  /** The sentence the figure sits in (for citation), with its span: exactly input.slice(sentenceStart, sentenceEnd). */
  sentence: z.string().optional(),
  /** The sentence for reading and citing: page breaks and hard wraps joined, stray spaces dropped. */
  quote: z.string().optional(),
  /**
   * False when the figure is one company's, project's, fund's or programme's, or another place's
   * total (该公司…, 全国…): it is kept, never linked, and its goal is not the place's target.
   */
  placeAggregate: z.boolean().optional(),
  sentenceStart: z.number().int().optional(),
  sentenceEnd: z.number().int().optional(),
});
export type ExtractedIndicator = z.infer<typeof ExtractedIndicatorSchema>;

export const ExtractedArticleSchema = SpanSchema.extend({
  title: z.string(),
  region: ExtractedRegionSchema.nullable(),
  measures: z.array(ExtractedMeasureSchema),
  indicators: z.array(ExtractedIndicatorSchema),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>;

export const ExtractionResultSchema = z.object({
  source: ExtractedSourceSchema,
  articles: z.array(ExtractedArticleSchema),
  issues: z.array(ParseIssueSchema),
});
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;
