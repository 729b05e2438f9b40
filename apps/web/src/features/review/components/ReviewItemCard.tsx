/** One extracted record in the queue: what was extracted, the sentence it came from, and the three actions. */
import { forwardRef } from 'react';
import { Link } from 'react-router';
import { CitationSource } from '@/components/ui/CitationSource';
import { ErrorState } from '@/components/ui/StatusMessage';
import { useT } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { usePlaceName } from '@/lib/use-place-name';
import type { ReviewItem } from '../api/get-review-queue';
import type { ReviewAction } from '../api/review-record';
import { useItemWords } from '../lib/item-words';
import { ActionForm, type FormMode } from './ActionForm';

function sourceHref(item: ReviewItem): string {
  const { sourceId, start, end } = item.citation;
  return `/sources/${sourceId}${start !== null && end !== null ? `#${start}-${end}` : ''}`;
}

export const ReviewItemCard = forwardRef<
  HTMLElement,
  {
    item: ReviewItem;
    selected: boolean;
    mode: FormMode | null;
    busy: boolean;
    error: unknown;
    onSelect: () => void;
    onMode: (mode: FormMode | null) => void;
    onAction: (action: ReviewAction) => void;
  }
>(function ReviewItemCard({ item, selected, mode, busy, error, onSelect, onMode, onAction }, ref) {
  const t = useT();
  const words = useItemWords();
  const placeName = usePlaceName();
  const headingId = `review-${item.entity}-${item.id}`;
  const { citation } = item;
  const title = words.title(item);
  const detail = words.detail(item);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the card's buttons and j/k are the keyboard path; a click only selects
    <article
      ref={ref}
      className={`review-item${selected ? ' is-selected' : ''}${item.conflictsWith.length ? ' has-conflict' : ''}`}
      aria-labelledby={headingId}
      aria-current={selected ? 'true' : undefined}
      tabIndex={-1}
      data-testid="review-item"
      onClick={onSelect}
    >
      <header className="review-head">
        <span className={`badge kind-${item.entity === 'measure' ? 'measure' : 'figure'}`}>
          {t(`review.entity.${item.entity}`)}
        </span>
        <h3 id={headingId} className="review-label" {...(title.data ? dataProps(title.text) : {})}>
          {title.text}
        </h3>
        <span className="muted small">
          {t('review.confidence', { value: `${Math.round(item.confidence * 100)}%` })}
        </span>
        {item.conflictsWith.length > 0 && (
          <span className="badge badge-warn" title={t('review.conflictIds', { ids: item.conflictsWith.join(', ') })}>
            {t('review.conflict', { count: item.conflictsWith.length })}
          </span>
        )}
      </header>
      <p className="small">
        {item.regionCode ? (
          <Link to={`/regions/${item.regionCode}`}>{placeName(item.regionCode, item.regionName)}</Link>
        ) : (
          <span className="muted">{t('review.noPlace')}</span>
        )}
        {detail ? ` · ${detail}` : <span {...dataProps(item.detail)}> · {item.detail}</span>}
      </p>
      <figure className="review-citation">
        <blockquote className="citation-quote">{citation.quote}</blockquote>
        <figcaption className="small">
          <Link to={sourceHref(item)}>
            {t('review.openSource')}
            <CitationSource citation={citation} title="source-or-article" />
          </Link>
        </figcaption>
      </figure>
      <div className="review-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-keyshortcuts="a"
          onClick={() =>
            item.entity !== 'conflict' && onAction({ entity: item.entity, id: item.id, patch: { action: 'accept' } })
          }
        >
          {t('review.accept')} <kbd>a</kbd>
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={mode === 'correct'}
          aria-keyshortcuts="c"
          onClick={() => onMode('correct')}
        >
          {t('review.correct')} <kbd>c</kbd>
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={mode === 'reject'}
          aria-keyshortcuts="r"
          onClick={() => onMode('reject')}
        >
          {t('review.reject')} <kbd>r</kbd>
        </button>
      </div>
      {mode && <ActionForm item={item} mode={mode} busy={busy} onSubmit={onAction} onCancel={() => onMode(null)} />}
      {error ? (
        <ErrorState title={t('review.actionError')} hint={t('review.actionErrorHint')} error={error} retryLabel="" />
      ) : null}
    </article>
  );
});
