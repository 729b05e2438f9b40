import { BENCHMARK_REGION_CODE, type GapsResponse, GapsResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export async function getGaps(regions: readonly string[], signal?: AbortSignal): Promise<GapsResponse> {
  return apiGet('/gaps', GapsResponseSchema, {
    query: { regions: regions.join(','), benchmark: BENCHMARK_REGION_CODE },
    signal,
  });
}

export const gapsQueryOptions = (regions: readonly string[]) =>
  queryOptions({
    queryKey: ['gaps', [...regions]],
    queryFn: ({ signal }) => getGaps(regions, signal),
  });

export function useGaps(regions: readonly string[]) {
  return useQuery({ ...gapsQueryOptions(regions), enabled: regions.length > 0, placeholderData: keepPreviousData });
}
