/**
 * Settle a conflict: pick the right value (the currently preferred one is picked to begin with)
 * and say why. Uncontrolled like ActionForm, so a queue refresh while the reviewer types never
 * puts back an older choice. A new non-zero `focusRequest` asks for the focus (the s/a/c/r shortcuts); it goes to the
 * picked value, where the arrow keys change the choice and Tab reaches the reason.
 */
import type { SettleConflictBody } from '@ipb/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type MessageKey, useT } from '@/i18n';
import type { Conflict } from '../api/get-conflicts';
import { buildSettlement } from '../lib/build-settlement';
import { ConflictValueOption } from './ConflictValueOption';

const ERRORS: Record<'value' | 'reason', MessageKey> = {
  value: 'review.conflict.valueMissing',
  reason: 'review.conflict.reasonMissing',
};

export function SettleForm({
  conflict,
  busy,
  focusRequest,
  onSubmit,
}: {
  conflict: Conflict;
  busy: boolean;
  focusRequest: number;
  onSubmit: (body: SettleConflictBody) => void;
}) {
  const t = useT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<'value' | 'reason' | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    const picked = form.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    (picked ?? form.current?.querySelector<HTMLInputElement>('input[type="radio"]'))?.focus();
  }, [focusRequest]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const result = buildSettlement({
      key: conflict.key,
      observationId: String(data.get('value') ?? ''),
      reason: String(data.get('reason') ?? ''),
    });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onSubmit(result.body);
  };

  return (
    <form
      ref={form}
      className="review-form settle-form"
      onSubmit={submit}
      noValidate
      aria-label={t('review.key.settle')}
    >
      <fieldset className="conflict-values-set">
        <legend className="field-label">{t('review.conflict.pick')}</legend>
        <ul className="conflict-values" aria-label={t('review.conflict.values')}>
          {conflict.values.map((v) => (
            <ConflictValueOption
              key={v.observationId}
              value={v}
              idPrefix={`${id}-value`}
              preferred={v.observationId === conflict.preferredObservationId}
              defaultChecked={v.observationId === conflict.preferredObservationId}
            />
          ))}
        </ul>
      </fieldset>
      <label className="field-label" htmlFor={`${id}-reason`}>
        {t('review.conflict.reason')}
      </label>
      <textarea
        id={`${id}-reason`}
        name="reason"
        className="input"
        rows={2}
        maxLength={1000}
        required
        aria-invalid={error === 'reason' || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {t(ERRORS[error])}
        </p>
      )}
      <div className="review-form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('review.saving') : t('review.conflict.submit')}
        </button>
      </div>
    </form>
  );
}
