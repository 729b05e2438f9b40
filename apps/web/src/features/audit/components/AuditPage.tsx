/**
 * /audit (editors): who changed what, when and why, with each field before and after — review
 * actions, settlements, imports, authority changes and accounts. Filters live in the URL; the
 * filtered entries download as CSV.
 */
import { useEffect } from 'react';
import { EditorGate } from '@/components/ui/EditorGate';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { hasRole, useSession } from '@/lib/session';
import { auditCsvHref, useAudit } from '../api/get-audit';
import { parseAuditFilters, withAuditFilters } from '../lib/audit-filters';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import './audit.css';
import { useUrlParams } from '@/lib/use-url-params';

function AuditLog() {
  const { t } = useI18n();
  const [params, setParams] = useUrlParams();
  const filters = parseAuditFilters(params);
  const audit = useAudit(filters, hasRole(useSession().data, 'editor'));
  const entries = audit.data?.pages.flatMap((p) => p.items) ?? [];
  const total = audit.data?.pages[0]?.total ?? 0;
  return (
    <>
      <div className="panel">
        <AuditFilters
          value={filters}
          onChange={(change) =>
            setParams((prev) => withAuditFilters({ ...parseAuditFilters(prev), ...change }), { replace: true })
          }
        />
        <p className="results-bar">
          <span role="status" data-testid="audit-count">
            {t('audit.count', { count: total })}
          </span>
          <a className="button button-secondary" href={auditCsvHref(filters)} download>
            {t('audit.csv')}
          </a>
        </p>
      </div>
      {audit.isPending ? (
        <Skeleton height={320} label={t('audit.loading')} />
      ) : audit.isError ? (
        <ErrorState
          title={t('audit.error')}
          hint={t('audit.errorHint')}
          error={audit.error}
          retryLabel={t('audit.retry')}
          onRetry={() => void audit.refetch()}
        />
      ) : entries.length ? (
        <div className={`panel${audit.isPlaceholderData ? ' is-stale' : ''}`}>
          <AuditTable entries={entries} />
          {audit.hasNextPage && (
            <button
              type="button"
              className="button button-secondary load-more"
              disabled={audit.isFetchingNextPage}
              onClick={() => void audit.fetchNextPage()}
            >
              {t('audit.more')}
            </button>
          )}
        </div>
      ) : (
        <EmptyState title={t('audit.empty')} hint={t('audit.emptyHint')} />
      )}
    </>
  );
}

export function AuditPage() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${t('audit.title')} · ${t('app.title')}`;
  }, [t]);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('audit.title')}</h1>
        <p className="muted">{t('audit.intro')}</p>
      </header>
      <EditorGate>
        <AuditLog />
      </EditorGate>
    </div>
  );
}
