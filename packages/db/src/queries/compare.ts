/**
 * What each place's data rests on, for Compare, gaps and the profile. The measures per theme are in
 * place-measures.ts, the comparable figures in comparable-figures.ts.
 */
import type { Authority, Coverage } from '@ipb/domain';
import type { Drizzle } from '../create-db';
import { jsonList, prepared } from '../prepared';

/**
 * Sources, measures (with sub-places, as the measure columns count them), figures (the place's
 * own; figures do not roll up) and the latest source date. Figures and their sources follow the
 * authority filter; measures are policy texts and do not. Counted per place and source first, on
 * covering indexes, so a place's thousands of rows are never read one by one.
 */
export function coverageOf(db: Drizzle, regionCodes: string[], authority: Authority[] | null = null): Coverage[] {
  if (!regionCodes.length) return [];
  const rows = prepared(
    db,
    `WITH RECURSIVE sub(root, code) AS (
       SELECT value, value FROM json_each(@codes)
       UNION SELECT sub.root, r.code FROM regions r JOIN sub ON r.parent_code = sub.code),
     per_source(root, source_id, measures, figures, figure_end) AS (
       SELECT sub.root, m.source_id, count(*), 0, NULL FROM measures m JOIN sub ON m.region_code = sub.code
        WHERE m.review_status <> 'rejected' GROUP BY sub.root, m.source_id
       UNION ALL
       SELECT o.region_code, o.source_id, 0, count(*), max(o.period_end) FROM observations o
        WHERE o.region_code IN (SELECT value FROM json_each(@codes)) AND o.review_status <> 'rejected'
        GROUP BY o.region_code, o.source_id)
     SELECT p.root, count(DISTINCT p.source_id) AS sources, sum(p.measures) AS measures, sum(p.figures) AS figures,
       max(CASE WHEN p.figures > 0 THEN COALESCE(s.date, p.figure_end) ELSE s.date END) AS latest
     FROM per_source p JOIN sources s ON s.id = p.source_id
     WHERE p.measures > 0 OR @authority IS NULL OR s.authority IN (SELECT value FROM json_each(@authority))
     GROUP BY p.root`,
  ).all({ codes: jsonList(regionCodes), authority: authority ? jsonList(authority) : null }) as Array<{
    root: string;
    sources: number;
    measures: number;
    figures: number;
    latest: string | null;
  }>;
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
