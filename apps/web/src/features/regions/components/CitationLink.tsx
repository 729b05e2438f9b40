import type { Citation } from '@ipb/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { sourceHref } from '../lib/format-profile';

/** A link to where a value or measure was read: in-app reader, or the source's own page in a new tab. */
export function CitationLink({
  citation,
  label,
  children,
}: {
  citation: Citation;
  label?: string;
  children: ReactNode;
}) {
  const href = sourceHref(citation);
  if (href.startsWith('/')) {
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
