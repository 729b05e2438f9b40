/** The full-text search field: typing updates `q` in the URL after a short pause (not on every key). */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '@/i18n';
import { MAX_QUERY_LENGTH } from '../lib/measures-search';

export const SEARCH_DEBOUNCE_MS = 300;

export function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const lastSent = useRef(value);

  // The URL changed from elsewhere (back button, "clear all"): show it.
  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setDraft(value);
    }
  }, [value]);

  useEffect(() => {
    const next = draft.trim();
    if (next === lastSent.current) return;
    const timer = setTimeout(() => {
      lastSent.current = next;
      onChange(next);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, onChange]);

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is unknown to happy-dom and to Safari before 17; a form with role="search" is read the same
    <form
      role="search"
      className="field measure-search"
      onSubmit={(e) => {
        // Enter searches at once instead of waiting for the pause.
        e.preventDefault();
        lastSent.current = draft.trim();
        onChange(draft.trim());
      }}
    >
      <label className="field-label" htmlFor={id}>
        {t('measures.search')}
      </label>
      <input
        id={id}
        className="input"
        type="search"
        value={draft}
        maxLength={MAX_QUERY_LENGTH}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setDraft(e.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('measures.searchHint')}
      </p>
    </form>
  );
}
