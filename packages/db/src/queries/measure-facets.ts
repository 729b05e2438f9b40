/**
 * Counts per theme, place, year, source and programme for the measures a filter keeps (each facet
 * leaving out its own selection, so its other values stay offered). The matching measures are read
 * once per distinct filter, a few narrow columns each, and counted from there and from the small
 * side tables (measure_themes, measure_programs, sources): five GROUP BYs over every matching
 * measure's row cost twenty times as much at 1,000× today's data.
 */
import type { Drizzle } from '../create-db';
import { jsonList, prepared } from '../prepared';
import { type FacetName, type MeasureFilter, measureConditions } from './measure-filter';

export type Facet = Array<{ value: string; label: string; count: number }>;

/** Values listed per facet at most (the largest counts; years newest first). */
export const MAX_FACET_VALUES = 50;

interface Match {
  id: number;
  region_code: string | null;
  source_id: number;
}

function matching(db: Drizzle, filter: MeasureFilter, omit?: FacetName): Match[] {
  const w = measureConditions(filter, omit);
  const from = w.needsSource ? 'measures m JOIN sources s ON s.id = m.source_id' : 'measures m';
  return prepared(db, `SELECT m.id, m.region_code, m.source_id FROM ${from} WHERE ${w.where}`).all(
    ...w.params,
  ) as Match[];
}

function tally<T>(items: readonly T[], key: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

const largestFirst = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

function labelled(counts: Map<string, number>, label: (value: string) => string, order = largestFirst): Facet {
  return [...counts]
    .sort(order)
    .slice(0, MAX_FACET_VALUES)
    .map(([value, count]) => ({ value, label: label(value), count }));
}

interface SourceRow {
  id: number;
  title: string;
  year: number | null;
  issue_number: number | null;
}

interface Tallies {
  total: number;
  byRegion: Map<string, number>;
  bySource: Map<string, number>;
}

/** Counts per place and per source of the measures a filter keeps; unfiltered, from indexes and region_counts. */
function tallies(db: Drizzle, filter: MeasureFilter, omit?: FacetName): Tallies {
  if (measureConditions(filter, omit).params.length === 0) {
    const perSource = prepared(
      db,
      "SELECT CAST(source_id AS TEXT) AS k, count(*) AS n FROM measures WHERE review_status <> 'rejected' GROUP BY source_id",
    ).all() as Array<{ k: string; n: number }>;
    const perRegion = prepared(
      db,
      'SELECT region_code AS k, measures AS n FROM region_counts WHERE measures > 0',
    ).all() as Array<{
      k: string;
      n: number;
    }>;
    return {
      total: perSource.reduce((sum, r) => sum + r.n, 0),
      byRegion: new Map(perRegion.map((r) => [r.k, r.n])),
      bySource: new Map(perSource.map((r) => [r.k, r.n])),
    };
  }
  const rows = matching(db, filter, omit);
  return {
    total: rows.length,
    byRegion: tally(rows, (m) => m.region_code),
    bySource: tally(rows, (m) => String(m.source_id)),
  };
}

export function measureFacets(db: Drizzle, filter: MeasureFilter): Record<FacetName, Facet> & { total: number } {
  const variants = new Map<string, Tallies>();
  const counted = (omit?: FacetName) => {
    const key = JSON.stringify(measureConditions(filter, omit));
    const known = variants.get(key);
    if (known) return known;
    const found = tallies(db, filter, omit);
    variants.set(key, found);
    return found;
  };
  const ids = (omit: FacetName) => jsonList(matching(db, filter, omit).map((m) => m.id));
  // Unfiltered, a theme's or programme's count is kept on its own table: no measure is read.
  const unfiltered = (omit: FacetName) => measureConditions(filter, omit).params.length === 0;
  const themes = unfiltered('theme')
    ? (prepared(
        db,
        `SELECT t.id AS value, t.name_zh AS label, x.n AS count FROM themes t JOIN (
           SELECT theme_id, count(*) AS n FROM measure_themes WHERE active = 1 GROUP BY theme_id) x ON x.theme_id = t.id
         ORDER BY t.position`,
      ).all() as Facet)
    : (prepared(
        db,
        `SELECT t.id AS value, t.name_zh AS label, count(*) AS count FROM measure_themes mt JOIN themes t ON t.id = mt.theme_id
         WHERE mt.measure_id IN (SELECT value FROM json_each(?)) GROUP BY t.id ORDER BY t.position LIMIT ${MAX_FACET_VALUES}`,
      ).all(ids('theme')) as Facet);
  const programs = unfiltered('program')
    ? (prepared(
        db,
        `SELECT name AS value, name AS label, measures AS count FROM program_names WHERE measures > 0
         ORDER BY measures DESC, name LIMIT ${MAX_FACET_VALUES}`,
      ).all() as Facet)
    : (prepared(
        db,
        `SELECT name AS value, name AS label, count(*) AS count FROM measure_programs
         WHERE measure_id IN (SELECT value FROM json_each(?)) GROUP BY name ORDER BY count DESC, name LIMIT ${MAX_FACET_VALUES}`,
      ).all(ids('program')) as Facet);
  const sources = new Map(
    (prepared(db, 'SELECT id, title, year, issue_number FROM sources').all() as SourceRow[]).map((s) => [s.id, s]),
  );
  const regionNames = prepared(db, 'SELECT name FROM regions WHERE code = ?');
  const perYear = new Map<string, number>();
  for (const [source, n] of counted('year').bySource) {
    const year = sources.get(Number(source))?.year;
    if (year !== null && year !== undefined) perYear.set(String(year), (perYear.get(String(year)) ?? 0) + n);
  }
  const newest = (a: [string, number], b: [string, number]) => Number(b[0]) - Number(a[0]);
  const sourceOrder = (a: [string, number], b: [string, number]) =>
    (sources.get(Number(b[0]))?.year ?? 0) - (sources.get(Number(a[0]))?.year ?? 0) || Number(a[0]) - Number(b[0]);
  const sourceLabel = (id: string) => {
    const s = sources.get(Number(id));
    return s
      ? `${s.title}${s.year !== null && s.issue_number !== null ? ` ${s.year}年第${s.issue_number}期` : ''}`
      : id;
  };
  return {
    total: counted().total,
    theme: themes,
    region: labelled(
      counted('region').byRegion,
      (code) => (regionNames.get(code) as { name: string } | undefined)?.name ?? code,
    ),
    year: labelled(perYear, (y) => y, newest),
    source: labelled(counted('source').bySource, sourceLabel, sourceOrder),
    program: programs,
  };
}
