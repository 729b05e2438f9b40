import { type Target, TargetListResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type TargetsParams, targetsRequest } from '@/early/api-urls';
import { apiGet } from '@/lib/api-client';

export type { TargetsParams };

export interface TargetsPage {
  /** The targets the chart draws (呼和浩特's first). */
  items: Target[];
  /** How many the places have in all: more than `items` only past the API's maximum. */
  total: number;
}

/** Targets of one indicator in the given places, each with its progress status (GET /api/targets). */
export async function getTargets(params: TargetsParams, signal?: AbortSignal): Promise<TargetsPage> {
  const { path, query } = targetsRequest(params);
  const body = await apiGet(path, TargetListResponseSchema, { query, signal });
  return { items: body.items, total: body.total };
}

export const targetsQueryOptions = (params: TargetsParams) =>
  queryOptions({
    queryKey: ['targets', params.indicator, [...params.regions], { authority: params.authority ?? 'all' }],
    queryFn: ({ signal }) => getTargets(params, signal),
  });

export function useTargets(params: TargetsParams) {
  return useQuery({ ...targetsQueryOptions(params), placeholderData: keepPreviousData });
}
