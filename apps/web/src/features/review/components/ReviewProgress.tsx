/** How far the reviewer got: handled in this visit, what is left in the whole queue, and what the filters show. */
import { useI18n } from '@/i18n';

export function ReviewProgress({ handled, all, total }: { handled: number; all: number; total: number }) {
  const { t } = useI18n();
  return (
    <div className="review-progress" data-testid="review-progress">
      <p className="review-count" aria-live="polite">
        <strong data-testid="review-remaining">{t('review.remaining', { count: all })}</strong>
        {handled > 0 && <span className="muted"> · {t('review.handled', { count: handled })}</span>}
        {total !== all && <span className="muted"> · {t('review.shownFiltered', { count: total })}</span>}
      </p>
      <progress max={handled + all} value={handled} aria-label={t('review.progressLabel')} />
    </div>
  );
}
