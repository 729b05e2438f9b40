import { MeasureFacetsResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export const measureFacetsQueryOptions = (themes: readonly string[]) =>
  queryOptions({
    queryKey: ['measures', 'facets', { theme: [...themes] }],
    queryFn: ({ signal }) =>
      apiGet('/measures/facets', MeasureFacetsResponseSchema, {
        query: { theme: themes.length ? themes.join(',') : undefined },
        signal,
      }),
  });

/** Counts per theme, place, year, source and programme for measures in `themes` (all when empty). */
export function useMeasureFacets(themes: readonly string[]) {
  return useQuery({ ...measureFacetsQueryOptions(themes), placeholderData: keepPreviousData });
}
