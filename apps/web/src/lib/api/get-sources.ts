/**
 * GET /api/sources: every source with its authority. Used by the overview (latest sources, counts)
 * and the sources view, so it lives here with one key: an upload's invalidation reaches both.
 * (features/sources still has its own copy with the same key and order; it should import this one.)
 */
import { SourceListResponseSchema, type SourceSummary } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

/** Bulletin issues first (newest first), then the other sources by title. */
export function orderSources(items: readonly SourceSummary[]): SourceSummary[] {
  const rank = (s: SourceSummary) => (s.type === 'bulletin' ? 0 : 1);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.year ?? 0) - (a.year ?? 0) ||
      (b.issueNumber ?? 0) - (a.issueNumber ?? 0) ||
      a.title.localeCompare(b.title, 'zh'),
  );
}

export async function getSources(signal?: AbortSignal): Promise<SourceSummary[]> {
  return orderSources((await apiGet('/sources', SourceListResponseSchema, { signal })).items);
}

export const sourcesQueryOptions = () =>
  queryOptions({ queryKey: ['sources', 'list'], queryFn: ({ signal }) => getSources(signal) });

export function useSources() {
  return useQuery(sourcesQueryOptions());
}
