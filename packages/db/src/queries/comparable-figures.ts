/**
 * The comparable figures of Compare and the region profile. Figures do NOT roll up (a district's
 * count is not its city's). One row per indicator (its scope is part of its id) × period type ×
 * unit, so a year-end stock and a full-year count never share a row; in a row each place is
 * compared with the benchmark in the most recent period BOTH have (and in every earlier one, as
 * its history); with no common period each latest value is shown and no
 * difference is computed (docs/decisions/011). Each value is the preferred one of its period
 * (period-groups.ts) and carries its conflict. Per-capita and per-GDP views divide by the
 * population and GDP of the same year, themselves preferred values with citations.
 */
import {
  type Authority,
  type ComparedPlace,
  type Indicator,
  type LatestValue,
  type NormalisedView,
  roundDerived,
} from '@ipb/domain';
import type { Db } from '../engine/db';
import { shaped } from '../engine/dialect';
import { jsonList } from '../prepared';
import { compareNeeded, neededOf, type ParsedHead, parseHead } from './compare-needed';
import type { ObservationRow } from './observation-rows';
import { type PeriodSummary, preferredValue } from './period-groups';
import {
  periodHeads,
  periodOrderIds,
  periodSummaries,
  periodSummariesOf,
  type SummaryFilter,
  type SummaryHead,
  type SummaryQuery,
} from './period-summaries';

/** Common periods listed in a comparison's history at most: the latest ones. */
export const MAX_HISTORY = 10;

export interface ComparableRow {
  indicatorId: string;
  periodType: ObservationRow['o']['periodType'];
  unit: string;
  /** Per place: one value per period, oldest first. */
  byPlace: Map<string, LatestValue[]>;
}

/** The period a value is of: its year for a full-year flow, its date for a point in time. */
export const periodOf = (v: LatestValue): string =>
  v.periodType === 'full_year' ? String(v.year ?? v.periodEnd?.slice(0, 4) ?? '') : (v.periodEnd ?? '');

const ordered = (groups: PeriodSummary[]) =>
  groups
    .map(preferredValue)
    .sort((a, b) => periodOf(a).localeCompare(periodOf(b)) || a.observationId - b.observationId);

function append<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The comparable groups of these places: linked actual and share figures of a point or a full year. */
const comparableQuery = (regionCodes: string[], authority: Authority[] | null): SummaryQuery => ({
  regionCodes,
  kinds: ['actual', 'share'],
  periodTypes: ['point', 'full_year'],
  authority,
});
const comparableGroups = (db: Db, regionCodes: string[], authority: Authority[] | null, needed?: SummaryFilter) =>
  periodSummaries(db, comparableQuery(regionCodes, authority), needed);

function rowsOf(groups: PeriodSummary[], benchmarkCode: string): ComparableRow[] {
  const byIndicator = new Map<string, PeriodSummary[]>();
  for (const g of groups) append(byIndicator, g.preferred.o.indicatorId as string, g);
  const result: ComparableRow[] = [];
  for (const [indicatorId, list] of byIndicator) {
    const byKey = new Map<string, PeriodSummary[]>();
    for (const g of list) append(byKey, `${g.preferred.o.periodType}|${g.preferred.o.unit}`, g);
    for (const [key, groupsOfKey] of byKey) {
      const byPlace = new Map<string, PeriodSummary[]>();
      for (const g of groupsOfKey) append(byPlace, g.preferred.o.regionCode, g);
      const [periodType, unit] = key.split('|') as [ComparableRow['periodType'], string];
      result.push({
        indicatorId,
        periodType,
        unit,
        byPlace: new Map([...byPlace].map(([code, gs]) => [code, ordered(gs)])),
      });
    }
  }
  // The benchmark's rows first within an indicator, then the rows more places share.
  const weight = (r: ComparableRow) => (r.byPlace.has(benchmarkCode) ? 1000 : 0) + r.byPlace.size;
  return result.sort(
    (a, b) =>
      a.indicatorId.localeCompare(b.indicatorId) || weight(b) - weight(a) || a.periodType.localeCompare(b.periodType),
  );
}

export async function comparableRows(
  db: Db,
  regionCodes: string[],
  benchmarkCode: string,
  authority: Authority[] | null,
): Promise<ComparableRow[]> {
  return rowsOf(await comparableGroups(db, regionCodes, authority), benchmarkCode);
}

export interface Denominators {
  /** Per place: population and GDP values by year. */
  population: Map<string, Map<number, LatestValue>>;
  gdp: Map<string, Map<number, LatestValue>>;
}

