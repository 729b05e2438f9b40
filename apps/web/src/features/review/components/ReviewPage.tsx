/**
 * /review (editors): the queue of uncertain or conflicting extractions. The selected item is in
 * the URL (`?item=measure:12`); j/k move, a/r/c act on it. After an action the item leaves the
 * queue and the next one is selected.
 */
import { useEffect, useRef, useState } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { ApiError } from '@/lib/api-client';
import { hasRole, loginHref, useSession } from '@/lib/session';
import { type ReviewItem, useReviewQueue } from '../api/get-review-queue';
import { itemKey, type ReviewAction, useReviewRecord } from '../api/review-record';
import { reviewCommand } from '../lib/review-keys';
import type { FormMode } from './ActionForm';
import { ReviewItemCard } from './ReviewItemCard';
import { ShortcutHelp } from './ShortcutHelp';

export function ReviewPage() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const allowed = hasRole(session.data, 'editor');
  const queue = useReviewQueue(allowed);

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
          {t('review.needsRole', { user: session.data.user.username, role: session.data.user.role })}
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
  } else if (!queue.data?.items.length) {
    body = <EmptyState title={t('review.empty')} hint={t('review.emptyHint')} />;
  } else {
    body = <ReviewQueueList items={queue.data.items} total={queue.data.total} />;
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

function ReviewQueueList({ items, total }: { items: ReviewItem[]; total: number }) {
  const { t } = useI18n();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const review = useReviewRecord();
  const [mode, setMode] = useState<FormMode | null>(null);
  const [announce, setAnnounce] = useState('');
  const refs = useRef(new Map<string, HTMLElement>());
  const lastIndex = useRef(0);

  // The selection is shown at once and written to the URL: a router navigation is a transition
  // and lands later, and a reviewer pressing j then c must get the form on the item j chose.
  const urlKey = params.get('item');
  const [wanted, setWanted] = useState(urlKey);
  const written = useRef(new Set<string>());
  useEffect(() => {
    // Our own write arriving is not news; a link or the back button changing the item is.
    if (urlKey !== null && written.current.delete(urlKey)) return;
    setWanted(urlKey);
  }, [urlKey]);
  let index = items.findIndex((i) => itemKey(i) === wanted);
  // The selected item left the queue (or the link is stale): stay at the same position.
  if (index < 0) index = Math.min(lastIndex.current, items.length - 1);
  lastIndex.current = index;
  const current = items[index] as ReviewItem;
  const currentKey = itemKey(current);

  const select = (item: ReviewItem, focus = false) => {
    setMode(null);
    review.reset();
    setWanted(itemKey(item));
    written.current.add(itemKey(item));
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('item', itemKey(item));
        return next;
      },
      { replace: true },
    );
    if (focus) requestAnimationFrame(() => refs.current.get(itemKey(item))?.focus());
  };

  const act = (action: ReviewAction) => {
    const label = items.find((i) => itemKey(i) === itemKey(action))?.label ?? '';
    review.mutate(action, {
      onSuccess: () => {
        setMode(null);
        setAnnounce(t('review.done', { label }));
      },
    });
  };

  // Shortcuts act on the selected item; they are off while typing (lib/review-keys.ts).
  const latest = useRef({ items, index, current, act, select });
  latest.current = { items, index, current, act, select };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = reviewCommand(e);
      if (!command) return;
      const { items: list, index: i, current: item, act: doAct, select: doSelect } = latest.current;
      e.preventDefault();
      if (command === 'next' && i + 1 < list.length) doSelect(list[i + 1] as ReviewItem, true);
      else if (command === 'previous' && i > 0) doSelect(list[i - 1] as ReviewItem, true);
      else if (command === 'accept')
        doAct({ entity: item.entity, id: item.id, patch: { action: 'accept' } } as ReviewAction);
      else if (command === 'reject' || command === 'correct') setMode(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // The session expired while reviewing: log in again and come back to the same item.
  if (review.error instanceof ApiError && review.error.status === 401)
    return <Navigate to={loginHref(location)} replace />;

  return (
    <div className="review-layout">
      <section aria-labelledby="review-queue-title" className="review-queue">
        <div className="results-bar">
          <h2 id="review-queue-title" className="panel-title">
            {t('review.queue')}
          </h2>
          <p className="muted small">{t('review.count', { total })}</p>
        </div>
        <p className="visually-hidden" role="status">
          {announce}
        </p>
        <ol className="review-list">
          {items.map((item) => {
            const key = itemKey(item);
            const isCurrent = key === currentKey;
            return (
              <li key={key}>
                <ReviewItemCard
                  ref={(el) => {
                    if (el) refs.current.set(key, el);
                    else refs.current.delete(key);
                  }}
                  item={item}
                  selected={isCurrent}
                  mode={isCurrent ? mode : null}
                  busy={isCurrent && review.isPending}
                  error={isCurrent ? review.error : null}
                  onSelect={() => {
                    if (!isCurrent) select(item);
                  }}
                  onMode={(m) => {
                    if (!isCurrent) select(item);
                    setMode(m);
                  }}
                  onAction={(action) => {
                    if (!isCurrent) select(item);
                    act(action);
                  }}
                />
              </li>
            );
          })}
        </ol>
      </section>
      <ShortcutHelp />
    </div>
  );
}
