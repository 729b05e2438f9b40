/** "Download CSV" links: the list endpoints answer CSV (UTF-8 BOM, citation and authority columns) with format=csv. */
import { buildUrl } from '@/lib/api-client';
import type { AuthorityParam } from '@/lib/use-authority-param';

export function measuresCsvUrl(codes: readonly string[], themes: readonly string[]): string {
  return buildUrl('/measures', {
    region: codes.join(','),
    theme: themes.length ? themes.join(',') : undefined,
    limit: 200,
    format: 'csv',
  });
}

/** The figures behind a row, filtered like the table (the official switch). */
export function seriesCsvUrl(indicatorId: string, codes: readonly string[], authority?: AuthorityParam): string {
  return buildUrl('/series', { indicator: indicatorId, regions: codes.join(','), authority, format: 'csv' });
}
