/**
 * Rows of the table view: every point of every series, with the change on the previous point of
 * the same series (like for like: never across a stock and a flow, or an actual and a target).
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
  /** Change on the previous point of the series, in the display scale; null for the first point. */
  change: number | null;
  /** Percentage change; null when there is no previous point or it was 0. */
  changePct: number | null;
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
      const previous = i > 0 ? s.points[i - 1] : undefined;
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
