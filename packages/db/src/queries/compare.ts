/**
 * What each place's data rests on, for Compare, gaps and the profile. The measures per theme are in
 * place-measures.ts, the comparable figures in comparable-figures.ts.
 */
import type { Authority, Coverage } from '@ipb/domain';
import type { Db } from '../engine/db';
import { type Dialect, perEngine } from '../engine/dialect';
import { jsonList } from '../prepared';

function coverageText(d: Dialect, byAuthority: boolean): string {
  const own = `p.region_code = sub.root${byAuthority ? ` AND s.authority IN (${d.list})` : ''}`;
  // CROSS JOIN keeps the places first on SQLite, each place's rows sought by its key: left to choose,
  // its planner scanned every place's rows (11,000 at 1,000×) for the few places asked.
  return `WITH RECURSIVE sub(root, code) AS (
       SELECT value, value FROM (${d.list}) AS l
       UNION SELECT sub.root, r.code FROM regions r JOIN sub ON r.parent_code = sub.code)
     SELECT root, ${d.int('count(DISTINCT source_id)')} AS sources, ${d.int('sum(measures)')} AS measures,
       ${d.int('sum(figures)')} AS figures,
       max(CASE WHEN figures > 0 THEN COALESCE(date, (SELECT max(o.period_end) FROM observations o
         WHERE o.region_code = place AND o.source_id = per_source.source_id AND o.review_status <> 'rejected'))
         ELSE date END) AS latest
     FROM (SELECT sub.root, p.region_code AS place, p.source_id, p.measures, s.date,
         CASE WHEN ${own} THEN p.figures ELSE 0 END AS figures
       FROM sub CROSS JOIN place_sources p JOIN sources s ON s.id = p.source_id
       WHERE p.region_code = sub.code) AS per_source
     WHERE measures > 0 OR figures > 0
     GROUP BY root`;
}
const COVERAGE = perEngine((d) => coverageText(d, false));
const COVERAGE_BY_AUTHORITY = perEngine((d) => coverageText(d, true));

/**
 * Sources, measures (with sub-places, as the measure columns count them), figures (the place's
 * own; figures do not roll up) and the latest source date (else, for an undated source, its
 * latest figure's period end). Figures and their sources follow the authority filter; measures are
 * policy texts and do not. Summed from place_sources, which the writes keep per place and source
 * (migration 0017), so a place's thousands of measures and figures are not counted per request.
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
  }>(authority ? COVERAGE_BY_AUTHORITY : COVERAGE, authority ? [codes, jsonList(authority)] : [codes]);
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
