/**
 * /review (editors): the queue of uncertain or conflicting extractions (ReviewQueueList). This
 * page decides who may see it: anonymous visitors go to the login page and back, viewers are told
 * which role they need.
 */
import { useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { ApiError } from '@/lib/api-client';
import { hasRole, loginHref, useSession } from '@/lib/session';
import { type ReviewFilters as Filters, useReviewQueue } from '../api/get-review-queue';
import { parseReviewFilters, withReviewFilters } from '../lib/review-filters';
import { ReviewFilters } from './ReviewFilters';
import { ReviewProgress } from './ReviewProgress';
import { ReviewQueueList } from './ReviewQueueList';
import './review.css';
import { useUrlParams } from '@/lib/use-url-params';

export function ReviewPage() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const allowed = hasRole(session.data, 'editor');
  const [params, setParams] = useUrlParams();
  const filters = parseReviewFilters(params);
  const queue = useReviewQueue(filters, allowed);
  // Items handled in this visit: with what is left, the progress the reviewer sees.
  const [handled, setHandled] = useState(0);
  const setFilters = (change: Filters) =>
    setParams((prev) => withReviewFilters(prev, { ...parseReviewFilters(prev), ...change }), { replace: true });

  useEffect(() => {
    document.title = `${t('review.title')} · ${t('app.title')}`;
  }, [t]);

  let body: React.ReactNode;
  if (session.isPending || (allowed && queue.isPending)) {
    body = <Skeleton height={480} label={t('review.loading')} />;
  } else if (session.isError) {
    body = (
      <ErrorState
        title={t('review.error')}
        hint={t('review.errorHint')}
        error={session.error}
        retryLabel={t('review.retry')}
        onRetry={() => void session.refetch()}
      />
    );
  } else if (!session.data?.user || (queue.error instanceof ApiError && queue.error.status === 401)) {
    return <Navigate to={loginHref(location)} replace />;
  } else if (!allowed) {
    body = (
      <div className="status status-error" role="alert">
        <p className="status-title">{t('review.forbidden')}</p>
        <p className="status-hint">
          {t('review.needsRole', { user: session.data.user.username, role: t(`role.${session.data.user.role}`) })}
        </p>
      </div>
    );
  } else if (queue.isError) {
    body = (
      <ErrorState
        title={t('review.error')}
        hint={t('review.errorHint')}
        error={queue.error}
        retryLabel={t('review.retry')}
        onRetry={() => void queue.refetch()}
      />
    );
  } else if (queue.data) {
    const { items, total, all, facets } = queue.data;
    body = (
      <>
        <ReviewProgress handled={handled} all={all} total={total} />
        {all > 0 && <ReviewFilters facets={facets} value={filters} onChange={setFilters} />}
        {items.length ? (
          <ReviewQueueList items={items} onDone={() => setHandled((n) => n + 1)} />
        ) : all > 0 ? (
          <EmptyState title={t('review.emptyFiltered')} hint={t('review.emptyFilteredHint')} />
        ) : (
          <EmptyState title={t('review.empty')} hint={t('review.emptyHint')} />
        )}
      </>
    );
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('review.title')}</h1>
        <p className="muted">{t('review.intro')}</p>
      </header>
      {body}
    </div>
  );
}
