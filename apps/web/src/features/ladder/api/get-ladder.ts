/** GET /api/regions/:code/ladder: the ladder of a place beside 呼和浩特 and the chosen places. */
import { type LadderResponse, LadderResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { AuthorityParam } from '@/lib/use-authority-param';

export interface LadderParams {
  region: string;
  regions: readonly string[];
  authority?: AuthorityParam;
}

export const ladderQueryOptions = (p: LadderParams) =>
  queryOptions({
    queryKey: ['ladder', p.region, [...p.regions], { authority: p.authority ?? 'all' }],
    queryFn: ({ signal }): Promise<LadderResponse> =>
      apiGet(`/regions/${encodeURIComponent(p.region)}/ladder`, LadderResponseSchema, {
        query: { regions: p.regions.join(','), authority: p.authority },
        signal,
      }),
  });

export function useLadder(p: LadderParams) {
  return useQuery({ ...ladderQueryOptions(p), placeholderData: keepPreviousData });
}
