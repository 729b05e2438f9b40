/**
 * GET /api/compare/measures/{id}/text: the whole text of a measure whose first characters Compare's
 * body carries. Asked for when a reader expands the measure, once per measure.
 */
import { MeasureTextResponseSchema } from '@ipb/domain';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export function useMeasureText(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['compare', 'measure-text', id],
    queryFn: ({ signal }) => apiGet(`/compare/measures/${id}/text`, MeasureTextResponseSchema, { signal }),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
