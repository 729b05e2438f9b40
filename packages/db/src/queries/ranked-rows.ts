/**
 * The figures the write path regroups (the period summary, write/period-values.ts; the digest,
 * write/digest.ts), with only what grouping and the preference rule read (RankedRow): the same filter
 * and period order as readObservationRows, without the quote, citation and place columns a list
 * shows. An import regroups every figure of each period it touches, and turning those columns into
 * JavaScript values was most of that cost.
 */
import type { Db } from '../engine/db';
import { DIALECT, type Dialect } from '../engine/dialect';
import { type Query, query } from '../engine/query';
import { type ObservationQuery, observationWhere } from './observation-rows';
import type { RankedRow } from './period-groups';

export type GroupQuery = Omit<ObservationQuery, 'order' | 'limit'>;
type FlatRanked = [
  id: number,
  sourceId: number,
  regionCode: string,
  indicatorId: string | null,
  subject: string | null,
  kind: RankedRow['o']['kind'],
  periodType: RankedRow['o']['periodType'],
  unit: string,
  periodStart: string | null,
  periodEnd: string | null,
  year: number | null,
  value: number,
  valueAsWritten: number,
  flags: string,
  reviewStatus: RankedRow['o']['reviewStatus'],
  externalId: string | null,
  start: number | null,
  sKey: string,
  sAuthority: RankedRow['s']['authority'],
  sDate: string | null,
  sYear: number | null,
];
function groupRowsText(q: GroupQuery, d: Dialect): string {
  const order =
    d === DIALECT.postgres ? 'o.year NULLS FIRST, o.period_end NULLS FIRST, o.id' : 'o.year, o.period_end, o.id';
  return `SELECT o.id, o.source_id, o.region_code, o.indicator_id, o.subject, o.kind, o.period_type, o.unit, o.period_start,
    o.period_end, o.year, o.value, o.value_as_written, ${d.json('o.flags')}, o.review_status, o.external_id, o.start,
    s.key, s.authority, s.date, s.year
  FROM observations o JOIN sources s ON s.id = o.source_id
  WHERE ${observationWhere(q, d).where} ORDER BY ${order}`;
}
const groupQueries = new Map<string, Query>();

export async function readRankedRows(db: Db, q: GroupQuery): Promise<RankedRow[]> {
  const text = groupRowsText(q, DIALECT.sqlite);
  let statement = groupQueries.get(text);
  if (!statement) {
    statement = query({ sqlite: text, postgres: groupRowsText(q, DIALECT.postgres) });
    groupQueries.set(text, statement);
  }
  const rows = await db.rows<FlatRanked>(statement, observationWhere(q).params);
  return rows.map((f) => ({
    o: {
      id: f[0],
      sourceId: f[1],
      regionCode: f[2],
      indicatorId: f[3],
      subject: f[4],
      kind: f[5],
      periodType: f[6],
      unit: f[7],
      periodStart: f[8],
      periodEnd: f[9],
      year: f[10],
      value: f[11],
      valueAsWritten: f[12],
      flags: f[13] === '[]' ? [] : (JSON.parse(f[13]) as string[]),
      reviewStatus: f[14],
      externalId: f[15],
      start: f[16],
    },
    s: { key: f[17], authority: f[18], date: f[19], year: f[20] },
  }));
}
