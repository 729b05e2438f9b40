/**
 * Places with data, from region_counts (kept by triggers, migration 0008): the default answer of
 * GET /api/regions and the order of its search results, without counting the corpus per request.
 * The first module on the async, two-engine Db (docs/decisions/016): the same rows from either.
 */
import type { Region } from '@ipb/domain';
import type { Db } from '../engine/db';
import { query } from '../engine/query';

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

/** A region row as SQLite stores it: PostgreSQL's boolean and jsonb are cast to SQLite's 0/1 and text. */
const columns = (official: string, aliases: string) =>
  `r.code, ${official} AS official, r.name, r.short_name, r.level, r.parent_code, ${aliases} AS aliases, r.name_en, r.pinyin`;
const ORDER = 'ORDER BY c.measures + c.figures DESC, r.code LIMIT ? OFFSET ?';

const COUNT = query({
  sqlite: `SELECT count(*) AS n ${WITH_DATA}`,
  postgres: `SELECT count(*)::int AS n ${WITH_DATA}`,
});
const PAGE = query({
  sqlite: `SELECT ${columns('r.official', 'r.aliases')} ${WITH_DATA} ${ORDER}`,
  postgres: `SELECT ${columns('r.official::int', 'r.aliases::text')} ${WITH_DATA} ${ORDER}`,
});
const COUNTS = query(`SELECT c.region_code AS code, c.measures + c.figures AS n ${WITH_DATA}`);
// region_counts alone: every place it counts is a measure's or figure's, whose region_code is a
// foreign key to regions on both engines, so joining regions (as WITH_DATA does) keeps every row.
// One row, the codes joined in order: SQLite and PostgreSQL make one string of them instead of a
// row (a JS array and a string) per place. A code is GB/T 2260 digits, so a comma parts them.
const codesJoined = (aggregate: string) =>
  `SELECT ${aggregate}(region_code, ',' ORDER BY measures + figures DESC, region_code) AS codes
     FROM region_counts WHERE measures + figures > 0`;
const CODES = query({ sqlite: codesJoined('group_concat'), postgres: codesJoined('string_agg') });

/** The places with data, most data first (then by code), a page at a time. */
export async function regionsWithData(
  db: Db,
  page: { limit: number; offset: number },
): Promise<{ items: Region[]; total: number }> {
  const [count, rows] = await Promise.all([
    db.get<{ n: number }>(COUNT),
    db.all<RegionRow>(PAGE, [page.limit, page.offset]),
  ]);
  return { items: rows.map(toRegion), total: count?.n ?? 0 };
}

/**
 * The codes of every place with data, in the order of `regionsWithData` (most data first, then by
 * code): its pages and total without reading the places' rows, for a caller that holds them (the
 * API's gazetteer). As many codes as places with data: the gazetteer bounds them.
 */
export async function regionCodesWithData(db: Db): Promise<string[]> {
  const joined = (await db.get<{ codes: string | null }>(CODES))?.codes;
  return joined ? joined.split(',') : [];
}

/** Measures and figures per place with data (its own, not rolled up). */
export async function regionDataCounts(db: Db): Promise<Map<string, number>> {
  const rows = await db.all<{ code: string; n: number }>(COUNTS);
  return new Map(rows.map((r) => [r.code, r.n]));
}

const ALL_REGIONS = query({
  sqlite: `SELECT ${columns('r.official', 'r.aliases')} FROM regions r ORDER BY r.code`,
  postgres: `SELECT ${columns('r.official::int', 'r.aliases::text')} FROM regions r ORDER BY r.code`,
});

/** Every place (with data or not), by code: what each instance's gazetteer resolves names against. */
export async function allRegions(db: Db): Promise<Region[]> {
  return (await db.all<RegionRow>(ALL_REGIONS)).map(toRegion);
}
