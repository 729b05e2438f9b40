/**
 * Figures stated inside measures, with the words around them, for the instrument-terms view: the
 * clause before a figure says which instrument and which term it is (贷款…最高 500 万元), the
 * words after it whether it is a condition (…以上的企业). Measures roll up (a district's programme
 * is shown under its city, as in Compare); growth rates and targets are not terms.
 */
import type { Citation } from '@ipb/domain';
import type { Db } from '../engine/db';
import { type Dialect, perEngine } from '../engine/dialect';
import { jsonList } from '../prepared';
import { issueLabel } from './citation';

/** A figure's own fields and its citation, as `citedFigure` reads them for both instrument readings. */
export interface CitedFigure {
  value: number;
  valueMax: number | null;
  unit: string;
  valueAsWritten: number;
  unitAsWritten: string | null;
  qualifier: string | null;
  periodText: string | null;
  flags: string[];
  citation: Citation;
}

export interface MeasureFigure extends CitedFigure {
  regionCode: string;
  measureId: number;
  measureTitle: string;
  programs: string[];
  observationId: number;
  /** Up to 60 characters of the source before the figure, and 8 after it. */
  before: string;
  after: string;
  citation: Citation;
}

/** The columns of a figure and its citation that both instrument readings select (`figureColumns`). */
export interface CitedFigureRow {
  value: number;
  value_max: number | null;
  unit: string;
  value_as_written: number;
  unit_as_written: string | null;
  qualifier: string | null;
  period_text: string | null;
  flags: string;
  quote: string;
  start: number;
  end: number;
  note: string | null;
  s_id: number;
  s_type: Citation['sourceType'];
  s_authority: Citation['authority'];
  s_title: string;
  s_year: number | null;
  s_issue: number | null;
  s_url: string | null;
  s_doc: string | null;
  a_title: string | null;
}

/** The select list of `CitedFigureRow`, from observations `o`, sources `s` and articles `a`. */
export const figureColumns = (d: Dialect) =>
  `o.value, o.value_max, o.unit, o.value_as_written, o.unit_as_written, o.qualifier, o.period_text,
      ${d.json('o.flags')} AS flags, o.quote, o.start, o."end", o.note, s.id AS s_id, s.type AS s_type,
      s.authority AS s_authority, s.title AS s_title, s.year AS s_year, s.issue_number AS s_issue, s.url AS s_url,
      s.document_number AS s_doc, a.title AS a_title`;

/** A `CitedFigureRow` as the figure's own fields and its citation. */
export function citedFigure(r: CitedFigureRow): CitedFigure {
  const citation: Citation = {
    sourceId: r.s_id,
    sourceType: r.s_type,
    authority: r.s_authority,
    sourceTitle: r.s_title,
    issue: issueLabel(r.s_type, r.s_year, r.s_issue),
    articleTitle: r.a_title ?? null,
    url: r.s_url,
    documentNumber: r.s_doc,
    quote: r.quote,
    start: r.start,
    end: r.end,
    note: r.note,
  };
  return {
    value: r.value,
    valueMax: r.value_max,
    unit: r.unit,
    valueAsWritten: r.value_as_written,
    unitAsWritten: r.unit_as_written,
    qualifier: r.qualifier,
    periodText: r.period_text,
    flags: JSON.parse(r.flags) as string[],
    citation,
  };
}

interface Row extends CitedFigureRow {
  root: string;
  measure_id: number;
  measure_title: string;
  programs: string;
  id: number;
  before_text: string;
  after_text: string;
}

/** The named places (one JSON array) with their sub-places; or every place as itself. */
const NAMED = (d: Dialect) =>
  `SELECT value, value FROM (${d.list}) AS named UNION SELECT sub.root, r.code FROM regions r JOIN sub ON r.parent_code = sub.code`;
const EVERY = () => 'SELECT code, code FROM regions';

const select = (places: (d: Dialect) => string) =>
  perEngine(
    (d) => `WITH RECURSIVE sub(root, code) AS (${places(d)})
    SELECT sub.root, m.id AS measure_id, m.title AS measure_title, ${d.json('m.programs')} AS programs, o.id,
      ${figureColumns(d)},
      substr(st.raw_text, ${d.greatest}(1, o.start - 59), o.start - ${d.greatest}(0, o.start - 60)) AS before_text,
      substr(st.raw_text, o."end" + 1, 8) AS after_text
    FROM observations o JOIN measures m ON m.id = o.measure_id JOIN sub ON m.region_code = sub.code
    JOIN sources s ON s.id = o.source_id JOIN source_texts st ON st.source_id = s.id
    LEFT JOIN articles a ON a.id = o.article_id
    WHERE o.review_status <> 'rejected' AND m.review_status <> 'rejected' AND o.kind IN ('actual', 'share')
      AND o.start IS NOT NULL
    ORDER BY sub.root, m.id, o.start, o.id`,
  );
const OF_PLACES = select(NAMED);
const OF_EVERY_PLACE = select(EVERY);

function toFigure(r: Row): MeasureFigure {
  const { citation, ...figure } = citedFigure(r);
  return {
    regionCode: r.root,
    measureId: r.measure_id,
    measureTitle: r.measure_title,
    programs: JSON.parse(r.programs) as string[],
    observationId: r.id,
    ...figure,
    before: r.before_text.replace(/\s+/g, ''),
    after: r.after_text.replace(/\s+/g, ''),
    citation,
  };
}

/** `regionCodes`: places with their sub-places; empty = every place as itself. */
export async function measureFigures(db: Db, regionCodes: string[]): Promise<MeasureFigure[]> {
  const rows = regionCodes.length
    ? await db.all<Row>(OF_PLACES, [jsonList(regionCodes)])
    : await db.all<Row>(OF_EVERY_PLACE);
  return rows.map(toFigure);
}
