/** /sources: every source (bulletin issues first) and, for editors, the upload of a new issue. */

import { useEffect } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import type { MessageKey } from '@/i18n';
import { useI18n } from '@/i18n';
import { useSources } from '../api/get-sources';
import { sourceLabel } from '../lib/source-label';
import { UploadPanel } from './UploadPanel';

export function SourcesPage() {
  const { t, lang } = useI18n();
  const sources = useSources();
  useEffect(() => {
    document.title = `${t('sourcesPage.title')} · ${t('app.title')}`;
  }, [t]);
  const date = (iso: string) => new Date(iso).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB');

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
          ) : sources.data.length === 0 ? (
            <EmptyState title={t('sourcesPage.empty')} hint={t('sourcesPage.emptyHint')} />
          ) : (
            <ul className="source-list">
              {sources.data.map((s) => (
                <li key={s.id} className={`source-item source-${s.type}`}>
                  <Link to={`/sources/${s.id}`} className="source-title">
                    {sourceLabel(s, lang)}
                  </Link>
                  <span className="badge">{t(`sourcesPage.type.${s.type}` as MessageKey)}</span>
                  <span className="muted small">
                    {[s.publisher, t('sourcesPage.imported', { date: date(s.importedAt) })].filter(Boolean).join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <UploadPanel />
      </div>
    </div>
  );
}
