/**
 * Peer profiles in the manner of the Regional Innovation Scoreboard: each indicator normalised by
 * min–max over a peer group (per capita where the catalogue names a denominator), shown as
 * strengths and weaknesses against 呼和浩特. Groups are data (data/peers/peer-groups.json): a
 * list of places, or a population band around the benchmark decided from cited figures.
 */
import { z } from 'zod';
import { AuthorityQuerySchema } from './authority';
import { LatestValueSchema } from './compare';
import { IndicatorSchema } from './indicators';
import { RegionSchema } from './regions';

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/);

export const PeerGroupSchema = z.discriminatedUnion('kind', [
  z.object({
    id: Id,
    kind: z.literal('list'),
    nameZh: z.string().min(1),
    nameEn: z.string().min(1),
    /** How the group is made, in each language (one language at a time in the interface). */
    noteZh: z.string(),
    note: z.string(),
    members: z.array(z.string().regex(/^\d{6}(-[a-z0-9-]+)?$/)).min(2),
  }),
  z.object({
    id: Id,
    kind: z.literal('population_band'),
    nameZh: z.string().min(1),
    nameEn: z.string().min(1),
    /** How the group is made, in each language (one language at a time in the interface). */
    noteZh: z.string(),
    note: z.string(),
    /** Places whose latest population is within ±band (0.5 = ±50 %) of the benchmark's latest. */
    band: z.number().positive().max(1),
    level: z.enum(['prefecture', 'province']),
  }),
]);
export type PeerGroup = z.infer<typeof PeerGroupSchema>;
export const PeerGroupFileSchema = z.object({ groups: z.array(PeerGroupSchema).min(1) });

export const PeerMemberSchema = z.object({
  region: RegionSchema,
  /** For a population band: the population figure the membership was decided on (cited). */
  basis: LatestValueSchema.nullable(),
});

export const PeerGroupInfoSchema = z.object({
  id: z.string().nullable(),
  kind: z.enum(['list', 'population_band', 'picked']),
  nameZh: z.string(),
  nameEn: z.string(),
  noteZh: z.string(),
  note: z.string(),
  members: z.array(PeerMemberSchema),
});
export type PeerGroupInfo = z.infer<typeof PeerGroupInfoSchema>;
export const PeerGroupListResponseSchema = z.object({ groups: z.array(PeerGroupInfoSchema) });

export const PeerScoreSchema = z.object({
  regionCode: z.string(),
  /** The value normalised: the figure itself, or per 10 000 people (per person for 元). */
  value: z.number(),
  /** 0 = the weakest peer, 1 = the strongest (inverted where lower is better); null without spread. */
  score: z.number().nullable(),
  figure: LatestValueSchema,
  /** The population the figure was divided by (same year), when per capita. */
  denominator: LatestValueSchema.nullable(),
});

export const PEER_VERDICTS = ['strength', 'weakness', 'par', 'not_comparable'] as const;

export const PeerIndicatorSchema = z.object({
  indicator: IndicatorSchema,
  periodType: z.string(),
  /** The one period every score is of (YYYY, or YYYY-MM-DD for a point in time). */
  period: z.string(),
  view: z.enum(['absolute', 'per_capita']),
  unit: z.string(),
  peersWithData: z.number().int(),
  peersTotal: z.number().int(),
  /** Peers with a figure for the period but no population of the same year: left out of a per-capita score. */
  withoutDenominator: z.number().int(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  scores: z.array(PeerScoreSchema),
  /** The profiled place's score and the reference it is judged against (呼和浩特, or the peers' median for 呼和浩特 itself). */
  placeScore: z.number().nullable(),
  referenceScore: z.number().nullable(),
  verdict: z.enum(PEER_VERDICTS),
  /** Why the verdict, or why none (too few peers, no spread, the place has no figure in the period). */
  reason: z.string(),
});
export type PeerIndicator = z.infer<typeof PeerIndicatorSchema>;

export const PeerProfileQuerySchema = z.object({
  group: Id.optional().describe('A peer group id (GET /api/peer-groups); default provincial_capitals.'),
  regions: z.string().max(400).optional().describe('Hand-picked peers instead of a group (codes or names).'),
  ...AuthorityQuerySchema.shape,
});

export const PeerProfileResponseSchema = z.object({
  region: RegionSchema,
  benchmark: RegionSchema,
  group: PeerGroupInfoSchema,
  indicators: z.array(PeerIndicatorSchema),
  /** Margin of score between the place and the reference that makes a strength or a weakness. */
  margin: z.number(),
});
export type PeerProfileResponse = z.infer<typeof PeerProfileResponseSchema>;
