import { type SeriesResponse, SeriesResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { AuthorityParam } from '@/lib/use-authority-param';

export interface SeriesParams {
  indicator: string;
  /** Region codes, benchmark first. */
  regions: readonly string[];
  /** `official` keeps figures from official sources only (the switch); undefined = all, each badged. */
  authority?: AuthorityParam;
}

export async function getSeries(params: SeriesParams, signal?: AbortSignal): Promise<SeriesResponse> {
  return apiGet('/series', SeriesResponseSchema, {
    query: { indicator: params.indicator, regions: params.regions.join(','), authority: params.authority },
    signal,
  });
}

export const seriesQueryOptions = (params: SeriesParams) =>
  queryOptions({
    queryKey: ['series', params.indicator, [...params.regions], { authority: params.authority ?? 'all' }],
    queryFn: ({ signal }) => getSeries(params, signal),
  });

/** Keeps the previous chart on screen while a new place or indicator loads (no flash, no jump). */
export function useSeries(params: SeriesParams | null) {
  return useQuery({
    ...seriesQueryOptions(params ?? { indicator: '', regions: [] }),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}
