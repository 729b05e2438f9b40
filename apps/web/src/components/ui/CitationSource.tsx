/**
 * Where a citation comes from, after its link: " · 2024 no. 7 · <article title>". The issue is
 * worded in the reader's language; the article or source title is data, shown as written.
 */
import type { Citation } from '@ipb/domain';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { issueText } from '@/lib/issue-label';

export function CitationSource({
  citation,
  title = 'article',
  className,
}: {
  citation: Pick<Citation, 'issue' | 'articleTitle' | 'sourceTitle'>;
  /** Which title follows the issue: the article's (default), or the source's when there is no issue. */
  title?: 'article' | 'source-or-article';
  className?: string;
}) {
  const { lang } = useI18n();
  const name =
    title === 'article' ? citation.articleTitle : citation.issue ? citation.articleTitle : citation.sourceTitle;
  return (
    <>
      {citation.issue && <span className={className}> · {issueText(citation.issue, lang)}</span>}
      {name && (
        <span className={className}>
          {' · '}
          <span {...dataProps(name)}>{name}</span>
        </span>
      )}
    </>
  );
}
