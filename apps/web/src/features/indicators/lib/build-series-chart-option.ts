/**
 * Pure option builder for the indicator chart (no React): one line per like-for-like series, years
 * on the x axis, missing years as gaps (null, never 0), targets dashed, 呼和浩特 first and
 * emphasised, and a tooltip that cites every value (qualifier, period, source, quality flags).
 */
import { BENCHMARK_REGION_CODE, type Series, type SeriesPoint } from '@ipb/domain';
import type { EChartsOption, LineSeriesOption } from '@/components/charts/echarts';
import { flagLabel, type Lang, type Translate } from '@/i18n';
import { escapeHtml } from '@/lib/escape-html';
import { formatPeriod, formatPointValue } from './format-value';
import { orderSeries, placesOf } from './order-series';
import { placeStyle } from './palette';
import { type DisplayScale, displayScale, maxAbsOf } from './readable-unit';
import { seriesLabel } from './series-label';

export interface SeriesChartInput {
  series: readonly Series[];
  /** Only series in this canonical unit are drawn (one y axis, like for like). */
  unit: string;
  /** Places in the order the user picked them: decides order and colours after the benchmark. */
  regionOrder: readonly string[];
  t: Translate;
  lang: Lang;
}

/** Years from the earliest to the latest point, with no holes, so absent years become gaps. */
export function yearAxis(series: readonly Series[]): number[] {
  const years = series.flatMap((s) => s.points.flatMap((p) => (p.year === null ? [] : [p.year])));
  if (!years.length) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Points of one series per year; rows arrive ordered by period end, so the last is the latest. */
function pointsByYear(series: Series): Map<number, SeriesPoint[]> {
  const byYear = new Map<number, SeriesPoint[]>();
  for (const p of series.points) {
    if (p.year === null) continue;
    byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
  }
  return byYear;
}

interface TooltipParam {
  seriesIndex?: number;
  dataIndex?: number;
  seriesName?: string;
  marker?: unknown;
  name?: string;
}

function tooltipLine(point: SeriesPoint, scale: DisplayScale, input: SeriesChartInput): string {
  const { t, lang } = input;
  const value = `${formatPointValue(point, scale, lang)} ${scale.unit}`;
  const flags = point.flags.map((f) => flagLabel(t, f)).join('、');
  const source = point.citation.issue
    ? `${point.citation.sourceTitle}（${point.citation.issue}）`
    : point.citation.sourceTitle;
  return [
    `<b>${escapeHtml(value)}</b> · ${escapeHtml(formatPeriod(point))}`,
    flags ? `<span style="color:#8a4b00">⚑ ${escapeHtml(flags)}</span>` : '',
    `<span style="color:#555">${escapeHtml(t('chart.source'))}: ${escapeHtml(source)}</span>`,
  ]
    .filter(Boolean)
    .join('<br/>');
}

function makeTooltipFormatter(meta: SeriesPoint[][][], scale: DisplayScale, input: SeriesChartInput) {
  return (raw: unknown): string => {
    const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
    const year = params[0]?.name ?? '';
    const rows = params.flatMap((p) => {
      const points = meta[p.seriesIndex ?? -1]?.[p.dataIndex ?? -1] ?? [];
      if (!points.length) return [];
      const marker = typeof p.marker === 'string' ? p.marker : '';
      const lines = points.map((point) => tooltipLine(point, scale, input)).join('<br/>');
      return [`<div style="margin-top:6px">${marker}${escapeHtml(p.seriesName ?? '')}<br/>${lines}</div>`];
    });
    return `<div style="max-width:360px;white-space:normal"><b>${escapeHtml(year)}</b>${rows.join('')}</div>`;
  };
}

export function buildSeriesChartOption(input: SeriesChartInput): EChartsOption {
  const { unit, t, lang } = input;
  const charted = orderSeries(
    input.series.filter((s) => s.unit === unit),
    input.regionOrder,
  );
  const years = yearAxis(charted);
  const scale = displayScale(unit, maxAbsOf(charted.flatMap((s) => s.points.map((p) => p.value))), lang);
  const others = placesOf(charted).filter((c) => c !== BENCHMARK_REGION_CODE);
  const ordered = [
    ...input.regionOrder.filter((c) => others.includes(c)),
    ...others.filter((c) => !input.regionOrder.includes(c)),
  ];
  const meta: SeriesPoint[][][] = [];

  const lines: LineSeriesOption[] = charted.map((s, index) => {
    const byYear = pointsByYear(s);
    meta[index] = years.map((y) => byYear.get(y) ?? []);
    const isBenchmark = s.regionCode === BENCHMARK_REGION_CODE;
    const { color, symbol } = placeStyle(s.regionCode, ordered);
    return {
      type: 'line',
      name: seriesLabel(s, charted, t, lang),
      data: years.map((y) => {
        const latest = byYear.get(y)?.at(-1);
        return latest ? latest.value / scale.factor : null;
      }),
      connectNulls: false,
      showSymbol: true,
      symbol,
      symbolSize: isBenchmark ? 9 : 6,
      z: isBenchmark ? 10 : 2,
      itemStyle: { color },
      lineStyle: { color, width: isBenchmark ? 3.5 : 2, type: s.kind === 'target' ? 'dashed' : 'solid' },
      emphasis: { focus: 'series' },
    };
  });

  return {
    animationDuration: 300,
    textStyle: { fontFamily: 'inherit' },
    grid: { left: 16, right: 40, top: 64, bottom: 8, containLabel: true },
    legend: { type: 'scroll', top: 0, left: 0, right: 0, itemGap: 16 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: makeTooltipFormatter(meta, scale, input),
    },
    xAxis: {
      type: 'category',
      name: t('chart.year'),
      nameLocation: 'end',
      boundaryGap: years.length === 1,
      data: years.map(String),
    },
    yAxis: {
      type: 'value',
      name: scale.unit,
      nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (v: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN').format(v) },
    },
    series: lines,
  };
}
