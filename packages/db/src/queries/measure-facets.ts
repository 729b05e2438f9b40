/**
 * Counts per theme, place, year, source and programme for the measures a filter keeps (each facet
 * leaving out its own selection, so its other values stay offered), on the two-engine Db (016).
 * The matching measures are read once per distinct filter, three short columns each (place,
 * source, programme names), and counted here; themes are counted on measure_themes with the filter
 * as a subquery (no id list travels); sources and place names are read only for the values counted.
 * Five GROUP BYs over every matching measure's row cost twenty times as much at 1,000× today's
 * data, and counting programmes on measure_programs read the matching measures a second time.
 */
import type { Db } from '../engine/db';
import { type Dialect, perEngine, shaped } from '../engine/dialect';
import { jsonList } from '../prepared';
import { type FacetName, type MeasureFilter, measureConditions, type Where } from './measure-filter';

export type Facet = Array<{ value: string; label: string; count: number }>;

/** Values listed per facet at most (the largest counts; years newest first). */
export const MAX_FACET_VALUES = 50;

interface Match {
  region_code: string | null;
  source_id: number;
  /** The JSON array of programme names: short, and on the row already read. */
  programs: string;
}

/** Only shown measures, nothing else chosen: counts kept on the serving tables answer. */
const unfiltered = (w: Where) => w.shape === 'live';

const fromWhere = (w: Where, d: Dialect) =>
  `FROM measures m ${w.needsSource ? 'JOIN sources s ON s.id = m.source_id' : ''} WHERE ${w.where(d)}`;

function tally<T>(items: readonly T[], key: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

const largestFirst = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

const top = (counts: Map<string, number>, order = largestFirst) => [...counts].sort(order).slice(0, MAX_FACET_VALUES);

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
  /** Undefined unfiltered: program_names keeps those counts. */
  byProgram?: Map<string, number>;
}

