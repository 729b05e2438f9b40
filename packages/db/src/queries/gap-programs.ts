/**
 * Programmes the compared places name and the benchmark does not, the most named first, each with
 * its latest measures and a count: read from measure_programs (migration 0008), not from every
 * measure's JSON.
 */
import type { MeasureBrief } from '@ipb/domain';
import type { Drizzle } from '../create-db';
import { jsonList, prepared } from '../prepared';
import { MEASURES_PER_THEME, measureBriefs, subPlaces } from './place-measures';

/** Programmes listed in the gaps at most; `programsTotal` says how many there are. */
export const MAX_GAP_PROGRAMS = 20;

export interface GapProgram {
  name: string;
  measures: MeasureBrief[];
  total: number;
}

/** `themeIds` (when given) keeps the programmes named by the places' measures under those themes. */
export function missingPrograms(
  db: Drizzle,
  benchmark: string,
  others: readonly string[],
  themeIds: readonly string[] = [],
  limit = MAX_GAP_PROGRAMS,
): { programs: GapProgram[]; total: number } {
  if (!others.length) return { programs: [], total: 0 };
  const places = subPlaces(db, [benchmark, ...others]);
  const own = jsonList(places.get(benchmark) ?? []);
  const rootOf = new Map<string, string>();
  for (const root of others) for (const code of places.get(root) ?? []) rootOf.set(code, root);
  const theirs = jsonList([...rootOf.keys()]);
  const themed = themeIds.length
    ? 'AND measure_id IN (SELECT measure_id FROM measure_themes WHERE theme_id IN (SELECT value FROM json_each(@themes)))'
    : '';
  const missing = `FROM measure_programs WHERE region_code IN (SELECT value FROM json_each(@theirs)) AND active = 1 ${themed}
    AND name NOT IN (SELECT name FROM measure_programs WHERE region_code IN (SELECT value FROM json_each(@own)) AND active = 1)`;
  const params = { theirs, own, ...(themeIds.length ? { themes: jsonList(themeIds) } : {}) };
  const { n } = prepared(db, `SELECT count(DISTINCT name) AS n ${missing}`).get(params) as { n: number };
  const names = prepared(
    db,
    `SELECT name, count(DISTINCT measure_id) AS measures ${missing} GROUP BY name ORDER BY measures DESC, name LIMIT @limit`,
  ).all({ ...params, limit }) as Array<{ name: string; measures: number }>;
  const latest = prepared(
    db,
    `SELECT measure_id, region_code FROM measure_programs
     WHERE name = @name AND region_code IN (SELECT value FROM json_each(@theirs)) AND active = 1 ${themed}
     ORDER BY published DESC, measure_id LIMIT @limit`,
  );
  const programs = names.map(({ name, measures }) => {
    const rows = latest.all({ ...params, name, limit: MEASURES_PER_THEME }) as Array<{
      measure_id: number;
      region_code: string;
    }>;
    const place = new Map(rows.map((r) => [r.measure_id, rootOf.get(r.region_code) ?? r.region_code]));
    return {
      name,
      total: measures,
      measures: measureBriefs(
        db,
        rows.map((r) => r.measure_id),
        (id) => place.get(id) ?? '',
      ),
    };
  });
  return { programs, total: n };
}
