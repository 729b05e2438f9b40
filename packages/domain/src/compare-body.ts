/**
 * The body GET /api/compare sends: every figure once. In the comparison (CompareResponse) the
 * benchmark's value, with its citation, stands in each place's comparison and its population or
 * GDP in every per-capita view, so the same figure was repeated dozens of times (issue 10: over
 * 100 KB at 1,000× data); a measure of several themes, or one a bulletin reprinted, stood in
 * each column it belongs to. Here each figure is in `figures` once and is named by its
 * observationId wherever it is used, each measure in `measures` once and named by its position,
 * each cited source and article title once (body-citations.ts). A measure's text is only its
 * first EXCERPT_CHARS characters, with the whole text's length: the columns show titles, and the
 * whole text of one measure is asked for when a reader expands it (GET /api/compare/measures/{id}/text).
 * A row's indicator is its id and names (compare.ts); a field that is null or empty is left out
 * (compare-body-figures.ts, compare-body-places.ts). At 1,000× data this is the difference
 * between 133 and 96 KB for four places (docs/decisions/014).
 * A conflict lists its first BODY_ALTERNATIVES other values, their sources named once too
 * (compare-body-figures.ts). What the body shows of a comparison too large for 100 KB is chosen by
 * compare-budget.ts (`withinBudget`) before it is packed.
 * `unpackCompare` gives the comparison back, unchanged but for those excerpts and alternatives.
 */
import { z } from 'zod';
import { BodyCitationSchema, BodySourceSchema, citationPacker, citedOnce, unpackCitation } from './body-citations';
import {
  ComparedIndicatorSchema,
  type CompareResponse,
  CompareResponseSchema,
  type LatestValue,
  type MeasureBrief,
  MeasureBriefSchema,
  ThemeColumnSchema,
  ThemeRefSchema,
} from './compare';
import { type FigureBody, FigureBodySchema, packFigure, unpackFigure } from './compare-body-figures';
import { ComparedPlaceBodySchema, packPlace, unpackPlace } from './compare-body-places';

/** How much of a measure's text Compare's body carries. */
export const EXCERPT_CHARS = 40;

const { programs, subPlace } = MeasureBriefSchema.shape;
/** A measure; its programmes absent where none, its sub-place absent where null. */
const MeasureBodySchema = MeasureBriefSchema.omit({ citation: true, programs: true, subPlace: true }).extend({
  programs: programs.optional(),
  subPlace: subPlace.unwrap().optional(),
  citation: BodyCitationSchema,
});

/** An observationId of a figure in the body's `figures`, or null where the comparison has none. */
const FigureRefSchema = z.number().int().nullable();

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
  measures: z.array(MeasureBodySchema),
  themes: z.array(z.object({ theme: ThemeRefSchema, columns: z.array(ThemeColumnBodySchema) })),
  /** Every figure the indicator rows use, each once, with its authority, flags and citation. */
  figures: z.array(FigureBodySchema),
  /** Every source the measures and figures cite, each once; a citation names it by its sourceId. */
  sources: z.array(BodySourceSchema),
  /** Every article title the citations name, each once; a citation names it by position (`article`). */
  articles: z.array(z.string()),
  indicators: z.array(ComparedIndicatorBodySchema),
});
export type CompareBody = z.infer<typeof CompareBodySchema>;

/** Say each figure once: the comparison with its figures named by id. */
export function packCompare(compare: CompareResponse): CompareBody {
  const citations = citationPacker();
  const figures = new Map<number, FigureBody>();
  const ref = (value: LatestValue | null) => {
    if (!value) return null;
    if (!figures.has(value.observationId)) figures.set(value.observationId, packFigure(value, citations.pack));
    return value.observationId;
  };
  const indicators = compare.indicators.map(({ benchmark, places, ...row }) => {
    const benchmarkId = ref(benchmark);
    return { ...row, benchmarkId, places: places.map((place) => packPlace(place, ref, benchmarkId)) };
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
    measures: [...measures.values()].map(({ measure }) => packMeasure(measure, citations.pack)),
    themes,
    figures: [...figures.values()],
    sources: citations.sources,
    articles: citations.articles,
    indicators,
  };
}

type MeasureBody = CompareBody['measures'][number];

/** A measure as the body lists it: an excerpt of its text, its empty fields left out, its citation packed. */
export function packMeasure(
  { citation, programs, subPlace, ...m }: MeasureBrief,
  pack: ReturnType<typeof citationPacker>['pack'],
): MeasureBody {
  return {
    ...m,
    ...excerpt(m.text),
    ...(programs.length ? { programs } : {}),
    ...(subPlace ? { subPlace } : {}),
    citation: pack(citation, { title: m.title }),
  };
}

/** The first EXCERPT_CHARS characters (code points) of a text, with its length when that is not all of it. */
export function excerpt(text: string): { text: string; textChars?: number } {
  // Counted, not split into an array of characters: a measure's text is thousands of characters,
  // and Compare's budget packs each measure it considers (docs/decisions/014, eleventh session).
  if (text.length <= EXCERPT_CHARS) return { text };
  let chars = 0;
  let cut = text.length;
  for (let i = 0; i < text.length; i++) {
    if (chars === EXCERPT_CHARS) cut = Math.min(cut, i);
    const c = text.charCodeAt(i);
    // A surrogate pair is one character (as Array.from counts it); a lone surrogate is one too.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    chars++;
  }
  return chars <= EXCERPT_CHARS ? { text } : { text: text.slice(0, cut), textChars: chars };
}

/** The comparison from the body: every figure id replaced by the figure. */
export function unpackCompare(body: CompareBody): CompareResponse {
  const cited = citedOnce(body);
  const figures = new Map(body.figures.map((f) => [f.observationId, unpackFigure(f, cited)]));
  const figure = (id: number | null) => {
    if (id === null) return null;
    const found = figures.get(id);
    if (!found) throw new Error(`The comparison names figure ${id}, which it does not include.`);
    return found;
  };
  const measures = body.measures.map(({ citation, programs = [], subPlace = null, ...m }) => ({
    ...m,
    programs,
    subPlace,
    citation: unpackCitation(citation, cited, { title: m.title }),
  }));
  const measure = (at: number) => {
    const found = measures[at];
    if (!found) throw new Error(`The comparison names measure ${at}, which it does not include.`);
    return found;
  };
  const {
    figures: _figures,
    measures: _measures,
    sources: _sources,
    articles: _articles,
    indicators,
    themes,
    ...rest
  } = body;
  return {
    ...rest,
    themes: themes.map(({ theme, columns }) => ({
      theme,
      columns: columns.map(({ measureRefs, ...column }) => ({ ...column, measures: measureRefs.map(measure) })),
    })),
    indicators: indicators.map(({ benchmarkId, places, ...row }) => ({
      ...row,
      benchmark: figure(benchmarkId),
      places: places.map((place) => unpackPlace(place, figure, benchmarkId)),
    })),
  };
}
