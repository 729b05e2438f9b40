/**
 * A place's cell of an indicator row in Compare's body. Most places miss most indicators (at
 * 1,000× data 116 of 132 cells were `missing`), and such a cell repeated eight empty fields, so a
 * field that is null, false or empty is left out and `unpackPlace` puts it back: the cell reads
 * the same, and a missing value is still said to be missing (`basis`). The benchmark's figure is
 * the row's in most cells: a cell names it only where it differs.
 */
import { z } from 'zod';
import { type ComparedPlace, ComparedPlaceSchema, type LatestValue, NormalisedViewSchema } from './compare';

const NormalisedViewBodySchema = NormalisedViewSchema.omit({
  placeDenominator: true,
  benchmarkDenominator: true,
}).extend({
  /** observationIds of figures in the body's `figures`, or null. */
  placeDenominatorId: z.number().int().nullable(),
  benchmarkDenominatorId: z.number().int().nullable(),
});

const { regionCode, basis, history } = ComparedPlaceSchema.shape;

/** ComparedPlace with its figures named by id; each field but regionCode and basis absent where empty. */
export const ComparedPlaceBodySchema = z.object({
  regionCode,
  basis,
  period: z.string().optional(),
  difference: z.number().optional(),
  relative: z.number().optional(),
  periodsDiffer: z.literal(true).optional(),
  history: history.optional(),
  historyTotal: z.number().int().optional(),
  latestId: z.number().int().optional(),
  /** Absent where it is the row's benchmark figure (most cells), null where the cell has none. */
  benchmarkValueId: z.number().int().nullable().optional(),
  normalised: z.array(NormalisedViewBodySchema).optional(),
});
export type ComparedPlaceBody = z.infer<typeof ComparedPlaceBodySchema>;

type Ref = (value: LatestValue | null) => number | null;
type Figure = (id: number | null) => LatestValue | null;

const some = <K extends string, V>(key: K, value: V | null | false | undefined): { [P in K]?: V } =>
  (value === null || value === false || value === undefined || (Array.isArray(value) && !value.length)
    ? {}
    : { [key]: value }) as { [P in K]?: V };

export function packPlace(place: ComparedPlace, ref: Ref, rowBenchmarkId: number | null): ComparedPlaceBody {
  const benchmarkValueId = ref(place.benchmarkValue);
  const normalised = place.normalised.map(({ placeDenominator, benchmarkDenominator, ...view }) => ({
    ...view,
    placeDenominatorId: ref(placeDenominator),
    benchmarkDenominatorId: ref(benchmarkDenominator),
  }));
  return {
    regionCode: place.regionCode,
    basis: place.basis,
    ...some('period', place.period),
    ...some('difference', place.difference),
    ...some('relative', place.relative),
    ...some('periodsDiffer', place.periodsDiffer ? (true as const) : null),
    ...some('history', place.history),
    ...some('historyTotal', place.historyTotal),
    ...some('latestId', ref(place.latest)),
    ...(benchmarkValueId === rowBenchmarkId ? {} : { benchmarkValueId }),
    ...some('normalised', normalised),
  };
}

export function unpackPlace(place: ComparedPlaceBody, figure: Figure, rowBenchmarkId: number | null): ComparedPlace {
  return {
    regionCode: place.regionCode,
    basis: place.basis,
    period: place.period ?? null,
    latest: figure(place.latestId ?? null),
    benchmarkValue: figure(place.benchmarkValueId === undefined ? rowBenchmarkId : place.benchmarkValueId),
    difference: place.difference ?? null,
    relative: place.relative ?? null,
    periodsDiffer: place.periodsDiffer ?? false,
    normalised: (place.normalised ?? []).map(({ placeDenominatorId, benchmarkDenominatorId, ...view }) => ({
      ...view,
      placeDenominator: figure(placeDenominatorId),
      benchmarkDenominator: figure(benchmarkDenominatorId),
    })),
    history: place.history ?? [],
    ...(place.historyTotal === undefined ? {} : { historyTotal: place.historyTotal }),
  };
}
