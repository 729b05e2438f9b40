/** Correct an extracted figure before import: indicator, kind, period type, value, and why. */
import { OBSERVATION_KINDS, PERIOD_TYPES, type UploadItemChanges, type UploadItemPatch } from '@ipb/domain';
import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '@/i18n';
import { useIndicators } from '@/lib/api/get-indicators';
import type { UploadPreview } from '../api/upload-source';

type Figure = UploadPreview['items']['figures'][number];

export function FigureCorrectForm({
  figure,
  busy,
  onPatch,
  onClose,
}: {
  figure: Figure;
  busy: boolean;
  onPatch: (patch: UploadItemPatch) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const indicators = useIndicators(false);
  const [indicatorId, setIndicatorId] = useState(figure.indicatorId ?? '');
  const [kind, setKind] = useState(figure.kind);
  const [periodType, setPeriodType] = useState(figure.periodType);
  const [value, setValue] = useState(String(figure.value));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changes: UploadItemChanges = {};
    if ((indicatorId || null) !== figure.indicatorId) changes.indicatorId = indicatorId || null;
    if (kind !== figure.kind) changes.kind = kind;
    if (periodType !== figure.periodType) changes.periodType = periodType;
    const number = Number(value.replace(/,/g, ''));
    if (!Number.isFinite(number)) return setProblem(t('review.valueInvalid'));
    if (number !== figure.value) changes.value = number;
    if (!Object.keys(changes).length) return setProblem(t('review.changesMissing'));
    if (!reason.trim()) return setProblem(t('uploadReview.reasonMissing'));
    onPatch({ action: 'correct', changes, reason: reason.trim() });
    onClose();
  };

  return (
    <form className="item-form" onSubmit={submit} aria-label={t('uploadReview.correctFigure')}>
      <label className="field-label" htmlFor={`${id}-indicator`}>
        {t('reader.field.indicator')}
      </label>
      <select
        id={`${id}-indicator`}
        className="input"
        value={indicatorId}
        onChange={(e) => setIndicatorId(e.target.value)}
      >
        <option value="">{t('uploadReview.noIndicator')}</option>
        {(indicators.data ?? []).map((i) => (
          <option key={i.id} value={i.id}>
            {lang === 'en' ? i.nameEn : i.nameZh}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor={`${id}-kind`}>
        {t('reader.field.kind')}
      </label>
      <select
        id={`${id}-kind`}
        className="input"
        value={kind}
        onChange={(e) => setKind(e.target.value as Figure['kind'])}
      >
        {OBSERVATION_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor={`${id}-period`}>
        {t('reader.field.period')}
      </label>
      <select
        id={`${id}-period`}
        className="input"
        value={periodType}
        onChange={(e) => setPeriodType(e.target.value as Figure['periodType'])}
      >
        {PERIOD_TYPES.map((p) => (
          <option key={p} value={p}>
            {t(`period.${p}`)}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor={`${id}-value`}>
        {t('review.fieldValue')}
      </label>
      <input
        id={`${id}-value`}
        className="input"
        inputMode="decimal"
        value={value}
        onChange={(e) => setValue(e.target.value)}
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
