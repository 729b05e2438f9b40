/** Chart / table tabs (WAI-ARIA tabs pattern: arrow keys move between tabs, one tab stop). */
import { type KeyboardEvent, useRef } from 'react';
import { useT } from '@/i18n';
import { TABS, type Tab } from '../lib/indicators-search';

export const tabId = (tab: Tab) => `indicators-tab-${tab}`;
export const panelId = (tab: Tab) => `indicators-panel-${tab}`;

export function ViewTabs({ value, onChange }: { value: Tab; onChange(tab: Tab): void }) {
  const t = useT();
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(value) + step + TABS.length) % TABS.length] ?? 'chart';
    onChange(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label={t('indicators.tabs')}>
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[tab] = el;
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          aria-selected={value === tab}
          aria-controls={value === tab ? panelId(tab) : undefined}
          tabIndex={value === tab ? 0 : -1}
          className="tab"
          onClick={() => onChange(tab)}
          onKeyDown={onKeyDown}
        >
          {t(`indicators.tab.${tab}`)}
        </button>
      ))}
    </div>
  );
}
