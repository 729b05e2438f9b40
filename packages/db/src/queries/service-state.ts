/**
 * What every instance reads per request or at start, on the two-engine Db (docs/decisions/016):
 * the data version that keys its response cache and ETags (an import on any instance bumps it,
 * so every instance sees the change on its next request), the row counts of the health check,
 * and the places its gazetteer resolves names against.
 */
import type { Region } from '@ipb/domain';
import type { Db } from '../engine/db';
import { query } from '../engine/query';

const VERSION = query("SELECT value FROM meta WHERE key = 'data_version'");

export async function readDataVersion(db: Db): Promise<string> {
  return (await db.get<{ value: string }>(VERSION))?.value ?? '0';
}

const COUNTS = query({
  sqlite:
    'SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM observations) AS observations, ' +
    '(SELECT count(*) FROM articles) AS articles',
  postgres:
    'SELECT (SELECT count(*) FROM sources)::int AS sources, (SELECT count(*) FROM observations)::int AS observations, ' +
    '(SELECT count(*) FROM articles)::int AS articles',
});

export async function rowCounts(db: Db): Promise<{ sources: number; observations: number; articles: number }> {
  return (await db.get(COUNTS)) ?? { sources: 0, observations: 0, articles: 0 };
}

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

const COLUMNS = 'code, official, name, short_name, level, parent_code, aliases, name_en, pinyin';
const ALL_REGIONS = query({
  sqlite: `SELECT ${COLUMNS} FROM regions ORDER BY code`,
  postgres: `SELECT ${COLUMNS.replace('official', 'official::int AS official').replace('aliases', 'aliases::text AS aliases')} FROM regions ORDER BY code`,
});

/** Every place (with data or not), by code: what the gazetteer resolves names against. */
export async function allRegions(db: Db): Promise<Region[]> {
  const rows = await db.all<RegionRow>(ALL_REGIONS);
  return rows.map((r) => ({
    code: r.code,
    official: r.official === 1,
    name: r.name,
    shortName: r.short_name,
    level: r.level,
    parentCode: r.parent_code,
    aliases: JSON.parse(r.aliases) as string[],
    nameEn: r.name_en,
    pinyin: r.pinyin,
  }));
}
