/**
 * /sources: every source (bulletin issues first) with its authority, filtered by class through
 * `?authority=` (a link restores the view), and, for editors, the upload of a new issue.
 */

import { useEffect } from 'react';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { useSourcePages } from '@/lib/api/get-sources';
import { parseAuthorityFilter, type SourceAuthorityFilter } from '../lib/authority-filter';
import { AuthorityFilter } from './AuthorityFilter';
import { SourceListItem } from './SourceListItem';
import { UploadPanel } from './UploadPanel';
import './sources.css';
import { useUrlParams } from '@/lib/use-url-params';

export function SourcesPage() {
  const { t } = useI18n();
  const [params, setParams] = useUrlParams();
  const authority = parseAuthorityFilter(params.get('authority'));
  const sources = useSourcePages(authority);
  const items = sources.data?.pages.flatMap((p) => p.items) ?? [];
  const total = sources.data?.pages[0]?.total;
  useEffect(() => {
    document.title = `${t('sourcesPage.title')} · ${t('app.title')}`;
  }, [t]);
  const setAuthority = (next: SourceAuthorityFilter) =>
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (next) copy.set('authority', next);
        else copy.delete('authority');
        return copy;
      },
      { replace: true },
    );

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('sourcesPage.title')}</h1>
        <p className="muted">{t('sourcesPage.intro')}</p>
      </header>
      <div className="sources-layout">
        <section className="panel" aria-labelledby="sources-list-title">
          <h2 id="sources-list-title" className="panel-title">
            {t('sourcesPage.list')}
          </h2>
          <AuthorityFilter value={authority} count={total} onChange={setAuthority} />
          {sources.isPending ? (
            <Skeleton height={320} label={t('sourcesPage.loading')} />
          ) : sources.isError ? (
            <ErrorState
              title={t('sourcesPage.error')}
              hint={t('sourcesPage.errorHint')}
              error={sources.error}
              retryLabel={t('sourcesPage.retry')}
              onRetry={() => void sources.refetch()}
            />
          ) : items.length === 0 ? (
            authority ? (
              <EmptyState title={t('sourceAuthority.none')} hint={t('sourceAuthority.noneHint')} />
            ) : (
              <EmptyState title={t('sourcesPage.empty')} hint={t('sourcesPage.emptyHint')} />
            )
          ) : (
            <>
              <ul className="source-list">
                {items.map((s) => (
                  <SourceListItem key={s.id} source={s} />
                ))}
              </ul>
              {sources.hasNextPage && (
                <button
                  type="button"
                  className="button"
                  disabled={sources.isFetchingNextPage}
                  onClick={() => void sources.fetchNextPage()}
                >
                  {t('sourcesPage.more', { count: (total ?? 0) - items.length })}
                </button>
              )}
            </>
          )}
        </section>
        <UploadPanel />
      </div>
    </div>
  );
}
