/**
 * The body GET /api/compare sends: every figure once. In the comparison (CompareResponse) the
 * benchmark's value, with its citation, stands in each place's comparison and its population or
 * GDP in every per-capita view, so the same figure was repeated dozens of times (issue 10: over
 * 100 KB at 1,000× data); a measure of several themes, or one a bulletin reprinted, stood in
 * each column it belongs to. Here each figure is in `figures` once and is named by its
 * observationId wherever it is used, each measure in `measures` once and named by its position,
 * each cited source in `sources` once (body-citations.ts). A measure's text is only its first
 * EXCERPT_CHARS characters, with the whole text's length: the columns show titles, and the whole
 * text of one measure is asked for when a reader expands it (GET /api/compare/measures/{id}/text).
 * An indicator row names its indicator by id (the 33 definitions were 16 KB in every answer; the
 * client has them from GET /api/indicators), and a field that is null or empty is left out.
 * `unpackCompare` gives the comparison back, unchanged but for those excerpts.
 */
import { z } from 'zod';
import { BodyCitationSchema, BodySourceSchema, citationPacker, unpackCitation } from './body-citations';
import {
  ComparedIndicatorSchema,
  type CompareResponse,
  CompareResponseSchema,
  type LatestValue,
  LatestValueSchema,
  type MeasureBrief,
  MeasureBriefSchema,
  ThemeColumnSchema,
  ThemeRefSchema,
} from './compare';
import { ComparedPlaceBodySchema, packPlace, unpackPlace } from './compare-body-places';
import { type Indicator, IndicatorIdSchema } from './indicators';

/** How much of a measure's text Compare's body carries. */
export const EXCERPT_CHARS = 40;

const { programs, subPlace } = MeasureBriefSchema.shape;
/** A measure; its programmes absent where none, its sub-place absent where null. */
const MeasureBodySchema = MeasureBriefSchema.omit({ citation: true, programs: true, subPlace: true }).extend({
  programs: programs.optional(),
  subPlace: subPlace.unwrap().optional(),
  citation: BodyCitationSchema,
});

const { year, periodStart, periodEnd, qualifier, flags, conflict } = LatestValueSchema.shape;
/** A figure; each of its fields that is null or empty absent. */
const FigureBodySchema = LatestValueSchema.omit({
  citation: true,
  year: true,
  periodStart: true,
  periodEnd: true,
  qualifier: true,
  flags: true,
  conflict: true,
}).extend({
  year: year.unwrap().optional(),
  periodStart: periodStart.unwrap().optional(),
  periodEnd: periodEnd.unwrap().optional(),
  qualifier: qualifier.unwrap().optional(),
  flags: flags.optional(),
  conflict: conflict.unwrap().optional(),
  citation: BodyCitationSchema,
});

/** An observationId of a figure in the body's `figures`, or null where the comparison has none. */
const FigureRefSchema = z.number().int().nullable();

/** A row names its indicator by id: the definitions are GET /api/indicators's, the same at any scale. */
const ComparedIndicatorBodySchema = ComparedIndicatorSchema.omit({
  indicator: true,
  benchmark: true,
  places: true,
}).extend({
  indicatorId: IndicatorIdSchema,
  benchmarkId: FigureRefSchema,
  places: z.array(ComparedPlaceBodySchema),
});

const ThemeColumnBodySchema = ThemeColumnSchema.omit({ measures: true }).extend({
  /** Positions in the body's `measures`, latest first. */
  measureRefs: z.array(z.number().int().min(0)),
});

export const CompareBodySchema = CompareResponseSchema.omit({ indicators: true, themes: true }).extend({
  /** Every measure the theme columns show, each once (as shown in its column: place, sub-place). */
  measures: z.array(MeasureBodySchema),
  themes: z.array(z.object({ theme: ThemeRefSchema, columns: z.array(ThemeColumnBodySchema) })),
  /** Every figure the indicator rows use, each once, with its authority, flags and citation. */
  figures: z.array(FigureBodySchema),
  /** Every source the measures and figures cite, each once; a citation names it by position. */
  sources: z.array(BodySourceSchema),
  indicators: z.array(ComparedIndicatorBodySchema),
});
export type CompareBody = z.infer<typeof CompareBodySchema>;

