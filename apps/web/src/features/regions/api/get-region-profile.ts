import { type RegionProfile, RegionProfileSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export async function getRegionProfile(code: string, signal?: AbortSignal): Promise<RegionProfile> {
  return apiGet(`/regions/${encodeURIComponent(code)}/profile`, RegionProfileSchema, { signal });
}

export const regionProfileQueryOptions = (code: string) =>
  queryOptions({
    queryKey: ['regions', code, 'profile'],
    queryFn: ({ signal }) => getRegionProfile(code, signal),
  });

export function useRegionProfile(code: string) {
  return useQuery(regionProfileQueryOptions(code));
}
