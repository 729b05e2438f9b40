/** GET /api/digest: what the latest import (or every import since a date) changed for 呼和浩特. */
import { type DigestResponse, DigestResponseSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export const digestQueryOptions = (since: string | null) =>
  queryOptions({
    queryKey: ['digest', since ?? 'last'],
    queryFn: ({ signal }): Promise<DigestResponse> =>
      apiGet('/digest', DigestResponseSchema, { query: { since: since ?? undefined, limit: 100 }, signal }),
  });

export function useDigest(since: string | null) {
  return useQuery(digestQueryOptions(since));
}
