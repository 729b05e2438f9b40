/**
 * The compared places (`regions=`) and the value view (`view=`), read from and written to the URL;
 * themes use useThemeParam and the official switch useAuthorityParam.
 */
import { useCallback, useMemo } from 'react';
import { useUrlParams } from '@/lib/use-url-params';
import { type CompareView, normaliseCompared, parseComparedParam, parseViewParam } from './compare-search';

export function useComparedPlaces(): [string[], (next: string[]) => void] {
  const [params, setParams] = useUrlParams();
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

export function useCompareView(): [CompareView, (next: CompareView) => void] {
  const [params, setParams] = useUrlParams();
  const view = parseViewParam(params.get('view'));
  const setView = useCallback(
    (next: CompareView) =>
      setParams((prev) => {
        const copy = new URLSearchParams(prev);
        if (next === 'absolute') copy.delete('view');
        else copy.set('view', next);
        return copy;
      }),
    [setParams],
  );
  return [view, setView];
}