/** Population (year-end or census) and full-year GDP per place and year, preferred values only. */
function denominatorsOf(groups: PeriodSummary[]): Denominators {
  const out: Denominators = { population: new Map(), gdp: new Map() };
  for (const g of groups) {
    const { regionCode, indicatorId, kind } = g.preferred.o;
    if (kind !== 'actual' || (indicatorId !== 'gdp' && indicatorId !== 'population')) continue;
    const v = preferredValue(g);
    const wanted = indicatorId === 'gdp' ? (v.periodType === 'full_year' ? out.gdp : null) : out.population;
    if (!wanted || v.year === null || (indicatorId === 'gdp' && v.unit !== '元')) continue;
    const perYear = wanted.get(regionCode) ?? new Map<number, LatestValue>();
    const current = perYear.get(v.year);
    // Several points in a year (a census date, the year end): the latest of the year.
    if (!current || (v.periodEnd ?? '') > (current.periodEnd ?? '')) perYear.set(v.year, v);
    wanted.set(regionCode, perYear);
  }
  return out;
}

export async function loadDenominators(
  db: Db,
  regionCodes: string[],
  authority: Authority[] | null,
): Promise<Denominators> {
  return denominatorsOf(await comparableGroups(db, regionCodes, authority));
}

/**
 * The rows and their denominators from one read of the places' period groups. With `onlyCompared`
 * (Compare), only the groups `comparePlace` can show are read whole (compare-needed.ts): each row's
 * other places then hold just the periods they share with the benchmark and their latest.
 */
export async function comparableFigures(
  db: Db,
  regionCodes: string[],
  benchmarkCode: string,
  authority: Authority[] | null,
  opts: { onlyCompared?: boolean } = {},
): Promise<{ rows: ComparableRow[]; denominators: Denominators }> {
  const needed = opts.onlyCompared ? compareNeeded(benchmarkCode) : undefined;
  const groups = await comparableGroups(db, regionCodes, authority, needed);
  return { rows: rowsOf(groups, benchmarkCode), denominators: denominatorsOf(groups) };
}

/** One row of the comparison before its figures are read: what it is, and its period groups. */
export interface ComparableRowHead {
  indicatorId: string;
  periodType: ComparableRow['periodType'];
  unit: string;
  /** The keys of the groups the row shows or may show (compare-needed.ts), in no order. */
  keys: string[];
}

/**
 * The rows of a comparison known from the heads alone, in the order `comparableFigures` gives
 * them, each read whole only when asked: Compare's body shows a page of rows (compare-budget.ts),
 * and a place with every indicator in every year would otherwise read and fold its whole history
 * for each page (docs/decisions/014, eleventh session).
 */
export interface ComparableIndex {
  rows: ComparableRowHead[];
  /**
   * These rows as `comparableFigures` gives them, read together; with `denominators`, every
   * population and GDP figure Compare keeps too, in the same read, as `comparableFigures` reads them
   * (for a batch that is every row left: no second read for the few a page's rows divide by).
   */
  read(rows: readonly ComparableRowHead[], denominators?: boolean): Promise<ComparableRowsRead>;
  /**
   * The places' population and GDP of these places and years (`placeCode|year`), as
   * `comparableFigures` gives them for those (`denominatorsAsked` tells which a row looks up):
   * read are only the groups whose preferred figure is of a year asked, of every group Compare keeps.
   */
  denominators(asked: ReadonlySet<string>): Promise<Denominators>;
}

export interface ComparableRowsRead {
  rows: ComparableRow[];
  /** Where asked for: as `denominators` gives them for every place and year. */
  denominators?: Denominators;
}

/**
 * Denominators that answer nothing and note each place and year looked up (`placeCode|year`):
 * comparing a row with them once tells which population and GDP figures the row needs, since which
 * are looked up does not depend on their values (normalisedViews).
 */
export function denominatorsAsked(regionCodes: readonly string[], asked: Set<string>): Denominators {
  const table = () =>
    new Map(
      regionCodes.map((code) => {
        const years = new Map<number, LatestValue>();
        years.get = (year: number) => {
          asked.add(`${code}|${year}`);
          return undefined;
        };
        return [code, years] as const;
      }),
    );
  return { population: table(), gdp: table() };
}

const DENOMINATOR_YEARS = shaped(
  'period_values:preferred_years',
  (d) => `SELECT p.key, o.year FROM period_values p JOIN observations o ON o.id = p.preferred_id
    WHERE p.key IN (${d.list})`,
);

const rowId = (r: { indicatorId: string; periodType: string; unit: string }) =>
  `${r.indicatorId}|${r.periodType}|${r.unit}`;
const groupRow = ({ preferred: { o } }: PeriodSummary) => ({
  indicatorId: o.indicatorId as string,
  periodType: o.periodType,
  unit: o.unit,
});

