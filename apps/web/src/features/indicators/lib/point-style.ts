/**
 * How one drawn point looks: a plain number, or — for a figure from a low-authority source — a
 * hollow symbol with a dashed rim (a paler, dashed bar), so the reader sees which points to
 * distrust before opening a tooltip. Pure; the legend note under the chart explains the mark.
 */
import type { Series, SeriesPoint } from '@ipb/domain';
import { isLowAuthority } from '@/lib/low-authority';

export interface MarkedDatum {
  value: number;
  symbol?: string;
  symbolSize?: number;
  itemStyle: { color?: string; opacity?: number; borderColor: string; borderType: 'dashed'; borderWidth: number };
}

export function pointDatum(point: SeriesPoint, value: number, color: string, bar: boolean): number | MarkedDatum {
  if (!isLowAuthority(point)) return value;
  if (bar) return { value, itemStyle: { opacity: 0.45, borderColor: color, borderType: 'dashed', borderWidth: 2 } };
  return {
    value,
    symbol: 'emptyCircle',
    symbolSize: 11,
    itemStyle: { color: '#ffffff', borderColor: color, borderType: 'dashed', borderWidth: 2 },
  };
}

/** Whether any drawn point carries the low-authority mark (then the chart explains it). */
export function hasLowAuthorityPoint(series: readonly Series[]): boolean {
  return series.some((s) => s.points.some(isLowAuthority));
}
