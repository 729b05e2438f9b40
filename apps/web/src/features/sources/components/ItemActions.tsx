/**
 * Drop or restore one extracted item of an upload, with the reason the audit log records. The
 * correction form (figures, articles, measures) is passed in as `correct` when the item has one.
 */
import type { UploadItemPatch } from '@ipb/domain';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useT } from '@/i18n';

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
  const id = useId();
  const [mode, setMode] = useState<'drop' | 'correct' | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const close = () => {
    setMode(null);
    setReason('');
    setMissing(false);
  };
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
  const drop = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    onPatch({ action: 'drop', reason: reason.trim() });
    close();
  };
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
        <form className="item-form" onSubmit={drop} aria-label={t('uploadReview.dropOf', { label })}>
          <label className="field-label" htmlFor={`${id}-reason`}>
            {t('uploadReview.reason')}
          </label>
          <input
            id={`${id}-reason`}
            className="input"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={missing}
          />
          {missing && <p className="form-error">{t('uploadReview.reasonMissing')}</p>}
          <button type="submit" className="button button-small" disabled={busy}>
            {t('uploadReview.confirmDrop')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={close}>
            {t('uploadReview.cancel')}
          </button>
        </form>
      )}
    </div>
  );
}
