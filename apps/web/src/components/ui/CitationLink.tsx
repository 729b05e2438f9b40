/**
 * A link to where a value or measure was read: the in-app reader at the cited span, or the
 * source's own page in a new tab. The quoted sentence is its tooltip.
 */
import type { Citation } from '@ipb/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isInternal, sourceHref } from '@/lib/source-href';

export function CitationLink({
  citation,
  label,
  children,
}: {
  citation: Pick<Citation, 'sourceId' | 'start' | 'end' | 'url' | 'quote'>;
  label?: string;
  children: ReactNode;
}) {
  const href = sourceHref(citation);
  if (isInternal(href)) {
    return (
      <Link to={href} aria-label={label} title={citation.quote}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} aria-label={label} title={citation.quote} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
