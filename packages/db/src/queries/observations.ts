/**
 * Figures in long format, filtered and cursor-paginated (places do not roll up: a figure is its
 * place's). Every row carries its source's authority, and — when other sources disagree on the same
 * place, indicator and period — the values they give (period-groups.ts).
 */
import type { Authority, ConflictBrief, FigureMeasure, FigureStatus } from '@ipb/domain';
import { and, eq, gt, gte, inArray, isNotNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { observations, sources } from '../schema';
import { observationCitation } from './citation';
import { alternativeOf, conflictBrief, groupByPeriod, loadSettlements, type PeriodGroup } from './period-groups';
import { type ObservationRow, selectObservationRows } from './series';

export interface ObservationFilter {
  indicatorId?: string;
  regionCodes: string[];
  kind?: 'actual' | 'target' | 'growth' | 'share';
  measure?: FigureMeasure;
  status?: FigureStatus;
  from?: number;
  to?: number;
  authority?: Authority[] | null;
}

/** The conflict as seen from one of its values: the others are the alternatives. */
function conflictFor(g: PeriodGroup | undefined, row: ObservationRow): ConflictBrief | null {
  if (!g || g.clusters.length < 2) return null;
  const brief = conflictBrief(g);
  if (!brief || g.preferred.o.id === row.o.id) return brief;
  const mine = g.clusters.find((c) => c.some((r) => r.o.id === row.o.id)) ?? [];
  return {
    ...brief,
    alternatives: g.clusters
      .filter((c) => c !== mine)
      .flat()
      .map(alternativeOf),
  };
}

/** Period groups of every figure that shares a place and indicator with the page's rows. */
function groupsOf(db: Drizzle, rows: ObservationRow[], authority: Authority[] | null): Map<number, PeriodGroup> {
  const linked = rows.filter((r) => r.o.indicatorId !== null);
  if (!linked.length) return new Map();
  const related = selectObservationRows(
    db,
    [
      inArray(observations.indicatorId, [...new Set(linked.map((r) => r.o.indicatorId as string))]),
      inArray(observations.regionCode, [...new Set(linked.map((r) => r.o.regionCode))]),
      isNotNull(observations.indicatorId),
    ],
    authority,
  );
  const byId = new Map<number, PeriodGroup>();
  for (const g of groupByPeriod(related, loadSettlements(db))) for (const r of g.rows) byId.set(r.o.id, g);
  return byId;
}

export function listObservations(db: Drizzle, filter: ObservationFilter, page: { limit: number; cursor?: number }) {
  const where: SQL[] = [];
  if (filter.indicatorId) where.push(eq(observations.indicatorId, filter.indicatorId));
  if (filter.regionCodes.length) where.push(inArray(observations.regionCode, filter.regionCodes));
  if (filter.kind) where.push(eq(observations.kind, filter.kind));
  if (filter.measure) where.push(eq(observations.measure, filter.measure));
  if (filter.status) where.push(eq(observations.status, filter.status));
  if (filter.from !== undefined) where.push(gte(observations.year, filter.from));
  if (filter.to !== undefined) where.push(lte(observations.year, filter.to));
  const authority = filter.authority ?? null;
  const allowed = authority
    ? [inArray(sources.authority, authority.length ? authority : ['__none__' as Authority])]
    : [];
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(observations)
      .innerJoin(sources, eq(sources.id, observations.sourceId))
      .where(and(sql`${observations.reviewStatus} <> 'rejected'`, ...where, ...allowed))
      .get()?.n ?? 0;
  const rows = selectObservationRows(
    db,
    [...where, ...(page.cursor === undefined ? [] : [gt(observations.id, page.cursor)])],
    authority,
  )
    .sort((a, b) => a.o.id - b.o.id)
    .slice(0, page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const groups = groupsOf(db, shown, authority);
  const items = shown.map((row) => ({
    observationId: row.o.id,
    regionCode: row.r.code,
    regionName: row.r.name,
    indicatorId: row.o.indicatorId,
    subject: row.o.subject,
    kind: row.o.kind,
    measure: row.o.measure,
    status: row.o.status,
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
    authority: row.s.authority,
    citation: observationCitation(row),
    conflict: conflictFor(groups.get(row.o.id), row),
  }));
  const last = items.at(-1);
  return { items, total, nextCursor: rows.length > page.limit && last ? String(last.observationId) : null };
}
