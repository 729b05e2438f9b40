/**
 * GET /api/conflicts: every place × indicator × kind × period where sources disagree, each value
 * ranked by CONFLICT_RULE with its citation, the reason the first is preferred, and the settlement
 * in force. Grouping and preference live in period-groups.ts, shared with series and Compare.
 */
import { type Authority, CONFLICT_RULE, type Conflict } from '@ipb/domain';
import type { Drizzle } from '../create-db';
import { indicators } from '../schema';
import { observationRows } from './observation-rows';
import { alternativeOf, groupByPeriod, loadSettlements, type PeriodGroup } from './period-groups';

export interface ConflictFilter {
  regionCodes?: string[];
  indicatorId?: string;
  status?: 'all' | 'open' | 'settled';
  authority?: Authority[] | null;
}

export function conflictGroups(db: Drizzle, filter: ConflictFilter = {}): PeriodGroup[] {
  const rows = observationRows(db, {
    linked: true,
    regionCodes: filter.regionCodes,
    indicatorIds: filter.indicatorId ? [filter.indicatorId] : undefined,
    authority: filter.authority ?? null,
    order: 'period',
  });
  return groupByPeriod(rows, loadSettlements(db)).filter((g) => g.clusters.length > 1);
}

export function toConflict(g: PeriodGroup, indicatorName: string): Conflict {
  const { o, r } = g.preferred;
  return {
    key: g.key,
    regionCode: r.code,
    regionName: r.name,
    indicatorId: o.indicatorId as string,
    indicatorName,
    kind: o.kind,
    periodType: o.periodType,
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    year: o.year,
    unit: o.unit,
    values: g.rows.map((row, i) => ({
      ...alternativeOf(row),
      rank: i + 1,
      publishedAt: row.s.date ?? null,
    })),
    preferredObservationId: o.id,
    reason: g.reason,
    rule: CONFLICT_RULE,
    settlement: g.settlement
      ? {
          observationId: o.id,
          reason: g.settlement.reason,
          by: g.settlement.actor,
          at: g.settlement.at,
        }
      : null,
  };
}

export function listConflicts(db: Drizzle, filter: ConflictFilter = {}): Conflict[] {
  const names = new Map(
    db
      .select({ id: indicators.id, nameZh: indicators.nameZh })
      .from(indicators)
      .all()
      .map((i) => [i.id, i.nameZh]),
  );
  const status = filter.status ?? 'all';
  return conflictGroups(db, filter)
    .filter((g) => status === 'all' || (status === 'settled') === (g.settlement !== null))
    .map((g) => toConflict(g, names.get(g.preferred.o.indicatorId as string) ?? ''))
    .sort(
      (a, b) =>
        a.regionCode.localeCompare(b.regionCode) ||
        a.indicatorId.localeCompare(b.indicatorId) ||
        (b.periodEnd ?? '').localeCompare(a.periodEnd ?? ''),
    );
}
