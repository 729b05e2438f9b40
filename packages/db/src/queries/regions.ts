/**
 * Places with data, from region_counts (kept by triggers, migration 0008): the default answer of
 * GET /api/regions and the order of its search results, without counting the corpus per request.
 */
import type { Region } from '@ipb/domain';
import type { Drizzle } from '../create-db';
import { prepared } from '../prepared';

interface RegionRow {
  code: string;
  official: number;
  name: string;
  short_name: string;
  level: Region['level'];
  parent_code: string | null;
  aliases: string;
  name_en: string;
  pinyin: string;
}

const toRegion = (r: RegionRow): Region => ({
  code: r.code,
  official: r.official === 1,
  name: r.name,
  shortName: r.short_name,
  level: r.level,
  parentCode: r.parent_code,
  aliases: JSON.parse(r.aliases) as string[],
  nameEn: r.name_en,
  pinyin: r.pinyin,
});

const WITH_DATA = 'FROM region_counts c JOIN regions r ON r.code = c.region_code WHERE c.measures + c.figures > 0';

/** The places with data, most data first (then by code), a page at a time. */
export function regionsWithData(
  db: Drizzle,
  page: { limit: number; offset: number },
): { items: Region[]; total: number } {
  const { n } = prepared(db, `SELECT count(*) AS n ${WITH_DATA}`).get() as { n: number };
  const rows = prepared(
    db,
    `SELECT r.* ${WITH_DATA} ORDER BY c.measures + c.figures DESC, r.code LIMIT ? OFFSET ?`,
  ).all(page.limit, page.offset) as RegionRow[];
  return { items: rows.map(toRegion), total: n };
}

/** Measures and figures per place with data (its own, not rolled up). */
export function regionDataCounts(db: Drizzle): Map<string, number> {
  const rows = prepared(db, `SELECT c.region_code AS code, c.measures + c.figures AS n ${WITH_DATA}`).all() as Array<{
    code: string;
    n: number;
  }>;
  return new Map(rows.map((r) => [r.code, r.n]));
}
