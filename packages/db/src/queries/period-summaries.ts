/**
 * The preferred value of each period group, with its conflict, for series and Compare: read from
 * period_values (kept by every write, write/period-values.ts) so a request costs one row per period
 * and the few figures it shows, however many figures a place holds. A request filtered by source
 * authority groups the figures it keeps (the summary is of all of them), and so does any request
 * while a write that bypassed bumpDataVersion has left pairs unrefreshed: the answer is the same,
 * only slower (docs/decisions/018).
 */
import type { Authority, ObservationKind, PeriodType } from '@ipb/domain';
import type { Db } from '../engine/db';
import { DIALECT, type Dialect, shaped } from '../engine/dialect';
import type { Query } from '../engine/query';
import { jsonList } from '../prepared';
import { periodValuesStale } from '../write/period-values';
import { type ObservationRow, readObservationRows } from './observation-rows';
import { groupByPeriod, type PeriodSummary, readSettlements } from './period-groups';

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
  /** periodKey: region|indicator|kind|period type|unit|… (period-groups.ts). */
  key: string;
  order_year: number | null;
  order_end: string | null;
  preferred_id: number;
  clusters: number;
  settled: number;
  reason: string;
  alternative_ids: string;
  alternatives_total: number;
}

/**
 * What a caller may choose period groups by before their figures are read: the group's key
 * (periodKey: region|indicator|kind|period type|unit|…, period-groups.ts), and the year and period
 * end of its first figure. An array, not an object: a place with a thousand periods has a thousand
 * heads, and naming each one's values cost more than reading them.
 */
export type SummaryHead = readonly [key: string, orderYear: number | null, orderEnd: string | null];

/** Which of the matching groups a caller needs (the heads come in no particular order); every group when not given. */
export type SummaryFilter = (heads: readonly SummaryHead[]) => readonly boolean[];

/** The WHERE clause on period_values: its shape names the statement, so each shape is prepared once. */
/** `column IN (…)` of one JSON list, when there are values. A module function, not a closure per call (under tsx each is renamed by `__name`). */
function addList(
  where: { clauses: string[]; params: unknown[] },
  column: string,
  values: readonly string[] | undefined,
  d: Dialect,
): void {
  if (!values?.length) return;
  where.clauses.push(`${column} IN (${d.list})`);
  where.params.push(jsonList(values));
}

function summaryWhere(q: SummaryQuery, d: Dialect): { where: string; params: unknown[] } {
  const parts = { clauses: [] as string[], params: [] as unknown[] };
  addList(parts, 'indicator_id', q.indicatorIds, d);
  addList(parts, 'region_code', q.regionCodes, d);
  addList(parts, 'kind', q.kinds, d);
  addList(parts, 'period_type', q.periodTypes, d);
  return { where: parts.clauses.length ? `WHERE ${parts.clauses.join(' AND ')}` : '', params: parts.params };
}

// SQLite puts NULLs first in an ascending order; PostgreSQL is told to.
const nullsFirst = (d: Dialect) => (d === DIALECT.postgres ? ' NULLS FIRST' : '');

const summaryColumns = (d: Dialect) =>
  `SELECT key, order_year, order_end, preferred_id, clusters, ${d.flag('settled')} AS settled, reason,
     ${d.json('alternative_ids')} AS alternative_ids, alternatives_total FROM period_values`;
const periodOrder = (d: Dialect) => `ORDER BY order_year${nullsFirst(d)}, order_end${nullsFirst(d)}, order_id`;

function summaryStatement(q: SummaryQuery): { statement: Query; params: unknown[] } {
  const { where, params } = summaryWhere(q, DIALECT.sqlite);
  const statement = shaped(
    `period_values:${where}`,
    (d) => `${summaryColumns(d)} ${summaryWhere(q, d).where} ${periodOrder(d)}`,
  );
  return { statement, params };
}

/**
 * Only the heads, in no order. With the places first, `period_values_place_idx` holds every column
 * asked (migration 0019, PostgreSQL 0013), so the heads of a place with a thousand periods are read from the index
 * alone, not from a table page per group (docs/decisions/014, eighth session).
 */
function headsStatement(q: SummaryQuery): { statement: Query; params: unknown[] } {
  const { where, params } = summaryWhere(q, DIALECT.sqlite);
  const statement = shaped(
    `period_heads:${where}`,
    (d) => `SELECT key, order_year, order_end FROM period_values ${summaryWhere(q, d).where}`,
  );
  return { statement, params };
}

