/**
 * Keeps period_values (docs/decisions/018): the preferred value of every period group of a place's
 * indicator-linked figures, so that series and Compare read one row per period instead of grouping
 * every figure of a place on each request. Triggers (migration 0010) note which place × indicator
 * pairs a write touched in period_dirty; bumpDataVersion, which every committed write calls in its
 * transaction, refreshes exactly those pairs through groupByPeriod — the one place the conflict
 * rule lives — so the summary never disagrees with the figures it was built from.
 */
import type { Drizzle } from '../create-db';
import { prepared } from '../prepared';
import { type ObservationRow, observationRows } from '../queries/observation-rows';
import { groupByPeriod, loadSettlements, periodKey } from '../queries/period-groups';

const INSERT = `INSERT INTO period_values (key, region_code, indicator_id, kind, period_type, order_year, order_end,
  order_id, preferred_id, clusters, settled, reason, alternative_ids, alternatives_total)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Rebuild one place × indicator's period groups from its figures. */
function refreshPair(
  db: Drizzle,
  regionCode: string,
  indicatorId: string,
  settlements: ReturnType<typeof loadSettlements>,
) {
  prepared(db, 'DELETE FROM period_values WHERE indicator_id = ? AND region_code = ?').run(indicatorId, regionCode);
  const rows = observationRows(db, { indicatorIds: [indicatorId], regionCodes: [regionCode], order: 'period' });
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

/** Bring period_values up to date with every write noted in period_dirty. Run inside the write's transaction. */
export function refreshPeriodValues(db: Drizzle): void {
  const pairs = prepared(db, 'SELECT region_code, indicator_id FROM period_dirty').all() as Array<{
    region_code: string;
    indicator_id: string;
  }>;
  if (pairs.length === 0) return;
  const settlements = loadSettlements(db);
  for (const p of pairs) refreshPair(db, p.region_code, p.indicator_id, settlements);
  prepared(db, 'DELETE FROM period_dirty').run();
}

/** Whether any place × indicator waits for a refresh (a write that did not go through bumpDataVersion). */
export function periodValuesStale(db: Drizzle): boolean {
  return prepared(db, 'SELECT 1 FROM period_dirty LIMIT 1').get() !== undefined;
}
