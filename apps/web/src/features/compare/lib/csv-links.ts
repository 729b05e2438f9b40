/** "Download CSV" links: the list endpoints answer CSV (UTF-8 BOM, citation column) with format=csv. */
import { buildUrl } from '@/lib/api-client';

export function measuresCsvUrl(codes: readonly string[], themes: readonly string[]): string {
  return buildUrl('/measures', {
    region: codes.join(','),
    theme: themes.length ? themes.join(',') : undefined,
    limit: 200,
    format: 'csv',
  });
}

export function seriesCsvUrl(indicatorId: string, codes: readonly string[]): string {
  return buildUrl('/series', { indicator: indicatorId, regions: codes.join(','), format: 'csv' });
}
