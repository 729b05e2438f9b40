/**
 * Rows of the table view: every point of every series, with the change on the previous period of
 * the same series (like for like: never across a stock and a flow, or an actual and a target).
 * Two values of the same period are a conflict, not a change: the API sends one preferred point
 * per period (the others in `conflict.alternatives`), and should two still arrive, neither they nor
 * the period after them (whose base would be ambiguous) get a change.
 */
import type { Series, SeriesPoint } from '@ipb/domain';
import type { Lang, Translate } from '@/i18n';
import { orderSeries } from './order-series';
import { type DisplayScale, displayScale, maxAbsOf } from './readable-unit';
import { placeName } from './series-label';

export interface TableRow {
  key: string;
  regionCode: string;
  place: string;
  series: string;
  point: SeriesPoint;
  scale: DisplayScale;
  /** Change on the previous period of the series, in the display scale; null when there is none. */
  change: number | null;
  /** Percentage change; null when there is no previous period or it was 0. */
  changePct: number | null;
}

export function periodKey(p: Pick<SeriesPoint, 'year' | 'periodStart' | 'periodEnd'>): string {
  return `${p.year ?? ''}|${p.periodStart ?? ''}|${p.periodEnd ?? ''}`;
}

/** The one point of the period before `points[i]`, or null (none, or not one: no change then). */
export function previousPeriodPoint(points: readonly SeriesPoint[], i: number): SeriesPoint | null {
  const point = points[i];
  if (!point) return null;
  const key = periodKey(point);
  const earlier = points.slice(0, i);
  if (earlier.some((p) => periodKey(p) === key)) return null;
  const previous = earlier.at(-1);
  if (!previous) return null;
  const sameAsPrevious = earlier.filter((p) => periodKey(p) === periodKey(previous));
  return sameAsPrevious.length === 1 && !points.slice(i + 1).some((p) => periodKey(p) === key) ? previous : null;
}

export function buildTableRows(
  series: readonly Series[],
  regionOrder: readonly string[],
  t: Translate,
  lang: Lang,
): TableRow[] {
  const ordered = orderSeries(series, regionOrder);
  return ordered.flatMap((s) => {
    const scale = displayScale(s.unit, maxAbsOf(s.points.map((p) => p.value)), lang);
    const label = `${t(`kind.${s.kind}`)} · ${t(`period.${s.periodType}`)}`;
    return s.points.map((point, i): TableRow => {
      const previous = previousPeriodPoint(s.points, i);
      const change = previous ? (point.value - previous.value) / scale.factor : null;
      const changePct =
        previous && previous.value !== 0 ? ((point.value - previous.value) / previous.value) * 100 : null;
      return {
        key: `${s.regionCode}-${s.kind}-${s.periodType}-${s.unit}-${point.observationId}`,
        regionCode: s.regionCode,
        place: placeName(s, lang),
        series: label,
        point,
        scale,
        change,
        changePct,
      };
    });
  });
}
