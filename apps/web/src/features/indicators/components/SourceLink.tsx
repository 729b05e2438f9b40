import type { Citation } from '@ipb/domain';

/** The source title, a link when the source has a URL (opens in a new tab). */
export function SourceLink({ citation }: { citation: Pick<Citation, 'sourceTitle' | 'url'> }) {
  if (!citation.url) return <cite>{citation.sourceTitle}</cite>;
  return (
    <a href={citation.url} target="_blank" rel="noopener noreferrer">
      <cite>{citation.sourceTitle}</cite>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
