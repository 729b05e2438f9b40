/**
 * "只看官方来源": the switch in every figure view's filter bar, bound to `authority=official` in the
 * URL (so links and copies keep it). While it is on, a notice says so and offers the way back:
 * a reader who forgot the switch must not take the shorter list for all the data there is.
 */
import { useId, useState } from 'react';
import { useT } from '@/i18n';
import { useAuthorityParam } from '@/lib/use-authority-param';
import './trust.css';

export function OfficialSourcesSwitch() {
  const t = useT();
  const [authority, setAuthority] = useAuthorityParam();
  const inUrl = authority === 'official';
  // The router applies a URL change asynchronously: show the reader's click at once instead of
  // letting the controlled box snap back until the new URL lands. A click counts only while the URL
  // still says what it said when the click happened; after that the URL decides again.
  const [pending, setPending] = useState<{ value: boolean; from: boolean } | null>(null);
  const on = pending && pending.from === inUrl ? pending.value : inUrl;
  const set = (next: boolean) => {
    setPending({ value: next, from: inUrl });
    setAuthority(next ? 'official' : undefined);
  };
  const id = useId();
  return (
    <div className="official-switch">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-checked={on}
          aria-describedby={`${id}-hint`}
          onChange={(e) => set(e.target.checked)}
        />
        <span className="switch-label">{t('authority.officialOnly')}</span>
      </label>
      <span id={`${id}-hint`} className="field-hint">
        {t('authority.officialOnlyHint')}
      </span>
      {on && (
        <p className="notice" role="status" data-testid="official-notice">
          {t('authority.officialOnlyActive')}{' '}
          <button type="button" className="link-button" onClick={() => set(false)}>
            {t('authority.showAll')}
          </button>
        </p>
      )}
    </div>
  );
}
