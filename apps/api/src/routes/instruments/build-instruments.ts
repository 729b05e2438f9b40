/**
 * Instrument terms side by side: every figure stated in a measure of the compared places is read as
 * a term when the words before or after it name an instrument (贷款, 担保, 基金 …) and a term kind
 * (最高 → cap, 配套 → share, 规模 → fund size …), both from data/taxonomy/instruments.json, and
 * the matched words are kept as evidence. Per instrument the benchmark's side says whether
 * 呼和浩特 has a comparable programme on record.
 *
 * The reading is done when figures and measures are written (packages/db write/instrument-terms.ts,
 * docs/decisions/015): a request counts and pages the kept rows, its work bounded by what it shows.
 */
import {
  type Db,
  latestMeasureIds,
  type MeasureText,
  measureBriefOf,
  measureCountOf,
  measureInstrumentCounts,
  measureTexts,
  type PlaceInstrumentCount,
  termCounts,
  termCountsEveryPlace,
  termsOfPlace,
} from '@ipb/db';
import { excerpt, type InstrumentFile, type InstrumentsResponse, type InstrumentTerm, type Region } from '@ipb/domain';

export interface InstrumentsAsked {
  instrumentId: string | undefined;
  limit: number;
  offset: number;
  /** Per instrument and place, the latest this many measures (the totals count them all). */
  measuresLimit: number;
}

/** Without places named, the answer covers this many (the most terms first), as when 8 are picked. */
const MAX_DEFAULT_PLACES = 8;

/** The places (but the benchmark) with a term on record, the most terms first, then by code. */
function placesByTerms(counts: PlaceInstrumentCount[], benchmarkCode: string): string[] {
  const perPlace = new Map<string, number>();
  for (const c of counts)
    if (c.regionCode !== benchmarkCode) perPlace.set(c.regionCode, (perPlace.get(c.regionCode) ?? 0) + c.n);
  return [...perPlace].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}

/** Latest first: the newest source date (undated last), then the later record. */
const latestFirst = (a: MeasureText, b: MeasureText) =>
  (b.sourceDate ?? '').localeCompare(a.sourceDate ?? '') || b.id - a.id;

/** A measure as the instrument lists show it: its title, citation and the first characters of its text. */
const briefOf = (m: MeasureText) => ({ ...measureBriefOf(m), ...excerpt(m.text) });

/** `limit` terms from `offset`, place after place in the order of `roots`, each place's by measure. */
async function termsPage(
  db: Db,
  roots: string[],
  perPlace: Map<string, number>,
  rollUp: boolean,
  asked: InstrumentsAsked,
): Promise<InstrumentTerm[]> {
  const items: InstrumentTerm[] = [];
  let skip = asked.offset;
  for (const root of roots) {
    const n = perPlace.get(root) ?? 0;
    const room = asked.limit - items.length;
    if (room <= 0) break;
    if (skip >= n) {
      skip -= n;
      continue;
    }
    items.push(...(await termsOfPlace(db, root, rollUp, asked.instrumentId, Math.min(room, n - skip), skip)));
    skip = 0;
  }
  return items;
}

export async function buildInstruments(
  store: { engine: Db },
  file: InstrumentFile,
  benchmark: Region,
  picked: Region[],
  resolve: (code: string) => Region | undefined,
  asked: InstrumentsAsked,
): Promise<InstrumentsResponse> {
  const db = store.engine;
  const { instrumentId } = asked;
  const mine = (c: PlaceInstrumentCount) => !instrumentId || c.instrumentId === instrumentId;
  const all = picked.length === 0;
  const named = [benchmark.code, ...picked.map((r) => r.code).filter((c) => c !== benchmark.code)];
  // Without places named: every place's own terms, and the benchmark with the places with the most.
  const every = all ? (await termCountsEveryPlace(db)).filter(mine) : [];
  const withTerms = all ? placesByTerms(every, benchmark.code) : [];
  const codes = all ? [benchmark.code, ...withTerms.slice(0, MAX_DEFAULT_PLACES)] : named;
  const regions = all ? codes.slice(1).flatMap((c) => resolve(c) ?? []) : picked;
  const termsBy = all
    ? every.filter((c) => codes.includes(c.regionCode))
    : (await termCounts(db, named, true)).filter(mine);
  const perPlace = new Map<string, number>();
  for (const c of termsBy) perPlace.set(c.regionCode, (perPlace.get(c.regionCode) ?? 0) + c.n);
  const roots = [...new Set(codes)];
  const total = roots.reduce((sum, c) => sum + (perPlace.get(c) ?? 0), 0);
  const items = await termsPage(db, roots, perPlace, !all, asked);

  // Measures roll up in both cases; "with terms" means with terms the answer counts (see termPlaces).
  const termPlaces = all ? codes : null;
  const measureCounts = await measureInstrumentCounts(db, codes, termPlaces);
  const latest = await latestMeasureIds(db, codes, termPlaces, benchmark.code, asked.measuresLimit);
  const texts = latest.length
    ? await measureTexts(db, { regionCodes: codes, measureIds: [...new Set(latest.map((l) => l.measureId))] })
    : [];
  const textOf = new Map(texts.map((m) => [`${m.regionCode}|${m.id}`, m]));
  const latestOf = (i: string, c: string) =>
    latest
      .filter((l) => l.instrumentId === i && l.regionCode === c)
      .flatMap((l) => textOf.get(`${c}|${l.measureId}`) ?? [])
      .sort(latestFirst)
      .map(briefOf);
  const instruments = file.instruments
    .filter((i) => !instrumentId || i.id === instrumentId)
    .map((i) => {
      const hasTerms = (c: string) => termsBy.some((t) => t.instrumentId === i.id && t.regionCode === c && t.n > 0);
      const using = (c: string) => measureCounts.find((m) => m.instrumentId === i.id && m.regionCode === c);
      const benchmarkMeasuresTotal = using(benchmark.code)?.n ?? 0;
      const places = codes.filter((c) => c !== benchmark.code && (hasTerms(c) || (using(c)?.n ?? 0) > 0));
      return {
        id: i.id,
        nameZh: i.nameZh,
        nameEn: i.nameEn,
        stip: i.stip,
        benchmark: hasTerms(benchmark.code)
          ? ('has_terms' as const)
          : benchmarkMeasuresTotal
            ? ('has_programme' as const)
            : ('none_recorded' as const),
        benchmarkMeasures: latestOf(i.id, benchmark.code),
        benchmarkMeasuresTotal,
        places,
        measuresWithoutTerms: places.flatMap((c) => latestOf(i.id, c)),
        measuresWithoutTermsTotal: measureCounts
          .filter((m) => m.instrumentId === i.id && m.regionCode !== benchmark.code)
          .reduce((sum, m) => sum + m.withoutTerms, 0),
      };
    })
    .filter((i) => i.places.length || i.benchmark !== 'none_recorded');
  return {
    benchmark,
    regions,
    termKinds: file.terms.map((k) => ({ id: k.id, nameZh: k.nameZh, nameEn: k.nameEn, outcome: k.outcome })),
    instruments,
    items,
    total,
    offset: asked.offset,
    placesTotal: all ? withTerms.length : regions.length,
    benchmarkMeasures: await measureCountOf(db, benchmark.code),
  };
}
