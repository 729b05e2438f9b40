/**
 * The results column: tabs, the view switch (absolute / indexed / per capita), chart or table,
 * downloads, places without data, then the targets and the sources.
 * Handles loading (fixed-height skeleton), error (with retry) and empty states.
 */
import type { Region } from '@ipb/domain';
import { lazy, Suspense, useRef } from 'react';
import type { echarts } from '@/components/charts/echarts';
import { LazyChart } from '@/components/charts/lazy-chart';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { problemText } from '@/lib/problem-text';
import { CHART_HEIGHT } from '../lib/chart-height';
import type { IndicatorsSearch } from '../lib/indicators-search';
import { orderSeries, placesOf } from '../lib/order-series';
import { buildPngCaption } from '../lib/png-caption';
import { displayScale, maxAbsOf } from '../lib/readable-unit';
import { useSeriesView } from '../lib/use-series-view';
import { DefinitionNote } from './DefinitionNote';
import { DownloadBar } from './DownloadBar';

const IndicatorChart = lazy(async () => ({ default: (await import('./IndicatorChart')).IndicatorChart }));
// Below the chart, so not needed for the first paint: its code loads beside the chart's.
const TargetsList = lazy(async () => ({ default: (await import('./TargetsList')).TargetsList }));

import { CutSeriesNote } from './CutSeriesNote';
import { ModeNotes } from './ModeNotes';
import { ChartTypeSwitch, ModeSwitch } from './ModeSwitch';
import { SeriesTable } from './SeriesTable';
import { SourcesList } from './SourcesList';
import { TimelineControls } from './TimelineControls';
import { UnitSwitch } from './UnitSwitch';
import { panelId, tabId, ViewTabs } from './ViewTabs';

interface SeriesPanelProps {
  indicatorId: string;
  search: IndicatorsSearch;
  update(patch: Partial<IndicatorsSearch>): void;
  /** Known places, to name the ones without data. */
  regions: readonly Region[];
}

