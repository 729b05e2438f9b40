/**
 * GET /api/instruments as it was computed before the terms were kept (issue 10): every figure of the
 * places read against the lexicon per request. The kept-terms answer must equal this one, byte for
 * byte (instruments-kept.test.ts, scripts/instruments-same.ts); it is the reference, not served.
 */
import { type Db, type MeasureFigure, type MeasureText, measureBriefOf, measureFigures, measureTexts } from '@ipb/db';
import {
  excerpt,
  type Instrument,
  type InstrumentFile,
  type InstrumentsResponse,
  type InstrumentTerm,
  type Region,
  readInstrumentTerm,
} from '@ipb/domain';
import type { InstrumentsAsked } from '../../src/routes/instruments/build-instruments';

function readTerm(f: MeasureFigure, file: InstrumentFile): InstrumentTerm | null {
  const reading = readInstrumentTerm(f, file);
  if (!reading) return null;
  return {
    instrumentId: reading.instrumentId,
    termKind: reading.termKind,
    evidence: reading.evidence,
    regionCode: f.regionCode,
    programme: reading.programme,
    measureId: f.measureId,
    measureTitle: f.measureTitle,
    observationId: f.observationId,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    valueAsWritten: f.valueAsWritten,
    unitAsWritten: f.unitAsWritten,
    qualifier: f.qualifier,
    periodText: f.periodText,
    flags: f.flags,
    authority: f.citation.authority,
    citation: f.citation,
  };
}

/** Without places named, the answer covers this many (the most terms first), as when 8 are picked. */
const MAX_DEFAULT_PLACES = 8;

/** The places (but the benchmark) with a term on record, the most terms first, then by code. */
function placesByTerms(terms: InstrumentTerm[], benchmarkCode: string): string[] {
  const counts = new Map<string, number>();
  for (const t of terms)
    if (t.regionCode !== benchmarkCode) counts.set(t.regionCode, (counts.get(t.regionCode) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}

/** Latest first: the newest source date (undated last), then the later record. */
const latestFirst = (a: MeasureText, b: MeasureText) =>
  (b.sourceDate ?? '').localeCompare(a.sourceDate ?? '') || b.id - a.id;

/** A measure as the instrument lists show it: its title, citation and the first characters of its text. */
const briefOf = (m: MeasureText) => ({ ...measureBriefOf(m), ...excerpt(m.text) });

/** The latest `n` measures of each place, in the places' order. */
function latestPerPlace(measures: MeasureText[], codes: string[], n: number) {
  const sorted = [...measures].sort(latestFirst);
  return codes.flatMap((c) => sorted.filter((m) => m.regionCode === c).slice(0, n)).map(briefOf);
}

/** One instrument's row: the benchmark's side and the places using it, each list bounded. */
function instrumentRow(
  i: Instrument,
  terms: InstrumentTerm[],
  using: MeasureText[],
  codes: string[],
  benchmarkCode: string,
  measuresLimit: number,
) {
  const benchmarkMeasures = using.filter((m) => m.regionCode === benchmarkCode);
  const places = codes.filter(
    (c) => c !== benchmarkCode && (terms.some((t) => t.regionCode === c) || using.some((m) => m.regionCode === c)),
  );
  const withTerms = new Set(terms.map((t) => t.measureId));
  const withoutTerms = using.filter((m) => m.regionCode !== benchmarkCode && !withTerms.has(m.id));
  return {
    id: i.id,
    nameZh: i.nameZh,
    nameEn: i.nameEn,
    stip: i.stip,
    benchmark: terms.some((t) => t.regionCode === benchmarkCode)
      ? ('has_terms' as const)
      : benchmarkMeasures.length
        ? ('has_programme' as const)
        : ('none_recorded' as const),
    benchmarkMeasures: latestPerPlace(benchmarkMeasures, [benchmarkCode], measuresLimit),
    benchmarkMeasuresTotal: benchmarkMeasures.length,
    places,
    measuresWithoutTerms: latestPerPlace(withoutTerms, places, measuresLimit),
    measuresWithoutTermsTotal: withoutTerms.length,
  };
}

export async function referenceInstruments(
  store: { engine: Db },
  file: InstrumentFile,
  benchmark: Region,
  picked: Region[],
  resolve: (code: string) => Region | undefined,
  asked: InstrumentsAsked,
): Promise<InstrumentsResponse> {
  const { instrumentId } = asked;
  const all = picked.length === 0;
  const named = [benchmark.code, ...picked.map((r) => r.code).filter((c) => c !== benchmark.code)];
  const terms = (await measureFigures(store.engine, all ? [] : named))
    .flatMap((f) => readTerm(f, file) ?? [])
    .filter((t) => !instrumentId || t.instrumentId === instrumentId);
  const withTerms = placesByTerms(terms, benchmark.code);
  // Without places named: the benchmark and the places with the most terms on record.
  const codes = all ? [benchmark.code, ...withTerms.slice(0, MAX_DEFAULT_PLACES)] : named;
  const regions = all ? codes.slice(1).flatMap((c) => resolve(c) ?? []) : picked;
  const order = (code: string) => codes.indexOf(code);
  const items = terms
    .filter((t) => codes.includes(t.regionCode))
    .sort((a, b) => order(a.regionCode) - order(b.regionCode));
  const measures = await measureTexts(store.engine, { regionCodes: codes });
  const instruments = file.instruments
    .filter((i) => !instrumentId || i.id === instrumentId)
    .map((i) => {
      const using = measures.filter((m) =>
        i.lexicon.some((w) => `${m.title}${m.text}${m.programs.join('')}`.includes(w)),
      );
      const own = items.filter((t) => t.instrumentId === i.id);
      return instrumentRow(i, own, using, codes, benchmark.code, asked.measuresLimit);
    })
    .filter((i) => i.places.length || i.benchmark !== 'none_recorded');
  return {
    benchmark,
    regions,
    termKinds: file.terms.map((k) => ({ id: k.id, nameZh: k.nameZh, nameEn: k.nameEn, outcome: k.outcome })),
    instruments,
    items: items.slice(asked.offset, asked.offset + asked.limit),
    total: items.length,
    offset: asked.offset,
    placesTotal: all ? withTerms.length : regions.length,
    benchmarkMeasures: measures.filter((m) => m.regionCode === benchmark.code).length,
  };
}
