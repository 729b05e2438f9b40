import type { QueryClient } from '@tanstack/react-query';

/**
 * A new bureau measure shows up far beyond this feature: the measure list and facets, the overview's
 * counts and heatmap, Compare's gaps (呼和浩特 may now have a measure under a theme), the place
 * profile, the source list and the review queue. Their query options belong to other features,
 * which this one may not import, so every data query is marked stale; only the session is not.
 */
export function refreshAfterEntry(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
}
