/**
 * Theme × place heatmap of measure counts: places across (呼和浩特 pinned first), themes down,
 * darker = more measures, the count written in the cell. A zero is a real zero (no measure) and
 * is drawn in the lightest colour without a label. Pure: unit-tested, rendered by <EChart>.
 */
import { BENCHMARK_REGION_CODE } from '@ipb/domain';
import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { escapeHtml } from '@/lib/escape-html';

export type HeatmapOption = ComposeOption<
  HeatmapSeriesOption | VisualMapComponentOption | GridComponentOption | TooltipComponentOption
>;

export interface HeatmapInput {
  themes: ReadonlyArray<{ id: string; name: string }>;
  places: ReadonlyArray<{ code: string; name: string }>;
  /** Measures per place and theme: counts[placeCode][themeId]. */
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** "{count} 条举措" with the count filled in. */
  countLabel(count: number): string;
}

/** [place index, theme index, count]: ECharts' heatmap cell. */
export type HeatmapCell = [number, number, number];

export function orderPlaces<P extends { code: string }>(places: readonly P[]): P[] {
  return [...places].sort(
    (a, b) => Number(b.code === BENCHMARK_REGION_CODE) - Number(a.code === BENCHMARK_REGION_CODE),
  );
}

export function heatmapCells(input: Pick<HeatmapInput, 'themes' | 'places' | 'counts'>): HeatmapCell[] {
  const places = orderPlaces(input.places);
  return places.flatMap((p, x) => input.themes.map((t, y): HeatmapCell => [x, y, input.counts[p.code]?.[t.id] ?? 0]));
}

/** Where a click on a cell goes: the measures of that place and theme. */
export function cellHref(input: Pick<HeatmapInput, 'themes' | 'places'>, cell: readonly number[]): string | null {
  const place = orderPlaces(input.places)[cell[0] ?? -1];
  const theme = input.themes[cell[1] ?? -1];
  if (!place || !theme) return null;
  return `/measures?region=${encodeURIComponent(place.code)}&theme=${encodeURIComponent(theme.id)}`;
}

const COLOURS = ['#f4f6f9', '#c6dbef', '#9ecae1', '#4292c6', '#0b5cad'];

/**
 * The legend's steps, with numbers: 0 (no measure), then up to four ranges of counts up to `max`
 * (each count its own step when there are few), darker for more.
 */
export function legendPieces(max: number): Array<{ min: number; max: number; label: string; color: string }> {
  const top = Math.max(1, max);
  const steps = Math.min(4, top);
  const bounds = Array.from({ length: steps }, (_, i) => Math.round(((i + 1) * top) / steps));
  const pieces = bounds.map((upper, i) => {
    const lower = i === 0 ? 1 : (bounds[i - 1] as number) + 1;
    return {
      min: lower,
      max: upper,
      label: lower === upper ? String(upper) : `${lower}–${upper}`,
      color: COLOURS[i + 1] as string,
    };
  });
  return [{ min: 0, max: 0, label: '0', color: COLOURS[0] as string }, ...pieces];
}

export function buildHeatmapOption(input: HeatmapInput): HeatmapOption {
  const places = orderPlaces(input.places);
  const cells = heatmapCells(input);
  const max = Math.max(1, ...cells.map((c) => c[2]));
  return {
    animation: false,
    // Long place names (宁波（江北区）, Yichang High-tech Zone) wrap within their column instead of overlapping.
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      formatter: (params: unknown) => {
        const value = (params as { value: HeatmapCell }).value;
        const place = places[value[0]]?.name ?? '';
        const theme = input.themes[value[1]]?.name ?? '';
        return `${escapeHtml(place)} · ${escapeHtml(theme)}<br/>${escapeHtml(input.countLabel(value[2]))}`;
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: places.map((p) => p.name),
      axisLabel: { interval: 0, fontWeight: 'normal', width: 76, overflow: 'break', lineHeight: 14 },
      splitArea: { show: true },
    },
    yAxis: { type: 'category', inverse: true, data: input.themes.map((t) => t.name), splitArea: { show: true } },
    visualMap: {
      type: 'piecewise',
      min: 0,
      max,
      pieces: legendPieces(max),
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemGap: 12,
      // Each step's own label is its numbers; the legend is titled in the HTML caption under it.
      textStyle: { color: '#1b2430' },
      selectedMode: false,
    },
    series: [
      {
        type: 'heatmap',
        data: cells,
        label: {
          show: true,
          formatter: (p: unknown) =>
            (p as { value: HeatmapCell }).value[2] ? String((p as { value: HeatmapCell }).value[2]) : '',
        },
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#1b2430', borderWidth: 2 } },
        cursor: 'pointer',
      },
    ],
  };
}
