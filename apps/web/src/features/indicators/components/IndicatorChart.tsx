import type { Marker, Series, Target } from '@ipb/domain';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { EChart } from '@/components/charts/EChart';
import type { echarts } from '@/components/charts/echarts';
import { useI18n } from '@/i18n';
import { type MarkerDatum, stripHeight } from '../lib/build-marker-strip';
import { buildSeriesChartOption } from '../lib/build-series-chart-option';
import { CHART_HEIGHT } from '../lib/chart-height';
import { hasLowAuthorityPoint } from '../lib/point-style';
import { placeName } from '../lib/series-label';

export function IndicatorChart({
  series,
  unit,
  regionOrder,
  indicatorName,
  targets,
  chartType = 'line',
  markers,
  placeNames,
  onReady,
}: {
  series: readonly Series[];
  unit: string;
  regionOrder: readonly string[];
  indicatorName: string;
  targets?: readonly Target[];
  chartType?: 'line' | 'bar';
  markers?: readonly Marker[];
  placeNames?: ReadonlyMap<string, string>;
  onReady?: (chart: echarts.ECharts | null) => void;
}) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  // The names map is rebuilt by each render of the panel: key it by content, so the chart is redrawn only on change.
  const namesKey = placeNames ? [...placeNames].join(';') : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: placeNames is read through namesKey
  const names = useMemo(() => placeNames, [namesKey]);
  const option = useMemo(
    () =>
      buildSeriesChartOption({ series, unit, regionOrder, t, lang, targets, chartType, markers, placeNames: names }),
    [series, unit, regionOrder, t, lang, targets, chartType, markers, names],
  );
  const height = CHART_HEIGHT + stripHeight(new Set(markers?.map((m) => m.regionCode)).size);
  // A timeline marker opens its source sentence (the datum carries the reader's href).
  const ready = (chart: echarts.ECharts | null) => {
    chart?.on('click', (params) => {
      const href = (params.data as Partial<MarkerDatum> | undefined)?.href;
      if (params.seriesType !== 'scatter' || !href) return;
      if (href.startsWith('/')) navigate(href);
      else window.open(href, '_blank', 'noopener');
    });
    onReady?.(chart);
  };
  const places = [...new Set(series.filter((s) => s.unit === unit).map((s) => placeName(s, lang)))].join('、');
  const marked = hasLowAuthorityPoint(series.filter((s) => s.unit === unit));
  return (
    <>
      <div
        className="chart"
        data-testid="indicator-chart"
        role="img"
        aria-label={t('indicators.chartLabel', { indicator: indicatorName, places })}
      >
        <EChart option={option} height={height} onReady={ready} />
      </div>
      {marked && (
        <p className="muted small" data-testid="low-authority-note">
          {t('authority.lowMarker')}
        </p>
      )}
    </>
  );
}
