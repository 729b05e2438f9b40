/** GET /api/regions/:code/profile, its figures filtered like every figure view (the official switch). */
import { type RegionProfile, RegionProfileSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { AuthorityParam } from '@/lib/use-authority-param';

export async function getRegionProfile(
  code: string,
  authority: AuthorityParam,
  signal?: AbortSignal,
): Promise<RegionProfile> {
  return apiGet(`/regions/${encodeURIComponent(code)}/profile`, RegionProfileSchema, {
    query: { authority },
    signal,
  });
}

export const regionProfileQueryOptions = (code: string, authority?: AuthorityParam) =>
  queryOptions({
    queryKey: ['regions', code, 'profile', { authority: authority ?? 'all' }],
    queryFn: ({ signal }) => getRegionProfile(code, authority, signal),
  });

/** While the source filter changes, the same place's profile stays on screen (never another place's). */
export function useRegionProfile(code: string, authority?: AuthorityParam) {
  return useQuery({
    ...regionProfileQueryOptions(code, authority),
    placeholderData: (previous) => (previous?.region.code === code ? previous : undefined),
  });
}
