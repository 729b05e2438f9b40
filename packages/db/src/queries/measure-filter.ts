/**
 * The WHERE clause of measure queries, shared by the list and the facets, as SQL text in each
 * engine's dialect with its parameters (every value a parameter, so each shape is declared and
 * prepared once). Places roll up: a filter on 宁波市 includes 宁波市江北区. Search runs on the
 * jieba-word index only (docs/decisions/004): every word of the query must occur, which is how
 * 2-character words (人才, 金融) match — SQLite's FTS5 word table, PostgreSQL's words vector (016).
 */
import type { Engine } from '../engine/db';
import type { Dialect } from '../engine/dialect';
import { wordsQuery } from '../pg/search';
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
  where: (d: Dialect) => string;
  params: unknown[];
  /** The clause reads the source (s.year): the query must join it. */
  needsSource: boolean;
  /** Which conditions the clause has: the same shape always gives the same text. */
  shape: string;
}

const phrase = (word: string) => `"${word.replace(/"/g, '""')}"`;

/**
 * The FTS5 query for the jieba-word index: every word of the query must occur. A 1-character
 * query matches the words it begins (税 → 税收), as a single character is rarely a word of its own.
 */
export function wordsMatch(q: string, words = segmentQuery(q)): string | null {
  if (!words.length) return null;
  if (words.length === 1 && [...(words[0] as string)].length === 1) return `${phrase(words[0] as string)}*`;
  return words.map(phrase).join(' AND ');
}

/** The FTS5 query for a trigram index (substring), for queries of 3+ characters; else null. */
export function trigramMatch(q: string): string | null {
  return [...q].length >= 3 ? phrase(q) : null;
}

/**
 * The search parameter of `Dialect.measureWords` on an engine; null when the query has no word.
 * `words`: segmentQuery(q), when the caller already cut it (GET /api/search cuts once a request).
 */
export const searchWords = (engine: Engine, q: string, words = segmentQuery(q)): string | null =>
  engine === 'postgres' ? wordsQuery(q, words) : wordsMatch(q, words);

type Clause = (d: Dialect) => string;

const SUB_REGIONS: Clause = (d) => `m.region_code IN (WITH RECURSIVE sub(code) AS (
    ${d.list} UNION SELECT r.code FROM regions r JOIN sub ON r.parent_code = sub.code
  ) SELECT code FROM sub)`;
const THEMES: Clause = (d) => `m.id IN (SELECT measure_id FROM measure_themes WHERE theme_id IN (${d.list}))`;
const NO_WORD: Clause = () => '1 = 0';

/** Conditions for the filter on an engine; `omit` leaves one facet's own selection out (disjunctive facets). */
export function measureConditions(engine: Engine, filter: MeasureFilter, omit?: FacetName): Where {
  const clauses: Array<[string, Clause]> = [['live', () => "m.review_status <> 'rejected'"]];
  const params: unknown[] = [];
  const add = (name: string, clause: Clause, ...values: unknown[]) => {
    clauses.push([name, clause]);
    params.push(...values);
  };
  if (filter.regionCodes.length && omit !== 'region') add('region', SUB_REGIONS, jsonList(filter.regionCodes));
  if (filter.themeIds.length && omit !== 'theme') add('theme', THEMES, jsonList(filter.themeIds));
  if (filter.year !== undefined && omit !== 'year') add('year', () => 's.year = ?', filter.year);
  if (filter.sourceId !== undefined && omit !== 'source') add('source', () => 'm.source_id = ?', filter.sourceId);
  if (filter.program && omit !== 'program') {
    add('program', () => 'm.id IN (SELECT measure_id FROM measure_programs WHERE name = ?)', filter.program);
  }
  if (filter.q) {
    const words = searchWords(engine, filter.q);
    if (words) add('q', (d) => d.measureWords, words);
    else add('none', NO_WORD);
  }
  return {
    where: (d) => clauses.map(([, clause]) => clause(d)).join(' AND '),
    params,
    needsSource: filter.year !== undefined && omit !== 'year',
    shape: clauses.map(([name]) => name).join(','),
  };
}

/** The words to highlight for a query: the query itself and its jieba words. */
export function highlightTerms(q: string | undefined, words?: readonly string[]): string[] {
  if (!q) return [];
  return [...new Set([q, ...(words ?? segmentQuery(q))])].sort((a, b) => b.length - a.length);
}
