/**
 * The queue itself: the selected item is in the URL (`?item=measure:12`); j/k move, a/r/c act on
 * it, s settles a conflict. After an action the item leaves the queue, the one now in its place is
 * selected and gets the focus, so the reviewer's hands stay on the keys.
 */
import type { SettleConflictBody } from '@ipb/domain';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useI18n } from '@/i18n';
import { ApiError } from '@/lib/api-client';
import { loginHref } from '@/lib/session';
import { useUrlSelection } from '@/lib/use-url-selection';
import { useOpenConflicts } from '../api/get-conflicts';
import type { ReviewItem } from '../api/get-review-queue';
import { itemKey, type ReviewAction, useReviewRecord } from '../api/review-record';
import { useSettleConflict } from '../api/settle-conflict';
import { useItemWords } from '../lib/item-words';
import { useReviewShortcuts } from '../lib/use-review-shortcuts';
import type { FormMode } from './ActionForm';
import { type ConflictDetail, ConflictItemCard } from './ConflictItemCard';
import { ReviewItemCard } from './ReviewItemCard';
import { ShortcutHelp } from './ShortcutHelp';

export function ReviewQueueList({ items, onDone }: { items: ReviewItem[]; onDone: () => void }) {
  const { t } = useI18n();
  const words = useItemWords();
  const itemTitle = (item: ReviewItem) => words.title(item).text;
  const location = useLocation();
  const review = useReviewRecord();
  const settle = useSettleConflict();
  const conflicts = useOpenConflicts(items.some((i) => i.entity === 'conflict'));
  const [mode, setMode] = useState<FormMode | null>(null);
  // Bumped by the settle shortcut: the selected conflict's form takes the focus each time.
  const [settleFocus, setSettleFocus] = useState(0);
  const [announce, setAnnounce] = useState('');
  // The key of the item just acted on, until the card that takes its place has the focus.
  const [leaving, setLeaving] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLElement>());
  const lastIndex = useRef(0);

  // The selection is shown at once and written to the URL (`useUrlSelection`).
  const [wanted, selectKey] = useUrlSelection('item');
  let index = items.findIndex((i) => itemKey(i) === wanted);
  // The selected item left the queue (or the link is stale): stay at the same position.
  if (index < 0) index = Math.min(lastIndex.current, items.length - 1);
  lastIndex.current = index;
  const current = items[index] as ReviewItem;
  const currentKey = itemKey(current);

  // After an action the card that took the old one's place gets the focus (the old one is gone,
  // and the focus would otherwise fall back to the page). The mutation's callback may run before
  // the queue without the item renders, hence the wait for the selection to change.
  useEffect(() => {
    if (leaving === null || leaving === currentKey) return;
    setLeaving(null);
    refs.current.get(currentKey)?.focus();
  }, [leaving, currentKey]);

  const select = (item: ReviewItem, focus = false) => {
    setMode(null);
    setSettleFocus(0);
    setLeaving(null);
    review.reset();
    settle.reset();
    selectKey(itemKey(item));
    if (focus) requestAnimationFrame(() => refs.current.get(itemKey(item))?.focus());
  };

  const done = (item: ReviewItem | undefined) => {
    setMode(null);
    setSettleFocus(0);
    setAnnounce(t('review.done', { label: item ? itemTitle(item) : '' }));
    if (item) setLeaving(itemKey(item));
    onDone();
  };
  const act = (action: ReviewAction) => {
    const item = items.find((i) => itemKey(i) === itemKey(action));
    review.mutate(action, { onSuccess: () => done(item) });
  };
  const settleConflict = (body: SettleConflictBody) => {
    const item = items.find((i) => i.conflictKey === body.key);
    settle.mutate(body, { onSuccess: () => done(item) });
  };

  useReviewShortcuts({ items, index, select, act, openForm: setMode, onSettle: () => setSettleFocus((n) => n + 1) });

  // The session expired while reviewing: log in again and come back to the same item.
  const expired = [review.error, settle.error].some((e) => e instanceof ApiError && e.status === 401);
  if (expired) return <Navigate to={loginHref(location)} replace />;

  const detailOf = (item: ReviewItem): ConflictDetail => ({
    conflict: conflicts.data?.items.find((c) => c.key === item.conflictKey),
    pending: conflicts.isPending || conflicts.isFetching,
    error: conflicts.error,
    retry: () => void conflicts.refetch(),
  });

  return (
    <div className="review-layout">
      <section aria-labelledby="review-queue-title" className="review-queue">
        <div className="results-bar">
          <h2 id="review-queue-title" className="panel-title">
            {t('review.queue')}
          </h2>
        </div>
        <p className="visually-hidden" role="status">
          {announce}
        </p>
        <ol className="review-list">
          {items.map((item) => {
            const key = itemKey(item);
            const isCurrent = key === currentKey;
            const ref = (el: HTMLElement | null) => {
              if (el) refs.current.set(key, el);
              else refs.current.delete(key);
            };
            const onSelect = () => {
              if (!isCurrent) select(item);
            };
            return (
              <li key={key}>
                {item.entity === 'conflict' ? (
                  <ConflictItemCard
                    ref={ref}
                    item={item}
                    detail={detailOf(item)}
                    selected={isCurrent}
                    focusRequest={isCurrent ? settleFocus : 0}
                    busy={isCurrent && settle.isPending}
                    error={isCurrent ? settle.error : null}
                    onSelect={onSelect}
                    onSettle={(body) => {
                      if (!isCurrent) select(item);
                      settleConflict(body);
                    }}
                  />
                ) : (
                  <ReviewItemCard
                    ref={ref}
                    item={item}
                    selected={isCurrent}
                    mode={isCurrent ? mode : null}
                    busy={isCurrent && review.isPending}
                    error={isCurrent ? review.error : null}
                    onSelect={onSelect}
                    onMode={(m) => {
                      if (!isCurrent) select(item);
                      setMode(m);
                    }}
                    onAction={(action) => {
                      if (!isCurrent) select(item);
                      act(action);
                    }}
                  />
                )}
              </li>
            );
          })}
        </ol>
      </section>
      <ShortcutHelp />
    </div>
  );
}
