import { type SourceDetail, type SourceSummary, SourceSummarySchema } from '@ipb/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withSource } from '@/lib/api/get-sources';
import { type Send, useSend } from '@/lib/api-send';
import { sourceQueryOptions } from './get-source';

export interface AuthorityChange {
  id: number;
  patch: { authority: SourceSummary['authority']; reason: string };
}

/** PATCH /api/sources/:id: an editor overrides the class the rules gave; the API audits it. */
export async function patchSourceAuthority(send: Send, { id, patch }: AuthorityChange): Promise<SourceSummary> {
  return send('PATCH', `/sources/${id}`, patch, SourceSummarySchema);
}

export function usePatchSourceAuthority() {
  const send = useSend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: AuthorityChange) => patchSourceAuthority(send, change),
    onSuccess: (updated) => {
      // The list and the reader show the new class at once …
      queryClient.setQueriesData({ queryKey: ['sources', 'list'] }, (old: unknown) => withSource(old, updated));
      queryClient.setQueryData<SourceDetail>(sourceQueryOptions(updated.id).queryKey, (old) =>
        old ? { ...old, ...updated } : old,
      );
      // … and since the class is on every number (and ranks conflicting values), every data query
      // is stale; only the session is not. Not awaited: the form closes as the badge changes, not
      // after every page's queries have been fetched again.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    },
  });
}
