/**
 * A place's measures per theme, latest first, read from measure_themes' place index (migration
 * 0008) instead of sorting every measure of the place: Compare, gaps and the profile show the
 * latest few of each theme with a count, and GET /api/compare/measures pages through the rest.
 * Places roll up (宁波市 includes 宁波市江北区). "Latest" is the source's date (else its year end),
 * then text order.
 */
import type { MeasureBrief } from '@ipb/domain';
import type { Drizzle } from '../create-db';
import { jsonList, prepared } from '../prepared';
import { LEAD_END_SQL, type MeasureCitationRow, measureCitation } from './citation';

/** Measures shown per place and theme in Compare, gaps and the profile; the rest is one click away. */
export const MEASURES_PER_THEME = 3;

/** Each root code with itself and every place below it. */
export function subPlaces(db: Drizzle, roots: readonly string[]): Map<string, string[]> {
  const rows = prepared(
    db,
    `WITH RECURSIVE sub(root, code) AS (
       SELECT value, value FROM json_each(?)
       UNION SELECT sub.root, r.code FROM regions r JOIN sub ON r.parent_code = sub.code)
     SELECT root, code FROM sub`,
  ).all(jsonList(roots)) as Array<{ root: string; code: string }>;
  const out = new Map<string, string[]>(roots.map((r) => [r, []]));
  for (const { root, code } of rows) out.get(root)?.push(code);
  return out;
}

/** The codes among `codes` that have any measure (one index seek each). */
function withMeasures(db: Drizzle, codes: readonly string[]): string[] {
  const rows = prepared(
    db,
    'SELECT value AS code FROM json_each(?) WHERE EXISTS (SELECT 1 FROM measure_themes WHERE region_code = value)',
  ).all(jsonList(codes)) as Array<{ code: string }>;
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

/** MeasureBriefs for ids (any order in, the order of `ids` out). */
export function measureBriefs(db: Drizzle, ids: readonly number[], regionCode: (id: number) => string): MeasureBrief[] {
  if (!ids.length) return [];
  const rows = prepared(
    db,
    `SELECT m.id, m.title, m.text, m.programs, m.start, m."end", m.source_id, s.type AS source_type,
       s.authority AS source_authority, s.title AS source_title, s.year, s.issue_number, s.url, a.title AS article_title,
       ${LEAD_END_SQL}, own.code AS own_code, own.name AS own_name, own.name_en AS own_name_en
     FROM measures m JOIN sources s ON s.id = m.source_id JOIN articles a ON a.id = m.article_id
       JOIN regions own ON own.code = m.region_code
     WHERE m.id IN (SELECT value FROM json_each(?))`,
  ).all(jsonList(ids)) as BriefRow[];
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

/**
 * For every root place and theme: its `perTheme` latest measures and how many it has. Themes
 * with no measure are left out; `themeIds` empty means every theme.
 */
export function latestMeasures(
  db: Drizzle,
  roots: readonly string[],
  themeIds: readonly string[],
  perTheme = MEASURES_PER_THEME,
): ThemeColumn[] {
  const top = prepared(
    db,
    `SELECT measure_id, published FROM measure_themes WHERE region_code = ? AND theme_id = ? AND active = 1
     ORDER BY published DESC, measure_id LIMIT ?`,
  );
  const counts = prepared(
    db,
    'SELECT theme_id, count(*) AS n FROM measure_themes WHERE region_code = ? AND active = 1 GROUP BY theme_id',
  );
  const columns: Array<Omit<ThemeColumn, 'measures'> & { ranked: Ranked[] }> = [];
  for (const [root, codes] of subPlaces(db, roots)) {
    const totals = new Map<string, number>();
    const present = withMeasures(db, codes);
    for (const code of present)
      for (const { theme_id, n } of counts.all(code) as Array<{ theme_id: string; n: number }>)
        if (!themeIds.length || themeIds.includes(theme_id)) totals.set(theme_id, (totals.get(theme_id) ?? 0) + n);
    for (const [themeId, total] of totals) {
      const ranked = present.flatMap((code) => top.all(code, themeId, perTheme) as Ranked[]).sort(byLatest);
      columns.push({ regionCode: root, themeId, total, ranked: ranked.slice(0, perTheme) });
    }
  }
  const ids = new Set(columns.flatMap((c) => c.ranked.map((r) => r.measure_id)));
  // Placed nowhere yet (''), so each brief keeps its own place as subPlace until asIn places it.
  const briefs = new Map(measureBriefs(db, [...ids], () => '').map((b) => [b.id, b] as const));
  return columns.map(({ ranked, ...c }) => ({
    ...c,
    // A measure under two themes of one place is one brief; its place is the root asked for.
    measures: ranked.flatMap((r) => {
      const brief = briefs.get(r.measure_id);
      return brief ? [asIn(brief, c.regionCode)] : [];
    }),
  }));
}

/** One place's measures under one theme, latest first, a page at a time (offset). */
export function placeThemeMeasures(
  db: Drizzle,
  root: string,
  themeId: string,
  page: { limit: number; offset: number },
): { items: MeasureBrief[]; total: number } {
  const codes = subPlaces(db, [root]).get(root) ?? [];
  const { n } = prepared(
    db,
    `SELECT count(*) AS n FROM measure_themes
     WHERE region_code IN (SELECT value FROM json_each(?)) AND theme_id = ? AND active = 1`,
  ).get(jsonList(codes), themeId) as { n: number };
  const ids = prepared(
    db,
    `SELECT measure_id FROM measure_themes WHERE region_code IN (SELECT value FROM json_each(?)) AND theme_id = ?
       AND active = 1 ORDER BY published DESC, measure_id LIMIT ? OFFSET ?`,
  )
    .all(jsonList(codes), themeId, page.limit, page.offset)
    .map((r) => (r as { measure_id: number }).measure_id);
  return { items: measureBriefs(db, ids, () => root), total: n };
}
