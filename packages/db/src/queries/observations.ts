/**
 * Figures in long format, filtered and cursor-paginated (places do not roll up: a figure is its
 * place's). Every row carries its source's authority, and — when other sources disagree on the same
 * place, indicator and period — the values they give (period-groups.ts).
 */
import type { Authority, ConflictBrief, FigureMeasure, FigureStatus } from '@ipb/domain';
import type { Db } from '../engine/db';
import { observationCitation } from './citation';
import { countObservations, type ObservationRow, readObservationRows } from './observation-rows';
import {
  alternativeOf,
  conflictBrief,
  groupByPeriod,
  hasCompletePeriod,
  MAX_ALTERNATIVES,
  type PeriodGroup,
  periodKey,
  readSettlements,
} from './period-groups';

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
  const others = g.clusters.filter((c) => c !== mine).flat();
  return {
    ...brief,
    alternatives: others.slice(0, MAX_ALTERNATIVES).map(alternativeOf),
    alternativesTotal: others.length,
  };
}

const distinct = <T>(values: T[]) => [...new Set(values)];

/**
 * The period groups the page's figures belong to, and only those: their rows are read by place,
 * indicator, kind, period type and period end (an index), so a page of one figure reads that
 * figure's group, not every figure of its place and indicator.
 */
async function groupsOf(
  db: Db,
  rows: ObservationRow[],
  authority: Authority[] | null,
): Promise<Map<number, PeriodGroup>> {
  const linked = rows.filter((r) => r.o.indicatorId !== null);
  const keys = new Set(linked.map((r) => periodKey(r.o)));
  const complete = linked.filter((r) => hasCompletePeriod(r.o));
  const related = complete.length
    ? (
        await readObservationRows(db, {
          indicatorIds: distinct(complete.map((r) => r.o.indicatorId as string)),
          regionCodes: distinct(complete.map((r) => r.o.regionCode)),
          kinds: distinct(complete.map((r) => r.o.kind)),
          periodTypes: distinct(complete.map((r) => r.o.periodType)),
          periodEnds: distinct(complete.map((r) => r.o.periodEnd as string)),
          authority,
          order: 'period',
        })
      ).filter((r) => keys.has(periodKey(r.o)))
    : [];
  const incomplete = linked.filter((r) => !hasCompletePeriod(r.o));
  const byId = new Map<number, PeriodGroup>();
  for (const g of groupByPeriod([...related, ...incomplete], await readSettlements(db)))
    for (const r of g.rows) byId.set(r.o.id, g);
  return byId;
}

export async function listObservations(db: Db, filter: ObservationFilter, page: { limit: number; cursor?: number }) {
  const authority = filter.authority ?? null;
  const where = {
    indicatorIds: filter.indicatorId ? [filter.indicatorId] : undefined,
    regionCodes: filter.regionCodes,
    kinds: filter.kind ? [filter.kind] : undefined,
    measures: filter.measure ? [filter.measure] : undefined,
    statuses: filter.status ? [filter.status] : undefined,
    fromYear: filter.from,
    toYear: filter.to,
    authority,
  };
  const [total, rows] = await Promise.all([
    countObservations(db, where),
    readObservationRows(db, { ...where, afterId: page.cursor, order: 'id', limit: page.limit + 1 }),
  ]);
  const shown = rows.slice(0, page.limit);
  const groups = await groupsOf(db, shown, authority);
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