export function SeriesPanel({ indicatorId, search, update, regions }: SeriesPanelProps) {
  const { t, lang } = useI18n();
  const { query, targets, denominator, denominatorId, mode, units, unit, view, authority } = useSeriesView(
    indicatorId,
    search,
  );
  const chartRef = useRef<echarts.ECharts | null>(null);

  if (query.isPending) {
    return (
      <section className="panel" aria-busy="true">
        <Skeleton height={CHART_HEIGHT + 48} label={t('indicators.loading')} />
      </section>
    );
  }
  if (query.isError) {
    return (
      <section className="panel">
        <ErrorState
          title={t('indicators.error')}
          hint={t('indicators.errorHint')}
          error={query.error}
          retryLabel={t('indicators.retry')}
          onRetry={() => void query.refetch()}
        />
      </section>
    );
  }

  const { indicator, series, missing } = query.data;
  const indicatorName = lang === 'en' ? indicator.nameEn : indicator.nameZh;
  const names = new Map(
    [...regions, ...query.data.regions].map((r) => [r.code, lang === 'en' ? r.nameEn : r.shortName]),
  );
  const denominatorName =
    (lang === 'en' ? denominator.data?.indicator.nameEn : denominator.data?.indicator.nameZh) ?? denominatorId ?? '';
  const otherUnitSeries = series.filter((s) => s.unit !== unit).length;
  const charted = orderSeries(
    view.series.filter((s) => s.unit === view.unit),
    search.regions,
  );
  const notDrawn =
    mode === 'absolute'
      ? []
      : (targets.data?.items ?? []).filter(
          (x) => x.unit === unit && !view.targets.some((v) => v.observationId === x.observationId),
        );
  const chartPlaces = placesOf(charted).map((c) => names.get(c) ?? c);
  const caption = () =>
    buildPngCaption({
      indicatorName: `${indicatorName} · ${displayScale(view.unit, maxAbsOf(charted.flatMap((s) => s.points.map((p) => p.value))), lang).unit}`,
      modeLabel: mode === 'absolute' ? null : t(`indicators.mode.${mode}`),
      places: chartPlaces,
      series: [...charted, ...(mode === 'per_capita' ? (denominator.data?.series ?? []) : [])],
      targets: view.targets,
      t,
    });

  const chartBody = () => {
    if (mode === 'per_capita' && denominator.isPending) {
      return <Skeleton height={CHART_HEIGHT} label={t('indicators.loading')} />;
    }
    if (mode === 'per_capita' && denominator.isError) {
      return (
        <ErrorState
          title={t('indicators.denominatorError', { denominator: denominatorId ?? '' })}
          hint={t('indicators.errorHint')}
          error={denominator.error}
          retryLabel={t('indicators.retry')}
          onRetry={() => void denominator.refetch()}
        />
      );
    }
    if (search.tab === 'table') {
      return <SeriesTable series={view.series} regionOrder={search.regions} indicatorName={indicatorName} />;
    }
    if (!charted.length) return <EmptyState title={t('indicators.empty')} hint={t('indicators.emptyHint')} />;
    return (
      <LazyChart height={CHART_HEIGHT}>
        <IndicatorChart
          series={charted}
          unit={view.unit}
          regionOrder={search.regions}
          indicatorName={indicatorName}
          targets={view.targets}
          chartType={search.chart}
          markers={search.markers ? query.data.markers : undefined}
          placeNames={names}
          onReady={(chart) => {
            chartRef.current = chart;
          }}
        />
      </LazyChart>
    );
  };

  return (
    <>
      <section className="panel" aria-labelledby="series-heading" aria-busy={query.isPlaceholderData}>
        <div className="panel-header">
          <div>
            <h2 id="series-heading" className="panel-title">
              {indicatorName}
            </h2>
            <DefinitionNote indicator={indicator} />
          </div>
          <ViewTabs value={search.tab} onChange={(tab) => update({ tab })} />
        </div>
        {missing.length > 0 && (
          <p className="missing">
            <span className="badge badge-muted">{t('indicators.missing')}</span> {t('indicators.missingHint')}{' '}
            {missing.map((c) => names.get(c) ?? c).join('、')}
          </p>
        )}
        <div
          role="tabpanel"
          id={panelId(search.tab)}
          aria-labelledby={tabId(search.tab)}
          className={query.isPlaceholderData ? 'is-stale' : undefined}
        >
          {series.length === 0 ? (
            <EmptyState title={t('indicators.empty')} hint={t('indicators.emptyHint')} />
          ) : (
            <>
              <div className="chart-controls">
                <ModeSwitch value={mode} perCapita={denominatorId !== null} onChange={(m) => update({ mode: m })} />
                {search.tab === 'chart' && (
                  <ChartTypeSwitch value={search.chart} onChange={(c) => update({ chart: c })} />
                )}
                <UnitSwitch units={units} value={unit} onChange={(u) => update({ unit: u })} />
              </div>
              {search.mode === 'per_capita' && !denominatorId && (
                <p className="muted small">{t('indicators.perCapitaUnavailable')}</p>
              )}
              {mode !== 'absolute' && (
                <p className="muted small">{t(`indicators.modeHint.${mode}`, { denominator: denominatorName })}</p>
              )}
              {otherUnitSeries > 0 && search.tab === 'chart' && (
                <p className="muted small">{t('indicators.otherUnits', { count: otherUnitSeries })}</p>
              )}
              {chartBody()}
              <TimelineControls
                on={search.markers}
                onChange={(markers) => update({ markers })}
                markers={search.tab === 'chart' ? (query.data.markers ?? []) : null}
                total={query.data.markersTotal ?? 0}
                names={names}
              />
              <CutSeriesNote cut={query.data.cutSeries} names={names} />
              <ModeNotes notes={view.notes} denominator={denominatorName} names={names} />
              {notDrawn.length > 0 && (
                <p className="muted small">
                  {t('target.notDrawn', {
                    places: [...new Set(notDrawn.map((x) => names.get(x.regionCode) ?? x.regionName))].join('、'),
                  })}
                </p>
              )}
              <DownloadBar
                png={search.tab === 'chart' && charted.length > 0}
                getChart={() => chartRef.current}
                caption={caption}
                fileName={`${indicatorName}-${chartPlaces.join('_')}`}
                indicatorId={indicatorId}
                regions={search.regions}
                authority={authority}
              />
            </>
          )}
        </div>
      </section>
      {series.length > 0 && (
        <Suspense fallback={<Skeleton height={64} label={t('indicators.loading')} />}>
          <TargetsList
            targets={targets.data?.items ?? []}
            total={targets.data?.total ?? 0}
            pending={targets.isPending}
            names={names}
            error={targets.isError ? problemText(t, targets.error) : null}
          />
        </Suspense>
      )}
      {series.length > 0 && <SourcesList series={series} regionOrder={search.regions} />}
    </>
  );
}
