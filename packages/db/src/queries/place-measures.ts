/**
 * A place's measures per theme, latest first, read from measure_themes' place index (migration
 * 0008) instead of sorting every measure of the place: Compare, gaps and the profile show the
 * latest few of each theme with a count, and GET /api/compare/measures pages through the rest.
 * Places roll up (宁波市 includes 宁波市江北区). "Latest" is the source's date (else its year end),
 * then text order.
 */
import type { MeasureBrief } from '@ipb/domain';
import type { Db } from '../engine/db';
import { DIALECT, perEngine } from '../engine/dialect';
import { jsonList } from '../prepared';
import { LEAD_END, type MeasureCitationRow, measureCitation } from './citation';

/** Measures shown per place and theme in Compare, gaps and the profile; the rest is one click away. */
export const MEASURES_PER_THEME = 3;

// Ordered, so that both engines list a place's sub-places alike.
const SUB_PLACES = perEngine(
  (d) => `WITH RECURSIVE sub(root, code) AS (
      SELECT value, value FROM (${d.list}) AS named
      UNION SELECT sub.root, r.code FROM regions r JOIN sub ON r.parent_code = sub.code)
    SELECT root, code FROM sub ORDER BY root, code`,
);

/** Each root code with itself and every place below it. */
export async function subPlaces(db: Db, roots: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db.all<{ root: string; code: string }>(SUB_PLACES, [jsonList(roots)]);
  const out = new Map<string, string[]>(roots.map((r) => [r, []]));
  for (const { root, code } of rows) out.get(root)?.push(code);
  return out;
}

interface Ranked {
  measure_id: number;
  published: string;
}

const byLatest = (a: Ranked, b: Ranked) =>
  a.published < b.published ? 1 : a.published > b.published ? -1 : a.measure_id - b.measure_id;

interface BriefRow extends MeasureCitationRow {
  id: number;
  programs: string;
  own_code: string;
  own_name: string;
  own_name_en: string;
}

const BRIEFS = perEngine(
  (d) => `SELECT m.id, m.title, m.text, ${d.json('m.programs')} AS programs, m.start, m."end", m.source_id,
      s.type AS source_type, s.authority AS source_authority, s.title AS source_title, s.year, s.issue_number, s.url,
      a.title AS article_title, ${LEAD_END}, own.code AS own_code, own.name AS own_name, own.name_en AS own_name_en
    FROM measures m JOIN sources s ON s.id = m.source_id JOIN articles a ON a.id = m.article_id
      JOIN regions own ON own.code = m.region_code
    WHERE m.id IN (${d.ids})`,
);

/** MeasureBriefs for ids (any order in, the order of `ids` out). */
export async function measureBriefs(
  db: Db,
  ids: readonly number[],
  regionCode: (id: number) => string,
): Promise<MeasureBrief[]> {
  if (!ids.length) return [];
  const rows = await db.all<BriefRow>(BRIEFS, [jsonList(ids)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id: r.id,
        regionCode: regionCode(r.id),
        title: r.title,
        text: r.text,
        programs: JSON.parse(r.programs) as string[],
        subPlace: { code: r.own_code, name: r.own_name, nameEn: r.own_name_en },
        citation: measureCitation(r),
      },
    ].map((b) => asIn(b, b.regionCode));
  });
}

/** A brief as shown in `root`'s column: a district's measure in its city's says where it comes from (宁波（江北区）). */
function asIn(brief: MeasureBrief, root: string): MeasureBrief {
  const own = brief.subPlace ?? { code: brief.regionCode, name: '', nameEn: '' };
  return { ...brief, regionCode: root, subPlace: own.code === root ? null : own };
}

export interface ThemeColumn {
  regionCode: string;
  themeId: string;
  measures: MeasureBrief[];
  total: number;
}

// Each place's count per theme (theme_counts, kept by the writes, migration 0017) with its latest
// `perTheme` measures of that theme, one index seek each, for every place asked in one statement:
// per place and per place and theme, Compare asked 40–65 statements for five places. A count whose
// measures a write has not shown yet comes with none (LEFT JOIN), as its own seek found none.
const COLUMN_HEADS = perEngine((d) =>
  d === DIALECT.postgres
    ? `SELECT c.region_code, c.theme_id, c.measures AS n, t.measure_id, t.published
    FROM theme_counts c LEFT JOIN LATERAL (SELECT measure_id, published FROM measure_themes
      WHERE region_code = c.region_code AND theme_id = c.theme_id AND active ORDER BY published DESC, measure_id LIMIT ?) t ON true
    WHERE c.region_code IN (${d.list}) AND c.measures > 0`
    : `SELECT c.region_code, c.theme_id, c.measures AS n, t.measure_id, t.published
    FROM theme_counts c LEFT JOIN measure_themes t ON t.rowid IN (SELECT rowid FROM measure_themes
      WHERE region_code = c.region_code AND theme_id = c.theme_id AND active = 1 ORDER BY published DESC, measure_id LIMIT ?)
    WHERE c.region_code IN (${d.list}) AND c.measures > 0`,
);

interface ColumnHead {
  region_code: string;
  theme_id: string;
  n: number;
  measure_id: number | null;
  published: string | null;
}

