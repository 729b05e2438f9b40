/**
 * GET /api/sources: sources with their authority, optionally filtered (`official` or one class),
 * bulletin issues first and newest first, a page at a time (the API sends at most 500 a page).
 * Used by the overview (latest sources, counts) and the sources view, so it lives here with one
 * key prefix: an upload's or an authority change's invalidation reaches every list.
 */
import { type Authority, SourceListResponseSchema, type SourceSummary } from '@ipb/domain';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

/** `official` (statistics, government, the bureau), one class, or undefined for every source. */
export type SourceAuthorityFilter = 'official' | Authority | undefined;

/** Sources the overview asks for (the latest few are shown; the count is the total). */
export const OVERVIEW_SOURCES = 50;

/** Sources per page of the sources view. */
export const SOURCES_PAGE = 100;

export interface SourcePage {
  items: SourceSummary[];
  total: number;
  nextCursor: string | null;
}

export async function getSources(
  authority: SourceAuthorityFilter,
  page: { limit: number; cursor?: string },
  signal?: AbortSignal,
): Promise<SourcePage> {
  return apiGet('/sources', SourceListResponseSchema, { query: { authority, ...page }, signal });
}

/** The first `limit` sources and how many there are. Every list sits under ['sources', 'list']. */
export const sourcesQueryOptions = (authority: SourceAuthorityFilter, limit: number) =>
  queryOptions({
    queryKey: ['sources', 'list', { authority: authority ?? 'all', limit }],
    queryFn: ({ signal }) => getSources(authority, { limit }, signal),
  });

export function useSources(authority: SourceAuthorityFilter, limit: number) {
  return useQuery(sourcesQueryOptions(authority, limit));
}

/** Every source, SOURCES_PAGE at a time ("load more"). */
export const sourcePagesQueryOptions = (authority: SourceAuthorityFilter) =>
  infiniteQueryOptions({
    queryKey: ['sources', 'list', 'pages', { authority: authority ?? 'all' }],
    queryFn: ({ signal, pageParam }) =>
      getSources(authority, { limit: SOURCES_PAGE, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useSourcePages(authority: SourceAuthorityFilter) {
  return useInfiniteQuery(sourcePagesQueryOptions(authority));
}

/** A changed source in whatever list shape a cached query holds (one page, or pages). */
export function withSource<T>(old: T, updated: SourceSummary): T {
  const swap = (page: SourcePage): SourcePage => ({
    ...page,
    items: page.items.map((s) => (s.id === updated.id ? updated : s)),
  });
  if (!old || typeof old !== 'object') return old;
  if ('pages' in old) return { ...old, pages: (old.pages as SourcePage[]).map(swap) };
  if ('items' in old) return swap(old as unknown as SourcePage) as T;
  return old;
}
