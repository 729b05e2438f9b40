/** Faceted, cursor-paginated measures with citations and search highlights, on the two-engine Db (016). */
import type { Measure, ThemeId } from '@ipb/domain';
import type { Db } from '../engine/db';
import { type Dialect, perEngine, shaped } from '../engine/dialect';
import { type Query, query } from '../engine/query';
import { jsonList } from '../prepared';
import { issueLabel, LEAD_END, type MeasureCitationRow } from './citation';
import { highlight } from './highlight';
import { highlightTerms, type MeasureFilter, measureConditions, searchWords, type Where } from './measure-filter';

/**
 * One row as `Db.rows` gives it: the SELECT's columns, in order. A page reads 50 rows of 21
 * columns; naming each value cost more than reading it (as observation-rows.ts found for figures).
 */
export type MeasureRow = [
  id: number,
  regionCode: string | null,
  ordinal: number,
  title: string,
  text: string,
  programs: string,
  confidence: number,
  reviewStatus: Measure['reviewStatus'],
  start: number,
  end: number,
  sourceId: number,
  sourceType: Measure['citation']['sourceType'],
  sourceAuthority: MeasureCitationRow['source_authority'],
  sourceTitle: string,
  sourceYear: number | null,
  issueNumber: number | null,
  url: string | null,
  articleTitle: string | null,
  leadEnd: number,
  themes: string,
];

// No join to regions: the place's name comes from the caller's gazetteer (PlaceNames).
const FROM = `FROM measures m
  JOIN sources s ON s.id = m.source_id
  JOIN articles a ON a.id = m.article_id`;

/**
 * A measure's themes are its themes_json column (SQLite 0022, PostgreSQL 0017): a JSON array of
 * [id, evidence] pairs written with its theme rows ('[]' when it has none), parsed once — until the
 * twelfth session a group_concat over measure_themes per row (3.7 µs a measure at 1,000×). The list
 * is in no order, and `themesOf` orders it by the themes' order, read once per page (THEME_ORDER).
 * Pairs, not {id, evidence} objects: JSON.parse builds objects slower than arrays mapped to
 * objects (61 against 74 µs for a page of 50 at 1,000×).
 */
const THEME_ORDER = query('SELECT id FROM themes ORDER BY position, id');

const SELECT = (d: Dialect) => `SELECT m.id, m.region_code, m.ordinal, m.title, m.text,
    ${d.json('m.programs')} AS programs, m.confidence, m.review_status, m.start, m."end", m.source_id,
    s.type AS source_type, s.authority AS source_authority, s.title AS source_title, s.year AS source_year,
    s.issue_number, s.url, a.title AS article_title, ${LEAD_END}, m.themes_json AS themes
  ${FROM}`;

export const sourceJoin = (w: Where) =>
  w.needsSource ? 'measures m JOIN sources s ON s.id = m.source_id' : 'measures m';

/** How many measures match: joins the source only when the filter reads it. */
export async function countMeasures(db: Db, w: Where): Promise<number> {
  const count = shaped(
    `count:${w.shape}`,
    (d) => `SELECT ${d.int('count(*)')} AS n FROM ${sourceJoin(w)} WHERE ${w.where(d)}`,
  );
  return (await db.get<{ n: number }>(count, w.params))?.n ?? 0;
}

/** Each theme's place in the themes' order. */
export async function themeOrder(db: Db): Promise<Map<string, number>> {
  return new Map((await db.rows<[string]>(THEME_ORDER)).map(([id], i) => [id, i]));
}

function themesOf(list: string | null, order: Map<string, number>): Measure['themes'] {
  if (!list) return [];
  const themes = JSON.parse(list) as Array<[id: ThemeId, evidence: string[]]>;
  if (themes.length > 1) themes.sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0));
  return themes.map(([id, evidence]) => ({ id, evidence }));
}

/**
 * A place's name by its code, from the caller's gazetteer (the API's, in memory): undefined for a
 * place it does not know (one the database gained after it was read), which is then read from
 * regions with the page's other unknown places in one statement.
 */
export type PlaceName = (code: string) => string | undefined;

export const REGION_NAMES = perEngine((d) => `SELECT code, name FROM regions WHERE code IN (${d.list})`);

/** The names of places the gazetteer lacks, read in one statement and set on the page's measures. */
async function withStoredNames(db: Db, items: Measure[], lacking: Set<string>): Promise<Measure[]> {
  const read = new Map(await db.rows<[string, string]>(REGION_NAMES, [jsonList([...lacking])]));
  for (const m of items)
    if (m.regionCode !== null && lacking.has(m.regionCode)) m.regionName = read.get(m.regionCode) ?? null;
  return items;
}

