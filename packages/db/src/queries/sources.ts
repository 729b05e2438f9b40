/**
 * Sources as the API lists them (GET /api/sources, a source, its records, a place's sources), on
 * the async, two-engine Db (docs/decisions/016). `NULLS LAST` says on PostgreSQL what SQLite does
 * by default, so an undated source sorts last on both.
 */
import type { Authority, SourceDetail, SourceRecordsResponse, SourceSummary } from '@ipb/domain';
import type { Db } from '../engine/db';
import { type Dialect, perEngine } from '../engine/dialect';
import { jsonList } from '../prepared';

/** The columns of a SourceSummary: one list, so every source list answers the same shape. */
export const SUMMARY_COLUMNS = `s.id, s.type, s.title, s.year, s.issue_number AS "issueNumber", s.publisher, s.url, s.sha256,
  s.imported_at AS "importedAt", s.authority, s.authority_reason AS "authorityReason"`;

/** `authority` null keeps every class; a list (one JSON array parameter) keeps those classes. */
const ofClasses = (d: Dialect) => `s.authority IN (${d.list})`;

function listStatements(where: (d: Dialect) => string) {
  const clause = (d: Dialect) => (where(d) ? `WHERE ${where(d)}` : '');
  return {
    count: perEngine((d) => `SELECT ${d.int('count(*)')} AS n FROM sources s ${clause(d)}`),
    page: perEngine(
      (d) => `SELECT ${SUMMARY_COLUMNS} FROM sources s ${clause(d)}
        ORDER BY s.type = 'bulletin' DESC, s.year DESC NULLS LAST, s.issue_number DESC NULLS LAST, s.id LIMIT ? OFFSET ?`,
    ),
  };
}
const EVERY_SOURCE = listStatements(() => '');
const SOURCES_OF_CLASSES = listStatements(ofClasses);

/** Sources, bulletins first and newest first, a page at a time; `authority` keeps only those classes. */
export async function listSources(
  db: Db,
  authority: Authority[] | null,
  page: { limit: number; offset: number },
): Promise<{ items: SourceSummary[]; total: number }> {
  const { count, page: items } = authority ? SOURCES_OF_CLASSES : EVERY_SOURCE;
  const classes = authority ? [jsonList(authority)] : [];
  const [total, rows] = await Promise.all([
    db.get<{ n: number }>(count, classes),
    db.all<SourceSummary>(items, [...classes, page.limit, page.offset]),
  ]);
  return { items: rows, total: total?.n ?? 0 };
}

const SUMMARY = perEngine(() => `SELECT ${SUMMARY_COLUMNS} FROM sources s WHERE s.id = ?`);

/** One source as the lists show it (what an authority change answers). */
export function getSourceSummary(db: Db, id: number): Promise<SourceSummary | undefined> {
  return db.get<SourceSummary>(SUMMARY, [id]);
}

const DETAIL = perEngine(
  () => `SELECT ${SUMMARY_COLUMNS}, st.raw_text AS "rawText" FROM sources s
    JOIN source_texts st ON st.source_id = s.id WHERE s.id = ?`,
);

export function getSource(db: Db, id: number): Promise<SourceDetail | undefined> {
  return db.get<SourceDetail>(DETAIL, [id]);
}

const ABOUT_PLACE = `s.id IN (SELECT source_id FROM articles WHERE region_code = ?
  UNION SELECT source_id FROM observations WHERE region_code = ? AND review_status <> 'rejected')`;

function placeStatements(where: (d: Dialect) => string) {
  return {
    count: perEngine((d) => `SELECT ${d.int('count(*)')} AS n FROM sources s WHERE ${where(d)}`),
    page: perEngine(
      (d) => `SELECT ${SUMMARY_COLUMNS} FROM sources s WHERE ${where(d)} ORDER BY s.year DESC NULLS LAST, s.id LIMIT ?`,
    ),
  };
}
const PLACE_SOURCES = placeStatements(() => ABOUT_PLACE);
const PLACE_SOURCES_OF_CLASSES = placeStatements((d) => `${ABOUT_PLACE} AND ${ofClasses(d)}`);

/** Sources that speak about a place (an article about it or a figure for it): the latest `limit`, and how many. */
export async function sourcesForRegion(
  db: Db,
  code: string,
  authority: Authority[] | null,
  limit: number,
): Promise<{ items: SourceSummary[]; total: number }> {
  const { count, page } = authority ? PLACE_SOURCES_OF_CLASSES : PLACE_SOURCES;
  const params = [code, code, ...(authority ? [jsonList(authority)] : [])];
  const [total, rows] = await Promise.all([
    db.get<{ n: number }>(count, params),
    db.all<SourceSummary>(page, [...params, limit]),
  ]);
  return { items: rows, total: total?.n ?? 0 };
}

type Records = SourceRecordsResponse;
/** Records as both engines return them: JSON columns as text. */
type MeasureRecordRow = Omit<Records['measures'][number], 'themes' | 'programs'> & { themes: string; programs: string };
type FigureRecordRow = Omit<Records['observations'][number], 'repeats'> & { repeats: string };

/** A measure's themes as a JSON array, in theme order. */
const themesOf = (d: Dialect) =>
  d.jsonArray('SELECT theme_id AS value FROM measure_themes WHERE measure_id = m.id ORDER BY theme_id');

const MEASURE_RECORDS = perEngine(
  (d) => `SELECT m.id, a.title AS "articleTitle", m.region_code AS "regionCode", m.ordinal, m.title, m.start, m."end",
      ${d.json('m.programs')} AS programs, m.confidence, m.review_status AS "reviewStatus", ${themesOf(d)} AS themes
    FROM measures m JOIN articles a ON a.id = m.article_id WHERE m.source_id = ? ORDER BY m.start, m.id`,
);
const FIGURE_RECORDS = perEngine(
  (d) => `SELECT id, measure_id AS "measureId", region_code AS "regionCode", start, "end", subject,
      indicator_id AS "indicatorId", value, unit, value_as_written AS "valueAsWritten",
      value_max_as_written AS "valueMaxAsWritten", unit_as_written AS "unitAsWritten", kind, measure, status, qualifier,
      period_type AS "periodType", period_text AS "periodText", confidence, review_status AS "reviewStatus",
      ${d.json('repeats')} AS repeats
    FROM observations WHERE source_id = ? AND start IS NOT NULL ORDER BY start, id`,
);

/** Measures and figures extracted from one source, in text order, with their spans. */
export async function sourceRecords(db: Db, sourceId: number): Promise<Records> {
  const [measures, figures] = await Promise.all([
    db.all<MeasureRecordRow>(MEASURE_RECORDS, [sourceId]),
    db.all<FigureRecordRow>(FIGURE_RECORDS, [sourceId]),
  ]);
  return {
    measures: measures.map((m) => ({
      ...m,
      themes: JSON.parse(m.themes) as string[],
      programs: JSON.parse(m.programs) as string[],
    })),
    observations: figures.map((o) => ({
      ...o,
      repeats: JSON.parse(o.repeats) as Records['observations'][number]['repeats'],
    })),
  };
}
