/**
 * Figures for the same place × indicator × kind × period type × period × unit, grouped: the one
 * place where "which value do we show?" is decided (docs/decisions/011). Values that agree within
 * the precision they were written with (3459 vs 3459.2; a lower bound 突破4000 vs 4107.1) are one
 * value; values that do not are a conflict. The preferred value follows CONFLICT_RULE: a reviewer's
 * settlement, then source authority, then reviewed over unreviewed, then the later publication.
 * A figure whose period is not fully known (a year-to-date count without its end) is its own group.
 */
import {
  type AlternativeValue,
  AUTHORITY_RANK,
  CONFLICT_RULE,
  type ConflictBrief,
  type LatestValue,
} from '@ipb/domain';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { observationCitation } from './citation';
import type { ObservationRow } from './observation-rows';

/**
 * What grouping and the preference rule read of a figure: a writer that keeps the summary reads only
 * these columns (write/period-values.ts), the lists read whole ObservationRows, and both group alike.
 */
export interface RankedRow {
  o: Pick<
    ObservationRow['o'],
    | 'id'
    | 'sourceId'
    | 'regionCode'
    | 'indicatorId'
    | 'subject'
    | 'kind'
    | 'periodType'
    | 'unit'
    | 'periodStart'
    | 'periodEnd'
    | 'year'
    | 'value'
    | 'valueAsWritten'
    | 'flags'
    | 'reviewStatus'
    | 'externalId'
    | 'start'
  >;
  s: Pick<ObservationRow['s'], 'key' | 'authority' | 'date' | 'year'>;
}
type Figure = RankedRow['o'];

/**
 * A conflict lists at most this many other values (best ranked first) and says how many there are:
 * a value a thousand sources repeat must not make every response that carries it grow a thousandfold.
 */
export const MAX_ALTERNATIVES = 10;

export interface SettlementRow {
  key: string;
  chosen: string;
  members: string[];
  reason: string;
  actor: string;
  at: string;
}

/**
 * What a value shows of its group: the preferred figure and, when sources disagree, how many values
 * there are and the best-ranked others. Built from a PeriodGroup, or read back from period_values.
 */
export interface PeriodSummary<R extends RankedRow = ObservationRow> {
  key: string;
  preferred: R;
  /** Clusters of agreeing values: more than one is a conflict. */
  values: number;
  settled: boolean;
  /** Why the preferred value is first, in words. */
  reason: string;
  /** The other clusters' figures, best ranked first, at most MAX_ALTERNATIVES. */
  alternatives: R[];
  alternativesTotal: number;
}

export interface PeriodGroup<R extends RankedRow = ObservationRow> extends PeriodSummary<R> {
  /** Every figure of the group, preferred first. */
  rows: R[];
  preferred: R;
  /** Clusters of agreeing values, the preferred one's first: more than one is a conflict. */
  clusters: R[][];
  /** The settlement in force (its values are all still the ones the reviewer saw), else null. */
  settlement: SettlementRow | null;
  /** A settlement exists but a new value arrived since: the conflict is open again. */
  reopened: boolean;
}

/** Stable identity of a figure across re-imports of an unchanged source. */
export function fingerprint(r: RankedRow): string {
  return `${r.s.key}|${r.o.externalId ?? r.o.start ?? ''}|${r.o.value}`;
}

/** A figure whose period is fully known; any other is a group of its own. */
export const hasCompletePeriod = (o: Figure) =>
  o.periodType === 'point' || o.periodType === 'full_year' || o.periodType === 'deadline'
    ? o.periodEnd !== null
    : o.periodType === 'year_to_date' || o.periodType === 'multi_year'
      ? o.periodStart !== null && o.periodEnd !== null
      : false;

export function periodKey(o: Figure): string {
  const base = [o.regionCode, o.indicatorId ?? `subject:${o.subject ?? ''}`, o.kind, o.periodType, o.unit];
  return hasCompletePeriod(o)
    ? [...base, o.periodStart ?? '', o.periodEnd ?? ''].join('|')
    : [...base, `#${o.id}`].join('|');
}

