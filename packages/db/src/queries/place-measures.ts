/**
 * A place's measures per theme, latest first, read from measure_themes' place index (migration
 * 0008) instead of sorting every measure of the place: Compare, gaps and the profile show the
 * latest few of each theme with a count, and GET /api/compare/measures pages through the rest.
 * Places roll up (宁波市 includes 宁波市江北区). "Latest" is the source's date (else its year end),
 * then text order.
 */
import type { MeasureBrief } from '@ipb/domain';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { query } from '../engine/query';
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

// In the order given (a JSON array's elements come out in order on both engines).
const WITH_MEASURES = perEngine(
  (d) => `SELECT value AS code FROM (${d.list}) AS codes
    WHERE EXISTS (SELECT 1 FROM measure_themes WHERE region_code = value)`,
);

/** The codes among `codes` that have any measure (one index seek each). */
async function withMeasures(db: Db, codes: readonly string[]): Promise<string[]> {
  const rows = await db.all<{ code: string }>(WITH_MEASURES, [jsonList(codes)]);
  return rows.map((r) => r.code);
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

const TOP = perEngine(
  (
    d,
  ) => `SELECT measure_id, published FROM measure_themes WHERE region_code = ? AND theme_id = ? AND ${d.isTrue('active')}
    ORDER BY published DESC, measure_id LIMIT ?`,
);
// Kept by the writes (theme_counts, migration 0017) rather than counted per request.
const THEME_COUNTS = query(
  'SELECT theme_id, measures AS n FROM theme_counts WHERE region_code = ? AND measures > 0 ORDER BY theme_id',
);

type Column = Omit<ThemeColumn, 'measures'> & { ranked: Ranked[] };

/** One root's columns: per theme (of `themeIds`, or any) its total and latest measures. */
async function columnsOf(db: Db, root: string, codes: string[], themeIds: readonly string[], perTheme: number) {
  const totals = new Map<string, number>();
  const present = await withMeasures(db, codes);
  for (const code of present)
    for (const { theme_id, n } of await db.all<{ theme_id: string; n: number }>(THEME_COUNTS, [code]))
      if (!themeIds.length || themeIds.includes(theme_id)) totals.set(theme_id, (totals.get(theme_id) ?? 0) + n);
  const columns: Column[] = [];
  for (const [themeId, total] of totals) {
    const ranked: Ranked[] = [];
    for (const code of present) ranked.push(...(await db.all<Ranked>(TOP, [code, themeId, perTheme])));
    columns.push({ regionCode: root, themeId, total, ranked: ranked.sort(byLatest).slice(0, perTheme) });
  }
  return columns;
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
  const columns: Column[] = [];
  for (const [root, codes] of await subPlaces(db, roots))
    columns.push(...(await columnsOf(db, root, codes, themeIds, perTheme)));
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
