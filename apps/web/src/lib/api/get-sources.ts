/**
 * GET /api/sources: every source with its authority, optionally filtered (`official` or one class).
 * Used by the overview (latest sources, counts) and the sources view, so it lives here with one
 * key prefix: an upload's or an authority change's invalidation reaches every list.
 */
import { type Authority, SourceListResponseSchema, type SourceSummary } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

/** `official` (statistics, government, the bureau), one class, or undefined for every source. */
export type SourceAuthorityFilter = 'official' | Authority | undefined;

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

export async function getSources(authority: SourceAuthorityFilter, signal?: AbortSignal): Promise<SourceSummary[]> {
  return orderSources((await apiGet('/sources', SourceListResponseSchema, { query: { authority }, signal })).items);
}

/** Every filtered list sits under ['sources', 'list'], so one invalidation or cache update reaches them all. */
export const sourcesQueryOptions = (authority?: SourceAuthorityFilter) =>
  queryOptions({
    queryKey: ['sources', 'list', { authority: authority ?? 'all' }],
    queryFn: ({ signal }) => getSources(authority, signal),
  });

export function useSources(authority?: SourceAuthorityFilter) {
  return useQuery(sourcesQueryOptions(authority));
}
