/**
 * Places beside the benchmark in the URL as `regions=320100,321000` (the ladder, instrument-terms and
 * peer views): forgiving parsing (bad codes dropped, no benchmark, no duplicates, at most `max`).
 */
import { BENCHMARK_REGION_CODE, RegionCodeSchema } from '@ipb/domain';
import { useCallback, useMemo } from 'react';
import { useUrlParams } from '@/lib/use-url-params';

export function parsePlaces(value: string | null, max: number): string[] {
  const codes = (value ?? '').split(',').map((c) => c.trim());
  const valid = codes.filter((c) => c !== BENCHMARK_REGION_CODE && RegionCodeSchema.safeParse(c).success);
  return [...new Set(valid)].slice(0, max);
}

export function usePlacesParam(max: number, name = 'regions'): [string[], (next: string[]) => void] {
  const [params, setParams] = useUrlParams();
  const value = params.get(name);
  const places = useMemo(() => parsePlaces(value, max), [value, max]);
  const setPlaces = useCallback(
    (next: string[]) =>
      setParams((prev) => {
        const copy = new URLSearchParams(prev);
        const codes = parsePlaces(next.join(','), max);
        if (codes.length) copy.set(name, codes.join(','));
        else copy.delete(name);
        return copy;
      }),
    [setParams, max, name],
  );
  return [places, setPlaces];
}

/** One more URL parameter of a view (year, group, instrument …): null when absent. */
export function useSearchValue(name: string): [string | null, (next: string | null) => void] {
  const [params, setParams] = useUrlParams();
  const set = useCallback(
    (next: string | null) =>
      setParams((prev) => {
        const copy = new URLSearchParams(prev);
        if (next) copy.set(name, next);
        else copy.delete(name);
        return copy;
      }),
    [setParams, name],
  );
  return [params.get(name), set];
}
