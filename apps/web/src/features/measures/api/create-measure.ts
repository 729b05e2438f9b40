import { type BureauMeasureInput, MeasureCreatedSchema } from '@ipb/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Send, useSend } from '@/lib/api-send';
import { refreshAfterEntry } from './refresh-after-entry';

export type MeasureCreated = ReturnType<typeof MeasureCreatedSchema.parse>;

/** POST /api/measures: one measure of the bureau's own policy inventory; it enters the review queue. */
export async function createMeasure(send: Send, input: BureauMeasureInput): Promise<MeasureCreated> {
  return send('POST', '/measures', input, MeasureCreatedSchema);
}

export function useCreateMeasure() {
  const send = useSend();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BureauMeasureInput) => createMeasure(send, input),
    onSuccess: () => refreshAfterEntry(queryClient),
  });
}
