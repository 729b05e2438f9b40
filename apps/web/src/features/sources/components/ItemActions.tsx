/**
 * Drop or restore one extracted item of an upload, with the reason the audit log records. The
 * correction form (figures, articles, measures) is passed in as `correct` when the item has one.
 */
import type { UploadItemPatch } from '@ipb/domain';
import { type ReactNode, useState } from 'react';
import { useT } from '@/i18n';
import { ItemForm } from './ItemForm';

export function ItemActions({
  status,
  label,
  busy,
  onPatch,
  correct,
}: {
  status: 'extracted' | 'corrected' | 'dropped';
  /** What the item is, for the buttons' accessible names. */
  label: string;
  busy: boolean;
  onPatch: (patch: UploadItemPatch) => void;
  correct?: (close: () => void) => ReactNode;
}) {
  const t = useT();
  const [mode, setMode] = useState<'drop' | 'correct' | null>(null);
  const close = () => setMode(null);
  if (status === 'dropped')
    return (
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={busy}
        onClick={() => onPatch({ action: 'restore' })}
        aria-label={t('uploadReview.restoreOf', { label })}
      >
        {t('uploadReview.restore')}
      </button>
    );
  return (
    <div className="item-actions">
      {mode === null && (
        <>
          {correct && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setMode('correct')}
              aria-label={t('uploadReview.correctOf', { label })}
            >
              {t('uploadReview.correct')}
            </button>
          )}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setMode('drop')}
            aria-label={t('uploadReview.dropOf', { label })}
          >
            {t('uploadReview.drop')}
          </button>
        </>
      )}
      {mode === 'correct' && correct?.(close)}
      {mode === 'drop' && (
        <ItemForm
          label={t('uploadReview.dropOf', { label })}
          submitLabel={t('uploadReview.confirmDrop')}
          busy={busy}
          onSubmit={(reason) => onPatch({ action: 'drop', reason })}
          onClose={close}
        />
      )}
    </div>
  );
}
