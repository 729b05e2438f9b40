/** GET /api/peer-groups and GET /api/regions/:code/peer-profile. */
import {
  type PeerGroupInfo,
  PeerGroupListResponseSchema,
  type PeerProfileResponse,
  PeerProfileResponseSchema,
} from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { AuthorityParam } from '@/lib/use-authority-param';

export const peerGroupsQueryOptions = () =>
  queryOptions({
    queryKey: ['peer-groups'],
    queryFn: async ({ signal }): Promise<PeerGroupInfo[]> =>
      (await apiGet('/peer-groups', PeerGroupListResponseSchema, { signal })).groups,
  });

export function usePeerGroups() {
  return useQuery(peerGroupsQueryOptions());
}

export interface PeerProfileParams {
  place: string;
  group: string | null;
  picked: readonly string[];
  authority?: AuthorityParam;
}

export const peerProfileQueryOptions = (p: PeerProfileParams) =>
  queryOptions({
    queryKey: ['peer-profile', p.place, p.group ?? 'default', [...p.picked], { authority: p.authority ?? 'all' }],
    queryFn: ({ signal }): Promise<PeerProfileResponse> =>
      apiGet(`/regions/${encodeURIComponent(p.place)}/peer-profile`, PeerProfileResponseSchema, {
        query: {
          group: p.picked.length ? undefined : (p.group ?? undefined),
          regions: p.picked.length ? p.picked.join(',') : undefined,
          authority: p.authority,
        },
        signal,
      }),
  });

export function usePeerProfile(p: PeerProfileParams) {
  return useQuery({ ...peerProfileQueryOptions(p), placeholderData: keepPreviousData });
}
