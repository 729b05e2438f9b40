/**
 * Programmes the compared places name and the benchmark does not, the most named first, each with
 * its latest measures and a count: read from measure_programs (migration 0008), not from every
 * measure's JSON.
 */
import type { MeasureBrief } from '@ipb/domain';
import type { Db } from '../engine/db';
import { type Dialect, perEngine } from '../engine/dialect';
import { jsonList } from '../prepared';
import { MEASURES_PER_THEME, measureBriefs, subPlaces } from './place-measures';

/** Programmes listed in the gaps at most; `programsTotal` says how many there are. */
export const MAX_GAP_PROGRAMS = 20;

export interface GapProgram {
  name: string;
  measures: MeasureBrief[];
  total: number;
}

/** Under the themes asked for (a JSON array parameter), when there are any. */
const themed = (d: Dialect) =>
  `AND measure_id IN (SELECT measure_id FROM measure_themes WHERE theme_id IN (${d.list}))`;

/** Programmes of theirs (`?` their places) that the benchmark (`?` its places) does not name. */
const missing = (d: Dialect, themes: string) => `FROM measure_programs
  WHERE region_code IN (${d.list}) AND ${d.isTrue('active')} ${themes}
    AND name NOT IN (SELECT name FROM measure_programs WHERE region_code IN (${d.list}) AND ${d.isTrue('active')})`;

/** The statements with and without the theme condition. */
function statements(withThemes: boolean) {
  const themes = (d: Dialect) => (withThemes ? themed(d) : '');
  return {
    count: perEngine((d) => `SELECT ${d.int('count(DISTINCT name)')} AS n ${missing(d, themes(d))}`),
    names: perEngine(
      (d) => `SELECT name, ${d.int('count(DISTINCT measure_id)')} AS measures ${missing(d, themes(d))}
        GROUP BY name ORDER BY measures DESC, name LIMIT ?`,
    ),
    latest: perEngine(
      (d) => `SELECT measure_id, region_code FROM measure_programs
        WHERE name = ? AND region_code IN (${d.list}) AND ${d.isTrue('active')} ${themes(d)}
        ORDER BY published DESC, measure_id LIMIT ?`,
    ),
  };
}
const THEMED = statements(true);
const UNTHEMED = statements(false);

/** `themeIds` (when given) keeps the programmes named by the places' measures under those themes. */
export async function missingPrograms(
  db: Db,
  benchmark: string,
  others: readonly string[],
  themeIds: readonly string[] = [],
  limit = MAX_GAP_PROGRAMS,
): Promise<{ programs: GapProgram[]; total: number }> {
  if (!others.length) return { programs: [], total: 0 };
  const places = await subPlaces(db, [benchmark, ...others]);
  const rootOf = new Map<string, string>();
  for (const root of others) for (const code of places.get(root) ?? []) rootOf.set(code, root);
  const theirs = jsonList([...rootOf.keys()]);
  const themes = themeIds.length ? [jsonList(themeIds)] : [];
  const { count, names, latest } = themeIds.length ? THEMED : UNTHEMED;
  // Parameters in the order of their `?`: their places, the themes, the benchmark's places.
  const params = [theirs, ...themes, jsonList(places.get(benchmark) ?? [])];
  const [total, named] = await Promise.all([
    db.get<{ n: number }>(count, params),
    db.all<{ name: string; measures: number }>(names, [...params, limit]),
  ]);
  const programs: GapProgram[] = [];
  for (const { name, measures } of named) {
    const rows = await db.all<{ measure_id: number; region_code: string }>(latest, [
      name,
      theirs,
      ...themes,
      MEASURES_PER_THEME,
    ]);
    const place = new Map(rows.map((r) => [r.measure_id, rootOf.get(r.region_code) ?? r.region_code]));
    const ids = rows.map((r) => r.measure_id);
    programs.push({ name, total: measures, measures: await measureBriefs(db, ids, (id) => place.get(id) ?? '') });
  }
  return { programs, total: total?.n ?? 0 };
}