/** A place's count and latest measures under one theme. */
type PlaceTheme = { total: number; ranked: Ranked[] };

type Column = Omit<ThemeColumn, 'measures'> & { ranked: Ranked[] };

/**
 * One root's columns from its places' heads: per theme (of `themeIds`, or any) its total and latest
 * measures, in the order of the places (as subPlaces lists them), then of theme ids.
 */
function columnsOf(
  root: string,
  codes: string[],
  heads: Map<string, Map<string, PlaceTheme>>,
  themeIds: readonly string[],
  perTheme: number,
): Column[] {
  const columns = new Map<string, Column>();
  for (const code of codes)
    for (const [themeId, { total, ranked }] of heads.get(code) ?? []) {
      if (themeIds.length && !themeIds.includes(themeId)) continue;
      const column = columns.get(themeId) ?? { regionCode: root, themeId, total: 0, ranked: [] };
      column.total += total;
      column.ranked.push(...ranked);
      columns.set(themeId, column);
    }
  for (const column of columns.values()) column.ranked = column.ranked.sort(byLatest).slice(0, perTheme);
  return [...columns.values()];
}

const byThemeId = (a: ColumnHead, b: ColumnHead) => (a.theme_id < b.theme_id ? -1 : a.theme_id > b.theme_id ? 1 : 0);

/** Per place of these, per theme it has measures under (in theme id order): its count and latest measures. */
async function columnHeads(
  db: Db,
  codes: readonly string[],
  perTheme: number,
): Promise<Map<string, Map<string, PlaceTheme>>> {
  const rows = await db.all<ColumnHead>(COLUMN_HEADS, [perTheme, jsonList([...new Set(codes)])]);
  const out = new Map<string, Map<string, PlaceTheme>>();
  for (const r of rows.sort(byThemeId)) {
    const themes = out.get(r.region_code) ?? new Map<string, PlaceTheme>();
    out.set(r.region_code, themes);
    const pair = themes.get(r.theme_id) ?? { total: r.n, ranked: [] };
    themes.set(r.theme_id, pair);
    if (r.measure_id !== null) pair.ranked.push({ measure_id: r.measure_id, published: r.published ?? '' });
  }
  return out;
}

/**
 * For every root place and theme: its `perTheme` latest measures and how many it has. Themes
 * with no measure are left out; `themeIds` empty means every theme.
 */
export async function latestMeasures(
  db: Db,
  roots: readonly string[],
  themeIds: readonly string[],
  perTheme = MEASURES_PER_THEME,
): Promise<ThemeColumn[]> {
  const places = await subPlaces(db, roots);
  const heads = await columnHeads(db, [...places.values()].flat(), perTheme);
  const columns: Column[] = [];
  for (const [root, codes] of places) columns.push(...columnsOf(root, codes, heads, themeIds, perTheme));
  const ids = new Set(columns.flatMap((c) => c.ranked.map((r) => r.measure_id)));
  // Placed nowhere yet (''), so each brief keeps its own place as subPlace until asIn places it.
  const briefs = new Map((await measureBriefs(db, [...ids], () => '')).map((b) => [b.id, b] as const));
  return columns.map(({ ranked, ...c }) => ({
    ...c,
    // A measure under two themes of one place is one brief; its place is the root asked for.
    measures: ranked.flatMap((r) => {
      const brief = briefs.get(r.measure_id);
      return brief ? [asIn(brief, c.regionCode)] : [];
    }),
  }));
}

const THEME_TOTAL = perEngine(
  (d) =>
    `SELECT ${d.int('COALESCE(sum(measures), 0)')} AS n FROM theme_counts WHERE region_code IN (${d.list}) AND theme_id = ?`,
);
const THEME_PAGE = perEngine(
  (
    d,
  ) => `SELECT measure_id FROM measure_themes WHERE region_code IN (${d.list}) AND theme_id = ? AND ${d.isTrue('active')}
    ORDER BY published DESC, measure_id LIMIT ? OFFSET ?`,
);

/** One place's measures under one theme, latest first, a page at a time (offset). */
export async function placeThemeMeasures(
  db: Db,
  root: string,
  themeId: string,
  page: { limit: number; offset: number },
): Promise<{ items: MeasureBrief[]; total: number }> {
  const codes = jsonList((await subPlaces(db, [root])).get(root) ?? []);
  const [count, rows] = await Promise.all([
    db.get<{ n: number }>(THEME_TOTAL, [codes, themeId]),
    db.all<{ measure_id: number }>(THEME_PAGE, [codes, themeId, page.limit, page.offset]),
  ]);
  return {
    items: await measureBriefs(
      db,
      rows.map((r) => r.measure_id),
      () => root,
    ),
    total: count?.n ?? 0,
  };
}

const SHOWN_TEXT = perEngine(
  (d) => `SELECT m.text FROM measures m
    WHERE m.id = ? AND EXISTS (SELECT 1 FROM measure_themes t WHERE t.measure_id = m.id AND ${d.isTrue('t.active')})`,
);

/** The whole text of a measure Compare can show (one under an active theme), or null. */
export async function shownMeasureText(db: Db, id: number): Promise<string | null> {
  return (await db.get<{ text: string }>(SHOWN_TEXT, [id]))?.text ?? null;
}
