import { type SeriesWithMarkersResponse, SeriesWithMarkersResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { AuthorityParam } from '@/lib/use-authority-param';

export interface SeriesParams {
  indicator: string;
  /** Region codes, benchmark first. */
  regions: readonly string[];
  /** `official` keeps figures from official sources only (the switch); undefined = all, each badged. */
  authority?: AuthorityParam;
  /** Ask for the places' measures as timeline markers, of these themes (empty = all); absent = none. */
  markerThemes?: readonly string[];
}

export async function getSeries(params: SeriesParams, signal?: AbortSignal): Promise<SeriesWithMarkersResponse> {
  return apiGet('/series', SeriesWithMarkersResponseSchema, {
    query: {
      indicator: params.indicator,
      regions: params.regions.join(','),
      authority: params.authority,
      markers: params.markerThemes ? 1 : undefined,
      theme: params.markerThemes?.length ? params.markerThemes.join(',') : undefined,
    },
    signal,
  });
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