function toMeasure(row: MeasureRow, regionName: string | null, terms: string[], order: Map<string, number>): Measure {
  const [id, regionCode, ordinal, title, text, programs, confidence, reviewStatus, start, end] = row;
  const [, , , , , , , , , , sourceId, sourceType, authority, sourceTitle, year, issueNumber] = row;
  const [, , , , , , , , , , , , , , , , url, articleTitle, leadEnd, themeList] = row;
  return {
    id,
    regionCode,
    regionName,
    ordinal,
    title,
    text,
    themes: themesOf(themeList, order),
    programs: JSON.parse(programs) as string[],
    year,
    confidence,
    reviewStatus,
    // measureCitation's fields, built here without its flat row object (citation.ts keeps the rule).
    citation: {
      sourceId,
      sourceType,
      authority,
      sourceTitle,
      issue: issueLabel(sourceType, year, issueNumber),
      articleTitle,
      url,
      documentNumber: null,
      quote: title || text.slice(0, 80),
      start,
      end: leadEnd ? Math.min(end, start + leadEnd) : end,
      note: null,
    },
    snippet: highlight(text, terms),
  };
}

/** The page's measures, named by the gazetteer: a promise only when some place must be read from regions. */
export function toMeasures(
  db: Db,
  rows: MeasureRow[],
  terms: string[],
  order: Map<string, number>,
  placeName?: PlaceName,
): Measure[] | Promise<Measure[]> {
  const lacking = new Set<string>();
  const items = rows.map((row) => {
    const code = row[1];
    const name = code === null ? null : placeName?.(code);
    if (name === undefined) lacking.add(code as string);
    return toMeasure(row, name ?? null, terms, order);
  });
  return lacking.size ? withStoredNames(db, items, lacking) : items;
}

/** Only themes are chosen: measure_themes (its `active` is the measure's shown state) answers alone. */
const themesOnly = (f: MeasureFilter) =>
  f.themeIds.length > 0 &&
  !f.regionCodes.length &&
  f.year === undefined &&
  f.sourceId === undefined &&
  !f.program &&
  !f.q;

const SHOWN = (d: Dialect) => `FROM measure_themes WHERE theme_id IN (${d.list}) AND ${d.isTrue('active')}`;
const THEME_TOTAL = perEngine((d) => `SELECT ${d.int('count(DISTINCT measure_id)')} AS n ${SHOWN(d)}`);
// One theme: a measure is under it once, so the kept per-place counts add up (theme_counts, 0017).
const ONE_THEME_TOTAL = perEngine(
  (d) => `SELECT ${d.int('COALESCE(sum(measures), 0)')} AS n FROM theme_counts WHERE theme_id = ?`,
);
const THEME_PAGE = perEngine(
  (d) => `SELECT DISTINCT measure_id AS id ${SHOWN(d)} AND measure_id > ? ORDER BY measure_id LIMIT ?`,
);
// One theme: the page straight from the (theme, shown, measure) index, stopping after `limit`.
const ONE_THEME_PAGE = perEngine(
  (d) => `SELECT measure_id AS id FROM measure_themes WHERE theme_id = ? AND ${d.isTrue('active')} AND measure_id > ?
    ORDER BY measure_id LIMIT ?`,
);
export const ROWS_BY_ID = perEngine((d) => `${SELECT(d)} WHERE m.id IN (${d.ids}) ORDER BY m.id`);
const ROWS_BY_ID_NEWEST = perEngine((d) => `${SELECT(d)} WHERE m.id IN (${d.ids}) ORDER BY m.id DESC`);

/**
 * The page's ids and the total for a theme filter, from measure_themes alone: counting through
 * the measures themselves read every matching row, its text included (10+ ms at 1,000× data). One
 * theme's total is kept by the writes; several themes' are counted (a measure under two is one).
 */
async function byThemes(db: Db, themeIds: string[], page: { limit: number; cursor?: number }) {
  const themes = jsonList(themeIds);
  const [total, ids] = await Promise.all([
    themeIds.length === 1
      ? db.get<{ n: number }>(ONE_THEME_TOTAL, themeIds)
      : db.get<{ n: number }>(THEME_TOTAL, [themes]),
    themeIds.length === 1
      ? db.all<{ id: number }>(ONE_THEME_PAGE, [themeIds[0], page.cursor ?? 0, page.limit + 1])
      : db.all<{ id: number }>(THEME_PAGE, [themes, page.cursor ?? 0, page.limit + 1]),
  ]);
  return { total: total?.n ?? 0, ids: ids.map((r) => r.id) };
}

