/**
 * One search box across places' figures, programmes and sources (measures: searchMeasures), all on
 * indexes (docs/decisions/004): figures by jieba words of their subject and quote, programmes by
 * their names' trigrams and words, newest first where there is no better order. A word that occurs
 * in thousands of rows costs no more than a rare one: each index is read only as far as `limit`.
 * On PostgreSQL (docs/decisions/016) figures match on their `search_vector` with the same jieba
 * words; programme names by pg_trgm (`ILIKE`, as SQLite's trigram table, case-insensitive) or by
 * containing every word of the query, as PostgreSQL cannot segment the names themselves.
 */
import type { Authority, Citation, FigureHit, SourceSummary } from '@ipb/domain';
import type { Db, Engine } from '../engine/db';
import { DIALECT, type Dialect, perEngine } from '../engine/dialect';
import { query } from '../engine/query';
import { jsonList } from '../prepared';
import { segmentQuery } from '../segment';
import { observationCitation } from './citation';
import { highlightTerms, searchWords, trigramMatch } from './measure-filter';
import { readObservationRows, type SourceRef } from './observation-rows';
import { SUMMARY_COLUMNS } from './sources';

/**
 * A query as the search's indexes take it, cut by jieba once: GET /api/search asks four indexes
 * and highlights the measures' texts with the same words (each cut is a call into jieba).
 */
export interface SearchTerms {
  q: string;
  /** segmentQuery(q). */
  words: string[];
  /** The engine's word-index query (searchWords); null when the query has no word. */
  match: string | null;
  /** highlightTerms(q): what a measure's snippet marks. */
  highlight: string[];
}

export function searchTerms(engine: Engine, q: string): SearchTerms {
  const words = segmentQuery(q);
  return { q, words, match: searchWords(engine, q, words), highlight: highlightTerms(q, words) };
}

export const figureMatchText = {
  sqlite: (limited: boolean) => `SELECT f.rowid AS id FROM observations_fts f JOIN observations o ON o.id = f.rowid
     WHERE observations_fts MATCH ? AND o.review_status <> 'rejected' ORDER BY f.rowid DESC${limited ? ' LIMIT ?' : ''}`,
  postgres: (limited: boolean) => `SELECT o.id FROM observations o
     WHERE o.search_vector @@ to_tsquery('simple', ?) AND o.review_status <> 'rejected'
     ORDER BY o.id DESC${limited ? ' LIMIT ?' : ''}`,
};
const figureMatch = (limited: boolean) =>
  query({ sqlite: figureMatchText.sqlite(limited), postgres: figureMatchText.postgres(limited) });
const FIGURES = figureMatch(false);
const NEWEST_FIGURES = figureMatch(true);

/** Ids of the newest `limit` figures whose words match, rejected ones left out (all of them without a limit). */
export async function figureIds(db: Db, q: string, limit?: number): Promise<number[]> {
  const words = searchWords(db.engine, q);
  if (!words) return [];
  const rows =
    limit === undefined
      ? await db.all<{ id: number }>(FIGURES, [words])
      : await db.all<{ id: number }>(NEWEST_FIGURES, [words, limit]);
  return rows.map((r) => r.id);
}

/**
 * The newest `limit` figures matching `q`, as the search shows them. `found`: their ids as
 * `figureIds(db, q, limit)` gave them, when the caller already asked (GET /api/search passes them
 * to `searchSources` too, so the index is read once per request).
 */
export async function searchFigures(db: Db, q: string, limit: number, found?: readonly number[]) {
  const ids = found ?? (await figureIds(db, q, limit));
  if (!ids.length) return [];
  return (await readObservationRows(db, { ids, order: 'id' })).reverse().map((row) => ({
    observationId: row.o.id,
    regionCode: row.r.code,
    regionName: row.r.name,
    indicatorId: row.o.indicatorId,
    subject: row.o.subject,
    value: row.o.value,
    unit: row.o.unit,
    year: row.o.year,
    flags: row.o.flags,
    citation: observationCitation(row),
  }));
}

