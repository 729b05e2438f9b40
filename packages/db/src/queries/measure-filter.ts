/**
 * The WHERE clause of measure queries, shared by the list and the facets, as SQL text with its
 * parameters (every value a parameter, so each shape is prepared once). Places roll up: a filter
 * on 宁波市 includes 宁波市江北区. Search runs on the jieba-word index only (docs/decisions/004):
 * every word of the query must occur, which is how 2-character words (人才, 金融) match.
 */
import { jsonList } from '../prepared';
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

export interface Where {
  where: string;
  params: unknown[];
  /** The clause reads the source (s.year): the query must join it. */
  needsSource: boolean;
}

const phrase = (word: string) => `"${word.replace(/"/g, '""')}"`;

/**
 * The FTS5 query for the jieba-word index: every word of the query must occur. A 1-character
 * query matches the words it begins (税 → 税收), as a single character is rarely a word of its own.
 */
export function wordsMatch(q: string): string | null {
  const words = segmentQuery(q);
  if (!words.length) return null;
  if (words.length === 1 && [...(words[0] as string)].length === 1) return `${phrase(words[0] as string)}*`;
  return words.map(phrase).join(' AND ');
}

/** The FTS5 query for a trigram index (substring), for queries of 3+ characters; else null. */
export function trigramMatch(q: string): string | null {
  return [...q].length >= 3 ? phrase(q) : null;
}

function searchClause(q: string): { clause: string; params: unknown[] } {
  const words = wordsMatch(q);
  if (!words) return { clause: '0', params: [] };
  return { clause: 'm.id IN (SELECT rowid FROM measures_fts_words WHERE measures_fts_words MATCH ?)', params: [words] };
}

const SUB_REGIONS = `m.region_code IN (WITH RECURSIVE sub(code) AS (
    SELECT value FROM json_each(?) UNION SELECT r.code FROM regions r JOIN sub ON r.parent_code = sub.code
  ) SELECT code FROM sub)`;

/** Conditions for the filter; `omit` leaves one facet's own selection out (disjunctive facets). */
export function measureConditions(filter: MeasureFilter, omit?: FacetName): Where {
  const clauses = ["m.review_status <> 'rejected'"];
  const params: unknown[] = [];
  let needsSource = false;
  if (filter.regionCodes.length && omit !== 'region') {
    clauses.push(SUB_REGIONS);
    params.push(jsonList(filter.regionCodes));
  }
  if (filter.themeIds.length && omit !== 'theme') {
    clauses.push('m.id IN (SELECT measure_id FROM measure_themes WHERE theme_id IN (SELECT value FROM json_each(?)))');
    params.push(jsonList(filter.themeIds));
  }
  if (filter.year !== undefined && omit !== 'year') {
    clauses.push('s.year = ?');
    params.push(filter.year);
    needsSource = true;
  }
  if (filter.sourceId !== undefined && omit !== 'source') {
    clauses.push('m.source_id = ?');
    params.push(filter.sourceId);
  }
  if (filter.program && omit !== 'program') {
    clauses.push('m.id IN (SELECT measure_id FROM measure_programs WHERE name = ?)');
    params.push(filter.program);
  }
  if (filter.q) {
    const search = searchClause(filter.q);
    clauses.push(search.clause);
    params.push(...search.params);
  }
  return { where: clauses.join(' AND '), params, needsSource };
}

/** The words to highlight for a query: the query itself and its jieba words. */
export function highlightTerms(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set([q, ...segmentQuery(q)])].sort((a, b) => b.length - a.length);
}
