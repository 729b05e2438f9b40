/**
 * Which terms of how many are shown, with the previous and next pages: the API sends a page of
 * terms (50 by default) so that a place with thousands of terms does not send them all at once.
 */
import { useI18n } from '@/i18n';

export function TermsPager({
  offset,
  shown,
  total,
  onOffset,
}: {
  offset: number;
  shown: number;
  total: number;
  onOffset: (next: number) => void;
}) {
  const { t } = useI18n();
  if (offset === 0 && shown >= total) return null;
  return (
    <p className="muted small terms-pager" data-testid="terms-pager">
      {t('instruments.more', { from: shown ? offset + 1 : 0, to: offset + shown, total })}{' '}
      <button
        type="button"
        className="button button-secondary"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - Math.max(shown, 50)))}
      >
        {t('instruments.previous')}
      </button>{' '}
      <button
        type="button"
        className="button button-secondary"
        disabled={offset + shown >= total}
        onClick={() => onOffset(offset + shown)}
      >
        {t('instruments.next')}
      </button>
    </p>
  );
}
