/**
 * The sources list's `?authority=` filter: `official` (statistics, government, the bureau) or one
 * class. Anything else means every source, so an old or mistyped link still shows the list.
 */
import { AUTHORITY_CLASSES, type Authority } from '@ipb/domain';
import type { SourceAuthorityFilter } from '@/lib/api/get-sources';

export type { SourceAuthorityFilter };

export function parseAuthorityFilter(value: string | null): SourceAuthorityFilter {
  if (value === 'official') return 'official';
  return (AUTHORITY_CLASSES as readonly string[]).includes(value ?? '') ? (value as Authority) : undefined;
}
