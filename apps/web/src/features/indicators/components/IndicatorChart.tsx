import type { Series } from '@ipb/domain';
import { useMemo } from 'react';
import { EChart } from '@/components/charts/EChart';
import { useI18n } from '@/i18n';
import { buildSeriesChartOption } from '../lib/build-series-chart-option';
import { placeName } from '../lib/series-label';

export const CHART_HEIGHT = 420;

export function IndicatorChart({
  series,
  unit,
  regionOrder,
  indicatorName,
}: {
  series: readonly Series[];
  unit: string;
  regionOrder: readonly string[];
  indicatorName: string;
}) {
  const { t, lang } = useI18n();
  const option = useMemo(
    () => buildSeriesChartOption({ series, unit, regionOrder, t, lang }),
    [series, unit, regionOrder, t, lang],
  );
  const places = [...new Set(series.filter((s) => s.unit === unit).map((s) => placeName(s, lang)))].join('、');
  return (
    <div
      className="chart"
      data-testid="indicator-chart"
      role="img"
      aria-label={t('indicators.chartLabel', { indicator: indicatorName, places })}
    >
      <EChart option={option} height={CHART_HEIGHT} />
    </div>
  );
}
