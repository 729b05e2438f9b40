import { type GapsResponse, GapsResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { gapsRequest } from '@/early/api-urls';
import { apiGet } from '@/lib/api-client';

/** The gaps of `regions` against 呼和浩特, in the chosen themes (all when none). */
export async function getGaps(
  regions: readonly string[],
  themes: readonly string[],
  signal?: AbortSignal,
): Promise<GapsResponse> {
  const { path, query } = gapsRequest(regions, themes);
  return apiGet(path, GapsResponseSchema, { query, signal });
}

export const gapsQueryOptions = (regions: readonly string[], themes: readonly string[]) =>
  queryOptions({
    queryKey: ['gaps', [...regions], [...themes]],
    queryFn: ({ signal }) => getGaps(regions, themes, signal),
  });

export function useGaps(regions: readonly string[], themes: readonly string[]) {
  return useQuery({
    ...gapsQueryOptions(regions, themes),
    enabled: regions.length > 0,
    placeholderData: keepPreviousData,
  });
}