/** The summaries of the groups with these keys, in period order. */
const SUMMARIES_BY_KEY = shaped(
  'period_values:keys',
  (d) => `${summaryColumns(d)} WHERE key IN (${d.list}) ${periodOrder(d)}`,
);

/** The summaries the query matches, or, with `needed`, those it keeps of their heads. */
async function summaryRows(db: Db, q: SummaryQuery, needed?: SummaryFilter): Promise<SummaryRow[]> {
  if (!needed) {
    const { statement, params } = summaryStatement(q);
    return db.all<SummaryRow>(statement, params);
  }
  const heads = await headsOf(db, q);
  const keep = needed(heads);
  return summaryRowsOf(
    db,
    heads.filter((_, i) => keep[i]).map(([key]) => key),
  );
}

const headsOf = (db: Db, q: SummaryQuery) => {
  const { statement, params } = headsStatement(q);
  return db.rows<SummaryHead>(statement, params);
};

const summaryRowsOf = async (db: Db, keys: readonly string[]) =>
  keys.length ? db.all<SummaryRow>(SUMMARIES_BY_KEY, [jsonList(keys)]) : [];

/**
 * The heads of the groups the query matches, in no order, read from the index alone; null where the
 * summary cannot answer it (an authority filter, or pairs a write left unrefreshed), and the groups
 * must be built from the figures (`periodSummaries` does). Compare reads its rows' groups by these
 * (`periodSummariesOf`) a page at a time (comparable-figures.ts, `comparableIndex`).
 */
export async function periodHeads(db: Db, q: SummaryQuery): Promise<SummaryHead[] | null> {
  if (q.authority || (await periodValuesStale(db))) return null;
  return headsOf(db, q);
}

const ORDER_IDS = shaped(
  'period_values:order_ids',
  (d) => `SELECT key, order_id FROM period_values WHERE key IN (${d.list})`,
);

/** The order id (the first figure's id, which breaks ties in period order) of each of these groups. */
export async function periodOrderIds(db: Db, keys: readonly string[]): Promise<Map<string, number>> {
  if (!keys.length) return new Map();
  const rows = await db.all<{ key: string; order_id: number }>(ORDER_IDS, [jsonList(keys)]);
  return new Map(rows.map((r) => [r.key, r.order_id]));
}

/** The summaries of the groups with these keys (heads `periodHeads` gave), in period order. */
export async function periodSummariesOf(db: Db, keys: readonly string[]): Promise<PeriodSummary[]> {
  return withFigures(db, await summaryRowsOf(db, keys));
}

/** Groups straight from the figures: the rule itself, for what the summary does not hold. */
async function grouped(db: Db, q: SummaryQuery): Promise<PeriodSummary[]> {
  const [rows, settlements] = await Promise.all([
    readObservationRows(db, {
      indicatorIds: q.indicatorIds,
      linked: true,
      regionCodes: q.regionCodes,
      kinds: q.kinds,
      periodTypes: q.periodTypes,
      authority: q.authority,
      order: 'period',
    }),
    readSettlements(db),
  ]);
  return groupByPeriod(rows, settlements);
}

/**
 * The period groups matching the query, in the order their first figure comes by (year, period end, id).
 * `needed` may leave groups out before their figures are read (it sees only the summary's heads);
 * where the groups are built from the figures themselves, it is not asked and every group is returned.
 */
export async function periodSummaries(db: Db, q: SummaryQuery, needed?: SummaryFilter): Promise<PeriodSummary[]> {
  if (q.authority || (await periodValuesStale(db))) return grouped(db, q);
  return withFigures(db, await summaryRows(db, q, needed));
}

/** The summaries with their preferred figures and alternatives, each read once. */
async function withFigures(db: Db, summaries: SummaryRow[]): Promise<PeriodSummary[]> {
  const alternatives = summaries.map((s) =>
    s.alternative_ids === '[]' ? [] : (JSON.parse(s.alternative_ids) as number[]),
  );
  const ids = [...summaries.map((s) => s.preferred_id), ...alternatives.flat()];
  const byId = new Map<number, ObservationRow>();
  if (ids.length) for (const r of await readObservationRows(db, { ids, order: 'id' })) byId.set(r.o.id, r);
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
