/**
 * The body GET /api/compare sends: every figure once. In the comparison (CompareResponse) the
 * benchmark's value, with its citation, stands in each place's comparison and its population or
 * GDP in every per-capita view, so the same figure was repeated dozens of times (issue 10: over
 * 100 KB at 1,000× data); a measure of several themes, or one a bulletin reprinted, stood in
 * each column it belongs to. Here each figure is in `figures` once and is named by its
 * observationId wherever it is used, each measure in `measures` once and named by its position;
 * `unpackCompare` gives the comparison back, unchanged.
 */
import { z } from 'zod';
import {
  ComparedIndicatorSchema,
  ComparedPlaceSchema,
  type CompareResponse,
  CompareResponseSchema,
  type LatestValue,
  LatestValueSchema,
  type MeasureBrief,
  MeasureBriefSchema,
  NormalisedViewSchema,
  ThemeColumnSchema,
  ThemeRefSchema,
} from './compare';

/** An observationId of a figure in the body's `figures`, or null where the comparison has none. */
const FigureRefSchema = z.number().int().nullable();

const NormalisedViewBodySchema = NormalisedViewSchema.omit({
  placeDenominator: true,
  benchmarkDenominator: true,
}).extend({ placeDenominatorId: FigureRefSchema, benchmarkDenominatorId: FigureRefSchema });

const ComparedPlaceBodySchema = ComparedPlaceSchema.omit({
  latest: true,
  benchmarkValue: true,
  normalised: true,
}).extend({
  latestId: FigureRefSchema,
  benchmarkValueId: FigureRefSchema,
  normalised: z.array(NormalisedViewBodySchema),
});

const ComparedIndicatorBodySchema = ComparedIndicatorSchema.omit({ benchmark: true, places: true }).extend({
  benchmarkId: FigureRefSchema,
  places: z.array(ComparedPlaceBodySchema),
});

const ThemeColumnBodySchema = ThemeColumnSchema.omit({ measures: true }).extend({
  /** Positions in the body's `measures`, latest first. */
  measureRefs: z.array(z.number().int().min(0)),
});

export const CompareBodySchema = CompareResponseSchema.omit({ indicators: true, themes: true }).extend({
  /** Every measure the theme columns show, each once (as shown in its column: place, sub-place). */
  measures: z.array(MeasureBriefSchema),
  themes: z.array(z.object({ theme: ThemeRefSchema, columns: z.array(ThemeColumnBodySchema) })),
  /** Every figure the indicator rows use, each once, with its authority, flags and citation. */
  figures: z.array(LatestValueSchema),
  indicators: z.array(ComparedIndicatorBodySchema),
});
export type CompareBody = z.infer<typeof CompareBodySchema>;

/** Say each figure once: the comparison with its figures named by id. */
export function packCompare(compare: CompareResponse): CompareBody {
  const figures = new Map<number, LatestValue>();
  const ref = (value: LatestValue | null) => {
    if (!value) return null;
    if (!figures.has(value.observationId)) figures.set(value.observationId, value);
    return value.observationId;
  };
  const indicators = compare.indicators.map(({ benchmark, places, ...row }) => ({
    ...row,
    benchmarkId: ref(benchmark),
    places: places.map(({ latest, benchmarkValue, normalised, ...place }) => ({
      ...place,
      latestId: ref(latest),
      benchmarkValueId: ref(benchmarkValue),
      normalised: normalised.map(({ placeDenominator, benchmarkDenominator, ...view }) => ({
        ...view,
        placeDenominatorId: ref(placeDenominator),
        benchmarkDenominatorId: ref(benchmarkDenominator),
      })),
    })),
  }));
  const measures = new Map<string, { at: number; measure: MeasureBrief }>();
  const measureRef = (m: MeasureBrief) => {
    // A measure reads differently in its city's column (with its district) than in the district's.
    const key = `${m.id}|${m.regionCode}`;
    const known = measures.get(key) ?? { at: measures.size, measure: m };
    measures.set(key, known);
    return known.at;
  };
  const themes = compare.themes.map(({ theme, columns }) => ({
    theme,
    columns: columns.map(({ measures: shown, ...column }) => ({ ...column, measureRefs: shown.map(measureRef) })),
  }));
  return {
    ...compare,
    measures: [...measures.values()].map((m) => m.measure),
    themes,
    figures: [...figures.values()],
    indicators,
  };
}

/** The comparison from the body: every figure id replaced by the figure. */
export function unpackCompare(body: CompareBody): CompareResponse {
  const figures = new Map(body.figures.map((f) => [f.observationId, f]));
  const figure = (id: number | null) => {
    if (id === null) return null;
    const found = figures.get(id);
    if (!found) throw new Error(`The comparison names figure ${id}, which it does not include.`);
    return found;
  };
  const measure = (at: number) => {
    const found = body.measures[at];
    if (!found) throw new Error(`The comparison names measure ${at}, which it does not include.`);
    return found;
  };
  const { figures: _figures, measures: _measures, indicators, themes, ...rest } = body;
  return {
    ...rest,
    themes: themes.map(({ theme, columns }) => ({
      theme,
      columns: columns.map(({ measureRefs, ...column }) => ({ ...column, measures: measureRefs.map(measure) })),
    })),
    indicators: indicators.map(({ benchmarkId, places, ...row }) => ({
      ...row,
      benchmark: figure(benchmarkId),
      places: places.map(({ latestId, benchmarkValueId, normalised, ...place }) => ({
        ...place,
        latest: figure(latestId),
        benchmarkValue: figure(benchmarkValueId),
        normalised: normalised.map(({ placeDenominatorId, benchmarkDenominatorId, ...view }) => ({
          ...view,
          placeDenominator: figure(placeDenominatorId),
          benchmarkDenominator: figure(benchmarkDenominatorId),
        })),
      })),
    })),
  };
}
