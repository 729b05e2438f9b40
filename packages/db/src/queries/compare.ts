/**
 * Places side by side against the benchmark: measures per theme (places roll up — 宁波市 includes
 * 宁波市江北区) and what each place's data rests on. The comparable figures are in
 * comparable-figures.ts.
 */
import type { Authority, Coverage, MeasureBrief } from '@ipb/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { type MeasureCitationRow, measureCitation } from './citation';

interface BriefRow {
  root: string;
  theme_id: string;
  id: number;
  title: string;
  text: string;
  programs: string;
  start: number;
  end: number;
  source_id: number;
  source_type: MeasureBrief['citation']['sourceType'];
  source_authority: MeasureCitationRow['source_authority'];
  source_title: string;
  year: number | null;
  issue_number: number | null;
  url: string | null;
  article_title: string;
}

const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Measures of each requested place (with its sub-places), one row per measure and theme. */
export function measuresByPlaceAndTheme(
  db: Drizzle,
  regionCodes: string[],
  themeIds: string[] = [],
): Array<{ regionCode: string; themeId: string; measure: MeasureBrief }> {
  const themeFilter: SQL = themeIds.length ? sql`AND mt.theme_id IN (${list(themeIds)})` : sql``;
  const rows = db.all<BriefRow>(sql`
    WITH RECURSIVE sub(root, code) AS (
      SELECT code, code FROM regions WHERE code IN (${list(regionCodes)})
      UNION SELECT sub.root, r.code FROM regions r JOIN sub ON r.parent_code = sub.code)
    SELECT sub.root, mt.theme_id, m.id, m.title, m.text, m.programs, m.start, m."end", m.source_id,
      s.type AS source_type, s.authority AS source_authority, s.title AS source_title, s.year, s.issue_number, s.url, a.title AS article_title
    FROM measures m JOIN sub ON m.region_code = sub.code
    JOIN measure_themes mt ON mt.measure_id = m.id
    JOIN sources s ON s.id = m.source_id JOIN articles a ON a.id = m.article_id
    WHERE m.review_status <> 'rejected' ${themeFilter}
    ORDER BY s.year DESC, m.source_id, m.article_id, m.ordinal`);
  return rows.map((r) => ({
    regionCode: r.root,
    themeId: r.theme_id,
    measure: {
      id: r.id,
      regionCode: r.root,
      title: r.title,
      programs: JSON.parse(r.programs) as string[],
      citation: measureCitation(r),
    },
  }));
}

/**
 * What each place's data rests on: sources, measures (with sub-places, as the measure columns
 * count them), figures (the place's own; figures do not roll up) and the latest source date.
 * Figures and their sources follow the authority filter; measures are policy texts and do not.
 */
export function coverageOf(db: Drizzle, regionCodes: string[], authority: Authority[] | null = null): Coverage[] {
  if (!regionCodes.length) return [];
  const allowed = authority ? sql`AND s.authority IN (${list(authority.length ? authority : ['__none__'])})` : sql``;
  const rows = db.all<{ root: string; sources: number; measures: number; figures: number; latest: string | null }>(sql`
    WITH RECURSIVE sub(root, code) AS (
      SELECT code, code FROM regions WHERE code IN (${list(regionCodes)})
      UNION SELECT sub.root, r.code FROM regions r JOIN sub ON r.parent_code = sub.code),
    items(root, kind, source_id, at) AS (
      SELECT sub.root, 'measure', m.source_id, s.date FROM measures m JOIN sub ON m.region_code = sub.code
        JOIN sources s ON s.id = m.source_id WHERE m.review_status <> 'rejected'
      UNION ALL
      SELECT o.region_code, 'figure', o.source_id, COALESCE(s.date, o.period_end) FROM observations o
        JOIN sources s ON s.id = o.source_id
       WHERE o.region_code IN (${list(regionCodes)}) AND o.review_status <> 'rejected' ${allowed})
    SELECT root, count(DISTINCT source_id) AS sources, sum(kind = 'measure') AS measures,
      sum(kind = 'figure') AS figures, max(at) AS latest FROM items GROUP BY root`);
  const byRoot = new Map(rows.map((r) => [r.root, r]));
  return regionCodes.map((code) => {
    const r = byRoot.get(code);
    return {
      regionCode: code,
      sources: r?.sources ?? 0,
      measures: r?.measures ?? 0,
      figures: r?.figures ?? 0,
      latestDate: r?.latest ? r.latest.slice(0, 10) : null,
    };
  });
}
