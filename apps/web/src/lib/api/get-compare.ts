/**
 * GET /api/compare: places side by side with 呼和浩特. Used by Compare (everything) and by the
 * overview heatmap (its measure counts), so it lives here with one query key: an invalidation after
 * an import or a review reaches both views. `authority` filters the figures (the official switch).
 */
import { CompareBodySchema, type CompareResponse, unpackCompare } from '@ipb/domain';
import { keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type CompareParams, compareRequest } from '@/early/api-urls';
import { apiGet } from '@/lib/api-client';

export type { CompareParams };

export async function getCompare(params: CompareParams, signal?: AbortSignal): Promise<CompareResponse> {
  // The body names each figure once (the benchmark's is in every row); the views get the comparison.
  const { path, query } = compareRequest(params);
  const body = await apiGet(path, CompareBodySchema, { query, signal });
  return unpackCompare(body);
}

export const compareQueryOptions = (params: CompareParams) =>
  queryOptions({
    queryKey: ['compare', [...params.regions], [...params.themes], { authority: params.authority ?? 'all' }],
    queryFn: ({ signal }) => getCompare(params, signal),
  });

/** Keeps the previous comparison on screen while a new place, theme or source filter loads. */
export function useCompare(params: CompareParams) {
  return useQuery({
    ...compareQueryOptions(params),
    enabled: params.regions.length > 0,
    placeholderData: keepPreviousData,
  });
}

/**
 * The indicator rows after those a comparison shows (its body stays within 100 KB: `indicatorsNext`),
 * a page at a time from `indicatorCursor`; each page is the rows only.
 */
export function useMoreIndicatorRows(params: CompareParams, next: string | undefined, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [
      'compare',
      'rows',
      [...params.regions],
      [...params.themes],
      { authority: params.authority ?? 'all' },
      next,
    ],
    queryFn: async ({ signal, pageParam }) => {
      const { path, query } = compareRequest(params);
      const body = await apiGet(path, CompareBodySchema, { query: { ...query, indicatorCursor: pageParam }, signal });
      const { indicators, indicatorsNext } = unpackCompare(body);
      return { indicators, indicatorsNext };
    },
    initialPageParam: next ?? '',
    getNextPageParam: (last) => last.indicatorsNext,
    enabled: enabled && next !== undefined,
  });
}
