/**
 * Pure option builder for the indicator chart (no React): one line per like-for-like series, years
 * on the x axis, missing years as gaps (null, never 0), targets dashed, 呼和浩特 first and
 * emphasised, points from low-authority sources hollow with a dashed rim, and a tooltip that cites
 * every value (series-tooltip.ts: qualifier, period, authority, flags, conflicts, source).
 * Targets arrive separately (GET /api/targets) and are drawn as dashed goal lines to their deadline
 * year, which extends the x axis; their tooltip says the progress status.
 */
import { BENCHMARK_REGION_CODE, type Marker, type Series, type SeriesPoint, type Target } from '@ipb/domain';
import type { BarSeriesOption, EChartsOption, LineSeriesOption } from '@/components/charts/echarts';
import type { Lang, Translate } from '@/i18n';
import { buildMarkerStrip, MARGIN, stripHeight } from './build-marker-strip';
import { orderSeries, placesOf } from './order-series';
import { placeStyle } from './palette';
import { pointDatum } from './point-style';
import { displayScale, maxAbsOf } from './readable-unit';
import { placeName, seriesLabel } from './series-label';
import { makeTooltipFormatter, type SeriesMeta } from './series-tooltip';
import { drawableTargets, targetLine, targetYears } from './target-series';

export interface SeriesChartInput {
  series: readonly Series[];
  /** Only series in this canonical unit are drawn (one y axis, like for like). */
  unit: string;
  /** Places in the order the user picked them: decides order and colours after the benchmark. */
  regionOrder: readonly string[];
  t: Translate;
  lang: Lang;
  /** Targets of the charted places; those in `unit` with a deadline are drawn as dashed goals. */
  targets?: readonly Target[];
  /** Line (default) or bars per year; targets stay dashed lines either way. */
  chartType?: 'line' | 'bar';
  /** Policy timeline markers (measures of the places), drawn in a strip under the chart. */
  markers?: readonly Marker[];
  /** Names of the places, for the timeline rows of places without a series. */
  placeNames?: ReadonlyMap<string, string>;
}

/** Years from the earliest to the latest point (and target year), with no holes, so absent years become gaps. */
export function yearAxis(series: readonly Series[], extraYears: readonly number[] = []): number[] {
  const years = [...series.flatMap((s) => s.points.flatMap((p) => (p.year === null ? [] : [p.year]))), ...extraYears];
  if (!years.length) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Benchmark first, then pick order, then deadline. */
function orderTargets(targets: readonly Target[], regionOrder: readonly string[]): Target[] {
  const rank = (code: string) => (code === BENCHMARK_REGION_CODE ? -1 : regionOrder.indexOf(code) >>> 0);
  return [...targets].sort(
    (a, b) => rank(a.regionCode) - rank(b.regionCode) || (a.deadlineYear ?? 0) - (b.deadlineYear ?? 0),
  );
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

export function buildSeriesChartOption(input: SeriesChartInput): EChartsOption {
  const { unit, t, lang } = input;
  const targets = drawableTargets(input.targets ?? [], unit);
  const drawnIds = new Set(targets.map((x) => x.observationId));
  // A target drawn as a goal line is not drawn a second time as a lone point of a target series.
  const charted = orderSeries(
    input.series
      .filter((s) => s.unit === unit)
      .map((s) => (s.kind === 'target' ? { ...s, points: s.points.filter((p) => !drawnIds.has(p.observationId)) } : s))
      .filter((s) => s.points.length > 0),
    input.regionOrder,
  );
  const markers = input.markers ?? [];
  const years = yearAxis(charted, [...targetYears(targets), ...markers.map((m) => m.year)]);
  const values = [...charted.flatMap((s) => s.points.map((p) => p.value)), ...targets.map((x) => x.value)];
  const scale = displayScale(unit, maxAbsOf(values), lang);
  const others = [
    ...placesOf(charted),
    ...targets.map((x) => x.regionCode),
    ...markers.map((m) => m.regionCode),
  ].filter((c, i, all) => c !== BENCHMARK_REGION_CODE && all.indexOf(c) === i);
  const ordered = [
    ...input.regionOrder.filter((c) => others.includes(c)),
    ...others.filter((c) => !input.regionOrder.includes(c)),
  ];
  const meta: SeriesMeta[] = [];

  const lines: Array<LineSeriesOption | BarSeriesOption> = charted.map((s, index) => {
    const byYear = pointsByYear(s);
    meta[index] = { points: years.map((y) => byYear.get(y) ?? []) };
    const isBenchmark = s.regionCode === BENCHMARK_REGION_CODE;
    const { color, symbol } = placeStyle(s.regionCode, ordered);
    const name = seriesLabel(s, charted, t, lang);
    const bar = input.chartType === 'bar';
    const data = years.map((y) => {
      const latest = byYear.get(y)?.at(-1);
      return latest ? pointDatum(latest, latest.value / scale.factor, color, bar) : null;
    });
    if (bar) {
      const opacity = s.kind === 'target' ? 0.45 : 1;
      return {
        type: 'bar',
        name,
        data,
        z: isBenchmark ? 10 : 2,
        itemStyle: { color, opacity },
        emphasis: { focus: 'series' },
      };
    }
    return {
      type: 'line',
      name,
      data,
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

  for (const target of orderTargets(targets, input.regionOrder)) {
    meta[lines.length] = { target, deadlineIndex: years.indexOf(target.deadlineYear ?? Number.NaN) };
    const named = charted.find((s) => s.regionCode === target.regionCode);
    const place = named ? placeName(named, lang) : target.regionName;
    const { color } = placeStyle(target.regionCode, ordered);
    lines.push(targetLine({ target, years, scale, color, place, t }));
  }

  const option: EChartsOption = {
    // No animation, as the other charts: a toggle redraws at once (and a 300 ms tween read as lag).
    animation: false,
    textStyle: { fontFamily: 'inherit' },
    // ECharts 6 form of containLabel: the axis labels stay inside the grid's rect.
    grid: { left: 16, right: 40, top: 64, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
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
  return markers.length ? withMarkerStrip(option, input, years, ordered) : option;
}

/** The chart with the policy timeline as a second grid under it, both on the same fixed margins. */
function withMarkerStrip(
  option: EChartsOption,
  input: SeriesChartInput,
  years: number[],
  ordered: string[],
): EChartsOption {
  const codes = [BENCHMARK_REGION_CODE, ...ordered];
  const name = (code: string) =>
    input.placeNames?.get(code) ?? input.series.find((s) => s.regionCode === code)?.regionShortName ?? code;
  const strip = buildMarkerStrip({
    markers: input.markers ?? [],
    years,
    places: codes.map((code) => ({ code, color: placeStyle(code, ordered).color, name: name(code) })),
    bar: input.chartType === 'bar',
    seriesName: (place) => input.t('timeline.series', { place }),
  });
  const height = stripHeight(strip.rows);
  const lines = (option.series as Array<{ name?: string }>).map((s) => s.name ?? '');
  return {
    ...option,
    legend: { ...(option.legend as object), data: lines },
    grid: [
      { ...MARGIN, top: 64, bottom: height + 28 },
      { ...MARGIN, height: height - 12, bottom: 8 },
    ],
    xAxis: [option.xAxis as object, strip.xAxis],
    yAxis: [option.yAxis as object, strip.yAxis],
    series: [...(option.series as object[]), ...strip.series],
  } as EChartsOption;
}
