import { SourceListResponseSchema, type SourceSummary } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export const sourcesQueryOptions = () =>
  queryOptions<SourceSummary[]>({
    queryKey: ['sources'],
    queryFn: async ({ signal }) => (await apiGet('/sources', SourceListResponseSchema, { signal })).items,
  });

export function useSources() {
  return useQuery(sourcesQueryOptions());
}
