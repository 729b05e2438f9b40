/** Theme coverage chart (bars per theme and place); names follow the interface language. */
import type { CompareResponse, Region } from '@ipb/domain';
import { useMemo } from 'react';
import { EChart } from '@/components/charts/EChart';
import { useI18n } from '@/i18n';
import { useThemes } from '@/lib/get-themes';
import { buildCoverageChartOption, coverageChartHeight, coveredThemes } from '../lib/build-coverage-chart-option';
import { placeName } from '../lib/place-name';

export function CoverageChart({
  coverage,
  columns,
}: {
  coverage: CompareResponse['coverage'];
  columns: readonly Region[];
}) {
  const { t, lang } = useI18n();
  const { data: themeList = [] } = useThemes();
  const input = useMemo(() => {
    const counts = new Map(coverage.map((c) => [c.regionCode, c.counts]));
    return {
      themes: themeList.map((th) => ({ id: th.id, name: lang === 'en' ? th.nameEn : th.nameZh })),
      places: columns.map((c) => ({
        code: c.code,
        name: placeName(c, c.code, lang),
        counts: counts.get(c.code) ?? {},
      })),
      axisName: t('compare.measureCount'),
    };
  }, [coverage, columns, themeList, lang, t]);
  const option = useMemo(() => buildCoverageChartOption(input), [input]);
  const height = coverageChartHeight(coveredThemes(input).length, input.places.length);
  return (
    <EChart
      option={option}
      height={height}
      role="img"
      data-testid="coverage-chart"
      aria-label={t('compare.coverageChart', { places: input.places.map((p) => p.name).join('、') })}
    />
  );
}
