/** Correct the place an article was attributed to, before import, with the reason. */
import type { UploadItemPatch } from '@ipb/domain';
import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '@/i18n';
import { useRegions } from '@/lib/get-regions';

export function ArticlePlaceForm({
  current,
  busy,
  onPatch,
  onClose,
}: {
  current: string | null;
  busy: boolean;
  onPatch: (patch: UploadItemPatch) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const regions = useRegions();
  const [code, setCode] = useState(current ?? '');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{6}/.test(code) || code === current) return setProblem(t('review.changesMissing'));
    if (!reason.trim()) return setProblem(t('uploadReview.reasonMissing'));
    onPatch({ action: 'correct', changes: { regionCode: code }, reason: reason.trim() });
    onClose();
  };
  return (
    <form className="item-form" onSubmit={submit} aria-label={t('uploadReview.correctPlace')}>
      <label className="field-label" htmlFor={`${id}-place`}>
        {t('upload.region')}
      </label>
      <select id={`${id}-place`} className="input" value={code} onChange={(e) => setCode(e.target.value)}>
        <option value="">{t('upload.noRegion')}</option>
        {(regions.data ?? []).map((r) => (
          <option key={r.code} value={r.code}>
            {lang === 'en' ? r.nameEn : r.name}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor={`${id}-code`}>
        {t('uploadReview.placeCode')}
      </label>
      <input
        id={`${id}-code`}
        className="input"
        inputMode="numeric"
        value={code}
        onChange={(e) => setCode(e.target.value.trim())}
      />
      <label className="field-label" htmlFor={`${id}-reason`}>
        {t('uploadReview.reason')}
      </label>
      <input id={`${id}-reason`} className="input" value={reason} onChange={(e) => setReason(e.target.value)} />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button-small" disabled={busy}>
        {t('uploadReview.saveCorrection')}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={onClose}>
        {t('uploadReview.cancel')}
      </button>
    </form>
  );
}
