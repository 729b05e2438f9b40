/**
 * The brief's footnotes: each distinct citation once, numbered in order of first use, written the
 * way a 公文 cites — bulletin, issue, article and the sentence, or the page's title and URL — with
 * the source's authority, so a reader of the printed brief can weigh every number.
 */
import type { Authority, BriefFootnote, Citation } from '@ipb/domain';

const AUTHORITY_ZH: Record<Authority, string> = {
  official_statistics: '官方统计',
  bureau_entry: '本局录入',
  government: '政府发布',
  state_media: '官方媒体',
  bulletin: '科技情报参考',
  news_reprint: '新闻转载',
  low_authority: '低权威来源',
};

export function footnoteText(c: Citation): string {
  const where = c.issue
    ? `《${c.sourceTitle}》${c.issue}${c.articleTitle ? `，《${c.articleTitle}》` : ''}`
    : `${c.sourceTitle}${c.url ? `，${c.url}` : ''}`;
  const quote = c.quote ? `：“${c.quote.replace(/\s+/g, ' ').trim()}”` : '';
  return `${where}${quote}（来源权威性：${AUTHORITY_ZH[c.authority]}）。`;
}

export class Footnotes {
  private readonly notes: BriefFootnote[] = [];
  private readonly byKey = new Map<string, number>();

  /** The number of this citation's footnote, adding it when new. */
  cite(citation: Citation): number {
    const key = `${citation.sourceId}|${citation.start}|${citation.end}|${citation.quote}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const n = this.notes.length + 1;
    this.notes.push({ n, text: footnoteText(citation), citation });
    this.byKey.set(key, n);
    return n;
  }

  all(): BriefFootnote[] {
    return [...this.notes];
  }
}
