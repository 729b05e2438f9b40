/**
 * Figures with what every list shows next to them: their source (never its raw text, which can be
 * megabytes), article title and place. One filter shape for every caller; the filter decides which
 * clauses the SQL has, every value is a parameter, so each shape is prepared once (prepared.ts).
 * Filtering, ordering and limiting all happen in SQL. Rejected figures are always left out.
 */
import type { Authority, FigureMeasure, FigureStatus, ObservationKind, PeriodType } from '@ipb/domain';
import type { Db } from '../engine/db';
import { DIALECT, type Dialect, shaped } from '../engine/dialect';
import { type Query, query } from '../engine/query';
import { jsonList } from '../prepared';
import type { observations } from '../schema';

export interface ObservationQuery {
  ids?: readonly number[];
  /** Only the figures of these sources. */
  sourceIds?: readonly number[];
  indicatorIds?: readonly string[];
  /** Only figures linked to a catalogue indicator. */
  linked?: boolean;
  regionCodes?: readonly string[];
  kinds?: readonly ObservationKind[];
  measures?: readonly FigureMeasure[];
  statuses?: readonly FigureStatus[];
  periodTypes?: readonly PeriodType[];
  /** Only these period ends (with the filters above: the rows of given period groups). */
  periodEnds?: readonly string[];
  withYear?: boolean;
  fromYear?: number;
  toYear?: number;
  reviewStatus?: 'extracted';
  /** Source classes to keep; null or undefined = all, [] = none. */
  authority?: readonly Authority[] | null;
  /** Keyset pagination by id (with order 'id'). */
  afterId?: number;
  order: 'period' | 'id';
  limit?: number;
}

/** The source columns a figure list needs: everything but the raw text, hash and file name. */
export interface SourceRef {
  id: number;
  key: string;
  type: 'bulletin' | 'reference' | 'news' | 'manual' | 'csv';
  title: string;
  year: number | null;
  issueNumber: number | null;
  publisher: string | null;
  url: string | null;
  description: string | null;
  date: string | null;
  authority: Authority;
  documentNumber: string | null;
}

export interface ObservationRow {
  o: typeof observations.$inferSelect;
  s: SourceRef;
  a: { title: string } | null;
  r: { code: string; name: string; shortName: string; nameEn: string };
}

const select = (
  d: Dialect,
) => `SELECT o.id, o.source_id, o.article_id, o.measure_id, o.external_id, o.region_code, o.indicator_id,
  o.subject, o.value_as_written, o.value_max_as_written, o.unit_as_written, o.value, o.value_max, o.unit, o.kind,
  o.qualifier, o.period_text, o.period_type, o.period_start, o.period_end, o.year, o.quote, o.start, o."end",
  o.confidence, o.review_status, ${d.json('o.flags')}, o.note, o.measure, o.status, ${d.json('o.repeats')},
  s.key AS s_key, s.type AS s_type, s.title AS s_title, s.year AS s_year, s.issue_number AS s_issue,
  s.publisher AS s_publisher, s.url AS s_url, s.description AS s_description, s.date AS s_date,
  s.authority AS s_authority, a.title AS a_title, r.name AS r_name, r.short_name AS r_short, r.name_en AS r_en,
  s.document_number AS s_document_number
FROM observations o
  JOIN sources s ON s.id = o.source_id
  JOIN regions r ON r.code = o.region_code
  LEFT JOIN articles a ON a.id = o.article_id`;

/** `column IN (…)` of one JSON list parameter, as the dialect writes it. */
function inList(column: string, d: Dialect): string {
  return `${column} IN (${column === 'o.id' || column === 'o.source_id' ? d.ids : d.list})`;
}

function add(clauses: string[], params: unknown[], clause: string, value: unknown): void {
  clauses.push(clause);
  params.push(value);
}

/**
 * The WHERE clauses and their parameters, in one order, so equal shapes give equal SQL text. No
 * closure is made per call: under tsx every named function expression is renamed by a call to
 * `__name` (esbuild's keepNames), which the serving path paid on every series request.
 */
export function observationWhere(
  q: Omit<ObservationQuery, 'order' | 'limit'>,
  d: Dialect = DIALECT.sqlite,
): { where: string; params: unknown[] } {
  const clauses = ["o.review_status <> 'rejected'"];
  const params: unknown[] = [];
  if (q.ids) add(clauses, params, inList('o.id', d), jsonList(q.ids));
  if (q.sourceIds) add(clauses, params, inList('o.source_id', d), jsonList(q.sourceIds));
  if (q.indicatorIds?.length === 1) add(clauses, params, 'o.indicator_id = ?', q.indicatorIds[0]);
  else if (q.indicatorIds?.length) add(clauses, params, inList('o.indicator_id', d), jsonList(q.indicatorIds));
  if (q.linked) clauses.push('o.indicator_id IS NOT NULL');
  if (q.regionCodes?.length === 1) add(clauses, params, 'o.region_code = ?', q.regionCodes[0]);
  else if (q.regionCodes?.length) add(clauses, params, inList('o.region_code', d), jsonList(q.regionCodes));
  if (q.kinds?.length) add(clauses, params, inList('o.kind', d), jsonList(q.kinds));
  if (q.measures?.length) add(clauses, params, inList('o.measure', d), jsonList(q.measures));
  if (q.statuses?.length) add(clauses, params, inList('o.status', d), jsonList(q.statuses));
  if (q.periodTypes?.length) add(clauses, params, inList('o.period_type', d), jsonList(q.periodTypes));
  if (q.periodEnds?.length) add(clauses, params, inList('o.period_end', d), jsonList(q.periodEnds));
  if (q.withYear) clauses.push('o.year IS NOT NULL');
  if (q.fromYear !== undefined) add(clauses, params, 'o.year >= ?', q.fromYear);
  if (q.toYear !== undefined) add(clauses, params, 'o.year <= ?', q.toYear);
  if (q.reviewStatus) add(clauses, params, 'o.review_status = ?', q.reviewStatus);
  if (q.authority) add(clauses, params, inList('s.authority', d), jsonList(q.authority));
  if (q.afterId !== undefined) add(clauses, params, 'o.id > ?', q.afterId);
  return { where: clauses.join(' AND '), params };
}

