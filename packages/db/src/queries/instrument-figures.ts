/**
 * Figures stated inside measures, with the words around them, for the instrument-terms view: the
 * clause before a figure says which instrument and which term it is (贷款…最高 500 万元), the
 * words after it whether it is a condition (…以上的企业). Measures roll up (a district's programme
 * is shown under its city, as in Compare); growth rates and targets are not terms.
 */
import type { Citation } from '@ipb/domain';
import { sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { issueLabel } from './citation';

export interface MeasureFigure {
  regionCode: string;
  measureId: number;
  measureTitle: string;
  programs: string[];
  observationId: number;
  value: number;
  valueMax: number | null;
  unit: string;
  valueAsWritten: number;
  unitAsWritten: string | null;
  qualifier: string | null;
  periodText: string | null;
  flags: string[];
  /** Up to 60 characters of the source before the figure, and 8 after it. */
  before: string;
  after: string;
  citation: Citation;
}

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** `regionCodes`: places with their sub-places; empty = every place as itself. */
export function measureFigures(db: Drizzle, regionCodes: string[]): MeasureFigure[] {
  const sub = regionCodes.length
    ? sql`SELECT code, code FROM regions WHERE code IN (${list(regionCodes)})
      UNION SELECT sub.root, r.code FROM regions r JOIN sub ON r.parent_code = sub.code`
    : sql`SELECT code, code FROM regions`;
  const rows = db.all<Record<string, unknown>>(sql`
    WITH RECURSIVE sub(root, code) AS (${sub})
    SELECT sub.root, m.id AS measure_id, m.title AS measure_title, m.programs, o.*, s.id AS s_id, s.type AS s_type,
      s.authority AS s_authority, s.title AS s_title, s.year AS s_year, s.issue_number AS s_issue, s.url AS s_url, s.document_number AS s_doc,
      a.title AS a_title,
      substr(st.raw_text, max(1, o.start - 59), o.start - max(0, o.start - 60)) AS before_text,
      substr(st.raw_text, o."end" + 1, 8) AS after_text
    FROM observations o JOIN measures m ON m.id = o.measure_id JOIN sub ON m.region_code = sub.code
    JOIN sources s ON s.id = o.source_id JOIN source_texts st ON st.source_id = s.id
    LEFT JOIN articles a ON a.id = o.article_id
    WHERE o.review_status <> 'rejected' AND m.review_status <> 'rejected' AND o.kind IN ('actual', 'share')
      AND o.start IS NOT NULL
    ORDER BY sub.root, m.id, o.start`);
  return rows.map((r) => {
    const type = r.s_type as Citation['sourceType'];
    const citation: Citation = {
      sourceId: r.s_id as number,
      sourceType: type,
      authority: r.s_authority as Citation['authority'],
      sourceTitle: r.s_title as string,
      issue: issueLabel(type, r.s_year as number | null, r.s_issue as number | null),
      articleTitle: (r.a_title as string | null) ?? null,
      url: r.s_url as string | null,
      documentNumber: r.s_doc as string | null,
      quote: r.quote as string,
      start: r.start as number,
      end: r.end as number,
      note: r.note as string | null,
    };
    return {
      regionCode: r.root as string,
      measureId: r.measure_id as number,
      measureTitle: r.measure_title as string,
      programs: JSON.parse(r.programs as string) as string[],
      observationId: r.id as number,
      value: r.value as number,
      valueMax: r.value_max as number | null,
      unit: r.unit as string,
      valueAsWritten: r.value_as_written as number,
      unitAsWritten: r.unit_as_written as string | null,
      qualifier: r.qualifier as string | null,
      periodText: r.period_text as string | null,
      flags: JSON.parse(r.flags as string) as string[],
      before: (r.before_text as string).replace(/\s+/g, ''),
      after: (r.after_text as string).replace(/\s+/g, ''),
      citation,
    };
  });
}
