/**
 * How many figures the reader can see: the `total` of GET /api/observations (one row asked for),
 * with the official-sources filter applied like every figure view, so the headline count and the
 * views it links to agree.
 */
import { ObservationListResponseSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { AuthorityParam } from '@/lib/use-authority-param';

export const figureCountQueryOptions = (authority?: AuthorityParam) =>
  queryOptions({
    queryKey: ['observations', 'count', { authority: authority ?? 'all' }],
    queryFn: async ({ signal }) =>
      (await apiGet('/observations', ObservationListResponseSchema, { query: { limit: 1, authority }, signal })).total,
  });

export function useFigureCount(authority?: AuthorityParam) {
  return useQuery(figureCountQueryOptions(authority));
}
