import { ConflictSchema, type SettleConflictBody } from '@ipb/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Send, useSend } from '@/lib/api-send';
import { REVIEW_QUEUE_KEY, type ReviewQueue, withoutItems } from './get-review-queue';

/** POST /api/conflicts/settlements: the reviewer's choice, with a reason; the API audits it. */
export async function settleConflict(send: Send, body: SettleConflictBody) {
  return send('POST', '/conflicts/settlements', body, ConflictSchema);
}

export function useSettleConflict() {
  const send = useSend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SettleConflictBody) => settleConflict(send, body),
    onSuccess: async (_conflict, body) => {
      // A settled conflict leaves every view of the queue at once; the refetch brings the server's order.
      queryClient.setQueriesData<ReviewQueue>({ queryKey: REVIEW_QUEUE_KEY }, (old) =>
        withoutItems(old, (i) => i.conflictKey === body.key),
      );
      // The preferred value changes wherever the figure is shown (charts, compare, profiles, the
      // queue and the conflict list), so every data query is stale; only the session is not.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    },
  });
}
