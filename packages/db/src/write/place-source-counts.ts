/**
 * New figures counted into place_sources (migration 0017), once per batch: the triggers there keep
 * deletions, reviews and measures, but a trigger per inserted figure would cost every import.
 */
import type { Db } from '../engine/db';
import { query } from '../engine/query';

const COUNT = query({
  sqlite: `INSERT INTO place_sources (region_code, source_id, figures)
    SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?) WHERE true
    ON CONFLICT (region_code, source_id) DO UPDATE SET figures = figures + excluded.figures`,
  postgres: `INSERT INTO place_sources (region_code, source_id, figures)
    SELECT e ->> 0, (e ->> 1)::int, (e ->> 2)::int FROM jsonb_array_elements(?::jsonb) AS e
    ON CONFLICT (region_code, source_id) DO UPDATE SET figures = place_sources.figures + excluded.figures`,
});

/** Adds each place and source's new shown figures. */
export async function countPlaceSourceFigures(
  db: Db,
  rows: ReadonlyArray<{ regionCode: string; sourceId: number; reviewStatus?: string | null }>,
): Promise<void> {
  const counts = new Map<string, [string, number, number]>();
  for (const r of rows) {
    if (r.reviewStatus === 'rejected') continue;
    const key = `${r.regionCode}|${r.sourceId}`;
    const c = counts.get(key);
    if (c) c[2]++;
    else counts.set(key, [r.regionCode, r.sourceId, 1]);
  }
  if (counts.size) await db.run(COUNT, [JSON.stringify([...counts.values()])]);
}
