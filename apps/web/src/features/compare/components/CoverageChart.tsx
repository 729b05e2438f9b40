/**
 * Theme coverage chart (bars per theme and place); names follow the interface language.
 * 下载 PNG saves it with the places, the theme filter, the date and the sources drawn under it.
 */
import type { CompareResponse, Region } from '@ipb/domain';
import { useMemo, useRef } from 'react';
import { DownloadPngButton } from '@/components/charts/DownloadPngButton';
import { EChart } from '@/components/charts/EChart';
import type { echarts } from '@/components/charts/echarts';
import { useI18n } from '@/i18n';
import { useThemes } from '@/lib/get-themes';
import { buildCoverageChartOption, coverageChartHeight, coveredThemes } from '../lib/build-coverage-chart-option';
import { buildCoverageCaption, coverageSources } from '../lib/coverage-caption';
import { placeName } from '../lib/place-name';

export function CoverageChart({
  coverage,
  columns,
  themes = [],
  filter = [],
}: {
  coverage: CompareResponse['coverage'];
  columns: readonly Region[];
  /** The measures per theme the coverage counts: their sources go into the image's caption. */
  themes?: CompareResponse['themes'];
  /** The theme filter (ids); empty for all themes. */
  filter?: readonly string[];
}) {
  const { t, lang } = useI18n();
  const { data: themeList = [] } = useThemes();
  const chartRef = useRef<echarts.ECharts | null>(null);
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
  const caption = () =>
    buildCoverageCaption({
      places: input.places.map((p) => p.name),
      filteredThemes: filter.map((id) => input.themes.find((th) => th.id === id)?.name ?? id),
      sources: coverageSources(themes),
      date: new Date(),
      t,
    });
  return (
    <>
      <EChart
        option={option}
        height={height}
        role="img"
        data-testid="coverage-chart"
        aria-label={t('compare.coverageChart', { places: input.places.map((p) => p.name).join('、') })}
        onReady={(chart) => {
          chartRef.current = chart;
        }}
      />
      <DownloadPngButton
        getChart={() => chartRef.current}
        caption={caption}
        fileName={t('compare.coverage')}
        label={t('compare.downloadPng')}
        failedLabel={(message) => t('compare.downloadFailed', { message })}
        hint={t('compare.downloadHint')}
      />
    </>
  );
}
