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
  agree,
  groupByPeriod,
  hasCompletePeriod,
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

/** What a write tells the refresh: its only change to figures was inserting this source's. */
export interface RefreshHint {
  /**
   * The source whose figures the write inserted, when nothing else changed a figure, a source or a
   * settlement since period_values was last complete (the caller saw period_dirty empty first).
   */
  appendedSource: number;
}

const STORED = query('SELECT order_year, order_end, order_id, preferred_id, clusters FROM period_values WHERE key = ?');
const DELETE_KEY = query('DELETE FROM period_values WHERE key = ?');
/** The distinct values an existing group already holds (its figures other than the new source's). */
const OLD_VALUES = perEngine(
  (d) => `SELECT DISTINCT o.value, o.value_as_written, ${d.json('o.flags')} AS flags FROM observations o
    WHERE o.indicator_id = ? AND o.region_code = ? AND o.kind = ? AND o.period_type = ? AND o.unit = ?
      AND COALESCE(o.period_start, '') = ? AND o.period_end = ? AND o.review_status <> 'rejected' AND o.source_id <> ?`,
);
type Stored = {
  order_year: number | null;
  order_end: string | null;
  order_id: number;
  preferred_id: number;
  clusters: number;
};

/** Period order (year, end, id; nulls first), as the summary's readers list groups. */
function periodOrder(a: { year: number | null; end: string | null; id: number }, b: typeof a): number {
  const nullsFirst = (x: number | string | null, y: number | string | null) =>
    x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
  return nullsFirst(a.year, b.year) || nullsFirst(a.end, b.end) || a.id - b.id;
}

/**
 * Whether two figures agree with exactly the same figures: `agree` reads only a figure's value, the
 * value as written (its precision) and whether it is a lower bound.
 */
const agreesAlike = (a: RankedRow['o'], b: RankedRow['o']) =>
  a.value === b.value &&
  a.valueAsWritten === b.valueAsWritten &&
  a.flags.includes('lower_bound') === b.flags.includes('lower_bound');

/**
 * One period group that a new source's figures join, folded into its kept row when that is exact
 * without regrouping it: a new group (the summary had none, so the group had no figures), or a
 * group with one value and no settlement whose values all agree with the new first-ranked figure —
 * then every figure is in the first cluster, as grouping them all would find. The row, or null
 * when the group must be regrouped from its figures.
 */
async function foldGroup(
  db: Db,
  key: string,
  added: RankedRow[],
  source: number,
  settlements: Settlements,
): Promise<unknown[] | null> {
  if (settlements.has(key)) return null;
  const stored = await db.get<Stored>(STORED, [key]);
  const { o } = added[0] as RankedRow;
  const pair: Pair = { regionCode: o.regionCode, indicatorId: o.indicatorId ?? '', ends: [], ids: [] };
  if (!stored) return groupRows(db, pair, added, settlements)[0] ?? null;
  if (stored.clusters !== 1) return null;
  // A complete period with an empty start would also match figures without one (their own groups).
  if ((o.periodType === 'year_to_date' || o.periodType === 'multi_year') && !o.periodStart) return null;
  const [preferred] = await readRankedRows(db, { ids: [stored.preferred_id] });
  if (!preferred || periodKey(preferred.o) !== key) return null;
  const [group, ...more] = groupByPeriod([preferred, ...added], settlements);
  if (!group || more.length || group.values !== 1) return null;
  const first = group.preferred.o;
  // One cluster kept means every figure of the group agreed with its preferred one (each joined the
  // cluster of the first; a fold keeps that: below). A new first that agrees exactly as that one did
  // agrees with them all, and their values need not be read (the same rows as reading them).
  if (!agreesAlike(first, preferred.o)) {
    const old = await db.all<{ value: number; value_as_written: number; flags: string }>(OLD_VALUES, [
      o.indicatorId,
      o.regionCode,
      o.kind,
      o.periodType,
      o.unit,
      o.periodStart ?? '',
      o.periodEnd,
      source,
    ]);
    const together = (v: (typeof old)[number]) =>
      agree(
        { ...first, value: v.value, valueAsWritten: v.value_as_written, flags: JSON.parse(v.flags) as string[] },
        first,
      );
    if (!old.every(together)) return null;
  }
  // Every figure is in the first cluster: the summary of [the old first, the new ones] is the group's,
  // but for where the group comes in period order, which its first figure of all decides.
  const [row] = groupRows(db, pair, added, settlements);
  if (!row) return null;
  const earliest = { year: stored.order_year, end: stored.order_end, id: stored.order_id };
  const fresh = { year: row[5] as number | null, end: row[6] as string | null, id: row[7] as number };
  const order = periodOrder(earliest, fresh) <= 0 ? earliest : fresh;
  return [
    ...row.slice(0, 5),
    order.year,
    order.end,
    order.id,
    group.preferred.o.id,
    group.values,
    flag(db, false),
    group.reason,
    JSON.stringify(group.alternatives.map((a) => a.o.id)),
    group.alternativesTotal,
  ];
}

