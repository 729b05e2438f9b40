/**
 * Places as removable chips with a search box that adds one (Chinese or English name, pinyin
 * initials, code), searching the whole gazetteer on the server, places with data first; 呼和浩特 is a
 * fixed first chip when `benchmark` is shown. Matches are plain buttons, so Tab and Enter are all a
 * keyboard needs. Shared by the views that pick places.
 */
import { BENCHMARK_REGION_CODE } from '@ipb/domain';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/i18n';
import { PLACE_SUGGESTIONS, usePlaces, useRegionSearch } from '@/lib/get-regions';
import './places-picker.css';

interface Props {
  selected: readonly string[];
  max: number;
  onChange(codes: string[]): void;
  label?: string;
  /** Show 呼和浩特 as the fixed benchmark chip (default true). */
  benchmark?: boolean;
}

export function PlacesPicker({ selected, max, onChange, label, benchmark = true }: Props) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const id = useId();
  const byCode = usePlaces(useMemo(() => [BENCHMARK_REGION_CODE, ...selected], [selected]));
  const found = useRegionSearch(query);
  const name = (code: string) => {
    const r = byCode.get(code);
    return r ? (lang === 'en' ? r.nameEn : r.name) : code;
  };
  const full = selected.length >= max;
  const suggestions = useMemo(
    () =>
      query.trim()
        ? (found.data ?? [])
            .filter((r) => r.code !== BENCHMARK_REGION_CODE && !selected.includes(r.code))
            .slice(0, PLACE_SUGGESTIONS)
        : [],
    [found.data, selected, query],
  );
  const add = (code: string) => {
    if (full) return;
    onChange([...selected, code]);
    setQuery('');
  };
  return (
    <fieldset className="places-picker">
      <legend className="field-label">{label ?? t('places.label')}</legend>
      <ul className="places-chips" aria-label={label ?? t('places.label')}>
        {benchmark && (
          <li className="places-chip places-chip-benchmark">
            {name(BENCHMARK_REGION_CODE)} <span className="badge badge-benchmark">{t('places.benchmark')}</span>
          </li>
        )}
        {selected.map((code) => (
          <li key={code} className="places-chip">
            {name(code)}
            <button
              type="button"
              className="places-remove"
              aria-label={t('places.remove', { name: name(code) })}
              onClick={() => onChange(selected.filter((c) => c !== code))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <label className="visually-hidden" htmlFor={`${id}-q`}>
        {t('places.search')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        className="input"
        placeholder={t('places.search')}
        aria-describedby={`${id}-hint`}
        value={query}
        disabled={full}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && suggestions[0] && !found.isPlaceholderData) {
            e.preventDefault();
            add(suggestions[0].code);
          }
        }}
      />
      <p id={`${id}-hint`} className="field-hint" aria-live="polite">
        {t('places.searchHint')} · {t('places.count', { count: selected.length, max })}
      </p>
      {query.trim() !== '' && (
        <ul className="places-suggestions" aria-label={t('places.search')}>
          {suggestions.map((r) => (
            <li key={r.code}>
              <button type="button" className="places-suggestion" onClick={() => add(r.code)}>
                {lang === 'en' ? r.nameEn : r.name} <span className="place-code">{r.code}</span>
              </button>
            </li>
          ))}
          {!suggestions.length && found.isSuccess && !found.isPlaceholderData && (
            <li className="field-hint">{t('places.noMatch')}</li>
          )}
        </ul>
      )}
    </fieldset>
  );
}
