/** How a figure or a measure is cited: one place, so every list cites the same way. */
import type { Citation } from '@ipb/domain';
import type { ObservationRow } from './series';

/**
 * SQL over `m` (measures): where the measure's first sentence ends, counted from the measure's
 * start (0 when it has no 。), stored at write time from the source's text (migration 0017). A
 * measure's citation links that sentence — its headline — rather than the whole paragraph.
 */
export const LEAD_END = 'm.lead_end AS lead_end';

export function issueLabel(type: string, year: number | null, issueNumber: number | null): string | null {
  return type === 'bulletin' && year && issueNumber ? `${year}年第${issueNumber}期` : null;
}

/** The flat row the raw-SQL measure queries return. */
export interface MeasureCitationRow {
  source_id: number;
  source_type: Citation['sourceType'];
  source_authority: Citation['authority'];
  source_title: string;
  year: number | null;
  issue_number: number | null;
  url: string | null;
  article_title: string | null;
  title: string;
  text: string;
  start: number;
  end: number;
  /** LEAD_END: the first sentence's end relative to `start`, 0 when there is none. */
  lead_end?: number | null;
}

/** A measure's citation from the flat row the raw-SQL measure queries return. */
export function measureCitation(row: MeasureCitationRow): Citation {
  return {
    sourceId: row.source_id,
    sourceType: row.source_type,
    authority: row.source_authority,
    sourceTitle: row.source_title,
    issue: issueLabel(row.source_type, row.year, row.issue_number),
    articleTitle: row.article_title,
    url: row.url,
    documentNumber: null,
    quote: row.title || row.text.slice(0, 80),
    start: row.start,
    end: row.lead_end ? Math.min(row.end, row.start + row.lead_end) : row.end,
    note: null,
  };
}

/** What an observation's citation reads of its row: search's hits read only these columns. */
export interface ObservationCitationRow {
  o: Pick<ObservationRow['o'], 'quote' | 'start' | 'end' | 'repeats' | 'note'>;
  s: Pick<
    ObservationRow['s'],
    'id' | 'type' | 'authority' | 'title' | 'year' | 'issueNumber' | 'url' | 'documentNumber' | 'description'
  >;
  a: ObservationRow['a'];
}

/** An observation's citation. */
export function observationCitation({ o, s, a }: ObservationCitationRow): Citation {
  return {
    sourceId: s.id,
    sourceType: s.type,
    authority: s.authority,
    sourceTitle: s.title,
    issue: issueLabel(s.type, s.year, s.issueNumber),
    articleTitle: a?.title ?? null,
    url: s.url,
    documentNumber: s.documentNumber,
    quote: o.quote,
    start: o.start,
    end: o.end,
    repeats: o.repeats,
    note: o.note ?? (s.type === 'reference' ? s.description : null),
  };
}
