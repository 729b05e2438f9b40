/**
 * The preferred value of each period group, with its conflict, for series and Compare: read from
 * period_values (kept by every write, write/period-values.ts) so a request costs one row per period
 * and the few figures it shows, however many figures a place holds. A request filtered by source
 * authority groups the figures it keeps (the summary is of all of them), and so does any request
 * while a write that bypassed bumpDataVersion has left pairs unrefreshed: the answer is the same,
 * only slower (docs/decisions/018).
 */
import type { Authority, ObservationKind, PeriodType } from '@ipb/domain';
import type { Drizzle } from '../create-db';
import { jsonList, prepared } from '../prepared';
import { periodValuesStale } from '../write/period-values';
import { type ObservationRow, observationRows } from './observation-rows';
import { groupByPeriod, loadSettlements, type PeriodSummary } from './period-groups';

export interface SummaryQuery {
  indicatorIds?: readonly string[];
  /** Empty = every place. */
  regionCodes: readonly string[];
  kinds?: readonly ObservationKind[];
  periodTypes?: readonly PeriodType[];
  /** Source classes to keep; null = all. */
  authority: readonly Authority[] | null;
}

interface SummaryRow {
  key: string;
  preferred_id: number;
  clusters: number;
  settled: number;
  reason: string;
  alternative_ids: string;
  alternatives_total: number;
}

function summaryWhere(q: SummaryQuery): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const list = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    clauses.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(jsonList(values));
  };
  list('indicator_id', q.indicatorIds);
  list('region_code', q.regionCodes);
  list('kind', q.kinds);
  list('period_type', q.periodTypes);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Groups straight from the figures: the rule itself, for what the summary does not hold. */
function grouped(db: Drizzle, q: SummaryQuery): PeriodSummary[] {
  const rows = observationRows(db, {
    indicatorIds: q.indicatorIds,
    linked: true,
    regionCodes: q.regionCodes,
    kinds: q.kinds,
    periodTypes: q.periodTypes,
    authority: q.authority,
    order: 'period',
  });
  return groupByPeriod(rows, loadSettlements(db));
}

/** The period groups matching the query, in the order their first figure comes by (year, period end, id). */
export function periodSummaries(db: Drizzle, q: SummaryQuery): PeriodSummary[] {
  if (q.authority || periodValuesStale(db)) return grouped(db, q);
  const { where, params } = summaryWhere(q);
  const summaries = prepared(
    db,
    `SELECT key, preferred_id, clusters, settled, reason, alternative_ids, alternatives_total FROM period_values
     ${where} ORDER BY order_year, order_end, order_id`,
  ).all(...params) as SummaryRow[];
  const alternatives = summaries.map((s) =>
    s.alternative_ids === '[]' ? [] : (JSON.parse(s.alternative_ids) as number[]),
  );
  const ids = [...summaries.map((s) => s.preferred_id), ...alternatives.flat()];
  const byId = new Map<number, ObservationRow>();
  if (ids.length) for (const r of observationRows(db, { ids, order: 'id' })) byId.set(r.o.id, r);
  return summaries.map((s, i) => ({
    key: s.key,
    preferred: byId.get(s.preferred_id) as ObservationRow,
    values: s.clusters,
    settled: s.settled === 1,
    reason: s.reason,
    alternatives: (alternatives[i] as number[]).map((id) => byId.get(id) as ObservationRow),
    alternativesTotal: s.alternatives_total,
  }));
}
