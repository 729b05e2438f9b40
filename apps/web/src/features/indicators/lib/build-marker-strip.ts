/**
 * The policy timeline under the indicator chart (pure, no React): a second grid aligned with the
 * chart's years, one row per place in its colour, one marker per measure at its date (a month
 * moves it along its year). Hovering shows the measure's title (emphasis label); the datum carries
 * the source sentence's href for the click handler. Both grids get the same fixed left and right
 * margins so a year is at the same x in both.
 */
import type { Marker } from '@ipb/domain';
import { sourceHref } from '@/lib/source-href';

export const STRIP_ROW = 18;
export const STRIP_PAD = 28;
export const MARGIN = { left: 64, right: 40 };

export interface MarkerDatum {
  value: [number, number];
  name: string;
  href: string;
  measureId: number;
}

/** Where in its year a date falls: 2024-07-03 → 2024.5. */
export function dateToX(date: string): number {
  const [y = '0', m, d] = date.split('-');
  const month = m ? Number(m) - 1 : 0;
  const day = d ? Number(d) - 1 : 0;
  return Number(y) + (month + day / 31) / 12;
}

export function stripHeight(placeCount: number): number {
  return placeCount ? placeCount * STRIP_ROW + STRIP_PAD : 0;
}

export interface StripInput {
  markers: readonly Marker[];
  /** The chart's years, first to last (the x axis). */
  years: readonly number[];
  /** Places in row order, with their colours and names. */
  places: ReadonlyArray<{ code: string; color: string; name: string }>;
  /** Bars sit in the middle of their year's band; line points on the year's tick. */
  bar: boolean;
  seriesName: (place: string) => string;
}

export function buildMarkerStrip(input: StripInput) {
  const first = input.years[0] ?? 0;
  const last = input.years.at(-1) ?? first;
  const pad = input.bar || input.years.length === 1 ? 0.5 : 0;
  const rows = input.places.filter((p) => input.markers.some((m) => m.regionCode === p.code));
  const series = rows.map((place, row) => {
    const seen = new Map<number, number>();
    const data: MarkerDatum[] = input.markers
      .filter((m) => m.regionCode === place.code)
      .map((m) => {
        const k = seen.get(m.year) ?? 0;
        seen.set(m.year, k + 1);
        return {
          value: [dateToX(m.date), row + ((k % 3) - 1) * 0.22],
          name: m.title,
          href: sourceHref(m.citation),
          measureId: m.measureId,
        };
      });
    return {
      type: 'scatter' as const,
      name: input.seriesName(place.name),
      xAxisIndex: 1,
      yAxisIndex: 1,
      symbol: 'diamond',
      symbolSize: 11,
      cursor: 'pointer',
      itemStyle: { color: place.color, borderColor: '#fff', borderWidth: 1 },
      label: { show: false },
      emphasis: {
        scale: 1.6,
        label: {
          show: true,
          position: 'top' as const,
          formatter: '{b}',
          backgroundColor: '#fff',
          borderColor: place.color,
          borderWidth: 1,
          padding: [2, 4],
          color: '#1f2933',
        },
      },
      data,
    };
  });
  return {
    rows: rows.length,
    xAxis: {
      type: 'value' as const,
      gridIndex: 1,
      min: first - pad,
      max: last + pad,
      show: false,
      axisPointer: { show: false, triggerTooltip: false },
    },
    yAxis: {
      type: 'value' as const,
      gridIndex: 1,
      min: -0.6,
      max: Math.max(0, rows.length - 1) + 0.6,
      inverse: true,
      show: false,
    },
    series,
  };
}
