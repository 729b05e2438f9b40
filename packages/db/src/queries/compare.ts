/**
 * Places side by side against the benchmark: measures per theme (places roll up — 宁波市 includes
 * 宁波市江北区), theme coverage, and the latest comparable figures. Figures do NOT roll up (a
 * district's count is not its city's), and only like-for-like values are compared: for each
 * indicator one period type and unit, the benchmark's when it has one.
 */
import type { LatestValue, MeasureBrief } from '@ipb/domain';
import { inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { observations } from '../schema';
import { latestValueOf, measureCitation } from './citation';
import { type ObservationRow, selectObservationRows } from './series';

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
      s.type AS source_type, s.title AS source_title, s.year, s.issue_number, s.url, a.title AS article_title
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

const recency = (r: ObservationRow) => `${r.o.year ?? 0}|${r.o.periodEnd ?? ''}|${String(r.o.id).padStart(10, '0')}`;

export interface ComparedFigures {
  indicatorId: string;
  periodType: ObservationRow['o']['periodType'];
  unit: string;
  latest: Map<string, LatestValue>;
}

/** For each indicator: the like-for-like key and each place's latest value under that key. */
export function latestComparableFigures(db: Drizzle, regionCodes: string[], benchmarkCode: string): ComparedFigures[] {
  const rows = selectObservationRows(db, [
    inArray(observations.regionCode, regionCodes),
    isNotNull(observations.indicatorId),
    inArray(observations.kind, ['actual', 'share']),
    inArray(observations.periodType, ['point', 'full_year']),
  ]);
  const byIndicator = new Map<string, ObservationRow[]>();
  for (const row of rows) {
    const id = row.o.indicatorId as string;
    byIndicator.set(id, [...(byIndicator.get(id) ?? []), row]);
  }
  const result: ComparedFigures[] = [];
  for (const [indicatorId, group] of byIndicator) {
    const keyOf = (r: ObservationRow) => `${r.o.periodType}|${r.o.unit}`;
    const benchmarkRows = group.filter((r) => r.o.regionCode === benchmarkCode);
    const counts = new Map<string, number>();
    for (const r of benchmarkRows.length ? benchmarkRows : group) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
    const key = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
    const latest = new Map<string, LatestValue>();
    const best = new Map<string, ObservationRow>();
    for (const r of group.filter((g) => keyOf(g) === key)) {
      const current = best.get(r.o.regionCode);
      if (!current || recency(r) > recency(current)) best.set(r.o.regionCode, r);
    }
    for (const [code, r] of best) latest.set(code, latestValueOf(r));
    const [periodType, unit] = key.split('|') as [ComparedFigures['periodType'], string];
    result.push({ indicatorId, periodType, unit, latest });
  }
  return result.sort((a, b) => a.indicatorId.localeCompare(b.indicatorId));
}
