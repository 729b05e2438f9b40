/**
 * Where a citation opens: the bulletin reader at the cited span (`/sources/12#340-398`), or the
 * source's own page for reference figures without a span. The one rule for every feature.
 */
import type { Citation } from '@ipb/domain';

export function sourceHref(citation: Pick<Citation, 'sourceId' | 'start' | 'end' | 'url'>): string {
  if (citation.start !== null && citation.end !== null) {
    return `/sources/${citation.sourceId}#${citation.start}-${citation.end}`;
  }
  return citation.url ?? `/sources/${citation.sourceId}`;
}

export function isInternal(href: string): boolean {
  return href.startsWith('/');
}
