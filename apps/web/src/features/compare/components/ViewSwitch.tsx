/** Absolute / per capita / per GDP, as one radio group (arrow keys move within it, one tab stop). */
import { useId } from 'react';
import { useT } from '@/i18n';
import { COMPARE_VIEWS, type CompareView } from '../lib/compare-search';

export function ViewSwitch({ value, onChange }: { value: CompareView; onChange(view: CompareView): void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="segmented view-switch">
      <legend className="visually-hidden">{t('compare.view')}</legend>
      <span aria-hidden="true" className="muted small">
        {t('compare.view')}
      </span>
      {COMPARE_VIEWS.map((v) => (
        <label key={v} className={`segment${v === value ? ' is-active' : ''}`}>
          <input type="radio" name={name} value={v} checked={v === value} onChange={() => onChange(v)} />
          {t(`compare.view.${v}`)}
        </label>
      ))}
    </fieldset>
  );
}
