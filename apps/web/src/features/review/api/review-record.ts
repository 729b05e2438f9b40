import type { MeasurePatch, ObservationPatch } from '@ipb/domain';
import { ReviewResultSchema } from '@ipb/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Send, useSend } from '@/lib/api-send';
import { REVIEW_QUEUE_KEY, type ReviewItem, type ReviewQueue, withoutItems } from './get-review-queue';

export type ReviewAction =
  | { entity: 'measure'; id: number; patch: MeasurePatch }
  | { entity: 'observation'; id: number; patch: ObservationPatch };

export type ReviewResult = ReturnType<typeof ReviewResultSchema.parse>;

/** PATCH /api/measures/:id or /api/observations/:id: accept, correct or reject; the API writes the audit log. */
export async function reviewRecord(send: Send, action: ReviewAction): Promise<ReviewResult> {
  const path = action.entity === 'measure' ? `/measures/${action.id}` : `/observations/${action.id}`;
  return send('PATCH', path, action.patch, ReviewResultSchema);
}

export const itemKey = (item: Pick<ReviewItem, 'entity' | 'id'>) => `${item.entity}:${item.id}`;

export function useReviewRecord() {
  const send = useSend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ReviewAction) => reviewRecord(send, action),
    onSuccess: async (_result, action) => {
      // The reviewed item leaves every view of the queue at once; the refetch brings the server's order.
      queryClient.setQueriesData<ReviewQueue>({ queryKey: REVIEW_QUEUE_KEY }, (old) =>
        withoutItems(old, (i) => itemKey(i) === itemKey(action)),
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: REVIEW_QUEUE_KEY }),
        queryClient.invalidateQueries({ queryKey: ['measures'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}
