/**
 * measures.themes_json (SQLite 0022, PostgreSQL 0017) against measure_themes, on either engine: each
 * measure's pairs, ordered by theme, equal its theme rows (a measure without rows: '[]').
 */
import { expect } from 'vitest';
import type { Db } from '../../src/engine/db';
import { perEngine } from '../../src/engine/dialect';
import { query } from '../../src/engine/query';

const COLUMN = query('SELECT id, themes_json FROM measures ORDER BY id');
const ROWS = perEngine(
  (d) =>
    `SELECT measure_id, theme_id, ${d.json('evidence')} AS evidence FROM measure_themes ORDER BY measure_id, theme_id`,
);

type Pairs = Array<[string, string[]]>;

/** Every measure's themes as its column says and as its theme rows say; how many measures have some. */
export async function expectThemesJsonKept(db: Db): Promise<number> {
  const fromRows = new Map<number, Pairs>();
  for (const r of await db.all<{ measure_id: number; theme_id: string; evidence: string }>(ROWS)) {
    const list = fromRows.get(Number(r.measure_id)) ?? [];
    list.push([r.theme_id, JSON.parse(r.evidence) as string[]]);
    fromRows.set(Number(r.measure_id), list);
  }
  const measures = await db.all<{ id: number; themes_json: string }>(COLUMN);
  const column = measures.map((m) => [
    Number(m.id),
    (JSON.parse(m.themes_json) as Pairs).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  ]);
  expect(column).toEqual(measures.map((m) => [Number(m.id), fromRows.get(Number(m.id)) ?? []]));
  return fromRows.size;
}
