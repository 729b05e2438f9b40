/** A source's name as people cite it: bulletin issues share one title, so the issue tells them apart. */
import type { SourceSummary } from '@ipb/domain';

export function sourceLabel(source: Pick<SourceSummary, 'title' | 'year' | 'issueNumber'>, lang: 'zh' | 'en'): string {
  const { title, year, issueNumber } = source;
  if (year === null || issueNumber === null || title.includes(`${year}年第`)) return title;
  return lang === 'zh' ? `${title} ${year}年第${issueNumber}期` : `${title}, ${year} no. ${issueNumber}`;
}