/** SQL's period order of heads (NULLs first): year, then period end. */
function byPeriod(a: SummaryHead, b: SummaryHead): number {
  const [ya, yb] = [a[1] ?? Number.NEGATIVE_INFINITY, b[1] ?? Number.NEGATIVE_INFINITY];
  if (ya !== yb) return ya < yb ? -1 : 1;
  const [ea, eb] = [a[2], b[2]];
  if (ea === eb) return 0;
  if (ea === null) return -1;
  if (eb === null) return 1;
  return ea < eb ? -1 : 1;
}

/**
 * The index of Compare's rows (`comparableFigures` with `onlyCompared`), from the heads alone; null
 * where the period summary cannot answer (an authority filter, or pairs a write left unrefreshed):
 * the caller reads the figures whole then (`comparableFigures`).
 * The rows' order is rowsOf's: by indicator, the benchmark's rows and those more places share first,
 * then by period type, then (same indicator, places and period type, another unit) by the period
 * order of each row's first group, whose ties only its order id breaks (read for those rows alone).
 */
export async function comparableIndex(
  db: Db,
  regionCodes: string[],
  benchmarkCode: string,
): Promise<ComparableIndex | null> {
  const heads = await periodHeads(db, comparableQuery(regionCodes, null));
  if (!heads) return null;
  const parsed = heads.map(parseHead);
  const keep = neededOf(parsed, benchmarkCode);
  interface Building extends ComparableRowHead {
    places: Set<string>;
    first: SummaryHead;
    firstKeys: string[];
    firstId: number;
  }
  const rows = new Map<string, Building>();
  const denominatorKeys: string[] = [];
  for (let i = 0; i < heads.length; i++) {
    if (!keep[i]) continue;
    const head = heads[i] as SummaryHead;
    const { key, region, indicatorId, kind, periodType, unit, row: id } = parsed[i] as ParsedHead;
    if (kind === 'actual' && (indicatorId === 'gdp' || indicatorId === 'population')) denominatorKeys.push(key);
    const row = rows.get(id);
    if (!row) {
      rows.set(id, {
        indicatorId,
        periodType: periodType as ComparableRow['periodType'],
        unit,
        keys: [key],
        places: new Set([region]),
        first: head,
        firstKeys: [key],
        firstId: 0,
      });
      continue;
    }
    row.keys.push(key);
    row.places.add(region);
    const order = byPeriod(head, row.first);
    if (order < 0) {
      row.first = head;
      row.firstKeys = [key];
    } else if (order === 0) row.firstKeys.push(key);
  }
  const weight = (r: Building) => (r.places.has(benchmarkCode) ? 1000 : 0) + r.places.size;
  const list = [...rows.values()];
  // Rows alike in all but their unit come in the period order of their first groups; a tie there is broken by order id.
  const alike = new Map<string, Building[]>();
  for (const r of list) {
    const id = `${r.indicatorId}|${weight(r)}|${r.periodType}|${r.first[1]}|${r.first[2]}`;
    alike.set(id, [...(alike.get(id) ?? []), r]);
  }
  const tied = [...alike.values()].filter((rs) => rs.length > 1).flat();
  if (tied.length) {
    const orderIds = await periodOrderIds(
      db,
      tied.flatMap((r) => r.firstKeys),
    );
    for (const r of tied) r.firstId = Math.min(...r.firstKeys.map((k) => orderIds.get(k) ?? Number.POSITIVE_INFINITY));
  }
  list.sort(
    (a, b) =>
      a.indicatorId.localeCompare(b.indicatorId) ||
      weight(b) - weight(a) ||
      a.periodType.localeCompare(b.periodType) ||
      byPeriod(a.first, b.first) ||
      a.firstId - b.firstId,
  );
  return {
    rows: list.map(({ indicatorId, periodType, unit, keys }) => ({ indicatorId, periodType, unit, keys })),
    async read(wanted, withDenominators = false) {
      const keys = new Set(wanted.flatMap((r) => r.keys));
      if (withDenominators) for (const key of denominatorKeys) keys.add(key);
      const groups = await periodSummariesOf(db, [...keys]);
      const ids = new Set(wanted.map(rowId));
      // A denominator's group read for the per-capita views is not a row of its own unless asked for.
      const byId = new Map(
        rowsOf(withDenominators ? groups.filter((g) => ids.has(rowId(groupRow(g)))) : groups, benchmarkCode).map(
          (r) => [rowId(r), r],
        ),
      );
      return {
        // A row whose groups a write removed since the heads were read is shown empty, not left out.
        rows: wanted.map(
          (r) =>
            byId.get(rowId(r)) ?? {
              indicatorId: r.indicatorId,
              periodType: r.periodType,
              unit: r.unit,
              byPlace: new Map(),
            },
        ),
        ...(withDenominators ? { denominators: denominatorsOf(groups) } : {}),
      };
    },
    async denominators(asked) {
      if (!asked.size || !denominatorKeys.length) return denominatorsOf([]);
      const years = await db.all<{ key: string; year: number | null }>(DENOMINATOR_YEARS, [jsonList(denominatorKeys)]);
      const keys = years.filter((g) => asked.has(`${g.key.slice(0, g.key.indexOf('|'))}|${g.year}`)).map((g) => g.key);
      return denominatorsOf(await periodSummariesOf(db, keys));
    },
  };
}