/**
 * Fold an appended source's dated figures into their kept groups where that is exact (foldGroup),
 * and give back the marked pairs with only the period ends that still need regrouping.
 */
async function foldAppended(db: Db, pairs: Pair[], source: number, settlements: Settlements): Promise<Pair[]> {
  const added = await readRankedRows(db, { sourceIds: [source], linked: true });
  const byEnd = new Map<string, Map<string, RankedRow[]>>();
  for (const r of added) {
    if (r.o.periodEnd === null) continue;
    const at = `${pairKey(r.o.regionCode, r.o.indicatorId ?? '')}|${r.o.periodEnd}`;
    const groups = byEnd.get(at) ?? new Map<string, RankedRow[]>();
    byEnd.set(at, groups);
    // A figure whose period is not complete is a group of its own: its end is regrouped.
    const key = hasCompletePeriod(r.o) ? periodKey(r.o) : '';
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out: Pair[] = [];
  for (const pair of pairs) {
    if (pair.ends === 'all') {
      out.push(pair);
      continue;
    }
    const left: string[] = [];
    for (const end of pair.ends) {
      const groups = byEnd.get(`${pairKey(pair.regionCode, pair.indicatorId)}|${end}`);
      const rows: Array<[string, unknown[]]> = [];
      for (const [key, list] of groups ?? []) {
        const row = key ? await foldGroup(db, key, list, source, settlements) : null;
        if (!row) break;
        rows.push([key, row]);
      }
      if (!groups || rows.length !== groups.size) {
        left.push(end);
        continue;
      }
      for (const [key] of rows) await db.run(DELETE_KEY, [key]);
      await insertRows(
        db,
        PERIOD_VALUE,
        rows.map(([, row]) => row),
      );
    }
    if (left.length || pair.ids.length) out.push({ ...pair, ends: left });
  }
  return out;
}

/**
 * Bring period_values up to date with every write noted in period_dirty. Run inside the write's
 * transaction. A pair marked whole ('*') is rebuilt whole; one marked for period ends, those ends'
 * groups; one marked by figures without a period end ('#' and the figure's id), their own groups.
 */
export async function refreshPeriodValues(db: Db, hint?: RefreshHint): Promise<void> {
  const dirty = await db.all<{ region_code: string; indicator_id: string; ends: string }>(DIRTY);
  if (dirty.length === 0) return;
  const marked = dirty.map((p): Pair => {
    const marks = JSON.parse(p.ends) as string[];
    // '' is an undated figure marked before migration 0016 gave its id.
    const whole = marks.includes('*') || marks.includes('');
    const ids = marks.filter((m) => m.startsWith('#')).map((m) => Number(m.slice(1)));
    const ends = marks.filter((m) => !m.startsWith('#'));
    return { regionCode: p.region_code, indicatorId: p.indicator_id, ends: whole ? 'all' : ends, ids };
  });
  const settlements = await readSettlements(db);
  const pairs = hint ? await foldAppended(db, marked, hint.appendedSource, settlements) : marked;
  await refreshPairs(db, pairs, settlements);
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
