/**
 * What the writes keep for the serving path (migration 0016), against the same figures computed
 * from the rows: place_sources, theme_counts, measures.lead_end and themes_json, and measure_themes'
 * copies. Both engines.
 */
import { expect } from 'vitest';
import type { Db } from '../../src/engine/db';
import { perEngine } from '../../src/engine/dialect';
import { query } from '../../src/engine/query';
import { expectThemesJsonKept } from './themes-json';

const KEPT_SOURCES = query(
  'SELECT region_code, source_id, measures, figures FROM place_sources WHERE measures <> 0 OR figures <> 0',
);
const ROW_SOURCES = query(`SELECT code AS region_code, source_id, sum(m) AS measures, sum(f) AS figures FROM (
    SELECT region_code AS code, source_id, 1 AS m, 0 AS f FROM measures
      WHERE region_code IS NOT NULL AND review_status <> 'rejected'
    UNION ALL
    SELECT region_code, source_id, 0, 1 FROM observations WHERE review_status <> 'rejected') AS x
  GROUP BY code, source_id`);
const KEPT_THEMES = query('SELECT region_code, theme_id, measures FROM theme_counts WHERE measures <> 0');
// From the measures themselves, not measure_themes' copies, so the copies are checked too.
const ROW_THEMES = query(`SELECT COALESCE(m.region_code, '') AS region_code, t.theme_id, count(*) AS measures
  FROM measure_themes t JOIN measures m ON m.id = t.measure_id WHERE m.review_status <> 'rejected'
  GROUP BY COALESCE(m.region_code, ''), t.theme_id`);
const WRONG_LEADS = perEngine(
  (d) => `SELECT m.id, m.lead_end FROM measures m JOIN source_texts st ON st.source_id = m.source_id
    WHERE m.lead_end <> ${d.instr}(substr(st.raw_text, m.start + 1, m."end" - m.start), '。')`,
);

// measure_themes' copies of the measure's place, shown state and source date (written complete by
// insertMeasures, filled by a trigger for a plain insert, kept by triggers on edits).
const WRONG_COPIES = query(`SELECT t.measure_id, t.theme_id FROM measure_themes t
  JOIN measures m ON m.id = t.measure_id JOIN sources s ON s.id = m.source_id
  WHERE t.region_code IS DISTINCT FROM m.region_code OR t.active <> (m.review_status <> 'rejected')
    OR t.published <> COALESCE(s.date, s.year || '-12-31', '')`);

/** Rows as sorted JSON lines, numbers as numbers (PostgreSQL's sums are bigint text). */
async function lines(db: Db, q: ReturnType<typeof query>): Promise<string[]> {
  const rows = await db.all<Record<string, unknown>>(q);
  return rows
    .map((r) => JSON.stringify(Object.values(r).map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v))))
    .sort();
}

/** The kept counts and lead ends equal those computed from the rows, and there are some. */
export async function expectKeptCounts(db: Db): Promise<void> {
  const [kept, rows] = [await lines(db, KEPT_SOURCES), await lines(db, ROW_SOURCES)];
  expect(rows.length).toBeGreaterThan(0);
  expect(kept).toEqual(rows);
  expect(await lines(db, KEPT_THEMES)).toEqual(await lines(db, ROW_THEMES));
  expect(await db.all(WRONG_LEADS)).toEqual([]);
  expect(await db.all(WRONG_COPIES)).toEqual([]);
  expect(await expectThemesJsonKept(db)).toBeGreaterThan(0);
}
