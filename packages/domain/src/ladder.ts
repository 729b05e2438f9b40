/**
 * The enterprise ladder (企业梯度): firms climb 科技型中小企业 → 高新技术企业 → 专精特新中小企业 →
 * 专精特新"小巨人" → 瞪羚/独角兽. The ordered stages live in data/taxonomy/ladder.json: each names
 * the catalogue indicators that count it (their ids carry the register, so only one register's
 * count stands on a stage) and a lexicon that links measures to the stage explainably.
 */
import { z } from 'zod';
import { CitationSchema, ConflictBriefSchema } from './api';
import { AuthorityQuerySchema, AuthoritySchema } from './authority';
import { MeasureBriefSchema } from './compare';
import { IndicatorIdSchema } from './indicators';
import { PeriodTypeSchema } from './observations';
import { RegionSchema } from './regions';

const LexiconEntrySchema = z.object({ term: z.string().min(1), weight: z.number().int().min(1).max(3).default(1) });

export const LadderStageSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  description: z.string(),
  /** Catalogue indicators that count firms at this stage (most stages: one). */
  indicators: z.array(IndicatorIdSchema).min(1),
  lexicon: z.array(LexiconEntrySchema).min(1),
});
export type LadderStage = z.infer<typeof LadderStageSchema>;
export const LadderFileSchema = z.object({ stages: z.array(LadderStageSchema).min(2) });

/** A stage's count in one year: the preferred value (period-groups), with its citation and badges. */
export const LadderValueSchema = z.object({
  indicatorId: z.string(),
  observationId: z.number().int(),
  value: z.number(),
  unit: z.string(),
  year: z.number().int(),
  periodType: PeriodTypeSchema,
  periodEnd: z.string().nullable(),
  qualifier: z.string().nullable(),
  flags: z.array(z.string()),
  authority: AuthoritySchema,
  citation: CitationSchema,
  conflict: ConflictBriefSchema.nullable(),
});
export type LadderValue = z.infer<typeof LadderValueSchema>;

/** Upper stage ÷ lower stage in the same year and place: how many firms one rung holds per firm below. */
export const LadderRatioSchema = z.object({
  from: z.string(),
  to: z.string(),
  fromIndicator: z.string(),
  toIndicator: z.string(),
  value: z.number(),
  /** Both counts are of the same date (not only the same year). */
  sameDate: z.boolean(),
  /** Flags of either count (partial year, lower bound …): the ratio inherits their caveats. */
  flags: z.array(z.string()),
});

export const LadderPlaceSchema = z.object({
  region: RegionSchema,
  years: z.array(
    z.object({
      year: z.number().int(),
      /** One entry per stage, in ladder order; `values` empty = no figure that year (missing, not zero). */
      stages: z.array(z.object({ stageId: z.string(), values: z.array(LadderValueSchema) })),
      ratios: z.array(LadderRatioSchema),
    }),
  ),
  /** Stages with no figure in any year for this place. */
  missingStages: z.array(z.string()),
});

export const LadderMeasureSchema = z.object({
  measure: MeasureBriefSchema,
  /** The lexicon words that link the measure to the stage. */
  evidence: z.array(z.string()),
});

export const LadderQuerySchema = z.object({
  regions: z.string().optional().describe('Places shown beside it (codes or names, comma separated).'),
  ...AuthorityQuerySchema.shape,
});

export const LadderResponseSchema = z.object({
  region: RegionSchema,
  benchmark: RegionSchema,
  stages: z.array(
    z.object({
      id: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      description: z.string(),
      indicators: z.array(z.string()),
      /** Measures of the places shown that target this stage, with the words that say so. */
      measures: z.array(LadderMeasureSchema),
    }),
  ),
  /** The place asked first, then 呼和浩特 (when it is not the place), then the places beside them. */
  places: z.array(LadderPlaceSchema),
});
export type LadderResponse = z.infer<typeof LadderResponseSchema>;

/**
 * Which stages a text targets, with the words that say so. Where one stage's term lies inside
 * another's longer match (专精特新 inside 专精特新“小巨人”), the longer match wins, so every word
 * explains one stage.
 */
export function matchStages(
  text: string,
  stages: readonly LadderStage[],
): Array<{ stageId: string; evidence: string[] }> {
  const hits: Array<{ stageId: string; term: string; start: number; end: number }> = [];
  for (const stage of stages)
    for (const { term } of stage.lexicon) {
      for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length))
        hits.push({ stageId: stage.id, term, start: i, end: i + term.length });
    }
  const kept = hits.filter(
    (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  return stages.flatMap((stage) => {
    const evidence = [...new Set(kept.filter((h) => h.stageId === stage.id).map((h) => h.term))];
    return evidence.length ? [{ stageId: stage.id, evidence }] : [];
  });
}
