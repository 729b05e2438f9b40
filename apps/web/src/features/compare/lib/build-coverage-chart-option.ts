/**
 * Theme coverage as grouped horizontal bars: one row per theme, one bar per place (benchmark
 * first, in its own blue), the length is the number of measures. Themes where no place has a
 * measure are left out so the chart shows what differs. Pure: unit-tested, rendered by <EChart>.
 */
import { BENCHMARK_REGION_CODE } from '@ipb/domain';
import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsOption } from '@/components/charts/echarts';
import { escapeHtml } from '@/lib/escape-html';

export const BENCHMARK_COLOR = '#0072B2';
/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const PLACE_COLORS = ['#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#999999', '#F0E442'];

export interface CoverageChartInput {
  themes: ReadonlyArray<{ id: string; name: string }>;
  /** Benchmark first, then the compared places in pick order. */
  places: ReadonlyArray<{ code: string; name: string; counts: Readonly<Record<string, number>> }>;
  axisName: string;
}

export function placeColor(code: string, index: number): string {
  if (code === BENCHMARK_REGION_CODE) return BENCHMARK_COLOR;
  return PLACE_COLORS[(index - 1 + PLACE_COLORS.length) % PLACE_COLORS.length] ?? '#000000';
}

/** Themes where at least one place has a measure, in the given order. */
export function coveredThemes(input: Pick<CoverageChartInput, 'themes' | 'places'>) {
  return input.themes.filter((t) => input.places.some((p) => (p.counts[t.id] ?? 0) > 0));
}

/** Enough room for every bar to be read: a row per theme, a bar per place. */
export function coverageChartHeight(themes: number, places: number): number {
  return Math.max(240, 96 + themes * Math.max(28, places * 9 + 10));
}

export function buildCoverageChartOption(input: CoverageChartInput): EChartsOption {
  const themes = coveredThemes(input);
  const places = [...input.places].sort(
    (a, b) => Number(b.code === BENCHMARK_REGION_CODE) - Number(a.code === BENCHMARK_REGION_CODE),
  );
  const series: BarSeriesOption[] = places.map((p, i) => ({
    type: 'bar',
    name: p.name,
    data: themes.map((t) => p.counts[t.id] ?? 0),
    itemStyle: { color: placeColor(p.code, i) },
    barMaxWidth: 14,
    emphasis: { focus: 'series' },
  }));
  return {
    animation: false,
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 36, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const rows = (Array.isArray(params) ? params : [params]) as Array<{
          name: string;
          seriesName: string;
          value: number;
          marker?: string;
        }>;
        const head = `<strong>${escapeHtml(rows[0]?.name ?? '')}</strong>`;
        const lines = rows.map((r) => `${r.marker ?? ''}${escapeHtml(r.seriesName)}：${r.value}`);
        return [head, ...lines].join('<br/>');
      },
    },
    xAxis: { type: 'value', name: input.axisName, minInterval: 1, nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', inverse: true, data: themes.map((t) => t.name) },
    series,
  };
}
