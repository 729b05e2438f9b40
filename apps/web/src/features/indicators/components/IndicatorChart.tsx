import type { Series, Target } from '@ipb/domain';
import { useMemo } from 'react';
import { EChart } from '@/components/charts/EChart';
import type { echarts } from '@/components/charts/echarts';
import { useI18n } from '@/i18n';
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
  onReady,
}: {
  series: readonly Series[];
  unit: string;
  regionOrder: readonly string[];
  indicatorName: string;
  targets?: readonly Target[];
  chartType?: 'line' | 'bar';
  onReady?: (chart: echarts.ECharts | null) => void;
}) {
  const { t, lang } = useI18n();
  const option = useMemo(
    () => buildSeriesChartOption({ series, unit, regionOrder, t, lang, targets, chartType }),
    [series, unit, regionOrder, t, lang, targets, chartType],
  );
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
        <EChart option={option} height={CHART_HEIGHT} onReady={onReady} />
      </div>
      {marked && (
        <p className="muted small" data-testid="low-authority-note">
          {t('authority.lowMarker')}
        </p>
      )}
    </>
  );
}
