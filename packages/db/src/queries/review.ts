/** The review queue and the audit log. */
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { auditLog } from '../schema';
import { type MeasureCitationRow, measureCitation } from './citation';
import { conflictGroups } from './conflicts';
import { type ObservationRow, observationRows } from './observation-rows';
import { agree } from './period-groups';
import { citationOf } from './series';

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
  source_authority: MeasureCitationRow['source_authority'];
  source_title: string;
  year: number | null;
  issue_number: number | null;
  url: string | null;
  article_title: string;
}

/** A figure's label in the queue: subject (or indicator), value and unit as written. */
const figureLabel = (o: ObservationRow['o']) =>
  `${o.subject ?? o.indicatorId ?? '?'} ${o.valueAsWritten}${o.unitAsWritten ?? ''}`;

/**
 * The review queue: open conflicts first (sources disagree; a reviewer settles each once and it
 * leaves the queue), then extracted records not yet reviewed, least confident first.
 */
export function reviewQueue(db: Drizzle, limit: number) {
  const open = conflictGroups(db).filter((g) => g.settlement === null);
  const disagreeing = new Map<number, number[]>();
  for (const g of open)
    for (const r of g.rows)
      disagreeing.set(
        r.o.id,
        g.rows.filter((x) => !agree(x.o, r.o)).map((x) => x.o.id),
      );
  const conflictItems = open.map((g) => {
    const { o, r } = g.preferred;
    return {
      entity: 'conflict' as const,
      id: o.id,
      regionCode: r.code,
      regionName: r.name,
      label: `${o.subject ?? o.indicatorId ?? '?'} ${o.periodEnd?.slice(0, 4) ?? o.year ?? ''}: ${g.clusters.length} values`,
      detail: g.rows.map((x) => `${x.o.valueAsWritten}${x.o.unitAsWritten ?? ''} (${x.s.authority})`).join(' / '),
      confidence: 0,
      reviewStatus: o.reviewStatus,
      conflictsWith: g.rows.slice(1).map((x) => x.o.id),
      conflictKey: g.key,
      citation: citationOf(g.preferred),
    };
  });
  const figures = observationRows(db, { reviewStatus: 'extracted', order: 'period' }).map((row) => ({
    entity: 'observation' as const,
    id: row.o.id,
    regionCode: row.r.code,
    regionName: row.r.name,
    label: figureLabel(row.o),
    detail: `${row.o.kind} · ${row.o.periodText ?? row.o.periodType}`,
    confidence: row.o.confidence,
    reviewStatus: row.o.reviewStatus,
    conflictsWith: disagreeing.get(row.o.id) ?? [],
    conflictKey: null,
    citation: citationOf(row),
  }));
  const measureRows = db.all<MeasureQueueRow>(sql`
    SELECT m.id, m.region_code, r.name AS region_name, m.title, m.text, m.confidence, m.review_status, m.start, m."end",
      m.source_id, s.type AS source_type, s.authority AS source_authority, s.title AS source_title, s.year,
      s.issue_number, s.url, a.title AS article_title
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
    conflictKey: null,
    citation: measureCitation(m),
  }));
  const records = [...figures, ...measureItems].sort(
    (a, b) =>
      Number(b.conflictsWith.length > 0) - Number(a.conflictsWith.length > 0) ||
      a.confidence - b.confidence ||
      a.id - b.id,
  );
  const all = [...conflictItems, ...records];
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
