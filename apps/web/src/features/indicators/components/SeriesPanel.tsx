/**
 * The results column: tabs, chart or table, places without data, then the sources.
 * Handles loading (fixed-height skeleton), error (with retry) and empty states.
 */
import type { Region } from '@ipb/domain';
import { useMemo } from 'react';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { useSeries } from '../api/get-series';
import type { IndicatorsSearch } from '../lib/indicators-search';
import { CHART_HEIGHT, IndicatorChart } from './IndicatorChart';
import { SeriesTable } from './SeriesTable';
import { SourcesList } from './SourcesList';
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
  const query = useSeries({ indicator: indicatorId, regions: search.regions });
  const data = query.data;

  const units = useMemo(() => {
    const found = [...new Set(data?.series.map((s) => s.unit))];
    const own = data?.indicator.unit;
    return own && found.includes(own) ? [own, ...found.filter((u) => u !== own)] : found;
  }, [data]);
  const unit = search.unit && units.includes(search.unit) ? search.unit : (units[0] ?? '');

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
  const otherUnitSeries = series.filter((s) => s.unit !== unit).length;

  return (
    <>
      <section className="panel" aria-labelledby="series-heading" aria-busy={query.isPlaceholderData}>
        <div className="panel-header">
          <div>
            <h2 id="series-heading" className="panel-title">
              {indicatorName}
            </h2>
            {indicator.definitionNote && (
              <p className="muted small">
                {t('indicators.definition')}: {indicator.definitionNote}
              </p>
            )}
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
          ) : search.tab === 'table' ? (
            <SeriesTable series={series} regionOrder={search.regions} indicatorName={indicatorName} />
          ) : (
            <>
              <UnitSwitch units={units} value={unit} onChange={(u) => update({ unit: u })} />
              {otherUnitSeries > 0 && (
                <p className="muted small">{t('indicators.otherUnits', { count: otherUnitSeries })}</p>
              )}
              <IndicatorChart series={series} unit={unit} regionOrder={search.regions} indicatorName={indicatorName} />
            </>
          )}
        </div>
      </section>
      {series.length > 0 && <SourcesList series={series} regionOrder={search.regions} />}
    </>
  );
}
