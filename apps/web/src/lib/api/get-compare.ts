/**
 * GET /api/compare: places side by side with 呼和浩特. Used by Compare (everything) and by the
 * overview heatmap (its measure counts), so it lives here with one query key: an invalidation after
 * an import or a review reaches both views. `authority` filters the figures (the official switch).
 */
import { BENCHMARK_REGION_CODE, CompareBodySchema, type CompareResponse, unpackCompare } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { AuthorityParam } from '@/lib/use-authority-param';

export interface CompareParams {
  /** Compared places, without the benchmark (the API needs at least one: pass the benchmark then). */
  regions: readonly string[];
  themes: readonly string[];
  authority?: AuthorityParam;
}

export async function getCompare(params: CompareParams, signal?: AbortSignal): Promise<CompareResponse> {
  // The body names each figure once (the benchmark's is in every row); the views get the comparison.
  const body = await apiGet('/compare', CompareBodySchema, {
    query: {
      regions: params.regions.join(','),
      benchmark: BENCHMARK_REGION_CODE,
      theme: params.themes.length ? params.themes.join(',') : undefined,
      authority: params.authority,
    },
    signal,
  });
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
