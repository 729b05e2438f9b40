/**
 * The WHERE clause of measure queries, shared by the list and the facets. Places roll up: a filter
 * on 宁波市 includes 宁波市江北区. Search: 1–2 characters match as substrings (LIKE) or jieba words;
 * 3+ characters through the trigram index or jieba words (so 科技金融 also finds 科技…金融).
 */
import { type SQL, sql } from 'drizzle-orm';
import { segmentQuery } from '../segment';

export interface MeasureFilter {
  regionCodes: string[];
  themeIds: string[];
  year?: number;
  sourceId?: number;
  program?: string;
  q?: string;
}

export type FacetName = 'region' | 'theme' | 'year' | 'source' | 'program';

function ftsPhrase(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

function searchCondition(q: string): SQL {
  const words = segmentQuery(q);
  const wordMatch = words.length
    ? sql`m.id IN (SELECT rowid FROM measures_fts_words WHERE measures_fts_words MATCH ${words.map(ftsPhrase).join(' AND ')})`
    : sql`0`;
  const substring =
    [...q].length >= 3
      ? sql`m.id IN (SELECT rowid FROM measures_fts_trgm WHERE measures_fts_trgm MATCH ${ftsPhrase(q)})`
      : sql`(instr(m.title, ${q}) > 0 OR instr(m.text, ${q}) > 0)`;
  return sql`(${substring} OR ${wordMatch})`;
}

const SUB_REGIONS = (codes: string[]) => sql`m.region_code IN (
  WITH RECURSIVE sub(code) AS (
    SELECT code FROM regions WHERE code IN (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )})
    UNION SELECT r.code FROM regions r JOIN sub ON r.parent_code = sub.code
  ) SELECT code FROM sub)`;

/** Conditions for the filter; `omit` leaves one facet's own selection out (disjunctive facets). */
export function measureConditions(filter: MeasureFilter, omit?: FacetName): SQL {
  const parts: SQL[] = [sql`m.review_status <> 'rejected'`];
  if (filter.regionCodes.length && omit !== 'region') parts.push(SUB_REGIONS(filter.regionCodes));
  if (filter.themeIds.length && omit !== 'theme') {
    parts.push(
      sql`m.id IN (SELECT measure_id FROM measure_themes WHERE theme_id IN (${sql.join(
        filter.themeIds.map((t) => sql`${t}`),
        sql`, `,
      )}))`,
    );
  }
  if (filter.year !== undefined && omit !== 'year') parts.push(sql`s.year = ${filter.year}`);
  if (filter.sourceId !== undefined && omit !== 'source') parts.push(sql`m.source_id = ${filter.sourceId}`);
  if (filter.program && omit !== 'program') {
    parts.push(sql`EXISTS (SELECT 1 FROM json_each(m.programs) WHERE json_each.value = ${filter.program})`);
  }
  if (filter.q) parts.push(searchCondition(filter.q));
  return sql.join(parts, sql` AND `);
}

/** The words to highlight for a query: the query itself and its jieba words. */
export function highlightTerms(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set([q, ...segmentQuery(q)])].sort((a, b) => b.length - a.length);
}
