/** The compared places, read from and written to the URL (`regions=`); themes use useThemeParam. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { normaliseCompared, parseComparedParam } from './compare-search';

export function useComparedPlaces(): [string[], (next: string[]) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('regions');
  const compared = useMemo(() => parseComparedParam(value), [value]);
  const setCompared = useCallback(
    (next: string[]) =>
      setParams((prev) => {
        const copy = new URLSearchParams(prev);
        const codes = normaliseCompared(next);
        if (codes.length) copy.set('regions', codes.join(','));
        else copy.delete('regions');
        return copy;
      }),
    [setParams],
  );
  return [compared, setCompared];
}
