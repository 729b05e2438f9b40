/**
 * The extractor's output (`npm run ingest -- extract <file>`). Field names are a public contract:
 * other tools read them. Every span is UTF-16 offsets into the decoded text: text === input.slice(start, end).
 */
import { z } from 'zod';
import { FigureMeasureSchema, FigureStatusSchema, TargetAimSchema } from './figure-axes';
import { IsoDateSchema, ObservationKindSchema, PeriodSchema } from './observations';
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
  /** Where the document was published, when the uploader said so (a hint, not read from the text). */
  url: z.string().nullable().optional(),
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
  /** Derived from the two axes (kindOfAxes): kept for readers of the single kind. */
  kind: ObservationKindSchema,
  /** What the number is: a level, a change, a rate or a share. */
  measure: FigureMeasureSchema,
  /** Whether it happened, is aimed at, or is estimated (预计). */
  status: FigureStatusSchema,
  /** For a target: its deadline (YYYY-MM-DD, null when none is given) and what it aims at. */
  target: z.object({ deadline: IsoDateSchema.nullable(), aim: TargetAimSchema }).nullable(),
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
  /**
   * Further mentions of the same fact in the source (same value, unit, subject and period): a
   * headline, a lede and the body, a repeated paragraph. One observation, several spans.
   */
  repeats: z.array(SpanSchema.extend({ text: z.string() })).optional(),
});
export type ExtractedIndicator = z.infer<typeof ExtractedIndicatorSchema>;

/** How the article's place is known, when the text does not name it: a parse note says what was read. */
export const PLACE_EVIDENCE = ['named', 'metadata', 'institution', 'earlier'] as const;
export const PlaceEvidenceSchema = z.enum(PLACE_EVIDENCE);
export type PlaceEvidence = z.infer<typeof PlaceEvidenceSchema>;

export const ExtractedPlaceSchema = z.object({
  /** null when nothing says which place 我市/全区 is: the region is then empty and `review` is true. */
  evidence: PlaceEvidenceSchema.nullable(),
  /** What was read, in words (the publisher “…”, 某某区科技局 in the text). */
  note: z.string().nullable(),
  /** A reviewer must say which place this is: it was never guessed. */
  review: z.boolean(),
});
export type ExtractedPlace = z.infer<typeof ExtractedPlaceSchema>;

/** What an uploader may say about a document besides its bytes (upload form, CLI flags): evidence of its place. */
export const SourceHintsSchema = z.object({
  url: z.string().trim().max(2000).optional(),
  publisher: z.string().trim().max(200).optional(),
  /** A place name or GB/T 2260 code from the gazetteer. */
  place: z.string().trim().max(100).optional(),
});
export type SourceHints = z.infer<typeof SourceHintsSchema>;

export const ExtractedArticleSchema = SpanSchema.extend({
  title: z.string(),
  region: ExtractedRegionSchema.nullable(),
  place: ExtractedPlaceSchema.optional(),
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
