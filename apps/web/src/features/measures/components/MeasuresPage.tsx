/** /measures: the faceted, searchable browser of every extracted policy measure. */
import { useCallback, useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { useThemes } from '@/lib/get-themes';
import { useMeasureFacets } from '../api/get-measure-facets';
import { measuresCsvHref, useMeasures } from '../api/get-measures';
import { useMeasuresSearch } from '../lib/use-measures-search';
import { MeasureFilters } from './MeasureFilters';
import { MeasureList } from './MeasureList';
import { SearchBox } from './SearchBox';
import './measures-page.css';

export function MeasuresPage() {
  const { t, lang } = useI18n();
  const [search, update] = useMeasuresSearch();
  const facets = useMeasureFacets(search);
  const measures = useMeasures(search);
  const { data: themes } = useThemes();
  const items = useMemo(() => measures.data?.pages.flatMap((p) => p.items) ?? [], [measures.data]);
  const total = measures.data?.pages[0]?.total ?? 0;
  const themeName = useCallback(
    (id: string) => {
      const theme = themes?.find((th) => th.id === id);
      return theme ? (lang === 'zh' ? theme.nameZh : theme.nameEn) : id;
    },
    [themes, lang],
  );
  const onQuery = useCallback((q: string) => update({ q }), [update]);

  useEffect(() => {
    document.title = `${t('measures.title')} · ${t('app.title')}`;
  }, [t]);

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('measures.title')}</h1>
        <p className="muted">{t('measures.intro')}</p>
        <p className="page-header-actions">
          <Link className="button button-secondary" to="/measures/new">
            {t('inventory.addLink')}
          </Link>
        </p>
      </header>
      <div className="measures-layout">
        <div className="panel controls">
          <SearchBox value={search.q} onChange={onQuery} />
          <MeasureFilters
            search={search}
            facets={facets.data}
            error={facets.error}
            onRetry={() => void facets.refetch()}
            update={update}
          />
        </div>
        <section className="results" aria-labelledby="measures-results" aria-busy={measures.isFetching}>
          <div className="results-bar">
            <h2 id="measures-results" className="panel-title">
              {t('measures.results')}
            </h2>
            {measures.isSuccess && (
              <p className="muted small" role="status">
                {t('measures.total', { total })}
                {items.length < total && ` · ${t('measures.shown', { shown: items.length })}`}
                {measures.isPlaceholderData && ` · ${t('measures.updating')}`}
              </p>
            )}
            <a className="button button-secondary" href={measuresCsvHref(search)} download>
              {t('measures.csv')}
            </a>
          </div>
          {measures.isPending ? (
            <Skeleton height={640} label={t('measures.loading')} />
          ) : measures.isError && !measures.data ? (
            <ErrorState
              title={t('measures.error')}
              hint={t('measures.errorHint')}
              error={measures.error}
              retryLabel={t('measures.retry')}
              onRetry={() => void measures.refetch()}
            />
          ) : items.length === 0 ? (
            <EmptyState title={t('measures.empty')} hint={t('measures.emptyHint')} />
          ) : (
            <div className={measures.isPlaceholderData ? 'is-stale' : undefined}>
              <MeasureList measures={items} label={t('measures.results')} themeName={themeName} />
              {measures.hasNextPage && (
                <button
                  type="button"
                  className="button load-more"
                  disabled={measures.isFetchingNextPage}
                  onClick={() => void measures.fetchNextPage()}
                >
                  {measures.isFetchingNextPage ? t('measures.loadingMore') : t('measures.loadMore')}
                </button>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
