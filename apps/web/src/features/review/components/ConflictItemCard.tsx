/**
 * A conflict in the queue: the place, indicator and period, the preference rule and the value it
 * uses now, then every source's value to choose from (SettleForm). The values come from GET
 * /api/conflicts; the queue item only names the conflict.
 */
import type { SettleConflictBody } from '@ipb/domain';
import { forwardRef } from 'react';
import { Link } from 'react-router';
import { ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { useIndicatorName } from '@/lib/api/get-indicators';
import { dataProps } from '@/lib/data-props';
import { usePlaceName } from '@/lib/use-place-name';
import type { Conflict } from '../api/get-conflicts';
import type { ReviewItem } from '../api/get-review-queue';
import { conflictPeriod, conflictReason, conflictValue } from '../lib/conflict-labels';
import { useItemWords } from '../lib/item-words';
import { SettleForm } from './SettleForm';
import './conflict-card.css';

export interface ConflictDetail {
  conflict: Conflict | undefined;
  pending: boolean;
  error: unknown;
  retry: () => void;
}

function PreferenceRule({ conflict }: { conflict: Conflict }) {
  const { t, lang } = useI18n();
  const preferred = conflict.values.find((v) => v.observationId === conflict.preferredObservationId);
  return (
    <div className="conflict-rule small">
      <p>{t('conflict.rule')}</p>
      <p className="muted">{t('review.conflict.why', { reason: conflictReason(conflict.reason, t) })}</p>
      {preferred && (
        <p data-testid="conflict-current">
          {t('review.conflict.current', {
            value: conflictValue(preferred, lang),
            authority: t(`authority.${preferred.authority}`),
          })}
        </p>
      )}
    </div>
  );
}

export const ConflictItemCard = forwardRef<
  HTMLElement,
  {
    item: ReviewItem;
    detail: ConflictDetail;
    selected: boolean;
    /** Non-zero and changed: the settlement form takes the focus. */
    focusRequest: number;
    busy: boolean;
    error: unknown;
    onSelect: () => void;
    onSettle: (body: SettleConflictBody) => void;
  }
>(function ConflictItemCard({ item, detail, selected, focusRequest, busy, error, onSelect, onSettle }, ref) {
  const { t, lang } = useI18n();
  const placeName = usePlaceName();
  const indicatorName = useIndicatorName();
  const title = useItemWords().title(item);
  const headingId = `review-conflict-${item.id}`;
  const { conflict } = detail;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the form and j/k are the keyboard path; a click only selects
    <article
      ref={ref}
      className={`review-item has-conflict conflict-item${selected ? ' is-selected' : ''}`}
      aria-labelledby={headingId}
      aria-current={selected ? 'true' : undefined}
      tabIndex={-1}
      data-testid="review-item"
      onClick={onSelect}
    >
      <header className="review-head">
        <span className="badge badge-warn">{t('review.entity.conflict')}</span>
        <h3 id={headingId} className="review-label" {...(title.data ? dataProps(title.text) : {})}>
          {title.text}
        </h3>
        {conflict && <span className="badge badge-warn">{t('conflict.badge', { count: conflict.values.length })}</span>}
      </header>
      <p className="small conflict-meta">
        {item.regionCode ? (
          <Link to={`/regions/${item.regionCode}`}>{placeName(item.regionCode, item.regionName)}</Link>
        ) : (
          <span className="muted">{t('review.noPlace')}</span>
        )}
        {conflict && (
          <>
            <span>
              {t('review.conflict.indicator', { name: indicatorName(conflict.indicatorId, conflict.indicatorName) })}
            </span>
            <span>{t('review.conflict.period', { period: conflictPeriod(conflict, t, lang) })}</span>
          </>
        )}
      </p>
      {conflict ? (
        <>
          <PreferenceRule conflict={conflict} />
          <SettleForm conflict={conflict} busy={busy} focusRequest={focusRequest} onSubmit={onSettle} />
        </>
      ) : detail.pending ? (
        <Skeleton height={160} label={t('review.conflict.loading')} />
      ) : (
        <ErrorState
          title={t('review.conflict.error')}
          hint={t('review.conflict.missing')}
          error={detail.error ?? item.conflictKey}
          retryLabel={t('review.retry')}
          onRetry={detail.retry}
        />
      )}
      {error ? (
        <ErrorState
          title={t('review.conflict.settleError')}
          hint={t('review.actionErrorHint')}
          error={error}
          retryLabel=""
        />
      ) : null}
    </article>
  );
});
