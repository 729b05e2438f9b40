/**
 * The review queue: extracted records not yet reviewed, conflicts first (two sources giving
 * different values for the same place, indicator, kind and period), then the least confident.
 */
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { auditLog, observations } from '../schema';
import { measureCitation } from './citation';
import { citationOf, selectObservationRows } from './series';

interface MeasureQueueRow {
  id: number;
  region_code: string | null;
  region_name: string | null;
  title: string;
  text: string;
  confidence: number;
  review_status: 'extracted';
  start: number;
  end: number;
  source_id: number;
  source_type: 'bulletin';
  source_title: string;
  year: number | null;
  issue_number: number | null;
  url: string | null;
  article_title: string;
}

/** Map observation id → ids of the other observations that disagree with it. */
export function findConflicts(db: Drizzle): Map<number, number[]> {
  const rows = db.all<{ a: number; b: number }>(sql`
    SELECT x.id AS a, y.id AS b FROM observations x JOIN observations y
      ON x.region_code = y.region_code AND x.indicator_id = y.indicator_id AND x.kind = y.kind
     AND x.period_type = y.period_type AND x.unit = y.unit
     AND COALESCE(x.period_end, x.year) = COALESCE(y.period_end, y.year)
     AND x.id <> y.id AND abs(x.value - y.value) > 1e-9 * max(abs(x.value), abs(y.value))
    WHERE x.review_status <> 'rejected' AND y.review_status <> 'rejected'`);
  const map = new Map<number, number[]>();
  for (const { a, b } of rows) map.set(a, [...(map.get(a) ?? []), b]);
  return map;
}

export function reviewQueue(db: Drizzle, limit: number) {
  const conflicts = findConflicts(db);
  const figures = selectObservationRows(db, [
    sql`(${observations.reviewStatus} = 'extracted' OR ${observations.id} IN (${sql.join(
      [...conflicts.keys(), -1].map((id) => sql`${id}`),
      sql`, `,
    )}))`,
  ]).map((row) => ({
    entity: 'observation' as const,
    id: row.o.id,
    regionCode: row.r.code,
    regionName: row.r.name,
    label: `${row.o.subject ?? row.o.indicatorId ?? '?'} ${row.o.valueAsWritten}${row.o.unitAsWritten ?? ''}`,
    detail: `${row.o.kind} · ${row.o.periodText ?? row.o.periodType}`,
    confidence: row.o.confidence,
    reviewStatus: row.o.reviewStatus,
    conflictsWith: conflicts.get(row.o.id) ?? [],
    citation: citationOf(row),
  }));
  const measureRows = db.all<MeasureQueueRow>(sql`
    SELECT m.id, m.region_code, r.name AS region_name, m.title, m.text, m.confidence, m.review_status, m.start, m."end",
      m.source_id, s.type AS source_type, s.title AS source_title, s.year, s.issue_number, s.url, a.title AS article_title
    FROM measures m JOIN sources s ON s.id = m.source_id JOIN articles a ON a.id = m.article_id
    LEFT JOIN regions r ON r.code = m.region_code WHERE m.review_status = 'extracted'`);
  const measureItems = measureRows.map((m) => ({
    entity: 'measure' as const,
    id: m.id,
    regionCode: m.region_code,
    regionName: m.region_name,
    label: m.title || m.text.slice(0, 40),
    detail: m.text.slice(0, 120),
    confidence: m.confidence,
    reviewStatus: m.review_status,
    conflictsWith: [],
    citation: measureCitation(m),
  }));
  const all = [...figures, ...measureItems].sort(
    (a, b) =>
      Number(b.conflictsWith.length > 0) - Number(a.conflictsWith.length > 0) ||
      a.confidence - b.confidence ||
      a.id - b.id,
  );
  return { items: all.slice(0, limit), total: all.length };
}

export function listAudit(db: Drizzle, filter: { entity?: string; entityId?: string; limit: number }) {
  const where: SQL[] = [];
  if (filter.entity) where.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit)
    .all();
}
