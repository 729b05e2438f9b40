/**
 * The instrument-terms view's reads (GET /api/instruments, docs/decisions/015) from the rows the
 * writes keep (write/instrument-terms.ts): counts by place and instrument, one page of terms, and
 * per place and instrument the latest measures — index seeks on instrument_terms and
 * measure_instruments instead of reading every figure's sentence against the lexicon per request.
 *
 * Places are read as the view always has: terms of named places roll up (a district's under its
 * city), terms without named places are each place's own (`rollUp: false`); measures always roll up.
 */
import type { Citation } from '@ipb/domain';
import type { Db } from '../engine/db';
import { type Dialect, shaped } from '../engine/dialect';
import { jsonList } from '../prepared';
import { type CitedFigure, type CitedFigureRow, citedFigure, figureColumns } from './instrument-figures';

/** Each named place with its sub-places (rolled up), or as itself. */
const sub = (d: Dialect, rollUp: boolean) =>
  `WITH RECURSIVE sub(root, code) AS (SELECT value, value FROM (${d.list}) AS named${
    rollUp ? ' UNION SELECT sub.root, r.code FROM regions r JOIN sub ON r.parent_code = sub.code' : ''
  })`;

export interface PlaceInstrumentCount {
  regionCode: string;
  instrumentId: string;
  n: number;
}

/** Terms per own place and instrument, over every place (the view without places named). */
export async function termCountsEveryPlace(db: Db): Promise<PlaceInstrumentCount[]> {
  const q = shaped(
    'instrument-terms:every',
    (d) => `SELECT region_code AS root, instrument_id, ${d.int('count(*)')} AS n FROM instrument_terms
      GROUP BY instrument_id, region_code`,
  );
  return counts(await db.all<CountRow>(q));
}

interface CountRow {
  root: string;
  instrument_id: string;
  n: number;
  without?: number;
}
const counts = (rows: CountRow[]) =>
  rows.map((r) => ({ regionCode: r.root, instrumentId: r.instrument_id, n: Number(r.n) }));

/** Terms per place (`codes`, rolled up or not) and instrument. */
export async function termCounts(db: Db, codes: readonly string[], rollUp: boolean): Promise<PlaceInstrumentCount[]> {
  const q = shaped(
    `instrument-terms:counts:${rollUp}`,
    (d) => `${sub(d, rollUp)}
      SELECT sub.root, t.instrument_id, ${d.int('count(*)')} AS n FROM sub JOIN instrument_terms t ON t.region_code = sub.code
      GROUP BY sub.root, t.instrument_id`,
  );
  return counts(await db.all<CountRow>(q, [jsonList(codes)]));
}

export interface KeptTerm extends CitedFigure {
  instrumentId: string;
  termKind: string;
  evidence: string[];
  regionCode: string;
  programme: string | null;
  measureId: number;
  measureTitle: string;
  observationId: number;
  authority: Citation['authority'];
}

interface TermRow extends CitedFigureRow {
  observation_id: number;
  measure_id: number;
  instrument_id: string;
  term_kind: string;
  evidence: string;
  programme: string | null;
  measure_title: string;
}

/**
 * One place's terms (`root`, rolled up or not), by measure and then where each stands in the text,
 * `limit` from `offset`; of one instrument when `instrumentId` is given.
 */
export async function termsOfPlace(
  db: Db,
  root: string,
  rollUp: boolean,
  instrumentId: string | undefined,
  limit: number,
  offset: number,
): Promise<KeptTerm[]> {
  const q = shaped(
    `instrument-terms:page:${rollUp}:${Boolean(instrumentId)}`,
    // The page is chosen from the kept rows alone (an index-ordered read), then only its rows are joined.
    (d) => `${sub(d, rollUp)}, page AS (
        SELECT t.observation_id, t.measure_id, t.start AS at, t.instrument_id, t.term_kind, t.evidence, t.programme
        FROM sub JOIN instrument_terms t ON t.region_code = sub.code
        ${instrumentId ? 'WHERE t.instrument_id = ?' : ''}
        ORDER BY t.measure_id, t.start, t.observation_id LIMIT ? OFFSET ?)
      SELECT t.observation_id, t.measure_id, t.instrument_id, t.term_kind, ${d.json('t.evidence')} AS evidence, t.programme,
        m.title AS measure_title, ${figureColumns(d)}
      FROM page t JOIN observations o ON o.id = t.observation_id
      JOIN measures m ON m.id = t.measure_id JOIN sources s ON s.id = o.source_id LEFT JOIN articles a ON a.id = o.article_id
      ORDER BY t.measure_id, t.at, t.observation_id`,
  );
  const params = [jsonList([root]), ...(instrumentId ? [instrumentId] : []), limit, offset];
  const rows = await db.all<TermRow>(q, params);
  return rows.map((r) => {
    const { citation, ...figure } = citedFigure(r);
    return {
      instrumentId: r.instrument_id,
      termKind: r.term_kind,
      evidence: JSON.parse(r.evidence) as string[],
      regionCode: root,
      programme: r.programme,
      measureId: r.measure_id,
      measureTitle: r.measure_title,
      observationId: r.observation_id,
      ...figure,
      authority: citation.authority,
      citation,
    };
  });
}