/** Which programme conditions a query has: a substring (3+ characters) and its words. */
type ProgramShape = { trigram: boolean; words: boolean };

function programsText(engine: Engine, shape: ProgramShape): string {
  const parts: string[] = [];
  if (engine === 'sqlite') {
    if (shape.trigram) parts.push('SELECT rowid FROM program_names_trgm WHERE program_names_trgm MATCH ?');
    if (shape.words) parts.push('SELECT rowid FROM program_names_words WHERE program_names_words MATCH ?');
  } else {
    if (shape.trigram) parts.push(`SELECT name FROM program_names WHERE name ILIKE ? ESCAPE '\\'`);
    if (shape.words)
      parts.push(`SELECT name FROM program_names p
        WHERE NOT EXISTS (SELECT 1 FROM (${DIALECT.postgres.list}) AS w WHERE strpos(p.name, w.value) = 0)`);
  }
  return `SELECT name, measures AS count FROM program_names
     WHERE ${engine === 'sqlite' ? 'rowid' : 'name'} IN (${parts.join(' UNION ')}) AND measures > 0
     ORDER BY measures DESC, name LIMIT ?`;
}

const programs = (shape: ProgramShape) =>
  query({ sqlite: programsText('sqlite', shape), postgres: programsText('postgres', shape) });
const PROGRAMS = new Map([
  ['true|true', programs({ trigram: true, words: true })],
  ['true|false', programs({ trigram: true, words: false })],
  ['false|true', programs({ trigram: false, words: true })],
]);

/** `%q%` for ILIKE, with the pattern characters of the query taken as text. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Programme names containing the query (trigrams, 3+ characters) or its words, most named first. */
export async function searchPrograms(
  db: Db,
  q: string,
  limit: number,
  words = segmentQuery(q),
): Promise<Array<{ name: string; count: number }>> {
  const trigram = trigramMatch(q);
  const sqliteWords = searchWords('sqlite', q, words);
  const shape = { trigram: trigram !== null, words: sqliteWords !== null };
  const statement = PROGRAMS.get(`${shape.trigram}|${shape.words}`);
  if (!statement) return [];
  const params: unknown[] =
    db.engine === 'sqlite'
      ? [...(trigram ? [trigram] : []), ...(sqliteWords ? [sqliteWords] : [])]
      : [...(trigram ? [containing(q)] : []), ...(sqliteWords ? [jsonList(words)] : [])];
  return db.all<{ name: string; count: number }>(statement, [...params, limit]);
}

const FIGURE_SOURCES = perEngine((d) => `SELECT DISTINCT source_id AS id FROM observations WHERE id IN (${d.ids})`);
const SOURCES = perEngine(
  (d) => `SELECT ${SUMMARY_COLUMNS} FROM sources s WHERE ${d.instr}(s.title, ?) > 0 OR s.id IN (${d.ids})
     ORDER BY s.year DESC NULLS LAST, s.id DESC LIMIT ?`,
);

/**
 * Sources whose title contains the query, then the sources of the newest matching measures and
 * figures (their text is indexed through those), newest first. A source's full text is not scanned.
 * `figuresFound`: `figureIds(db, q, limit)` when the caller already read them.
 */
export async function searchSources(
  db: Db,
  q: string,
  limit: number,
  measureSourceIds: number[],
  figuresFound?: readonly number[],
): Promise<SourceSummary[]> {
  const figures = figuresFound ?? (await figureIds(db, q, limit));
  const figureSources = await db.all<{ id: number }>(FIGURE_SOURCES, [jsonList(figures)]);
  return sourcesTitledOr(db, q, limit, [...measureSourceIds, ...figureSources.map((r) => r.id)]);
}

/** Sources whose title contains `q`, or among `related` (ids, repeats allowed), newest first. */
export function sourcesTitledOr(
  db: Db,
  q: string,
  limit: number,
  related: readonly number[],
): Promise<SourceSummary[]> {
  return db.all<SourceSummary>(SOURCES, [q, jsonList([...new Set(related)]), limit]);
}

