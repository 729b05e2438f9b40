/** Places (GET /api/regions): shared because every feature's place picker needs them. */
import { type Region, RegionListResponseSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from './api-client';

export async function getRegions({ withData = true, signal }: { withData?: boolean; signal?: AbortSignal } = {}) {
  const body = await apiGet('/regions', RegionListResponseSchema, { query: { withData: withData ? 1 : 0 }, signal });
  return body.items;
}

export const regionsQueryOptions = (withData = true) =>
  queryOptions<Region[]>({
    queryKey: ['regions', { withData }],
    queryFn: ({ signal }) => getRegions({ withData, signal }),
    staleTime: 10 * 60_000,
  });

export function useRegions(withData = true) {
  return useQuery(regionsQueryOptions(withData));
}
