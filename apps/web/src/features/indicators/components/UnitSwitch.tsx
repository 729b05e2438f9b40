import { unitLabel } from '@ipb/domain';
import { useId } from 'react';
import { useI18n } from '@/i18n';

/** Shown only when the series come in several units: one unit per chart, never two y axes. */
export function UnitSwitch({ units, value, onChange }: { units: string[]; value: string; onChange(u: string): void }) {
  const { t, lang } = useI18n();
  const name = useId();
  if (units.length < 2) return null;
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('indicators.unitSwitch')}</legend>
      <span aria-hidden="true" className="muted small">
        {t('indicators.unitSwitch')}
      </span>
      {units.map((u) => (
        <label key={u} className={`segment${u === value ? ' is-active' : ''}`}>
          <input type="radio" name={name} value={u} checked={u === value} onChange={() => onChange(u)} />
          {unitLabel(u, lang)}
        </label>
      ))}
    </fieldset>
  );
}