/**
 * The newest figures matching the words, as the search shows them, in one statement: the ids
 * figureIds reads (the same index read, the same order and limit), joined to the columns a hit
 * shows — not readObservationRows' 46. Their source ids come with them: no second read for the
 * sources they speak through. The index read stays a subquery with its own LIMIT on both engines,
 * so neither planner can start from the joined tables.
 */
const figureHitsText = (d: Dialect, match: string) => `SELECT o.id, o.region_code, r.name, o.indicator_id, o.subject,
    o.value, o.unit, o.year, ${d.json('o.flags')}, o.source_id, s.type, s.authority, s.title, s.year, s.issue_number,
    o.article_id, a.title, s.url, s.document_number, o.quote, o.start, o."end", ${d.json('o.repeats')}, o.note,
    s.description
  FROM (${match}) hit
    JOIN observations o ON o.id = hit.id
    JOIN sources s ON s.id = o.source_id
    JOIN regions r ON r.code = o.region_code
    LEFT JOIN articles a ON a.id = o.article_id
  ORDER BY o.id DESC`;
const FIGURE_HITS = query({
  sqlite: figureHitsText(DIALECT.sqlite, figureMatchText.sqlite(true)),
  postgres: figureHitsText(DIALECT.postgres, figureMatchText.postgres(true)),
});
/** The same columns for figures named by id (a JSON array), newest first: the hits figure_hits lacks. */
export const FIGURE_HITS_BY_ID = perEngine((d) => figureHitsText(d, `SELECT value AS id FROM (${d.ids}) ids`));

export type FigureHitRow = [
  id: number,
  regionCode: string,
  regionName: string,
  indicatorId: string | null,
  subject: string | null,
  value: number,
  unit: string,
  year: number | null,
  flags: string,
  sourceId: number,
  sourceType: SourceRef['type'],
  authority: Authority,
  sourceTitle: string,
  sourceYear: number | null,
  issueNumber: number | null,
  articleId: number | null,
  articleTitle: string | null,
  url: string | null,
  documentNumber: string | null,
  quote: string,
  start: number | null,
  end: number | null,
  repeats: string,
  note: string | null,
  description: string | null,
];

const listOf = <T>(json: string): T[] => (json === '[]' ? [] : (JSON.parse(json) as T[]));

export function toFigureHit(row: FigureHitRow): FigureHit {
  const [id, regionCode, regionName, indicatorId, subject, value, unit, year, flags, sourceId] = row;
  const [, , , , , , , , , , type, authority, title, sourceYear, issueNumber, articleId, articleTitle] = row;
  const [, , , , , , , , , , , , , , , , , url, documentNumber, quote, start, end, repeats, note, description] = row;
  const citation: Citation = observationCitation({
    o: { quote, start, end, repeats: listOf(repeats), note },
    s: { id: sourceId, type, authority, title, year: sourceYear, issueNumber, url, documentNumber, description },
    // As readObservationRows names it: a figure with an article whose title is missing cites ''.
    a: articleId === null ? null : { title: articleTitle ?? '' },
  });
  return {
    observationId: id,
    regionCode,
    regionName,
    indicatorId,
    subject,
    value,
    unit,
    year,
    flags: listOf(flags),
    citation,
  };
}

/**
 * searchFigures and the figures' sources for GET /api/search from one statement: the hits, newest
 * first, and the ids of the sources they come from.
 */
export async function figureHits(
  db: Db,
  terms: SearchTerms,
  limit: number,
): Promise<{ hits: FigureHit[]; sourceIds: number[] }> {
  if (!terms.match) return { hits: [], sourceIds: [] };
  const rows = await db.rows<FigureHitRow>(FIGURE_HITS, [terms.match, limit]);
  return { hits: rows.map(toFigureHit), sourceIds: rows.map((row) => row[9]) };
}
