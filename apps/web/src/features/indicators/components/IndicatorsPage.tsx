/** /indicators: one indicator over time for 呼和浩特 and up to eight other places, with sources. */
import type { Indicator, Region } from '@ipb/domain';
import { useEffect, useMemo } from 'react';
import { OfficialSourcesSwitch } from '@/components/ui/OfficialSourcesSwitch';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { ThemeFilter } from '@/components/ui/ThemeFilter';
import { useI18n } from '@/i18n';
import { useIndicators } from '@/lib/api/get-indicators';
import { useRegions } from '@/lib/get-regions';
import { useThemeParam } from '@/lib/use-theme-param';

import { countByTheme, filterByThemes } from '../lib/filter-by-themes';
import { MAX_COMPARED_PLACES } from '../lib/indicators-search';
import { useIndicatorsSearch } from '../lib/use-indicators-search';
import { IndicatorSelect } from './IndicatorSelect';
import { PlacePicker } from './PlacePicker';
import { SeriesPanel } from './SeriesPanel';
import './indicators.css';

const DEFAULT_INDICATOR = 'high_tech_enterprises';

function defaultIndicator(indicators: readonly Indicator[] | undefined): string | null {
  if (!indicators?.length) return null;
  return indicators.find((i) => i.id === DEFAULT_INDICATOR)?.id ?? indicators[0]?.id ?? null;
}

export function IndicatorsPage() {
  const { t } = useI18n();
  const [search, update] = useIndicatorsSearch();
  const indicators = useIndicators();
  const regions = useRegions();
  const indicatorId = search.indicator ?? defaultIndicator(indicators.data);
  const regionList: Region[] = useMemo(() => regions.data ?? [], [regions.data]);
  const [themes] = useThemeParam();
  const all = indicators.data ?? [];
  const offered = filterByThemes(all, themes, indicatorId);
  const inThemes = themes.length ? all.filter((i) => themes.includes(i.theme)).length : all.length;

  useEffect(() => {
    document.title = `${t('indicators.title')} · ${t('app.title')}`;
  }, [t]);

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('indicators.title')}</h1>
        <p className="muted">{t('indicators.intro', { max: MAX_COMPARED_PLACES })}</p>
      </header>
      <div className="indicators-layout">
        <div className="panel controls">
          <ThemeFilter counts={countByTheme(all)} />
          <OfficialSourcesSwitch />
          {indicators.isPending ? (
            <Skeleton height={64} label={t('indicators.loading')} />
          ) : indicators.isError ? (
            <ErrorState
              title={t('indicators.error')}
              hint={t('indicators.errorHint')}
              error={indicators.error}
              retryLabel={t('indicators.retry')}
              onRetry={() => void indicators.refetch()}
            />
          ) : (
            indicatorId && (
              <>
                <IndicatorSelect
                  indicators={offered}
                  value={indicatorId}
                  onChange={(indicator) => update({ indicator, unit: null })}
                />
                {themes.length > 0 && (
                  <p className="field-hint" role="status">
                    {inThemes
                      ? t('indicators.themeFiltered', { count: inThemes, total: all.length })
                      : t('indicators.noIndicatorForTheme')}
                  </p>
                )}
              </>
            )
          )}
          {regions.isPending ? (
            <Skeleton height={320} label={t('indicators.loading')} />
          ) : regions.isError ? (
            <ErrorState
              title={t('indicators.error')}
              hint={t('indicators.errorHint')}
              error={regions.error}
              retryLabel={t('indicators.retry')}
              onRetry={() => void regions.refetch()}
            />
          ) : (
            <PlacePicker
              regions={regionList}
              selected={search.regions}
              onChange={(codes) => update({ regions: codes })}
            />
          )}
        </div>
        <div className="results">
          {indicatorId ? (
            <SeriesPanel indicatorId={indicatorId} search={search} update={update} regions={regionList} />
          ) : indicators.isSuccess ? (
            <section className="panel">
              <EmptyState title={t('indicators.noIndicators')} />
            </section>
          ) : (
            <section className="panel" aria-busy="true">
              <Skeleton height={468} label={t('indicators.loading')} />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
