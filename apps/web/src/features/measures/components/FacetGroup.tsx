/** One facet (place, year, source or programme): toggle buttons with the count each choice would give. */
import { useState } from 'react';
import { useT } from '@/i18n';
import { dataProps } from '@/lib/data-props';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** The label is data as written (a programme, a source title), not interface text. */
  data?: boolean;
}

const COLLAPSED = 8;

export function FacetGroup({
  legend,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  // Selected choices stay visible even when the list is collapsed.
  const visible = expanded ? options : options.filter((o, i) => i < COLLAPSED || selected.includes(o.value));
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {options.length === 0 ? (
        <p className="muted small">{t('measures.facet.none')}</p>
      ) : (
        <ul className="facet-list">
          {visible.map((o) => {
            const on = selected.includes(o.value);
            return (
              <li key={o.value}>
                <button
                  type="button"
                  className={`facet-option${on ? ' is-on' : ''}`}
                  aria-pressed={on}
                  onClick={() => onToggle(o.value)}
                >
                  <span className="facet-label" {...(o.data ? dataProps(o.label) : {})}>
                    {o.label}
                  </span>
                  <span className="chip-count" title={t('measures.facet.count', { count: o.count })}>
                    {o.count}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {options.length > COLLAPSED && (
        <button
          type="button"
          className="button button-secondary small"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('measures.facet.showFewer') : t('measures.facet.showAll', { count: options.length })}
        </button>
      )}
    </fieldset>
  );
}