/**
 * What a page of the list reads per measure: by id (a theme filter's page, from byThemes), or as
 * `SELECT … FROM` for any other filter's page (`name` keeps the prepared shapes apart).
 */
export interface PageColumns {
  name: string;
  byIds: Query;
  selectFrom: (w: Where, d: Dialect) => string;
}

const FULL_ROWS: PageColumns = { name: 'page', byIds: ROWS_BY_ID, selectFrom: (_w, d) => SELECT(d) };

/** A page of the list's rows (one more than `limit`: is there a next page?) and the total. */
export async function pageOf<R extends readonly unknown[]>(
  db: Db,
  filter: MeasureFilter,
  page: { limit: number; cursor?: number },
  columns: PageColumns,
): Promise<{ total: number; rows: R[] }> {
  if (themesOnly(filter)) {
    const { total, ids } = await byThemes(db, filter.themeIds, page);
    const rows = ids.length ? await db.rows<R>(columns.byIds, [jsonList(ids)]) : [];
    return { total, rows };
  }
  const where = measureConditions(db.engine, filter);
  const after = page.cursor === undefined ? '' : 'AND m.id > ?';
  const rowsQuery = shaped(
    `${columns.name}:${where.shape}:${after}`,
    (d) => `${columns.selectFrom(where, d)} WHERE ${where.where(d)} ${after} ORDER BY m.id LIMIT ?`,
  );
  const params = [...where.params, ...(page.cursor === undefined ? [] : [page.cursor]), page.limit + 1];
  const [rows, total] = await Promise.all([db.rows<R>(rowsQuery, params), countMeasures(db, where)]);
  return { total, rows };
}

export async function listMeasures(
  db: Db,
  filter: MeasureFilter,
  page: { limit: number; cursor?: number },
  placeName?: PlaceName,
): Promise<{ items: Measure[]; total: number; nextCursor: string | null }> {
  const [{ total, rows }, order] = await Promise.all([pageOf<MeasureRow>(db, filter, page, FULL_ROWS), themeOrder(db)]);
  const items = await toMeasures(db, rows.slice(0, page.limit), highlightTerms(filter.q), order, placeName);
  const last = items.at(-1);
  return { items, total, nextCursor: rows.length > page.limit && last ? String(last.id) : null };
}

/** Every shown measure the search finds for `q`, as the measures filter does (the search benchmark compares it with LIKE). */
export async function measureIdsMatching(db: Db, q: string): Promise<number[]> {
  const w = measureConditions(db.engine, { regionCodes: [], themeIds: [], q });
  const ids = shaped(`ids:${w.shape}`, (d) => `SELECT m.id FROM measures m WHERE ${w.where(d)} ORDER BY m.id`);
  return (await db.all<{ id: number }>(ids, w.params)).map((r) => r.id);
}

const NEWEST = query({
  sqlite: `SELECT f.rowid AS id FROM measures_fts_words f JOIN measures x ON x.id = f.rowid
     WHERE measures_fts_words MATCH ? AND x.review_status <> 'rejected' ORDER BY f.rowid DESC LIMIT ?`,
  postgres: `SELECT id FROM measures WHERE search_vector @@ to_tsquery('simple', ?) AND review_status <> 'rejected'
     ORDER BY id DESC LIMIT ?`,
});

/**
 * Ids of the newest `limit` shown measures matching a search: the word index is read backwards and
 * stops after `limit` rows, so a word in thousands of measures costs no more than a rare one.
 */
export async function newestMeasureIds(db: Db, q: string, limit: number): Promise<number[]> {
  const words = searchWords(db.engine, q);
  if (!words) return [];
  return (await db.all<{ id: number }>(NEWEST, [words, limit])).map((r) => r.id);
}

/** Measures matching a search, newest first (highest id), for GET /api/search. */
export async function searchMeasures(db: Db, q: string, limit: number, placeName?: PlaceName): Promise<Measure[]> {
  const ids = await newestMeasureIds(db, q, limit);
  if (!ids.length) return [];
  const [rows, order] = await Promise.all([db.rows<MeasureRow>(ROWS_BY_ID_NEWEST, [jsonList(ids)]), themeOrder(db)]);
  return toMeasures(db, rows, highlightTerms(q), order, placeName);
}
