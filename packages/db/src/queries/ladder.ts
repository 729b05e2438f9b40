/**
 * The counts of the ladder's stages per place and year: for each stage indicator, the preferred value
 * of each period (period-groups.ts), then per year the year-end (or latest) count, a year-to-date
 * count only when the year has no point-in-time one. Figures do not roll up: a district's count is
 * not its city's.
 */
import type { Authority, LadderValue } from '@ipb/domain';
import type { Db } from '../engine/db';
import { readObservationRows } from './observation-rows';
import { groupByPeriod, preferredValue, readSettlements } from './period-groups';

/** place → year → indicator → value */
export type LadderCounts = Map<string, Map<number, Map<string, LadderValue>>>;

const rank = (v: LadderValue) => (v.periodType === 'point' ? 1 : 0);

export async function ladderCounts(
  db: Db,
  regionCodes: string[],
  indicatorIds: string[],
  authority: Authority[] | null,
): Promise<LadderCounts> {
  const [rows, settlements] = await Promise.all([
    readObservationRows(db, {
      regionCodes,
      indicatorIds,
      kinds: ['actual'],
      periodTypes: ['point', 'year_to_date'],
      authority,
      order: 'period',
    }),
    readSettlements(db),
  ]);
  const out: LadderCounts = new Map();
  for (const g of groupByPeriod(rows, settlements)) {
    const { o } = g.preferred;
    if (o.year === null || o.flags.includes('not_place_aggregate')) continue;
    const latest = preferredValue(g);
    const value: LadderValue = {
      indicatorId: o.indicatorId as string,
      observationId: latest.observationId,
      value: latest.value,
      unit: latest.unit,
      year: o.year,
      periodType: latest.periodType,
      periodEnd: latest.periodEnd,
      qualifier: latest.qualifier,
      flags: latest.flags,
      authority: latest.authority,
      citation: latest.citation,
      conflict: latest.conflict,
    };
    const years = out.get(o.regionCode) ?? new Map<number, Map<string, LadderValue>>();
    const byIndicator = years.get(o.year) ?? new Map<string, LadderValue>();
    const current = byIndicator.get(value.indicatorId);
    const better =
      !current ||
      rank(value) > rank(current) ||
      (rank(value) === rank(current) && (value.periodEnd ?? '') > (current.periodEnd ?? ''));
    if (better) byIndicator.set(value.indicatorId, value);
    years.set(o.year, byIndicator);
    out.set(o.regionCode, years);
  }
  return out;
}