/** Say each figure once: the comparison with its figures named by id. */
export function packCompare(compare: CompareResponse): CompareBody {
  const citations = citationPacker();
  const figures = new Map<number, CompareBody['figures'][number]>();
  const ref = (value: LatestValue | null) => {
    if (!value) return null;
    if (!figures.has(value.observationId)) figures.set(value.observationId, packFigure(value, citations.pack));
    return value.observationId;
  };
  const indicators = compare.indicators.map(({ indicator, benchmark, places, ...row }) => {
    const benchmarkId = ref(benchmark);
    return {
      ...row,
      indicatorId: indicator.id,
      benchmarkId,
      places: places.map((place) => packPlace(place, ref, benchmarkId)),
    };
  });
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
    measures: [...measures.values()].map(({ measure: { citation, programs, subPlace, ...m } }) => ({
      ...m,
      ...excerpt(m.text),
      ...(programs.length ? { programs } : {}),
      ...(subPlace ? { subPlace } : {}),
      citation: citations.pack(citation, m.title),
    })),
    themes,
    figures: [...figures.values()],
    sources: citations.sources,
    indicators,
  };
}

type Pack = ReturnType<typeof citationPacker>['pack'];

/** A figure with its null and empty fields left out. */
function packFigure(value: LatestValue, pack: Pack): CompareBody['figures'][number] {
  const { citation, year, periodStart, periodEnd, qualifier, flags, conflict, ...f } = value;
  return {
    ...f,
    ...(year === null ? {} : { year }),
    ...(periodStart === null ? {} : { periodStart }),
    ...(periodEnd === null ? {} : { periodEnd }),
    ...(qualifier === null ? {} : { qualifier }),
    ...(flags.length ? { flags } : {}),
    ...(conflict === null ? {} : { conflict }),
    citation: pack(citation),
  };
}

/** The first EXCERPT_CHARS characters (code points) of a text, with its length when that is not all of it. */
export function excerpt(text: string): { text: string; textChars?: number } {
  const chars = Array.from(text);
  return chars.length <= EXCERPT_CHARS
    ? { text }
    : { text: chars.slice(0, EXCERPT_CHARS).join(''), textChars: chars.length };
}

/**
 * The comparison from the body: every figure id replaced by the figure, every indicator id by its
 * definition from `catalogue` (GET /api/indicators), every left-out field put back.
 */
export function unpackCompare(body: CompareBody, catalogue: readonly Indicator[]): CompareResponse {
  const figures = new Map(
    body.figures.map(({ citation, ...f }) => [
      f.observationId,
      {
        ...f,
        year: f.year ?? null,
        periodStart: f.periodStart ?? null,
        periodEnd: f.periodEnd ?? null,
        qualifier: f.qualifier ?? null,
        flags: f.flags ?? [],
        conflict: f.conflict ?? null,
        citation: unpackCitation(citation, body.sources),
      },
    ]),
  );
  const figure = (id: number | null) => {
    if (id === null) return null;
    const found = figures.get(id);
    if (!found) throw new Error(`The comparison names figure ${id}, which it does not include.`);
    return found;
  };
  const definitions = new Map(catalogue.map((i) => [i.id, i]));
  const definition = (id: string) => {
    const found = definitions.get(id);
    if (!found) throw new Error(`The comparison names indicator ${id}, which the catalogue does not include.`);
    return found;
  };
  const measures = body.measures.map(({ citation, programs, subPlace, ...m }) => ({
    ...m,
    programs: programs ?? [],
    subPlace: subPlace ?? null,
    citation: unpackCitation(citation, body.sources, m.title),
  }));
  const measure = (at: number) => {
    const found = measures[at];
    if (!found) throw new Error(`The comparison names measure ${at}, which it does not include.`);
    return found;
  };
  const { figures: _figures, measures: _measures, sources: _sources, indicators, themes, ...rest } = body;
  return {
    ...rest,
    themes: themes.map(({ theme, columns }) => ({
      theme,
      columns: columns.map(({ measureRefs, ...column }) => ({ ...column, measures: measureRefs.map(measure) })),
    })),
    indicators: indicators.map(({ indicatorId, benchmarkId, places, ...row }) => ({
      ...row,
      indicator: definition(indicatorId),
      benchmark: figure(benchmarkId),
      places: places.map((place) => unpackPlace(place, figure, benchmarkId)),
    })),
  };
}
