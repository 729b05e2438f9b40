import { SourceListResponseSchema, type SourceSummary } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { SourceAuthorityFilter } from '../lib/authority-filter';

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