/** Measures per programme name, as measure_programs holds them (distinct, non-empty text names). */
function perProgram(rows: readonly Match[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const names = new Set((JSON.parse(row.programs) as unknown[]).filter((p) => typeof p === 'string' && p !== ''));
    for (const name of names as Set<string>) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

const PER_SOURCE = perEngine(
  (d) => `SELECT CAST(source_id AS TEXT) AS k, ${d.int('count(*)')} AS n FROM measures
    WHERE review_status <> 'rejected' GROUP BY source_id`,
);
const PER_REGION = perEngine(() => 'SELECT region_code AS k, measures AS n FROM region_counts WHERE measures > 0');

/** Counts per place and per source of the measures a filter keeps; unfiltered, from indexes and region_counts. */
async function tallies(db: Db, w: Where): Promise<Tallies> {
  if (unfiltered(w)) {
    const [perSource, perRegion] = await Promise.all([
      db.all<{ k: string; n: number }>(PER_SOURCE),
      db.all<{ k: string; n: number }>(PER_REGION),
    ]);
    return {
      total: perSource.reduce((sum, r) => sum + r.n, 0),
      byRegion: new Map(perRegion.map((r) => [r.k, r.n])),
      bySource: new Map(perSource.map((r) => [r.k, r.n])),
    };
  }
  const matching = shaped(
    `facet-rows:${w.shape}`,
    (d) => `SELECT m.region_code, m.source_id, ${d.json('m.programs')} AS programs ${fromWhere(w, d)}`,
  );
  const rows = await db.all<Match>(matching, w.params);
  return {
    total: rows.length,
    byRegion: tally(rows, (m) => m.region_code),
    bySource: tally(rows, (m) => String(m.source_id)),
    byProgram: perProgram(rows),
  };
}

const ALL_THEMES = perEngine(
  (d) => `SELECT t.id AS value, t.name_zh AS label, x.n AS count FROM themes t JOIN (
     SELECT theme_id, ${d.int('count(*)')} AS n FROM measure_themes WHERE ${d.isTrue('active')} GROUP BY theme_id
   ) x ON x.theme_id = t.id ORDER BY t.position`,
);
const ALL_PROGRAMS = perEngine(
  () => `SELECT name AS value, name AS label, measures AS count FROM program_names WHERE measures > 0
    ORDER BY measures DESC, name LIMIT ${MAX_FACET_VALUES}`,
);

/** Theme counts of the measures a filter keeps; unfiltered, a theme's count is kept on its own table. */
function themeFacet(db: Db, w: Where): Promise<Facet> {
  if (unfiltered(w)) return db.all<Facet[number]>(ALL_THEMES);
  const themes = shaped(
    `facet-themes:${w.shape}`,
    (d) => `SELECT t.id AS value, t.name_zh AS label, ${d.int('count(*)')} AS count
      FROM measure_themes mt JOIN themes t ON t.id = mt.theme_id
     WHERE mt.measure_id IN (SELECT m.id ${fromWhere(w, d)}) GROUP BY t.id ORDER BY t.position LIMIT ${MAX_FACET_VALUES}`,
  );
  return db.all<Facet[number]>(themes, w.params);
}

/** Programme counts of the measures a filter keeps, most first; unfiltered, from program_names. */
async function programFacet(db: Db, counted: Promise<Tallies>): Promise<Facet> {
  const { byProgram } = await counted;
  if (!byProgram) return db.all<Facet[number]>(ALL_PROGRAMS);
  return labelled(byProgram, (name) => name);
}

const SOURCES = perEngine((d) => `SELECT id, title, year, issue_number FROM sources WHERE id IN (${d.ids})`);
const REGION_NAMES = perEngine((d) => `SELECT code, name FROM regions WHERE code IN (${d.list})`);

export async function measureFacets(
  db: Db,
  filter: MeasureFilter,
): Promise<Record<FacetName, Facet> & { total: number }> {
  const where = (omit?: FacetName) => measureConditions(db.engine, filter, omit);
  // Facets whose omitted selection is not in the filter read the same measures: each distinct filter once.
  const variants = new Map<string, Promise<Tallies>>();
  const counted = (omit?: FacetName) => {
    const w = where(omit);
    const key = `${w.shape}:${JSON.stringify(w.params)}`;
    let known = variants.get(key);
    if (!known) {
      known = tallies(db, w);
      variants.set(key, known);
    }
    return known;
  };
  const [all, byRegion, byYear, bySource, theme, program] = await Promise.all([
    counted(),
    counted('region'),
    counted('year'),
    counted('source'),
    themeFacet(db, where('theme')),
    programFacet(db, counted('program')),
  ]);
  const sourceIds = [...new Set([...byYear.bySource.keys(), ...bySource.bySource.keys()])];
  const regionCodes = top(byRegion.byRegion).map(([code]) => code);
  const [sourceRows, regionRows] = await Promise.all([
    db.all<SourceRow>(SOURCES, [jsonList(sourceIds.map(Number))]),
    db.all<{ code: string; name: string }>(REGION_NAMES, [jsonList(regionCodes)]),
  ]);
  const sources = new Map(sourceRows.map((s) => [String(s.id), s]));
  const regionNames = new Map(regionRows.map((r) => [r.code, r.name]));
  return {
    total: all.total,
    theme,
    region: labelled(byRegion.byRegion, (code) => regionNames.get(code) ?? code),
    year: labelled(perYear(byYear.bySource, sources), (y) => y, newest),
    source: labelled(bySource.bySource, (id) => sourceLabel(sources.get(id), id), sourceOrder(sources)),
    program,
  };
}

function labelled(counts: Map<string, number>, label: (value: string) => string, order = largestFirst): Facet {
  return top(counts, order).map(([value, count]) => ({ value, label: label(value), count }));
}

function perYear(bySource: Map<string, number>, sources: Map<string, SourceRow>): Map<string, number> {
  const years = new Map<string, number>();
  for (const [source, n] of bySource) {
    const year = sources.get(source)?.year;
    if (year !== null && year !== undefined) years.set(String(year), (years.get(String(year)) ?? 0) + n);
  }
  return years;
}

const newest = (a: [string, number], b: [string, number]) => Number(b[0]) - Number(a[0]);

const sourceOrder =
  (sources: Map<string, SourceRow>) =>
  (a: [string, number], b: [string, number]): number =>
    (sources.get(b[0])?.year ?? 0) - (sources.get(a[0])?.year ?? 0) || Number(a[0]) - Number(b[0]);

function sourceLabel(s: SourceRow | undefined, id: string): string {
  if (!s) return id;
  return `${s.title}${s.year !== null && s.issue_number !== null ? ` ${s.year}年第${s.issue_number}期` : ''}`;
}
