/** Absolute / indexed / per-capita, as one radio group (arrow keys move within it, one tab stop). */
import { useId } from 'react';
import { useT } from '@/i18n';
import { CHART_TYPES, type ChartType, MODES, type Mode } from '../lib/indicators-search';

export function ModeSwitch({
  value,
  perCapita,
  onChange,
}: {
  value: Mode;
  /** Whether the indicator has a per-capita denominator; without one the option is not offered. */
  perCapita: boolean;
  onChange(mode: Mode): void;
}) {
  const t = useT();
  const name = useId();
  const modes = MODES.filter((m) => m !== 'per_capita' || perCapita);
  return (
    <fieldset className="segmented mode-switch">
      <legend className="visually-hidden">{t('indicators.mode')}</legend>
      <span aria-hidden="true" className="muted small">
        {t('indicators.mode')}
      </span>
      {modes.map((m) => (
        <label key={m} className={`segment${m === value ? ' is-active' : ''}`}>
          <input type="radio" name={name} value={m} checked={m === value} onChange={() => onChange(m)} />
          {t(`indicators.mode.${m}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** Line or bar, the same kind of radio group. */
export function ChartTypeSwitch({ value, onChange }: { value: ChartType; onChange(chart: ChartType): void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="segmented mode-switch">
      <legend className="visually-hidden">{t('indicators.chartType')}</legend>
      <span aria-hidden="true" className="muted small">
        {t('indicators.chartType')}
      </span>
      {CHART_TYPES.map((c) => (
        <label key={c} className={`segment${c === value ? ' is-active' : ''}`}>
          <input type="radio" name={name} value={c} checked={c === value} onChange={() => onChange(c)} />
          {t(`indicators.chartType.${c}`)}
        </label>
      ))}
    </fieldset>
  );
}
