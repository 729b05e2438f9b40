/** Correct an extracted figure before import: indicator, kind, period type, value, and why. */
import { OBSERVATION_KINDS, PERIOD_TYPES, type UploadItemChanges, type UploadItemPatch } from '@ipb/domain';
import { useId, useState } from 'react';
import { useI18n } from '@/i18n';
import { useIndicators } from '@/lib/api/get-indicators';
import type { UploadPreview } from '../api/upload-source';
import { ItemForm } from './ItemForm';

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

  /** The fields that differ from the figure, or what is wrong with them. */
  const changes = (): UploadItemChanges | string => {
    const changed: UploadItemChanges = {};
    if ((indicatorId || null) !== figure.indicatorId) changed.indicatorId = indicatorId || null;
    if (kind !== figure.kind) changed.kind = kind;
    if (periodType !== figure.periodType) changed.periodType = periodType;
    const number = Number(value.replace(/,/g, ''));
    if (!Number.isFinite(number)) return t('review.valueInvalid');
    if (number !== figure.value) changed.value = number;
    return Object.keys(changed).length ? changed : t('review.changesMissing');
  };

  return (
    <ItemForm
      label={t('uploadReview.correctFigure')}
      submitLabel={t('uploadReview.saveCorrection')}
      busy={busy}
      check={() => {
        const c = changes();
        return typeof c === 'string' ? c : null;
      }}
      onSubmit={(reason) => {
        const c = changes();
        if (typeof c !== 'string') onPatch({ action: 'correct', changes: c, reason });
      }}
      onClose={onClose}
    >
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
    </ItemForm>
  );
}
