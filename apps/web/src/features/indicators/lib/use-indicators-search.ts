import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type IndicatorsSearch, parseIndicatorsSearch, toSearchParams } from './indicators-search';

/** URL state of the Indicators page: read it, and change part of it as a new history entry. */
export function useIndicatorsSearch(): [IndicatorsSearch, (patch: Partial<IndicatorsSearch>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseIndicatorsSearch(params), [params]);
  const update = useCallback(
    (patch: Partial<IndicatorsSearch>) =>
      setParams((prev) => {
        const next = toSearchParams({ ...parseIndicatorsSearch(prev), ...patch });
        // The theme filter (shared by every view) owns `theme`: carry it over untouched.
        const theme = prev.get('theme');
        if (theme) next.set('theme', theme);
        return next;
      }),
    [setParams],
  );
  return [state, update];
}
