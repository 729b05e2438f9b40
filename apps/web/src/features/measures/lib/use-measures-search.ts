import { useCallback, useMemo } from 'react';
import { useUrlParams } from '@/lib/use-url-params';
import { type MeasuresSearch, parseMeasuresSearch, writeMeasuresSearch } from './measures-search';

/** The page's filters from the URL, and an updater that writes a change back (replacing history). */
export function useMeasuresSearch(): [MeasuresSearch, (change: Partial<MeasuresSearch>) => void] {
  const [params, setParams] = useUrlParams();
  const search = useMemo(() => parseMeasuresSearch(params), [params]);
  const update = useCallback(
    (change: Partial<MeasuresSearch>) =>
      setParams((prev) => writeMeasuresSearch(prev, { ...parseMeasuresSearch(prev), ...change }), { replace: true }),
    [setParams],
  );
  return [search, update];
}
