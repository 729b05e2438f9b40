/** Policy themes (GET /api/themes): shared because every view filters by theme. */
import { type Theme, ThemeListResponseSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { themesRequest } from '@/early/api-urls';
import { apiGet } from './api-client';

export const themesQueryOptions = () =>
  queryOptions<Theme[]>({
    queryKey: ['themes'],
    queryFn: async ({ signal }) => (await apiGet(themesRequest().path, ThemeListResponseSchema, { signal })).items,
    staleTime: 60 * 60_000,
  });

export function useThemes() {
  return useQuery(themesQueryOptions());
}
