import type { Indicator } from '@ipb/domain';
import { unitLabel } from '@ipb/domain';
import { useId } from 'react';
import { useI18n } from '@/i18n';

export function IndicatorSelect({
  indicators,
  value,
  onChange,
}: {
  indicators: readonly Indicator[];
  value: string;
  onChange(id: string): void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t('indicators.indicator')}
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        {!indicators.some((i) => i.id === value) && <option value={value}>{value}</option>}
        {indicators.map((i) => (
          <option key={i.id} value={i.id}>
            {lang === 'en' ? i.nameEn : i.nameZh} ({unitLabel(i.unit, lang)})
          </option>
        ))}
      </select>
    </div>
  );
}