/**
 * Who counts as a measure "with terms" of an instrument: in the rolled-up view any measure with a
 * term of it; without places named only one whose own place is among `termPlaces` (the terms read
 * there are each place's own).
 */
const without = (d: Dialect, asIs: boolean) => `(mi.terms = 0${asIs ? ` OR mi.region_code NOT IN (${d.list})` : ''})`;

export interface MeasureInstrumentCount extends PlaceInstrumentCount {
  /** Of them, the measures without a term of the instrument (see `without`). */
  withoutTerms: number;
}

/** Measures per place (`codes`, rolled up) and instrument, and how many of them state no term of it. */
export async function measureInstrumentCounts(
  db: Db,
  codes: readonly string[],
  termPlaces: readonly string[] | null,
): Promise<MeasureInstrumentCount[]> {
  const asIs = termPlaces !== null;
  const q = shaped(
    `instrument-terms:measure-counts:${asIs}`,
    (d) => `${sub(d, true)}
      SELECT sub.root, mi.instrument_id, ${d.int('count(*)')} AS n,
        ${d.int(`sum(CASE WHEN ${without(d, asIs)} THEN 1 ELSE 0 END)`)} AS without
      FROM sub JOIN measure_instruments mi ON mi.region_code = sub.code GROUP BY sub.root, mi.instrument_id`,
  );
  const rows = await db.all<CountRow>(q, [jsonList(codes), ...(asIs ? [jsonList(termPlaces)] : [])]);
  return rows.map((r) => ({ ...counts([r])[0]!, withoutTerms: Number(r.without) }));
}

/**
 * Per place and instrument the latest `n` measures (newest source first, then the later record):
 * all of the benchmark's, the others' without terms only.
 */
export async function latestMeasureIds(
  db: Db,
  codes: readonly string[],
  termPlaces: readonly string[] | null,
  benchmarkCode: string,
  n: number,
): Promise<Array<{ regionCode: string; instrumentId: string; measureId: number }>> {
  const asIs = termPlaces !== null;
  const q = shaped(
    `instrument-terms:latest:${asIs}`,
    (d) => `${sub(d, true)}, ranked AS (
        SELECT sub.root, mi.instrument_id, mi.measure_id, row_number() OVER (
          PARTITION BY sub.root, mi.instrument_id ORDER BY mi.source_date DESC, mi.measure_id DESC) AS rank
        FROM sub JOIN measure_instruments mi ON mi.region_code = sub.code
        WHERE sub.root = ? OR ${without(d, asIs)})
      SELECT root, instrument_id, measure_id FROM ranked WHERE rank <= ?`,
  );
  const params = [jsonList(codes), benchmarkCode, ...(asIs ? [jsonList(termPlaces)] : []), n];
  const rows = await db.all<{ root: string; instrument_id: string; measure_id: number }>(q, params);
  return rows.map((r) => ({ regionCode: r.root, instrumentId: r.instrument_id, measureId: r.measure_id }));
}

/**
 * A place's measures on record (rolled up), as the measure lists count them (shown, placed, with
 * their article and the source's text): from place_sources, the shown measures per place and
 * source that triggers keep (0017). A measure's article and place always exist (NOT NULL foreign
 * keys), so only the source's text is asked for — per source, not per measure.
 */
export async function measureCountOf(db: Db, code: string): Promise<number> {
  const q = shaped(
    'instrument-terms:measures-of-place',
    (d) => `${sub(d, true)}
      SELECT ${d.int('COALESCE(sum(ps.measures), 0)')} AS n FROM sub JOIN place_sources ps ON ps.region_code = sub.code
      WHERE EXISTS (SELECT 1 FROM source_texts st WHERE st.source_id = ps.source_id)`,
  );
  return Number((await db.get<{ n: number }>(q, [jsonList([code])]))?.n ?? 0);
}
