/** Correct the place an article was attributed to, before import, with the reason. */
import type { UploadItemPatch } from '@ipb/domain';
import { useId, useState } from 'react';
import { useI18n } from '@/i18n';
import { useRegions } from '@/lib/get-regions';
import { ItemForm } from './ItemForm';

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
  return (
    <ItemForm
      label={t('uploadReview.correctPlace')}
      submitLabel={t('uploadReview.saveCorrection')}
      busy={busy}
      check={() => (!/^\d{6}/.test(code) || code === current ? t('review.changesMissing') : null)}
      onSubmit={(reason) => onPatch({ action: 'correct', changes: { regionCode: code }, reason })}
      onClose={onClose}
    >
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
    </ItemForm>
  );
}
