import { BENCHMARK_REGION_CODE, type CompareResponse, CompareResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export interface CompareParams {
  /** Compared places, without the benchmark. */
  regions: readonly string[];
  themes: readonly string[];
}

export async function getCompare(params: CompareParams, signal?: AbortSignal): Promise<CompareResponse> {
  return apiGet('/compare', CompareResponseSchema, {
    query: {
      regions: params.regions.join(','),
      benchmark: BENCHMARK_REGION_CODE,
      theme: params.themes.length ? params.themes.join(',') : undefined,
    },
    signal,
  });
}

export const compareQueryOptions = (params: CompareParams) =>
  queryOptions({
    queryKey: ['compare', [...params.regions], [...params.themes]],
    queryFn: ({ signal }) => getCompare(params, signal),
  });

/** Keeps the previous comparison on screen while a new place or theme loads. */
export function useCompare(params: CompareParams) {
  return useQuery({
    ...compareQueryOptions(params),
    enabled: params.regions.length > 0,
    placeholderData: keepPreviousData,
  });
}
