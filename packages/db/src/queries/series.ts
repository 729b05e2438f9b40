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
import type { Db } from '../engine/db';
import { observationCitation as citationOf } from './citation';
import { conflictBrief, type PeriodSummary } from './period-groups';
import { periodSummaries } from './period-summaries';

export interface SeriesFilter {
  indicatorId: string;
  /** Region codes; empty = every place with a figure for the indicator. */
  regionCodes: string[];
  kind?: ObservationKind;
  /** Source classes to keep; null = all. */
  authority?: Authority[] | null;
}

export { observationCitation as citationOf } from './citation';
export type { ObservationRow } from './observation-rows';

function toPoint(group: PeriodSummary): SeriesPoint {
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

/** The benchmark first, then places by code, then kinds. Module functions, not closures per call (tsx's `__name`). */
const placeOrder = (code: string) => (code === BENCHMARK_REGION_CODE ? '' : code);
const seriesOrder = (a: Series, b: Series) =>
  placeOrder(a.regionCode).localeCompare(placeOrder(b.regionCode)) || a.kind.localeCompare(b.kind);

export async function getSeries(db: Db, filter: SeriesFilter): Promise<{ series: Series[]; missing: string[] }> {
  const groups = await periodSummaries(db, {
    indicatorIds: [filter.indicatorId],
    regionCodes: filter.regionCodes,
    kinds: filter.kind ? [filter.kind] : undefined,
    authority: filter.authority ?? null,
  });
  const grouped = new Map<string, Series>();
  for (const group of groups) {
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
  const series = [...grouped.values()].sort(seriesOrder);
  const present = new Set(series.map((s) => s.regionCode));
  return { series, missing: filter.regionCodes.filter((c) => !present.has(c)) };
}
