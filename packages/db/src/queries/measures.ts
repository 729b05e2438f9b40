/** Faceted, cursor-paginated measures with citations and search highlights. */
import type { Measure, ThemeId } from '@ipb/domain';
import { sql } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { type MeasureCitationRow, measureCitation } from './citation';
import { highlight } from './highlight';
import { type FacetName, highlightTerms, type MeasureFilter, measureConditions } from './measure-filter';

interface MeasureRow {
  id: number;
  region_code: string | null;
  region_name: string | null;
  ordinal: number;
  title: string;
  text: string;
  programs: string;
  themes: string;
  confidence: number;
  review_status: Measure['reviewStatus'];
  start: number;
  end: number;
  source_id: number;
  source_type: Measure['citation']['sourceType'];
  source_authority: MeasureCitationRow['source_authority'];
  source_title: string;
  source_year: number | null;
  issue_number: number | null;
  url: string | null;
  article_title: string | null;
}

const FROM = sql`FROM measures m
  JOIN sources s ON s.id = m.source_id
  JOIN articles a ON a.id = m.article_id
  LEFT JOIN regions r ON r.code = m.region_code`;

function toMeasure(row: MeasureRow, terms: string[]): Measure {
  const themes = (JSON.parse(row.themes) as Array<{ id: ThemeId; evidence: string }>).map((t) => ({
    id: t.id,
    evidence: JSON.parse(t.evidence) as string[],
  }));
  return {
    id: row.id,
    regionCode: row.region_code,
    regionName: row.region_name,
    ordinal: row.ordinal,
    title: row.title,
    text: row.text,
    themes,
    programs: JSON.parse(row.programs) as string[],
    year: row.source_year,
    confidence: row.confidence,
    reviewStatus: row.review_status,
    citation: measureCitation({ ...row, year: row.source_year }),
    snippet: highlight(row.text, terms),
  };
}

export function listMeasures(
  db: Drizzle,
  filter: MeasureFilter,
  page: { limit: number; cursor?: number },
): { items: Measure[]; total: number; nextCursor: string | null } {
  const where = measureConditions(filter);
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n ${FROM} WHERE ${where}`)?.n ?? 0;
  const after = page.cursor === undefined ? sql`` : sql`AND m.id > ${page.cursor}`;
  const rows = db.all<MeasureRow>(sql`
    SELECT m.id, m.region_code, r.name AS region_name, m.ordinal, m.title, m.text, m.programs, m.confidence,
      m.review_status, m.start, m."end", m.source_id, s.type AS source_type, s.authority AS source_authority, s.title AS source_title,
      s.year AS source_year, s.issue_number, s.url, a.title AS article_title,
      (SELECT json_group_array(json_object('id', mt.theme_id, 'evidence', mt.evidence))
         FROM measure_themes mt JOIN themes t ON t.id = mt.theme_id
        WHERE mt.measure_id = m.id ORDER BY t.position) AS themes
    ${FROM} WHERE ${where} ${after}
    ORDER BY m.id LIMIT ${page.limit + 1}`);
  const terms = highlightTerms(filter.q);
  const items = rows.slice(0, page.limit).map((r) => toMeasure(r, terms));
  const last = items.at(-1);
  return { items, total, nextCursor: rows.length > page.limit && last ? String(last.id) : null };
}

type Facet = Array<{ value: string; label: string; count: number }>;

const FACET_SQL: Record<FacetName, (where: ReturnType<typeof measureConditions>) => ReturnType<typeof sql>> = {
  theme: (where) => sql`SELECT t.id AS value, t.name_zh AS label, count(DISTINCT m.id) AS count ${FROM}
    JOIN measure_themes mt ON mt.measure_id = m.id JOIN themes t ON t.id = mt.theme_id
    WHERE ${where} GROUP BY t.id ORDER BY t.position`,
  region: (where) => sql`SELECT m.region_code AS value, r.name AS label, count(*) AS count ${FROM}
    WHERE ${where} AND m.region_code IS NOT NULL GROUP BY m.region_code ORDER BY count DESC, m.region_code`,
  year: (where) => sql`SELECT CAST(s.year AS TEXT) AS value, CAST(s.year AS TEXT) AS label, count(*) AS count ${FROM}
    WHERE ${where} AND s.year IS NOT NULL GROUP BY s.year ORDER BY s.year DESC`,
  source: (
    where,
  ) => sql`SELECT CAST(s.id AS TEXT) AS value, s.title || COALESCE(' ' || s.year || '年第' || s.issue_number || '期', '') AS label,
    count(*) AS count ${FROM} WHERE ${where} GROUP BY s.id ORDER BY s.year DESC, s.id`,
  program: (where) => sql`SELECT p.value AS value, p.value AS label, count(*) AS count ${FROM}
    JOIN json_each(m.programs) p WHERE ${where} GROUP BY p.value ORDER BY count DESC, p.value`,
};

export function measureFacets(db: Drizzle, filter: MeasureFilter): Record<FacetName, Facet> & { total: number } {
  const facet = (name: FacetName) => db.all<Facet[number]>(FACET_SQL[name](measureConditions(filter, name)));
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n ${FROM} WHERE ${measureConditions(filter)}`)?.n ?? 0;
  return {
    total,
    theme: facet('theme'),
    region: facet('region'),
    year: facet('year'),
    source: facet('source'),
    program: facet('program'),
  };
}
