import { AuditListResponseSchema } from '@ipb/domain';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiGet, buildUrl } from '@/lib/api-client';

export type AuditPage = ReturnType<typeof AuditListResponseSchema.parse>;
export type AuditEntry = AuditPage['items'][number];

/** What the audit page is narrowed to (the URL holds it). */
export interface AuditFilters {
  entity?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
}

const PAGE = 100;

export async function getAudit(filters: AuditFilters, cursor: string | undefined, signal?: AbortSignal) {
  return apiGet('/audit', AuditListResponseSchema, { query: { ...filters, limit: PAGE, cursor }, signal });
}

/** The same entries as CSV (the API's list export), for the download link. */
export const auditCsvHref = (filters: AuditFilters) => buildUrl('/audit', { ...filters, limit: 1000, format: 'csv' });

export const auditQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam, signal }) => getAudit(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

export function useAudit(filters: AuditFilters, enabled = true) {
  return useInfiniteQuery({ ...auditQueryOptions(filters), enabled });
}
