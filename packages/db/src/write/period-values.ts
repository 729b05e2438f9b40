/**
 * Keeps period_values (docs/decisions/018): the preferred value of every period group of a place's
 * indicator-linked figures, so that series and Compare read one row per period instead of grouping
 * every figure of a place on each request. Triggers (migration 0010) note which place × indicator
 * pairs a write touched in period_dirty; bumpDataVersion, which every committed write calls in its
 * transaction, refreshes exactly those pairs through groupByPeriod — the one place the conflict
 * rule lives — so the summary never disagrees with the figures it was built from.
 */
import type { Drizzle } from '../create-db';
import { jsonList, prepared } from '../prepared';
import { type ObservationRow, observationRows } from '../queries/observation-rows';
import { groupByPeriod, loadSettlements, periodKey } from '../queries/period-groups';

const INSERT = `INSERT INTO period_values (key, region_code, indicator_id, kind, period_type, order_year, order_end,
  order_id, preferred_id, clusters, settled, reason, alternative_ids, alternatives_total)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Rebuild one place × indicator's period groups from its figures: all of them, or only the groups
 * of the given period ends. A group's figures share one period end, so the groups of those ends are
 * rebuilt from exactly their figures, as a full rebuild would: an import's cost stays the size of
 * the import, not of the pair's history.
 */
function refreshPair(
  db: Drizzle,
  regionCode: string,
  indicatorId: string,
  settlements: ReturnType<typeof loadSettlements>,
  periodEnds: string[] | 'all',
) {
  if (periodEnds === 'all')
    prepared(db, 'DELETE FROM period_values WHERE indicator_id = ? AND region_code = ?').run(indicatorId, regionCode);
  else
    prepared(
      db,
      'DELETE FROM period_values WHERE indicator_id = ? AND region_code = ? AND order_end IN (SELECT value FROM json_each(?))',
    ).run(indicatorId, regionCode, jsonList(periodEnds));
  const rows = observationRows(db, {
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
  const insert = prepared(db, INSERT);
  for (const g of groupByPeriod(rows, settlements)) {
    const { o } = first.get(g.key) as ObservationRow;
    insert.run(
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
      g.settled ? 1 : 0,
      g.reason,
      JSON.stringify(g.alternatives.map((a) => a.o.id)),
      g.alternativesTotal,
    );
  }
}

/**
 * Bring period_values up to date with every write noted in period_dirty. Run inside the write's
 * transaction. A pair marked whole ('*') or for figures without a period end ('') is rebuilt whole.
 */
export function refreshPeriodValues(db: Drizzle): void {
  const pairs = prepared(
    db,
    'SELECT region_code, indicator_id, json_group_array(period_end) AS ends FROM period_dirty GROUP BY region_code, indicator_id',
  ).all() as Array<{ region_code: string; indicator_id: string; ends: string }>;
  if (pairs.length === 0) return;
  const settlements = loadSettlements(db);
  for (const p of pairs) {
    const ends = JSON.parse(p.ends) as string[];
    const whole = ends.includes('*') || ends.includes('');
    refreshPair(db, p.region_code, p.indicator_id, settlements, whole ? 'all' : ends);
  }
  prepared(db, 'DELETE FROM period_dirty').run();
}

/** Whether any place × indicator waits for a refresh (a write that did not go through bumpDataVersion). */
export function periodValuesStale(db: Drizzle): boolean {
  return prepared(db, 'SELECT 1 FROM period_dirty LIMIT 1').get() !== undefined;
}
