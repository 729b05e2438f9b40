/**
 * The parse issues the pipeline reports, in one place so their codes and wording stay consistent.
 * Each says what is uncertain and where (decoded offsets, or null for the whole document).
 */
import type { ExtractedArticle, ParseIssue } from '@ipb/domain';
import type { SourceDate } from './periods';

type Span = { start: number; end: number };

const issue = (severity: ParseIssue['severity'], code: string, message: string, at?: Span): ParseIssue => ({
  severity,
  code,
  message,
  start: at?.start ?? null,
  end: at?.end ?? null,
});

export const unknownUnit = (number: string, next: string, at: Span): ParseIssue =>
  issue(
    'info',
    'unknown_unit',
    `The number “${number}” is followed by “${next}”, which is not a known unit; it was not taken as a figure.`,
    at,
  );

/** Document-level issues: TOC entries without a heading, articles without measures, no articles, no date. */
export function documentIssues(articles: ExtractedArticle[], missingToc: string[], date: SourceDate): ParseIssue[] {
  const out: ParseIssue[] = [];
  for (const title of missingToc) {
    out.push(
      issue(
        'warning',
        'toc_entry_not_found',
        `The contents list names “${title}”, but no heading like it was found in the text.`,
      ),
    );
  }
  for (const a of articles) {
    if (a.measures.length === 0)
      out.push(issue('info', 'no_measures', `No numbered or headed measures found in “${a.title}”.`, a));
  }
  if (articles.length === 0) out.push(issue('error', 'no_articles', 'No article text was found in the input.'));
  if (date.date === null) {
    const message =
      'The source date is unknown (no YYYY-MM in the file name, no issue line): relative periods such as 今年 stay unresolved.';
    out.push(issue('warning', 'date_unknown', message));
  }
  return out;
}
