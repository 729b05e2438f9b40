import { type SourceDetail, SourceDetailSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export async function getSource(id: number, signal?: AbortSignal): Promise<SourceDetail> {
  return apiGet(`/sources/${id}`, SourceDetailSchema, { signal });
}

export const sourceQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['sources', 'detail', id],
    queryFn: ({ signal }) => getSource(id, signal),
    staleTime: Infinity,
  });

export function useSource(id: number) {
  return useQuery(sourceQueryOptions(id));
}
