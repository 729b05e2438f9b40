/**
 * What the writes keep for the instrument-terms view (instrument_terms, measure_instruments;
 * migration 0018), against the same rows read again from the figures and measures as the view read
 * them per request before (measureFigures, measureTexts with the lexicon). Both engines.
 */
import { type InstrumentFile, measureInstruments, readInstrumentTerm } from '@ipb/domain';
import { expect } from 'vitest';
import type { Db } from '../../src/engine/db';
import { perEngine } from '../../src/engine/dialect';
import { measureFigures } from '../../src/queries/instrument-figures';
import { measureTexts } from '../../src/queries/measure-texts';

const KEPT_TERMS = perEngine(
  (d) => `SELECT observation_id, measure_id, region_code, start, instrument_id, term_kind,
    ${d.json('evidence')} AS evidence, programme FROM instrument_terms`,
);
const KEPT_MATCHES = perEngine(
  (d) => `SELECT measure_id, instrument_id, region_code, source_date, terms, ${d.json('words')} AS words
    FROM measure_instruments`,
);

const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
const parse = (v: unknown) => (typeof v === 'string' && v.startsWith('[') ? JSON.parse(v) : v);

/** The kept rows, as sorted JSON lines (JSON columns parsed, so both engines' texts compare). */
export async function keptInstrumentRows(db: Db): Promise<{ terms: string[]; matches: string[] }> {
  const rows = async (q: typeof KEPT_TERMS) =>
    sorted((await db.all<Record<string, unknown>>(q)).map((r) => Object.values(r).map(parse)));
  return { terms: await rows(KEPT_TERMS), matches: await rows(KEPT_MATCHES) };
}

/** The same rows read again from the figures and measures with `file`. */
export async function recomputedInstrumentRows(db: Db, file: InstrumentFile) {
  const terms = (await measureFigures(db, [])).flatMap((f) => {
    const r = readInstrumentTerm(f, file);
    return r
      ? [
          [
            f.observationId,
            f.measureId,
            f.regionCode,
            f.citation.start,
            r.instrumentId,
            r.termKind,
            r.evidence,
            r.programme,
          ],
        ]
      : [];
  });
  const count = new Map<string, number>();
  for (const t of terms) count.set(`${t[1]}|${t[4]}`, (count.get(`${t[1]}|${t[4]}`) ?? 0) + 1);
  const matches = (await measureTexts(db, { regionCodes: [] })).flatMap((m) =>
    measureInstruments(m, file.instruments).map((i) => [
      m.id,
      i.instrumentId,
      m.regionCode,
      m.sourceDate ?? '',
      count.get(`${m.id}|${i.instrumentId}`) ?? 0,
      i.words,
    ]),
  );
  return { terms: sorted(terms), matches: sorted(matches) };
}

/** The kept terms and matches equal a recomputation from the rows, and there are some of each. */
export async function expectKeptInstrumentTerms(db: Db, file: InstrumentFile): Promise<void> {
  const [kept, rows] = [await keptInstrumentRows(db), await recomputedInstrumentRows(db, file)];
  expect(rows.terms.length).toBeGreaterThan(0);
  expect(rows.matches.length).toBeGreaterThan(0);
  expect(kept.terms).toEqual(rows.terms);
  expect(kept.matches).toEqual(rows.matches);
}
