import { MeasureFacetsResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { type MeasuresSearch, toApiQuery } from '../lib/measures-search';

export type MeasureFacets = ReturnType<typeof MeasureFacetsResponseSchema.parse>;

/** Counts per theme, place, year, source and programme; each facet ignores its own selection. */
export async function getMeasureFacets(search: MeasuresSearch, signal?: AbortSignal): Promise<MeasureFacets> {
  return apiGet('/measures/facets', MeasureFacetsResponseSchema, { query: toApiQuery(search), signal });
}

export const measureFacetsQueryOptions = (search: MeasuresSearch) =>
  queryOptions({
    queryKey: ['measures', 'facets', toApiQuery(search)],
    queryFn: ({ signal }) => getMeasureFacets(search, signal),
  });

export function useMeasureFacets(search: MeasuresSearch) {
  return useQuery({ ...measureFacetsQueryOptions(search), placeholderData: keepPreviousData });
}
