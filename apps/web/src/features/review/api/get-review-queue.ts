import { ReviewQueueResponseSchema } from '@ipb/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export type ReviewQueue = ReturnType<typeof ReviewQueueResponseSchema.parse>;
export type ReviewItem = ReviewQueue['items'][number];

export const QUEUE_LIMIT = 100;

/** What the reviewer narrowed the queue to (the URL holds it: ?kind=&place=&source=&confidence=). */
export interface ReviewFilters {
  entity?: ReviewItem['entity'];
  region?: string;
  source?: number;
  maxConfidence?: number;
}

/** Conflicts first, then the least confident extractions (the API's order). Editors only. */
export async function getReviewQueue(filters: ReviewFilters, signal?: AbortSignal): Promise<ReviewQueue> {
  return apiGet('/review-queue', ReviewQueueResponseSchema, {
    query: { limit: QUEUE_LIMIT, ...filters },
    signal,
  });
}

/** Every filtered view shares the ['review-queue'] prefix, so an action updates and refetches them all. */
export const REVIEW_QUEUE_KEY = ['review-queue'] as const;

export const reviewQueueQueryOptions = (filters: ReviewFilters = {}) =>
  queryOptions({
    queryKey: [...REVIEW_QUEUE_KEY, filters],
    queryFn: ({ signal }) => getReviewQueue(filters, signal),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

export function useReviewQueue(filters: ReviewFilters, enabled = true) {
  return useQuery({ ...reviewQueueQueryOptions(filters), enabled });
}

/** The queue without the items an action handled: they leave at once, and every count drops. */
export function withoutItems(old: ReviewQueue | undefined, leaves: (item: ReviewItem) => boolean) {
  if (!old) return old;
  const gone = old.items.filter(leaves).length;
  return {
    ...old,
    items: old.items.filter((i) => !leaves(i)),
    total: Math.max(0, old.total - gone),
    all: Math.max(0, old.all - gone),
  };
}
