import { type Target, TargetListResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { AuthorityParam } from '@/lib/use-authority-param';

export interface TargetsParams {
  indicator: string;
  /** Region codes, benchmark first. */
  regions: readonly string[];
  authority?: AuthorityParam;
}

/** Targets of one indicator in the given places, each with its progress status (GET /api/targets). */
export async function getTargets(params: TargetsParams, signal?: AbortSignal): Promise<Target[]> {
  const body = await apiGet('/targets', TargetListResponseSchema, {
    query: { indicator: params.indicator, region: params.regions.join(','), authority: params.authority },
    signal,
  });
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
