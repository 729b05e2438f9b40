import { type Target, TargetListResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type TargetsParams, targetsRequest } from '@/early/api-urls';
import { apiGet } from '@/lib/api-client';

export type { TargetsParams };

/** Targets of one indicator in the given places, each with its progress status (GET /api/targets). */
export async function getTargets(params: TargetsParams, signal?: AbortSignal): Promise<Target[]> {
  const { path, query } = targetsRequest(params);
  const body = await apiGet(path, TargetListResponseSchema, { query, signal });
  return body.items;
}

export const targetsQueryOptions = (params: TargetsParams) =>
  queryOptions({
    queryKey: ['targets', params.indicator, [...params.regions], { authority: params.authority ?? 'all' }],
    queryFn: ({ signal }) => getTargets(params, signal),
  });

export function useTargets(params: TargetsParams) {
  return useQuery({ ...targetsQueryOptions(params), placeholderData: keepPreviousData });
}
