import { HealthResponseSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => apiGet('/health', HealthResponseSchema, { signal }),
  });

export function useHealth() {
  return useQuery(healthQueryOptions());
}
