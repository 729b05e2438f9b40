/**
 * Instrument terms side by side: every figure stated in a measure of the compared places is read as
 * a term when the words before or after it name an instrument (贷款, 担保, 基金 …) and a term kind
 * (最高 → cap, 配套 → share, 规模 → fund size …), both from data/taxonomy/instruments.json, and
 * the matched words are kept as evidence. Per instrument the benchmark's side says whether
 * 呼和浩特 has a comparable programme on record.
 */
import { type Db, type MeasureFigure, measureBriefOf, measureFigures, measureTexts } from '@ipb/db';
import {
  type InstrumentFile,
  type InstrumentsResponse,
  type InstrumentTerm,
  instrumentOf,
  type Region,
  termKindOf,
} from '@ipb/domain';

/** The sentence a figure sits in, up to the figure: what the instrument and term words are read from. */
const sentenceBefore = (before: string) =>
  before.slice(Math.max(...['。', '！', '？', '；'].map((c) => before.lastIndexOf(c))) + 1);

/** The programme the sentence names nearest before the figure, else one named just after it. */
function programmeOf(f: MeasureFigure, before: string): string | null {
  const named = f.programs
    .map((p) => ({ p, at: before.lastIndexOf(p) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => b.at - a.at);
  return named[0]?.p ?? f.programs.find((p) => f.after.includes(p)) ?? null;
}

export function readTerm(f: MeasureFigure, file: InstrumentFile): InstrumentTerm | null {
  const before = sentenceBefore(f.before);
  const programme = programmeOf(f, before);
  const instrument = instrumentOf(before, programme, file.instruments) ?? instrumentOf(f.after, null, file.instruments);
  if (!instrument) return null;
  const term = termKindOf(f, `${before.slice(-30)}|${f.after}`, f.after, file.terms);
  if (!term) return null;
  return {
    instrumentId: instrument.instrument.id,
    termKind: term.kind.id,
    evidence: [...new Set([instrument.word, term.word])],
    regionCode: f.regionCode,
    programme,
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

export async function buildInstruments(
  store: { engine: Db },
  file: InstrumentFile,
  benchmark: Region,
  picked: Region[],
  instrumentId: string | undefined,
  resolve: (code: string) => Region | undefined,
  limit: number,
): Promise<InstrumentsResponse> {
  const all = picked.length === 0;
  const asked = [benchmark.code, ...picked.map((r) => r.code).filter((c) => c !== benchmark.code)];
  const terms = (await measureFigures(store.engine, all ? [] : asked))
    .flatMap((f) => readTerm(f, file) ?? [])
    .filter((t) => !instrumentId || t.instrumentId === instrumentId);
  // Without places named: the benchmark and every place with a term on record.
  const codes = all ? [...new Set([benchmark.code, ...terms.map((t) => t.regionCode)])] : asked;
  const regions = all ? codes.slice(1).flatMap((c) => resolve(c) ?? []) : picked;
  const order = (code: string) => codes.indexOf(code);
  const items = terms
    .filter((t) => codes.includes(t.regionCode))
    .sort((a, b) => order(a.regionCode) - order(b.regionCode));
  const measures = await measureTexts(store.engine, { regionCodes: codes });
  const uses = (id: string, text: string) =>
    file.instruments.find((i) => i.id === id)?.lexicon.some((w) => text.includes(w)) ?? false;
  const instruments = file.instruments
    .filter((i) => !instrumentId || i.id === instrumentId)
    .map((i) => {
      const terms = items.filter((t) => t.instrumentId === i.id);
      const using = measures.filter((m) => uses(i.id, `${m.title}${m.text}${m.programs.join('')}`));
      const benchmarkMeasures = using.filter((m) => m.regionCode === benchmark.code);
      const places = codes.filter(
        (c) => c !== benchmark.code && (terms.some((t) => t.regionCode === c) || using.some((m) => m.regionCode === c)),
      );
      return {
        id: i.id,
        nameZh: i.nameZh,
        nameEn: i.nameEn,
        stip: i.stip,
        benchmark: terms.some((t) => t.regionCode === benchmark.code)
          ? ('has_terms' as const)
          : benchmarkMeasures.length
            ? ('has_programme' as const)
            : ('none_recorded' as const),
        benchmarkMeasures: benchmarkMeasures.map(measureBriefOf),
        places,
        measuresWithoutTerms: using
          .filter((m) => m.regionCode !== benchmark.code && !terms.some((t) => t.measureId === m.id))
          .map(measureBriefOf),
      };
    })
    .filter((i) => i.places.length || i.benchmark !== 'none_recorded');
  return {
    benchmark,
    regions,
    termKinds: file.terms.map((k) => ({ id: k.id, nameZh: k.nameZh, nameEn: k.nameEn, outcome: k.outcome })),
    instruments,
    items: items.slice(0, limit),
    total: items.length,
    benchmarkMeasures: measures.filter((m) => m.regionCode === benchmark.code).length,
  };
}
