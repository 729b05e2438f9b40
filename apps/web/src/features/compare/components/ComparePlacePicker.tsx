/**
 * The compared places as chips with remove buttons, and a search box that adds one (Chinese name,
 * English name, pinyin initials, code), searching the whole gazetteer on the server, places with
 * data first. 呼和浩特 is the fixed first chip: it cannot be removed. Matches are plain buttons under
 * the box, so Tab and Enter are all a keyboard needs.
 */
import { BENCHMARK_REGION_CODE } from '@ipb/domain';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/i18n';
import { PLACE_SUGGESTIONS, usePlaces, useRegionSearch } from '@/lib/get-regions';
import { MAX_COMPARED_PLACES } from '../lib/compare-search';
import { placeName } from '../lib/place-name';

interface Props {
  compared: readonly string[];
  onChange(codes: string[]): void;
}

export function ComparePlacePicker({ compared, onChange }: Props) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const id = useId();
  const byCode = usePlaces(useMemo(() => [BENCHMARK_REGION_CODE, ...compared], [compared]));
  const found = useRegionSearch(query);
  const full = compared.length >= MAX_COMPARED_PLACES;
  const name = (code: string) => placeName(byCode.get(code), code, lang);

  const suggestions = useMemo(() => {
    if (!query.trim()) return [];
    return (found.data ?? [])
      .filter((r) => r.code !== BENCHMARK_REGION_CODE && !compared.includes(r.code))
      .slice(0, PLACE_SUGGESTIONS);
  }, [found.data, compared, query]);

  const add = (code: string) => {
    if (full) return;
    onChange([...compared, code]);
    setQuery('');
  };

  return (
    <fieldset className="compare-picker">
      <legend className="field-label">{t('compare.places')}</legend>
      <ul className="compare-chips" aria-label={t('compare.places')}>
        <li className="place-chip place-chip-benchmark">
          <span>{name(BENCHMARK_REGION_CODE)}</span>
          <span className="badge badge-benchmark">{t('compare.benchmark')}</span>
        </li>
        {compared.map((code) => (
          <li key={code} className="place-chip">
            <span>{name(code)}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('compare.remove', { name: name(code) })}
              onClick={() => onChange(compared.filter((c) => c !== code))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <label className="visually-hidden" htmlFor={`${id}-search`}>
        {t('compare.placeSearch')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="input compare-search"
        placeholder={t('compare.placeSearch')}
        aria-describedby={`${id}-hint ${id}-count`}
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
      <p id={`${id}-hint`} className="field-hint">
        {t('compare.placeSearchHint')}
      </p>
      <p id={`${id}-count`} className="field-hint" aria-live="polite">
        {t('compare.selectedCount', { count: compared.length, max: MAX_COMPARED_PLACES })}
        {full && <> · {t('compare.maxReached')}</>}
      </p>
      {query.trim() !== '' && (
        <ul className="compare-suggestions" aria-label={t('compare.placeSearch')}>
          {suggestions.map((r) => (
            <li key={r.code}>
              <button type="button" className="suggestion-button" onClick={() => add(r.code)}>
                {placeName(r, r.code, lang)} <span className="place-code">{r.code}</span>
              </button>
            </li>
          ))}
          {!suggestions.length && found.isSuccess && !found.isPlaceholderData && (
            <li className="field-hint">{t('compare.noPlaceMatch')}</li>
          )}
        </ul>
      )}
    </fieldset>
  );
}
