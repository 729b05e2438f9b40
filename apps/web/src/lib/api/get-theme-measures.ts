/**
 * GET /api/compare/measures: every measure of one place under one theme, latest first, 100 a page.
 * Compare and the region profile show the latest three per theme; "N 条，显示全部" loads these.
 */
import { PlaceThemeMeasuresResponseSchema } from '@ipb/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

const PAGE = 100;

export function useThemeMeasures(regionCode: string, themeId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['compare', 'measures', regionCode, themeId],
    queryFn: ({ signal, pageParam }) =>
      apiGet('/compare/measures', PlaceThemeMeasuresResponseSchema, {
        query: { region: regionCode, theme: themeId, limit: PAGE, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}