/** Half a unit of the last digit the value was written with, in canonical units. */
function tolerance(o: Figure): number {
  const written = Math.abs(o.valueAsWritten);
  const factor = written === 0 ? 1 : Math.abs(o.value / o.valueAsWritten);
  const [int = '', frac = ''] = String(written).split('.');
  const step = frac ? 10 ** -frac.length : 10 ** (int.length - int.replace(/0+$/, '').length);
  return 0.5 * step * factor + 1e-9 * Math.abs(o.value);
}

const lowerBound = (o: Figure) => o.flags.includes('lower_bound');

/** Do two figures say the same thing, given how precisely each was written? */
export function agree(a: Figure, b: Figure): boolean {
  const tol = Math.max(tolerance(a), tolerance(b));
  if (Math.abs(a.value - b.value) <= tol) return true;
  if (lowerBound(a) && b.value >= a.value - tol) return true;
  return lowerBound(b) && a.value >= b.value - tol;
}

const reviewed = (r: RankedRow) => r.o.reviewStatus === 'accepted' || r.o.reviewStatus === 'corrected';
const published = (r: RankedRow) => r.s.date ?? (r.s.year ? `${r.s.year}-12-31` : '');

function byPreference(a: RankedRow, b: RankedRow): number {
  return (
    AUTHORITY_RANK[b.s.authority] - AUTHORITY_RANK[a.s.authority] ||
    Number(reviewed(b)) - Number(reviewed(a)) ||
    published(b).localeCompare(published(a)) ||
    a.o.id - b.o.id
  );
}

function reasonFor(first: RankedRow, second: RankedRow | undefined, settled: SettlementRow | null): string {
  if (settled) return `settled by ${settled.actor}: ${settled.reason}`;
  if (!second) return 'the only value';
  if (AUTHORITY_RANK[first.s.authority] !== AUTHORITY_RANK[second.s.authority])
    return `higher source authority (${first.s.authority} over ${second.s.authority})`;
  if (reviewed(first) !== reviewed(second)) return 'reviewed over unreviewed';
  if (published(first) !== published(second)) return 'the later publication';
  return 'equal by the rule: the first recorded';
}

type StoredSettlement = Omit<SettlementRow, 'members'> & { members: string };
const bySettlementKey = (rows: StoredSettlement[]): Map<string, SettlementRow> =>
  new Map(rows.map((s) => [s.key, { ...s, members: JSON.parse(s.members) as string[] }]));

const SETTLEMENTS = perEngine(
  (d) => `SELECT key, chosen, ${d.json('members')} AS members, reason, actor, at FROM conflict_settlements`,
);

/** The settlements through the two-engine Db (the write path reads them inside its transaction too). */
export async function readSettlements(db: Db): Promise<Map<string, SettlementRow>> {
  return bySettlementKey(await db.all<StoredSettlement>(SETTLEMENTS));
}

