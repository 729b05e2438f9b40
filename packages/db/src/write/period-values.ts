/**
 * Keeps period_values (docs/decisions/018): the preferred value of every period group of a place's
 * indicator-linked figures, so that series and Compare read one row per period instead of grouping
 * every figure of a place on each request. Triggers (migration 0010) note which place × indicator
 * pairs a write touched in period_dirty; bumpDataVersion, which every committed write calls in its
 * transaction, refreshes exactly those pairs through groupByPeriod — the one place the conflict
 * rule lives — so the summary never disagrees with the figures it was built from.
 */
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { query } from '../engine/query';
import { jsonList } from '../prepared';
import { type ObservationRow, readObservationRows } from '../queries/observation-rows';
import { groupByPeriod, periodKey, readSettlements, type SettlementRow } from '../queries/period-groups';
import { flag, insertRows } from './insert-rows';

const PERIOD_VALUE = {
  table: 'period_values',
  columns: [
    'key',
    'region_code',
    'indicator_id',
    'kind',
    'period_type',
    'order_year',
    'order_end',
    'order_id',
    'preferred_id',
    'clusters',
    'settled',
    'reason',
    'alternative_ids',
    'alternatives_total',
  ],
};
const DELETE_PAIR = query('DELETE FROM period_values WHERE indicator_id = ? AND region_code = ?');
const DELETE_ENDS = perEngine(
  (d) => `DELETE FROM period_values WHERE indicator_id = ? AND region_code = ? AND order_end IN (${d.list})`,
);
const DIRTY = query({
  sqlite: `SELECT region_code, indicator_id, json_group_array(period_end) AS ends
    FROM period_dirty GROUP BY region_code, indicator_id`,
  postgres: `SELECT region_code, indicator_id, json_agg(period_end)::text AS ends
    FROM period_dirty GROUP BY region_code, indicator_id`,
});
const CLEAN = query('DELETE FROM period_dirty');
const ANY_DIRTY = query('SELECT 1 AS one FROM period_dirty LIMIT 1');

/**
 * Rebuild one place × indicator's period groups from its figures: all of them, or only the groups
 * of the given period ends. A group's figures share one period end, so the groups of those ends are
 * rebuilt from exactly their figures, as a full rebuild would: an import's cost stays the size of
 * the import, not of the pair's history.
 */
async function refreshPair(
  db: Db,
  regionCode: string,
  indicatorId: string,
  settlements: Map<string, SettlementRow>,
  periodEnds: string[] | 'all',
) {
  if (periodEnds === 'all') await db.run(DELETE_PAIR, [indicatorId, regionCode]);
  else await db.run(DELETE_ENDS, [indicatorId, regionCode, jsonList(periodEnds)]);
  const rows = await readObservationRows(db, {
    indicatorIds: [indicatorId],
    regionCodes: [regionCode],
    ...(periodEnds === 'all' ? {} : { periodEnds }),
    order: 'period',
  });
  // Readers list groups in the order their first figure comes in period order, as grouping the figures did.
  const first = new Map<string, ObservationRow>();
  for (const r of rows) {
    const key = periodKey(r.o);
    if (!first.has(key)) first.set(key, r);
  }
  const values = groupByPeriod(rows, settlements).map((g) => {
    const { o } = first.get(g.key) as ObservationRow;
    return [
      g.key,
      regionCode,
      indicatorId,
      o.kind,
      o.periodType,
      o.year,
      o.periodEnd,
      o.id,
      g.preferred.o.id,
      g.values,
      flag(db, g.settled),
      g.reason,
      JSON.stringify(g.alternatives.map((a) => a.o.id)),
      g.alternativesTotal,
    ];
  });
  await insertRows(db, PERIOD_VALUE, values);
}

/**
 * Bring period_values up to date with every write noted in period_dirty. Run inside the write's
 * transaction. A pair marked whole ('*') or for figures without a period end ('') is rebuilt whole.
 */
export async function refreshPeriodValues(db: Db): Promise<void> {
  const pairs = await db.all<{ region_code: string; indicator_id: string; ends: string }>(DIRTY);
  if (pairs.length === 0) return;
  const settlements = await readSettlements(db);
  for (const p of pairs) {
    const ends = JSON.parse(p.ends) as string[];
    const whole = ends.includes('*') || ends.includes('');
    await refreshPair(db, p.region_code, p.indicator_id, settlements, whole ? 'all' : ends);
  }
  await db.run(CLEAN);
}

/** Refresh what a write left waiting (figures stored before the summary existed, migration 0010). */
export async function refreshStalePeriodValues(db: Db): Promise<void> {
  if (await db.get(ANY_DIRTY)) await db.transaction((tx) => refreshPeriodValues(tx));
}

/** Whether any place × indicator waits for a refresh (a write that did not go through bumpDataVersion). */
export async function periodValuesStale(db: Db): Promise<boolean> {
  return (await db.get(ANY_DIRTY)) !== undefined;
}
