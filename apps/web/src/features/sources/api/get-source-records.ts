import { SourceRecordsResponseSchema } from '@ipb/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';

export type SourceRecords = ReturnType<typeof SourceRecordsResponseSchema.parse>;

/** Every measure and figure extracted from a source, with spans into its raw text. */
export async function getSourceRecords(id: number, signal?: AbortSignal): Promise<SourceRecords> {
  return apiGet(`/sources/${id}/records`, SourceRecordsResponseSchema, { signal });
}

export const sourceRecordsQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['sources', 'records', id], queryFn: ({ signal }) => getSourceRecords(id, signal) });

export function useSourceRecords(id: number) {
  return useQuery(sourceRecordsQueryOptions(id));
}
