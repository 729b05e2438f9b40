/**
 * Observations for a chart, grouped into like-for-like series: one place, one kind, one period
 * type, one unit. A year-to-date flow and a year-end stock never share a line; a place without a
 * figure is reported as missing, not as zero. Rejected extractions are left out.
 */
import { BENCHMARK_REGION_CODE, type ObservationKind, type Series, type SeriesPoint } from '@ipb/domain';
import { and, asc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { articles, observations, regions, sources } from '../schema';
import { observationCitation as citationOf } from './citation';

export interface SeriesFilter {
  indicatorId: string;
  /** Region codes; empty = every place with a figure for the indicator. */
  regionCodes: string[];
  kind?: ObservationKind;
}

export type ObservationRow = ReturnType<typeof selectObservationRows>[number];
type Row = ObservationRow;

function selectRows(db: Drizzle, filter: SeriesFilter) {
  const conditions = [eq(observations.indicatorId, filter.indicatorId)];
  if (filter.regionCodes.length) conditions.push(inArray(observations.regionCode, filter.regionCodes));
  if (filter.kind) conditions.push(eq(observations.kind, filter.kind));
  return selectObservationRows(db, conditions);
}

/** Observations with their source, article title and region, rejected ones left out. */
export function selectObservationRows(db: Drizzle, conditions: SQL[]) {
  return db
    .select({ o: observations, s: sources, a: { title: articles.title }, r: regions })
    .from(observations)
    .innerJoin(sources, eq(sources.id, observations.sourceId))
    .innerJoin(regions, eq(regions.code, observations.regionCode))
    .leftJoin(articles, eq(articles.id, observations.articleId))
    .where(and(ne(observations.reviewStatus, 'rejected'), ...conditions))
    .orderBy(asc(observations.year), asc(observations.periodEnd), asc(observations.id))
    .all();
}

export { observationCitation as citationOf } from './citation';

function toPoint(row: Row): SeriesPoint {
  const { o } = row;
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
    citation: citationOf(row),
  };
}

export function getSeries(db: Drizzle, filter: SeriesFilter): { series: Series[]; missing: string[] } {
  const grouped = new Map<string, Series>();
  for (const row of selectRows(db, filter)) {
    const { o, r } = row;
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
    series.points.push(toPoint(row));
  }
  const order = (code: string) => (code === BENCHMARK_REGION_CODE ? '' : code);
  const series = [...grouped.values()].sort(
    (a, b) => order(a.regionCode).localeCompare(order(b.regionCode)) || a.kind.localeCompare(b.kind),
  );
  const present = new Set(series.map((s) => s.regionCode));
  return { series, missing: filter.regionCodes.filter((c) => !present.has(c)) };
}
