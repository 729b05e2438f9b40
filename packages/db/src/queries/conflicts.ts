/**
 * GET /api/conflicts: every place × indicator × kind × period where sources disagree, each value
 * ranked by CONFLICT_RULE with its citation, the reason the first is preferred, and the settlement
 * in force. Grouping and preference live in period-groups.ts, shared with series and Compare.
 */
import { type Authority, CONFLICT_RULE, type Conflict } from '@ipb/domain';
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import { readObservationRows } from './observation-rows';
import { alternativeOf, groupByPeriod, type PeriodGroup, readSettlements } from './period-groups';

export interface ConflictFilter {
  regionCodes?: string[];
  indicatorId?: string;
  status?: 'all' | 'open' | 'settled';
  authority?: Authority[] | null;
}

/** The period groups where sources disagree, on the two-engine Db (a settlement reads them in its transaction). */
export async function conflictGroups(db: Db, filter: ConflictFilter = {}): Promise<PeriodGroup[]> {
  const rows = await readObservationRows(db, {
    linked: true,
    regionCodes: filter.regionCodes,
    indicatorIds: filter.indicatorId ? [filter.indicatorId] : undefined,
    authority: filter.authority ?? null,
    order: 'period',
  });
  return groupByPeriod(rows, await readSettlements(db)).filter((g) => g.clusters.length > 1);
}

const NAMES = query('SELECT id, name_zh AS "nameZh" FROM indicators');
const NAME = query('SELECT name_zh AS "nameZh" FROM indicators WHERE id = ?');

/** An indicator's Chinese name ('' for none), as a conflict shows it. */
export async function indicatorName(db: Db, id: string): Promise<string> {
  return (await db.get<{ nameZh: string }>(NAME, [id]))?.nameZh ?? '';
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

export async function listConflicts(db: Db, filter: ConflictFilter = {}): Promise<Conflict[]> {
  const names = new Map((await db.all<{ id: string; nameZh: string }>(NAMES)).map((i) => [i.id, i.nameZh]));
  const status = filter.status ?? 'all';
  return (await conflictGroups(db, filter))
    .filter((g) => status === 'all' || (status === 'settled') === (g.settlement !== null))
    .map((g) => toConflict(g, names.get(g.preferred.o.indicatorId as string) ?? ''))
    .sort(
      (a, b) =>
        a.regionCode.localeCompare(b.regionCode) ||
        a.indicatorId.localeCompare(b.indicatorId) ||
        (b.periodEnd ?? '').localeCompare(a.periodEnd ?? ''),
    );
}
