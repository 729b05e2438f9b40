/**
 * "What changed for 呼和浩特" (自上期以来): after each import the database records a digest of what
 * the import changed that matters to the benchmark — new measures by other places in themes where
 * 呼和浩特 has none, new or changed figures of the indicators 呼和浩特 tracks, and targets whose
 * progress status changed. Items are flat (one CSV row each) and carry their citation.
 */
import { z } from 'zod';
import { CitationSchema } from './api';
import { AuthoritySchema } from './authority';
import { ProgressStatusSchema } from './progress';
import { RegionSchema } from './regions';

export const DIGEST_ITEM_TYPES = ['new_measure', 'figure', 'target_status'] as const;

export const DigestItemSchema = z.object({
  id: z.number().int(),
  digestId: z.number().int(),
  type: z.enum(DIGEST_ITEM_TYPES),
  regionCode: z.string(),
  regionName: z.string(),
  /** new_measure: its title; figure and target_status: the indicator's name. */
  title: z.string(),
  /** new_measure: the themes where 呼和浩特 has no measure; otherwise the indicator's theme. */
  themes: z.array(z.string()),
  programs: z.array(z.string()),
  indicatorId: z.string().nullable(),
  /** figure: `new` (a period not seen before) or `changed` (another preferred value for a period). */
  change: z.enum(['new', 'changed']).nullable(),
  period: z.string().nullable(),
  value: z.number().nullable(),
  previousValue: z.number().nullable(),
  unit: z.string().nullable(),
  statusBefore: ProgressStatusSchema.nullable(),
  statusAfter: ProgressStatusSchema.nullable(),
  flags: z.array(z.string()),
  authority: AuthoritySchema.nullable(),
  citation: CitationSchema,
});
export type DigestItem = z.infer<typeof DigestItemSchema>;

export const DigestEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** What was imported: a bulletin issue, reference data, a CSV … */
  trigger: z.object({ kind: z.string(), title: z.string(), sourceId: z.number().int().nullable() }),
  /** The first digest of a database: everything in it is new, so it is the baseline. */
  baseline: z.boolean(),
  counts: z.object({ newMeasures: z.number().int(), figures: z.number().int(), targets: z.number().int() }),
});
export type DigestEntry = z.infer<typeof DigestEntrySchema>;

export const DigestQuerySchema = z.object({
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?$/, 'since is a date, e.g. since=2024-07-01')
    .optional()
    .describe('Digests recorded after this date or time (UTC). Default: the latest import only.'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const DigestResponseSchema = z.object({
  benchmark: RegionSchema,
  since: z.string().nullable(),
  entries: z.array(DigestEntrySchema),
  items: z.array(DigestItemSchema),
  /** Items in the entries, of which `items` holds the first `limit`. */
  total: z.number().int(),
});
export type DigestResponse = z.infer<typeof DigestResponseSchema>;
