import { ConflictListResponseSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export type ConflictList = ReturnType<typeof ConflictListResponseSchema.parse>;
export type Conflict = ConflictList['items'][number];

/**
 * The open conflicts, each with every value ranked by the rule. The queue only names a conflict
 * (conflictKey); one list for the whole page gives every conflict card its values at once.
 */
export async function getOpenConflicts(signal?: AbortSignal): Promise<ConflictList> {
  return apiGet('/conflicts', ConflictListResponseSchema, { query: { status: 'open' }, signal });
}

export const openConflictsQueryOptions = () =>
  queryOptions({
    queryKey: ['conflicts', { status: 'open' }],
    queryFn: ({ signal }) => getOpenConflicts(signal),
    staleTime: 0,
  });

export function useOpenConflicts(enabled = true) {
  return useQuery({ ...openConflictsQueryOptions(), enabled });
}