/** Binary search: the first position in `heads` (sorted by value) whose value is ≥ `value`. */
function firstAtLeast(heads: ReadonlyArray<{ value: number }>, value: number): number {
  let lo = 0;
  let hi = heads.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((heads[mid] as { value: number }).value < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ranked rows into clusters of agreeing values: each row joins the first cluster (in rank order)
 * whose first value agrees with it, else starts one. A group can hold thousands of disagreeing
 * values (a CSV of 100,000 rows), so the heads are kept sorted by value and a row is compared only
 * with heads within the widest tolerance of its value, and with lower bounds (突破4000), which
 * agree with anything above them. Same clusters as comparing with every head, without the n².
 */
function clusterAgreeing<R extends RankedRow>(ranked: readonly R[]): R[][] {
  const clusters: R[][] = [];
  const lowerBounds: number[] = [];
  const heads: Array<{ value: number; index: number }> = [];
  let widest = 0;
  for (const r of ranked) {
    let home = -1;
    const consider = (index: number) => {
      if ((home < 0 || index < home) && agree((clusters[index] as R[])[0]!.o, r.o)) home = index;
    };
    if (lowerBound(r.o)) for (let index = 0; index < clusters.length; index++) consider(index);
    else {
      const reach = Math.max(widest, tolerance(r.o));
      for (let i = firstAtLeast(heads, r.o.value - reach); i < heads.length; i++) {
        const head = heads[i] as { value: number; index: number };
        if (head.value > r.o.value + reach) break;
        consider(head.index);
      }
      for (const index of lowerBounds) consider(index);
    }
    if (home >= 0) {
      (clusters[home] as R[]).push(r);
      continue;
    }
    const index = clusters.push([r]) - 1;
    if (lowerBound(r.o)) lowerBounds.push(index);
    else heads.splice(firstAtLeast(heads, r.o.value), 0, { value: r.o.value, index });
    widest = Math.max(widest, tolerance(r.o));
  }
  return clusters;
}

export function groupByPeriod<R extends RankedRow = ObservationRow>(
  rows: readonly R[],
  settlements: Map<string, SettlementRow>,
): PeriodGroup<R>[] {
  const byKey = new Map<string, R[]>();
  for (const r of rows) {
    const key = periodKey(r.o);
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  return [...byKey.entries()].map(([key, members]) => {
    const stored = settlements.get(key) ?? null;
    // A figure's identity matters only to a settlement of its group.
    const prints = stored ? members.map(fingerprint) : [];
    const chosen = stored ? members[prints.indexOf(stored.chosen)] : undefined;
    const valid = stored !== null && chosen !== undefined && prints.every((p) => stored.members.includes(p));
    const ranked = [...members].sort(byPreference);
    if (valid && chosen) {
      ranked.splice(ranked.indexOf(chosen), 1);
      ranked.unshift(chosen);
    }
    const clusters = clusterAgreeing(ranked);
    const settlement = valid ? stored : null;
    const others = clusters.length < 2 ? [] : clusters.slice(1).flat();
    return {
      key,
      rows: ranked,
      preferred: ranked[0]!,
      clusters,
      settlement,
      reopened: stored !== null && !valid,
      reason: reasonFor(ranked[0]!, clusters[1]?.[0], settlement),
      values: clusters.length,
      settled: settlement !== null,
      alternatives: others.slice(0, MAX_ALTERNATIVES),
      alternativesTotal: others.length,
    };
  });
}

export function alternativeOf(r: ObservationRow): AlternativeValue {
  const { o, s } = r;
  return {
    observationId: o.id,
    value: o.value,
    valueMax: o.valueMax,
    unit: o.unit,
    qualifier: o.qualifier,
    flags: o.flags,
    reviewStatus: o.reviewStatus,
    authority: s.authority,
    citation: observationCitation(r),
  };
}

/** The conflict summary a value carries, or null when every source agrees. */
export function conflictBrief(g: PeriodSummary): ConflictBrief | null {
  if (g.values < 2) return null;
  return {
    key: g.key,
    values: g.values,
    settled: g.settled,
    rule: `${g.reason}. Rule: ${CONFLICT_RULE}.`,
    alternatives: g.alternatives.map(alternativeOf),
    alternativesTotal: g.alternativesTotal,
  };
}

/** The group's preferred figure as a compared or assessed value, with its conflict. */
export function preferredValue(g: PeriodSummary): LatestValue {
  const { o, s } = g.preferred;
  return {
    observationId: o.id,
    value: o.value,
    unit: o.unit,
    year: o.year,
    periodType: o.periodType,
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    qualifier: o.qualifier,
    flags: o.flags,
    authority: s.authority,
    reviewStatus: o.reviewStatus,
    citation: observationCitation(g.preferred),
    conflict: conflictBrief(g),
  };
}
