/**
 * Observations for a chart, grouped into like-for-like series: one place, one kind, one period
 * type, one unit. A year-to-date flow and a year-end stock never share a line; a place without a
 * figure is reported as missing, not as zero. Rejected extractions are left out. Within a series
 * each period has ONE point — the preferred value by the conflict rule — and the values other
 * sources give for that period ride along in its `conflict`, so no "change" is ever computed
 * between two values of the same period.
 */
import {
  type Authority,
  BENCHMARK_REGION_CODE,
  type ObservationKind,
  type Series,
  type SeriesPoint,
} from '@ipb/domain';
import { and, asc, eq, getTableColumns, inArray, ne, type SQL } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { articles, observations, regions, sources } from '../schema';
import { observationCitation as citationOf } from './citation';
import { conflictBrief, groupByPeriod, loadSettlements, type PeriodGroup } from './period-groups';

export interface SeriesFilter {
  indicatorId: string;
  /** Region codes; empty = every place with a figure for the indicator. */
  regionCodes: string[];
  kind?: ObservationKind;
  /** Source classes to keep; null = all. */
  authority?: Authority[] | null;
}

export type ObservationRow = ReturnType<typeof selectObservationRows>[number];

/** A source without its raw text: a list of figures never reads whole documents. */
const { rawText: _rawText, ...sourceColumns } = getTableColumns(sources);

/** Observations with their source, article title and region, rejected ones left out. */
export function selectObservationRows(db: Drizzle, conditions: SQL[], authority: Authority[] | null = null) {
  const where = [ne(observations.reviewStatus, 'rejected'), ...conditions];
  if (authority) where.push(inArray(sources.authority, authority.length ? authority : ['__none__' as Authority]));
  return db
    .select({ o: observations, s: sourceColumns, a: { title: articles.title }, r: regions })
    .from(observations)
    .innerJoin(sources, eq(sources.id, observations.sourceId))
    .innerJoin(regions, eq(regions.code, observations.regionCode))
    .leftJoin(articles, eq(articles.id, observations.articleId))
    .where(and(...where))
    .orderBy(asc(observations.year), asc(observations.periodEnd), asc(observations.id))
    .all();
}

export { observationCitation as citationOf } from './citation';

function toPoint(group: PeriodGroup): SeriesPoint {
  const row = group.preferred;
  const { o, s } = row;
  return {
    observationId: o.id,
    year: o.year,
    periodText: o.periodText,
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    value: o.value,
    valueMax: o.valueMax,
    unit: o.unit,
    valueAsWritten: o.valueAsWritten,
    unitAsWritten: o.unitAsWritten,
    qualifier: o.qualifier,
    flags: o.flags,
    reviewStatus: o.reviewStatus,
    authority: s.authority,
    citation: citationOf(row),
    conflict: conflictBrief(group),
  };
}

const pointOrder = (a: SeriesPoint, b: SeriesPoint) =>
  (a.year ?? 0) - (b.year ?? 0) ||
  (a.periodEnd ?? '').localeCompare(b.periodEnd ?? '') ||
  a.observationId - b.observationId;

export function getSeries(db: Drizzle, filter: SeriesFilter): { series: Series[]; missing: string[] } {
  const conditions = [eq(observations.indicatorId, filter.indicatorId)];
  if (filter.regionCodes.length) conditions.push(inArray(observations.regionCode, filter.regionCodes));
  if (filter.kind) conditions.push(eq(observations.kind, filter.kind));
  const rows = selectObservationRows(db, conditions, filter.authority ?? null);
  const grouped = new Map<string, Series>();
  for (const group of groupByPeriod(rows, loadSettlements(db))) {
    const { o } = group.preferred;
    const r = group.preferred.r;
    const key = [o.regionCode, o.kind, o.periodType, o.unit].join('|');
    let series = grouped.get(key);
    if (!series) {
      series = {
        regionCode: r.code,
        regionName: r.name,
        regionShortName: r.shortName,
        regionNameEn: r.nameEn,
        kind: o.kind,
        periodType: o.periodType,
        unit: o.unit,
        points: [],
      };
      grouped.set(key, series);
    }
    series.points.push(toPoint(group));
  }
  for (const s of grouped.values()) s.points.sort(pointOrder);
  const order = (code: string) => (code === BENCHMARK_REGION_CODE ? '' : code);
  const series = [...grouped.values()].sort(
    (a, b) => order(a.regionCode).localeCompare(order(b.regionCode)) || a.kind.localeCompare(b.kind),
  );
  const present = new Set(series.map((s) => s.regionCode));
  return { series, missing: filter.regionCodes.filter((c) => !present.has(c)) };
}
