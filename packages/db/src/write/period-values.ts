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
import {
  groupByPeriod,
  periodKey,
  type RankedRow,
  readSettlements,
  type SettlementRow,
} from '../queries/period-groups';
import { readRankedRows } from '../queries/ranked-rows';
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
const DELETE_IDS = perEngine(
  (d) => `DELETE FROM period_values WHERE indicator_id = ? AND region_code = ? AND order_end IS NULL
    AND order_id IN (${d.ids})`,
);
const DIRTY = query({
  sqlite: `SELECT region_code, indicator_id, json_group_array(period_end) AS ends
    FROM period_dirty GROUP BY region_code, indicator_id`,
  postgres: `SELECT region_code, indicator_id, json_agg(period_end)::text AS ends
    FROM period_dirty GROUP BY region_code, indicator_id`,
});
const CLEAN = query('DELETE FROM period_dirty');
const ANY_DIRTY = query('SELECT 1 AS one FROM period_dirty LIMIT 1');

/** A marked pair: whole, or the period ends and the undated figures (each a group of its own) to rebuild. */
type Pair = { regionCode: string; indicatorId: string; ends: string[] | 'all'; ids: number[] };
type Settlements = Map<string, SettlementRow>;

/** One place × indicator's period groups, from its figures in period order, as period_values rows. */
function groupRows(db: Db, pair: Pair, rows: RankedRow[], settlements: Settlements): unknown[][] {
  // Readers list groups in the order their first figure comes in period order, as grouping the figures did.
  const first = new Map<string, RankedRow>();
  for (const r of rows) {
    const key = periodKey(r.o);
    if (!first.has(key)) first.set(key, r);
  }
  return groupByPeriod(rows, settlements).map((g) => {
    const { o } = first.get(g.key) as RankedRow;
    return [
      g.key,
      pair.regionCode,
      pair.indicatorId,
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
}

const pairKey = (regionCode: string, indicatorId: string) => `${regionCode}|${indicatorId}`;

/**
 * The figures of pairs marked for some period ends, read in ONE query for all of them (an import
 * marks a handful of pairs, and a query per pair cost more than its rows): every figure of their
 * places, indicators and ends, in period order, then kept per pair for its own ends only — each
 * pair gets exactly the rows, in the order, a query of its own would give.
 */
async function rowsOfEnds(db: Db, pairs: ReadonlyArray<Pair & { ends: string[] }>) {
  const byPair = new Map(
    pairs.map((p) => [pairKey(p.regionCode, p.indicatorId), { ends: new Set(p.ends), rows: [] as RankedRow[] }]),
  );
  const rows = await readRankedRows(db, {
    indicatorIds: [...new Set(pairs.map((p) => p.indicatorId))],
    regionCodes: [...new Set(pairs.map((p) => p.regionCode))],
    periodEnds: [...new Set(pairs.flatMap((p) => p.ends))],
  });
  for (const r of rows) {
    const pair = byPair.get(pairKey(r.o.regionCode, r.o.indicatorId ?? ''));
    if (pair?.ends.has(r.o.periodEnd ?? '')) pair.rows.push(r);
  }
  return new Map([...byPair].map(([key, p]) => [key, p.rows]));
}

/** The undated figures of pairs marked by figure ids, read by id in one query, each kept for its own pair. */
async function rowsOfIds(db: Db, pairs: readonly Pair[]): Promise<Map<string, RankedRow[]>> {
  const byPair = new Map(pairs.map((p) => [pairKey(p.regionCode, p.indicatorId), new Set(p.ids)]));
  const rows = await readRankedRows(db, { ids: pairs.flatMap((p) => p.ids) });
  const out = new Map<string, RankedRow[]>();
  for (const r of rows) {
    const key = pairKey(r.o.regionCode, r.o.indicatorId ?? '');
    // A figure given a period end since, or moved to another pair, is that end's or that pair's.
    if (r.o.periodEnd !== null || !byPair.get(key)?.has(r.o.id)) continue;
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/** The rows each marked pair is rebuilt from, and the period_values rows its rebuild replaces, deleted. */
async function rowsToRegroup(db: Db, pairs: readonly Pair[]): Promise<RankedRow[][]> {
  const dated = pairs.filter((p): p is Pair & { ends: string[] } => p.ends !== 'all' && p.ends.length > 0);
  const undated = pairs.filter((p) => p.ends !== 'all' && p.ids.length > 0);
  const byEnds = dated.length ? await rowsOfEnds(db, dated) : new Map<string, RankedRow[]>();
  const byIds = undated.length ? await rowsOfIds(db, undated) : new Map<string, RankedRow[]>();
  const out: RankedRow[][] = [];
  for (const { regionCode, indicatorId, ends, ids } of pairs) {
    const key = pairKey(regionCode, indicatorId);
    if (ends === 'all') {
      await db.run(DELETE_PAIR, [indicatorId, regionCode]);
      out.push(await readRankedRows(db, { indicatorIds: [indicatorId], regionCodes: [regionCode] }));
      continue;
    }
    if (ends.length) await db.run(DELETE_ENDS, [indicatorId, regionCode, jsonList(ends)]);
    if (ids.length) await db.run(DELETE_IDS, [indicatorId, regionCode, jsonList(ids)]);
    out.push([...(byEnds.get(key) ?? []), ...(byIds.get(key) ?? [])]);
  }
  return out;
}

/**
 * Rebuild the marked pairs' period groups from their figures: a whole pair from all of them, a pair
 * marked for some period ends only those ends' groups. A group's figures share one period end, so
 * those groups are rebuilt from exactly their figures, as a full rebuild would: an import's cost
 * stays the size of the import, not of the pairs' history.
 */
async function refreshPairs(db: Db, pairs: readonly Pair[], settlements: Settlements): Promise<void> {
  const rows = await rowsToRegroup(db, pairs);
  const values = pairs.flatMap((pair, i) => groupRows(db, pair, rows[i] ?? [], settlements));
  await insertRows(db, PERIOD_VALUE, values);
}

/**
 * Bring period_values up to date with every write noted in period_dirty. Run inside the write's
 * transaction. A pair marked whole ('*') is rebuilt whole; one marked for period ends, those ends'
 * groups; one marked by figures without a period end ('#' and the figure's id), their own groups.
 */
export async function refreshPeriodValues(db: Db): Promise<void> {
  const dirty = await db.all<{ region_code: string; indicator_id: string; ends: string }>(DIRTY);
  if (dirty.length === 0) return;
  const pairs = dirty.map((p): Pair => {
    const marks = JSON.parse(p.ends) as string[];
    // '' is an undated figure marked before migration 0016 gave its id.
    const whole = marks.includes('*') || marks.includes('');
    const ids = marks.filter((m) => m.startsWith('#')).map((m) => Number(m.slice(1)));
    const ends = marks.filter((m) => !m.startsWith('#'));
    return { regionCode: p.region_code, indicatorId: p.indicator_id, ends: whole ? 'all' : ends, ids };
  });
  await refreshPairs(db, pairs, await readSettlements(db));
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
