/**
 * The reject or correct form of one review item: a required reason, plus the corrected fields.
 * The fields are uncontrolled and read from the form on submit, so what is sent is exactly what
 * the reviewer sees: a re-render while the queue refreshes can never put back an older value.
 */
import { THEME_IDS, type ThemeId } from '@ipb/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type MessageKey, useI18n } from '@/i18n';
import { useThemes } from '@/lib/get-themes';
import type { ReviewItem } from '../api/get-review-queue';
import type { ReviewAction } from '../api/review-record';
import { measureCorrection, observationCorrection, rejectPatch } from '../lib/build-patch';

export type FormMode = 'reject' | 'correct';

const ERRORS: Record<'reason' | 'changes' | 'value', MessageKey> = {
  reason: 'review.reasonMissing',
  changes: 'review.changesMissing',
  value: 'review.valueInvalid',
};

export function ActionForm({
  item,
  mode,
  busy,
  onSubmit,
  onCancel,
}: {
  item: ReviewItem;
  mode: FormMode;
  busy: boolean;
  onSubmit: (action: ReviewAction) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const { data: themes } = useThemes();
  const [error, setError] = useState<MessageKey | null>(null);
  const first = useRef<HTMLTextAreaElement & HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
  }, []);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const reason = text('reason');
    const title = text('title');
    const picked = data.getAll('themes').map(String) as ThemeId[];
    const value = text('value');
    const result =
      mode === 'reject'
        ? rejectPatch(reason)
        : item.entity === 'measure'
          ? measureCorrection({ reason, title, themes: picked }, { title: item.label, themes: [] })
          : observationCorrection({ reason, value });
    if (!result.ok) {
      setError(ERRORS[result.error]);
      return;
    }
    setError(null);
    onSubmit(
      item.entity === 'measure'
        ? {
            entity: 'measure',
            id: item.id,
            patch: result.patch as Extract<ReviewAction, { entity: 'measure' }>['patch'],
          }
        : {
            entity: 'observation',
            id: item.id,
            patch: result.patch as Extract<ReviewAction, { entity: 'observation' }>['patch'],
          },
    );
  };

  const themeName = (tid: ThemeId) => {
    const th = themes?.find((x) => x.id === tid);
    return th ? (lang === 'zh' ? th.nameZh : th.nameEn) : tid;
  };

  return (
    <form
      className="review-form"
      onSubmit={submit}
      noValidate
      aria-label={t(mode === 'reject' ? 'review.reject' : 'review.correct')}
    >
      {mode === 'correct' && item.entity === 'measure' && (
        <>
          <label className="field-label" htmlFor={`${id}-title`}>
            {t('review.fieldTitle')}
          </label>
          <input
            id={`${id}-title`}
            ref={first}
            name="title"
            className="input"
            defaultValue={item.label}
            maxLength={200}
          />
          <fieldset className="review-themes">
            <legend className="field-label">{t('review.fieldThemes')}</legend>
            {THEME_IDS.map((tid) => (
              <label key={tid} className="review-theme">
                <input type="checkbox" name="themes" value={tid} />
                {themeName(tid)}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {mode === 'correct' && item.entity === 'observation' && (
        <>
          <label className="field-label" htmlFor={`${id}-value`}>
            {t('review.fieldValue')}
          </label>
          <input id={`${id}-value`} ref={first} name="value" className="input" inputMode="decimal" />
        </>
      )}
      <label className="field-label" htmlFor={`${id}-reason`}>
        {t('review.reason')}
      </label>
      <textarea
        id={`${id}-reason`}
        ref={mode === 'reject' ? first : undefined}
        className="input"
        rows={2}
        maxLength={500}
        required
        aria-invalid={error === 'review.reasonMissing' || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        name="reason"
      />
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {t(error)}
        </p>
      )}
      <div className="review-form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('review.saving') : t(mode === 'reject' ? 'review.submitReject' : 'review.submitCorrect')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
