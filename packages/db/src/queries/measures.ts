/** Faceted, cursor-paginated measures with citations and search highlights. */
import type { Measure, ThemeId } from '@ipb/domain';
import type { Drizzle } from '../create-db';
import { jsonList, prepared } from '../prepared';
import { LEAD_END_SQL, type MeasureCitationRow, measureCitation } from './citation';
import { highlight } from './highlight';
import { highlightTerms, type MeasureFilter, measureConditions, type Where, wordsMatch } from './measure-filter';

interface MeasureRow {
  id: number;
  region_code: string | null;
  region_name: string | null;
  ordinal: number;
  title: string;
  text: string;
  programs: string;
  themes: string;
  confidence: number;
  review_status: Measure['reviewStatus'];
  start: number;
  end: number;
  source_id: number;
  source_type: Measure['citation']['sourceType'];
  source_authority: MeasureCitationRow['source_authority'];
  source_title: string;
  source_year: number | null;
  issue_number: number | null;
  url: string | null;
  article_title: string | null;
  lead_end: number;
}

const FROM = `FROM measures m
  JOIN sources s ON s.id = m.source_id
  JOIN articles a ON a.id = m.article_id
  LEFT JOIN regions r ON r.code = m.region_code`;

const SELECT = `SELECT m.id, m.region_code, r.name AS region_name, m.ordinal, m.title, m.text, m.programs, m.confidence,
    m.review_status, m.start, m."end", m.source_id, s.type AS source_type, s.authority AS source_authority,
    s.title AS source_title, s.year AS source_year, s.issue_number, s.url, a.title AS article_title, ${LEAD_END_SQL},
    (SELECT json_group_array(json_object('id', mt.theme_id, 'evidence', mt.evidence))
       FROM measure_themes mt JOIN themes t ON t.id = mt.theme_id
      WHERE mt.measure_id = m.id ORDER BY t.position) AS themes
  ${FROM}`;

/** How many measures match: joins the source only when the filter reads it. */
export function countMeasures(db: Drizzle, w: Where): number {
  const from = w.needsSource ? 'measures m JOIN sources s ON s.id = m.source_id' : 'measures m';
  return (prepared(db, `SELECT count(*) AS n FROM ${from} WHERE ${w.where}`).get(...w.params) as { n: number }).n;
}

function toMeasure(row: MeasureRow, terms: string[]): Measure {
  const themes = (JSON.parse(row.themes) as Array<{ id: ThemeId; evidence: string }>).map((t) => ({
    id: t.id,
    evidence: JSON.parse(t.evidence) as string[],
  }));
  return {
    id: row.id,
    regionCode: row.region_code,
    regionName: row.region_name,
    ordinal: row.ordinal,
    title: row.title,
    text: row.text,
    themes,
    programs: JSON.parse(row.programs) as string[],
    year: row.source_year,
    confidence: row.confidence,
    reviewStatus: row.review_status,
    citation: measureCitation({ ...row, year: row.source_year }),
    snippet: highlight(row.text, terms),
  };
}

/** Only themes are chosen: measure_themes (its `active` is the measure's shown state) answers alone. */
const themesOnly = (f: MeasureFilter) =>
  f.themeIds.length > 0 &&
  !f.regionCodes.length &&
  f.year === undefined &&
  f.sourceId === undefined &&
  !f.program &&
  !f.q;

/**
 * The page's ids and the total for a theme filter, from measure_themes alone: counting through
 * the measures themselves read every matching row, its text included (10+ ms at 1,000× data).
 */
function byThemes(db: Drizzle, themeIds: string[], page: { limit: number; cursor?: number }) {
  const themes = jsonList(themeIds);
  const shown = 'FROM measure_themes WHERE theme_id IN (SELECT value FROM json_each(?)) AND active = 1';
  const total = (prepared(db, `SELECT count(DISTINCT measure_id) AS n ${shown}`).get(themes) as { n: number }).n;
  const ids = prepared(db, `SELECT DISTINCT measure_id AS id ${shown} AND measure_id > ? ORDER BY measure_id LIMIT ?`)
    .all(themes, page.cursor ?? 0, page.limit + 1)
    .map((r) => (r as { id: number }).id);
  return { total, ids };
}

function pageRows(db: Drizzle, filter: MeasureFilter, page: { limit: number; cursor?: number }) {
  if (themesOnly(filter)) {
    const { total, ids } = byThemes(db, filter.themeIds, page);
    const rows = ids.length
      ? (prepared(db, `${SELECT} WHERE m.id IN (SELECT value FROM json_each(?)) ORDER BY m.id`).all(
          jsonList(ids),
        ) as MeasureRow[])
      : [];
    return { total, rows };
  }
  const where = measureConditions(filter);
  const after = page.cursor === undefined ? '' : 'AND m.id > ?';
  const params = [...where.params, ...(page.cursor === undefined ? [] : [page.cursor]), page.limit + 1];
  const rows = prepared(db, `${SELECT} WHERE ${where.where} ${after} ORDER BY m.id LIMIT ?`).all(
    ...params,
  ) as MeasureRow[];
  return { total: countMeasures(db, where), rows };
}

export function listMeasures(
  db: Drizzle,
  filter: MeasureFilter,
  page: { limit: number; cursor?: number },
): { items: Measure[]; total: number; nextCursor: string | null } {
  const { total, rows } = pageRows(db, filter, page);
  const terms = highlightTerms(filter.q);
  const items = rows.slice(0, page.limit).map((r) => toMeasure(r, terms));
  const last = items.at(-1);
  return { items, total, nextCursor: rows.length > page.limit && last ? String(last.id) : null };
}

/** Every shown measure the search finds for `q`, as the measures filter does (the search benchmark compares it with LIKE). */
export function measureIdsMatching(db: Drizzle, q: string): number[] {
  const w = measureConditions({ regionCodes: [], themeIds: [], q });
  return (prepared(db, `SELECT m.id FROM measures m WHERE ${w.where}`).all(...w.params) as Array<{ id: number }>).map(
    (r) => r.id,
  );
}

/**
 * Ids of the newest `limit` shown measures matching a search: the word index is read backwards and
 * stops after `limit` rows, so a word in thousands of measures costs no more than a rare one.
 */
export function newestMeasureIds(db: Drizzle, q: string, limit: number): number[] {
  const words = wordsMatch(q);
  if (!words) return [];
  const rows = prepared(
    db,
    `SELECT f.rowid AS id FROM measures_fts_words f JOIN measures x ON x.id = f.rowid
     WHERE measures_fts_words MATCH ? AND x.review_status <> 'rejected' ORDER BY f.rowid DESC LIMIT ?`,
  ).all(words, limit) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}

/** Measures matching a search, newest first (highest id), for GET /api/search. */
export function searchMeasures(db: Drizzle, q: string, limit: number): Measure[] {
  const ids = newestMeasureIds(db, q, limit);
  if (!ids.length) return [];
  const rows = prepared(db, `${SELECT} WHERE m.id IN (SELECT value FROM json_each(?)) ORDER BY m.id DESC`).all(
    jsonList(ids),
  ) as MeasureRow[];
  const terms = highlightTerms(q);
  return rows.map((r) => toMeasure(r, terms));
}