const difference = (place: number | null, base: number | null) =>
  place === null || base === null ? null : roundDerived(place - base);
const relative = (place: number | null, base: number | null) =>
  place === null || base === null || base === 0 ? null : roundDerived((place - base) / base);

/** Compare one place with the benchmark on one indicator row. */
export function comparePlace(
  row: ComparableRow,
  indicator: Indicator,
  code: string,
  benchmarkCode: string,
  denominators: Denominators,
): ComparedPlace {
  const base = row.byPlace.get(benchmarkCode) ?? [];
  const mine = row.byPlace.get(code) ?? [];
  const basePeriods = new Map(base.map((v) => [periodOf(v), v]));
  const common = [...mine].reverse().find((v) => basePeriods.has(periodOf(v)));
  const latest = common ?? mine.at(-1) ?? null;
  const benchmarkValue = common ? (basePeriods.get(periodOf(common)) ?? null) : (base.at(-1) ?? null);
  const basis = common ? 'common_period' : latest && benchmarkValue ? 'different_periods' : 'missing';
  const both = basis === 'common_period';
  return {
    regionCode: code,
    basis,
    period: common ? periodOf(common) : null,
    latest,
    benchmarkValue,
    difference: both ? difference(latest?.value ?? null, benchmarkValue?.value ?? null) : null,
    relative: both ? relative(latest?.value ?? null, benchmarkValue?.value ?? null) : null,
    periodsDiffer:
      basis === 'different_periods' && periodOf(latest as LatestValue) !== periodOf(benchmarkValue as LatestValue),
    normalised: both ? normalisedViews(indicator, code, benchmarkCode, latest, benchmarkValue, denominators) : [],
    history: mine
      .flatMap((v) => {
        const b = basePeriods.get(periodOf(v));
        if (!b) return [];
        return [
          {
            period: periodOf(v),
            place: v.value,
            benchmark: b.value,
            difference: roundDerived(v.value - b.value),
            relative: relative(v.value, b.value),
            placeObservationId: v.observationId,
            benchmarkObservationId: b.observationId,
          },
        ];
      })
      .slice(-MAX_HISTORY),
  };
}

const NOT_DIVISIBLE = new Set(['%', 'pp', 'index', '位', '倍', '番']);

function normalisedViews(
  indicator: Indicator,
  code: string,
  benchmarkCode: string,
  place: LatestValue | null,
  base: LatestValue | null,
  d: Denominators,
): NormalisedView[] {
  if (!place || !base || NOT_DIVISIBLE.has(place.unit) || indicator.id === 'population') return [];
  const views: NormalisedView[] = [];
  const perCapitaUnit = place.unit === '元' ? '元/人' : `${place.unit}/万人`;
  const perCapitaScale = place.unit === '元' ? 1 : 1e4;
  views.push(
    view(
      'per_capita',
      perCapitaUnit,
      place,
      base,
      d.population,
      code,
      benchmarkCode,
      (v, p) => (v / p) * perCapitaScale,
    ),
  );
  if (place.unit === '元' && indicator.id !== 'gdp')
    views.push(view('per_gdp', '%', place, base, d.gdp, code, benchmarkCode, (v, g) => (v / g) * 100));
  return views;
}

function view(
  name: NormalisedView['view'],
  unit: string,
  place: LatestValue,
  base: LatestValue,
  table: Map<string, Map<number, LatestValue>>,
  code: string,
  benchmarkCode: string,
  divide: (value: number, denominator: number) => number,
): NormalisedView {
  const placeDenominator = place.year === null ? null : (table.get(code)?.get(place.year) ?? null);
  const benchmarkDenominator = base.year === null ? null : (table.get(benchmarkCode)?.get(base.year) ?? null);
  // Six significant digits: more than any population or GDP figure is known to.
  const ratio = (v: LatestValue, den: LatestValue | null) =>
    den && den.value > 0 ? Number(divide(v.value, den.value).toPrecision(6)) : null;
  const p = ratio(place, placeDenominator);
  const b = ratio(base, benchmarkDenominator);
  return {
    view: name,
    unit,
    place: p,
    benchmark: b,
    difference: p === null || b === null ? null : Number((p - b).toPrecision(6)),
    relative: relative(p, b),
    placeDenominator,
    benchmarkDenominator,
  };
}
