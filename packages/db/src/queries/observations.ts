/** Figures in long format, filtered and cursor-paginated (places do not roll up: a figure is its place's). */
import { and, eq, gt, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { observations } from '../schema';
import { observationCitation } from './citation';
import { selectObservationRows } from './series';

export interface ObservationFilter {
  indicatorId?: string;
  regionCodes: string[];
  kind?: 'actual' | 'target' | 'growth' | 'share';
  from?: number;
  to?: number;
}

export function listObservations(db: Drizzle, filter: ObservationFilter, page: { limit: number; cursor?: number }) {
  const where: SQL[] = [];
  if (filter.indicatorId) where.push(eq(observations.indicatorId, filter.indicatorId));
  if (filter.regionCodes.length) where.push(inArray(observations.regionCode, filter.regionCodes));
  if (filter.kind) where.push(eq(observations.kind, filter.kind));
  if (filter.from !== undefined) where.push(gte(observations.year, filter.from));
  if (filter.to !== undefined) where.push(lte(observations.year, filter.to));
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(observations)
      .where(and(sql`${observations.reviewStatus} <> 'rejected'`, ...where))
      .get()?.n ?? 0;
  const rows = selectObservationRows(db, [
    ...where,
    ...(page.cursor === undefined ? [] : [gt(observations.id, page.cursor)]),
  ])
    .sort((a, b) => a.o.id - b.o.id)
    .slice(0, page.limit + 1);
  const items = rows.slice(0, page.limit).map((row) => ({
    observationId: row.o.id,
    regionCode: row.r.code,
    regionName: row.r.name,
    indicatorId: row.o.indicatorId,
    subject: row.o.subject,
    kind: row.o.kind,
    periodType: row.o.periodType,
    confidence: row.o.confidence,
    year: row.o.year,
    periodText: row.o.periodText,
    periodStart: row.o.periodStart,
    periodEnd: row.o.periodEnd,
    value: row.o.value,
    valueMax: row.o.valueMax,
    unit: row.o.unit,
    valueAsWritten: row.o.valueAsWritten,
    unitAsWritten: row.o.unitAsWritten,
    qualifier: row.o.qualifier,
    flags: row.o.flags,
    reviewStatus: row.o.reviewStatus,
    citation: observationCitation(row),
  }));
  const last = items.at(-1);
  return { items, total, nextCursor: rows.length > page.limit && last ? String(last.observationId) : null };
}
