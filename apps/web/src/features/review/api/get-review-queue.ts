import { ReviewQueueResponseSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export type ReviewQueue = ReturnType<typeof ReviewQueueResponseSchema.parse>;
export type ReviewItem = ReviewQueue['items'][number];

export const QUEUE_LIMIT = 100;

/** Conflicts first, then the least confident extractions (the API's order). Editors only. */
export async function getReviewQueue(signal?: AbortSignal): Promise<ReviewQueue> {
  return apiGet('/review-queue', ReviewQueueResponseSchema, { query: { limit: QUEUE_LIMIT }, signal });
}

export const reviewQueueQueryOptions = () =>
  queryOptions({ queryKey: ['review-queue'], queryFn: ({ signal }) => getReviewQueue(signal), staleTime: 0 });

export function useReviewQueue(enabled = true) {
  return useQuery({ ...reviewQueueQueryOptions(), enabled });
}
