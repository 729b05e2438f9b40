import { type SeriesWithMarkersResponse, SeriesWithMarkersResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type SeriesParams, seriesRequest } from '@/early/api-urls';
import { apiGet } from '@/lib/api-client';

export type { SeriesParams };

export async function getSeries(params: SeriesParams, signal?: AbortSignal): Promise<SeriesWithMarkersResponse> {
  const { path, query } = seriesRequest(params);
  return apiGet(path, SeriesWithMarkersResponseSchema, { query, signal });
}

export const seriesQueryOptions = (params: SeriesParams) =>
  queryOptions({
    queryKey: [
      'series',
      params.indicator,
      [...params.regions],
      { authority: params.authority ?? 'all', markers: params.markerThemes ? [...params.markerThemes] : null },
    ],
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
