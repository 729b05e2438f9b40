/**
 * What each place's data rests on, for Compare, gaps and the profile. The measures per theme are in
 * place-measures.ts, the comparable figures in comparable-figures.ts.
 */
import type { Authority, Coverage } from '@ipb/domain';
import type { Db } from '../engine/db';
import { type Dialect, perEngine } from '../engine/dialect';
import { jsonList } from '../prepared';

function coverageText(d: Dialect, byAuthority: boolean): string {
  return `WITH RECURSIVE sub(root, code) AS (
       SELECT value, value FROM (${d.list}) AS l
       UNION SELECT sub.root, r.code FROM regions r JOIN sub ON r.parent_code = sub.code),
     per_source(root, source_id, measures, figures, figure_end) AS (
       SELECT sub.root, m.source_id, count(*), 0, NULL FROM measures m JOIN sub ON m.region_code = sub.code
        WHERE m.review_status <> 'rejected' GROUP BY sub.root, m.source_id
       UNION ALL
       SELECT o.region_code, o.source_id, 0, count(*), max(o.period_end) FROM observations o
        WHERE o.region_code IN (${d.list}) AND o.review_status <> 'rejected'
        GROUP BY o.region_code, o.source_id)
     SELECT p.root, ${d.int('count(DISTINCT p.source_id)')} AS sources, ${d.int('sum(p.measures)')} AS measures,
       ${d.int('sum(p.figures)')} AS figures,
       max(CASE WHEN p.figures > 0 THEN COALESCE(s.date, p.figure_end) ELSE s.date END) AS latest
     FROM per_source p JOIN sources s ON s.id = p.source_id
     ${byAuthority ? `WHERE p.measures > 0 OR s.authority IN (${d.list})` : ''}
     GROUP BY p.root`;
}
const COVERAGE = perEngine((d) => coverageText(d, false));
const COVERAGE_BY_AUTHORITY = perEngine((d) => coverageText(d, true));

/**
 * Sources, measures (with sub-places, as the measure columns count them), figures (the place's
 * own; figures do not roll up) and the latest source date. Figures and their sources follow the
 * authority filter; measures are policy texts and do not. Counted per place and source first, on
 * covering indexes, so a place's thousands of rows are never read one by one.
 */
export async function coverageOf(
  db: Db,
  regionCodes: string[],
  authority: Authority[] | null = null,
): Promise<Coverage[]> {
  if (!regionCodes.length) return [];
  const codes = jsonList(regionCodes);
  const rows = await db.all<{
    root: string;
    sources: number;
    measures: number;
    figures: number;
    latest: string | null;
  }>(authority ? COVERAGE_BY_AUTHORITY : COVERAGE, authority ? [codes, codes, jsonList(authority)] : [codes, codes]);
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
