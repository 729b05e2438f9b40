/**
 * measures.themes_json (SQLite 0022, PostgreSQL 0017): a measure's themes as the measures list reads
 * them, [theme id, evidence] pairs in JSON, in no order ('[]' when it has none), so a page reads one
 * column instead of aggregating measure_themes per row. Every writer of a measure's theme rows
 * writes it in the same transaction: insertMeasures in the measure's own INSERT, a review that
 * re-themes a measure after its new rows (docs/decisions/014, twelfth session).
 */
import type { Db } from '../engine/db';
import { query } from '../engine/query';

export function themesJson(themes: ReadonlyArray<{ id: string; evidence: readonly string[] }>): string {
  return JSON.stringify(themes.map((t) => [t.id, t.evidence]));
}

const SET = query('UPDATE measures SET themes_json = ? WHERE id = ?');

/** Set measure `id`'s themes_json to `themes`, the theme rows the caller has just written. */
export async function setThemesJson(
  db: Db,
  id: number,
  themes: ReadonlyArray<{ id: string; evidence: readonly string[] }>,
): Promise<void> {
  await db.run(SET, [themesJson(themes), id]);
}
