/** How a figure or a measure is cited: one place, so every list cites the same way. */
import type { Citation, LatestValue } from '@ipb/domain';
import type { ObservationRow } from './series';

export function issueLabel(type: string, year: number | null, issueNumber: number | null): string | null {
  return type === 'bulletin' && year && issueNumber ? `${year}年第${issueNumber}期` : null;
}

/** A measure's citation from the flat row the raw-SQL measure queries return. */
export function measureCitation(row: {
  source_id: number;
  source_type: Citation['sourceType'];
  source_title: string;
  year: number | null;
  issue_number: number | null;
  url: string | null;
  article_title: string | null;
  title: string;
  text: string;
  start: number;
  end: number;
}): Citation {
  return {
    sourceId: row.source_id,
    sourceType: row.source_type,
    sourceTitle: row.source_title,
    issue: issueLabel(row.source_type, row.year, row.issue_number),
    articleTitle: row.article_title,
    url: row.url,
    quote: row.title || row.text.slice(0, 80),
    start: row.start,
    end: row.end,
    note: null,
  };
}

/** An observation's citation. */
export function observationCitation({ o, s, a }: Pick<ObservationRow, 'o' | 's' | 'a'>): Citation {
  return {
    sourceId: s.id,
    sourceType: s.type,
    sourceTitle: s.title,
    issue: issueLabel(s.type, s.year, s.issueNumber),
    articleTitle: a?.title ?? null,
    url: s.url,
    quote: o.quote,
    start: o.start,
    end: o.end,
    note: o.note ?? (s.type === 'reference' ? s.description : null),
  };
}

/** An observation as the latest/baseline value of a comparison or a target. */
export function latestValueOf(row: ObservationRow): LatestValue {
  const { o } = row;
  return {
    value: o.value,
    unit: o.unit,
    year: o.year,
    periodType: o.periodType,
    periodEnd: o.periodEnd,
    qualifier: o.qualifier,
    flags: o.flags,
    citation: observationCitation(row),
  };
}
