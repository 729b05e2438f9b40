import { useCallback, useMemo } from 'react';
import { carrySharedParams } from '@/lib/shared-params';
import { useUrlParams } from '@/lib/use-url-params';
import { type IndicatorsSearch, parseIndicatorsSearch, toSearchParams } from './indicators-search';

/** URL state of the Indicators page: read it, and change part of it as a new history entry. */
export function useIndicatorsSearch(): [IndicatorsSearch, (patch: Partial<IndicatorsSearch>) => void] {
  const [params, setParams] = useUrlParams();
  const state = useMemo(() => parseIndicatorsSearch(params), [params]);
  const update = useCallback(
    (patch: Partial<IndicatorsSearch>) =>
      setParams((prev) => {
        // The theme filter and the official switch are shared by every view: carry them over untouched.
        return carrySharedParams(prev, toSearchParams({ ...parseIndicatorsSearch(prev), ...patch }));
      }),
    [setParams],
  );
  return [state, update];
}
