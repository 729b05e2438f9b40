/**
 * Checkbox list of places with a search box (Chinese name, English name, pinyin initials, code).
 * Without a search it lists the places with data; a search runs over the whole gazetteer on the
 * server. 呼和浩特 is always checked and cannot be removed; at most MAX_COMPARED_PLACES others.
 * Checked places stay at the top whatever the search, so a selection is never hidden.
 */
import { BENCHMARK_REGION_CODE, type Region } from '@ipb/domain';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/i18n';
import { usePlaces, useRegionSearch } from '@/lib/get-regions';
import { MAX_COMPARED_PLACES } from '../lib/indicators-search';

interface PlacePickerProps {
  /** The places with data, listed when nothing is searched for. */
  regions: readonly Region[];
  /** Benchmark first, then the compared places in pick order. */
  selected: readonly string[];
  onChange(codes: string[]): void;
}

function byPinyin(a: Region, b: Region) {
  return (a.pinyin || a.nameEn).localeCompare(b.pinyin || b.nameEn) || a.code.localeCompare(b.code);
}

export function PlacePicker({ regions, selected, onChange }: PlacePickerProps) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const id = useId();
  const compared = selected.filter((c) => c !== BENCHMARK_REGION_CODE);
  const full = compared.length >= MAX_COMPARED_PLACES;

  const pinnedCodes = useMemo(
    () => [BENCHMARK_REGION_CODE, ...selected.filter((c) => c !== BENCHMARK_REGION_CODE)],
    [selected],
  );
  const byCode = usePlaces(pinnedCodes);
  const found = useRegionSearch(query);
  const searching = query.trim() !== '';

  const visible = useMemo(() => {
    const pinned = pinnedCodes.flatMap((c) => byCode.get(c) ?? []);
    const rest = searching
      ? (found.data ?? []).filter((r) => !selected.includes(r.code))
      : regions.filter((r) => !selected.includes(r.code)).sort(byPinyin);
    return { pinned, rest };
  }, [regions, selected, pinnedCodes, byCode, searching, found.data]);

  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...selected, code] : selected.filter((c) => c !== code));

  const label = (r: Region) => (lang === 'en' ? r.nameEn : r.name);

  const item = (r: Region) => {
    const isBenchmark = r.code === BENCHMARK_REGION_CODE;
    const checked = selected.includes(r.code);
    return (
      <li key={r.code}>
        <label className={`place-option${checked ? ' is-checked' : ''}`}>
          <input
            type="checkbox"
            checked={checked}
            disabled={isBenchmark || (!checked && full)}
            onChange={(e) => toggle(r.code, e.target.checked)}
          />
          <span className="place-name">{label(r)}</span>
          {isBenchmark ? (
            <span className="badge badge-benchmark">{t('indicators.benchmark')}</span>
          ) : (
            <span className="place-code">{r.code}</span>
          )}
        </label>
      </li>
    );
  };

  return (
    <fieldset className="place-picker">
      <legend className="field-label">{t('indicators.places')}</legend>
      <label className="visually-hidden" htmlFor={`${id}-search`}>
        {t('indicators.placeSearch')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="input"
        placeholder={t('indicators.placeSearch')}
        aria-describedby={`${id}-hint ${id}-count`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('indicators.placeSearchHint')}
      </p>
      <p id={`${id}-count`} className="field-hint" aria-live="polite">
        {t('indicators.selectedCount', { count: compared.length, max: MAX_COMPARED_PLACES })}
        {full && <> · {t('indicators.maxReached')}</>}
      </p>
      <ul className="place-list">
        {visible.pinned.map(item)}
        {visible.rest.map(item)}
        {!visible.rest.length && searching && found.isSuccess && !found.isPlaceholderData && (
          <li className="field-hint">{t('indicators.noPlaceMatch')}</li>
        )}
      </ul>
    </fieldset>
  );
}