/** One row as better-sqlite3 returns it in raw mode: the SELECT's columns, in order. */
type FlatRow = [
  id: number,
  sourceId: number,
  articleId: number | null,
  measureId: number | null,
  externalId: string | null,
  regionCode: string,
  indicatorId: string | null,
  subject: string | null,
  valueAsWritten: number,
  valueMaxAsWritten: number | null,
  unitAsWritten: string | null,
  value: number,
  valueMax: number | null,
  unit: string,
  kind: ObservationRow['o']['kind'],
  qualifier: string | null,
  periodText: string | null,
  periodType: ObservationRow['o']['periodType'],
  periodStart: string | null,
  periodEnd: string | null,
  year: number | null,
  quote: string,
  start: number | null,
  end: number | null,
  confidence: number,
  reviewStatus: ObservationRow['o']['reviewStatus'],
  flags: string,
  note: string | null,
  measure: ObservationRow['o']['measure'],
  status: ObservationRow['o']['status'],
  repeats: string,
  sKey: string,
  sType: SourceRef['type'],
  sTitle: string,
  sYear: number | null,
  sIssue: number | null,
  sPublisher: string | null,
  sUrl: string | null,
  sDescription: string | null,
  sDate: string | null,
  sAuthority: Authority,
  aTitle: string | null,
  rName: string,
  rShort: string,
  rEn: string,
  sDocumentNumber: string | null,
];

// Raw arrays, not objects: a list of figures reads thousands of values, and naming each one cost more than the query.
function toRow(f: FlatRow): ObservationRow {
  return {
    o: {
      id: f[0],
      sourceId: f[1],
      articleId: f[2],
      measureId: f[3],
      externalId: f[4],
      regionCode: f[5],
      indicatorId: f[6],
      subject: f[7],
      valueAsWritten: f[8],
      valueMaxAsWritten: f[9],
      unitAsWritten: f[10],
      value: f[11],
      valueMax: f[12],
      unit: f[13],
      kind: f[14],
      qualifier: f[15],
      periodText: f[16],
      periodType: f[17],
      periodStart: f[18],
      periodEnd: f[19],
      year: f[20],
      quote: f[21],
      start: f[22],
      end: f[23],
      confidence: f[24],
      reviewStatus: f[25],
      flags: f[26] === '[]' ? [] : (JSON.parse(f[26]) as string[]),
      note: f[27],
      measure: f[28],
      status: f[29],
      repeats: f[30] === '[]' ? [] : (JSON.parse(f[30]) as Array<{ start: number; end: number }>),
    },
    s: {
      id: f[1],
      key: f[31],
      type: f[32],
      title: f[33],
      year: f[34],
      issueNumber: f[35],
      publisher: f[36],
      url: f[37],
      description: f[38],
      date: f[39],
      authority: f[40],
      documentNumber: f[45],
    },
    a: f[2] === null ? null : { title: f[41] ?? '' },
    r: { code: f[5], name: f[42], shortName: f[43], nameEn: f[44] },
  };
}

const ORDER = {
  period: 'ORDER BY o.year, o.period_end, o.id',
  id: 'ORDER BY o.id',
} as const;

function rowsText(q: ObservationQuery, d: Dialect): { text: string; params: unknown[] } {
  const { where, params } = observationWhere(q, d);
  const limit = q.limit === undefined ? '' : ' LIMIT ?';
  if (q.limit !== undefined) params.push(q.limit);
  // SQLite puts NULLs first in an ascending order; PostgreSQL is told to.
  const order =
    d === DIALECT.postgres ? ORDER[q.order].replace(/(o\.year|o\.period_end)/g, '$1 NULLS FIRST') : ORDER[q.order];
  return { text: `${select(d)} WHERE ${where} ${order}${limit}`, params };
}

const queries = new Map<string, Query>();

/**
 * The rows through the two-engine Db (the write path reads them inside its transaction too). The
 * columns come back in the SELECT's order on both engines (`Db.rows`), and `toRow` names them.
 */
export async function readObservationRows(db: Db, q: ObservationQuery): Promise<ObservationRow[]> {
  const sqlite = rowsText(q, DIALECT.sqlite);
  let statement = queries.get(sqlite.text);
  if (!statement) {
    statement = query({ sqlite: sqlite.text, postgres: rowsText(q, DIALECT.postgres).text });
    queries.set(sqlite.text, statement);
  }
  return (await db.rows<FlatRow>(statement, sqlite.params)).map(toRow);
}

/** How many figures match (the same filter, no order or limit). */
export async function countObservations(db: Db, q: Omit<ObservationQuery, 'order' | 'limit'>): Promise<number> {
  const { where, params } = observationWhere(q);
  const from = q.authority ? 'observations o JOIN sources s ON s.id = o.source_id' : 'observations o';
  const statement = shaped(
    `count:${where}`,
    (d) => `SELECT ${d.int('count(*)')} AS n FROM ${from} WHERE ${observationWhere(q, d).where}`,
  );
  return (await db.get<{ n: number }>(statement, params))?.n ?? 0;
}
