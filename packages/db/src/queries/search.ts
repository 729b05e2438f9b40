/**
 * One search box across places' figures, programmes and sources (measures: searchMeasures), all on
 * indexes (docs/decisions/004): figures by jieba words of their subject and quote, programmes by
 * their names' trigrams and words, newest first where there is no better order. A word that occurs
 * in thousands of rows costs no more than a rare one: each index is read only as far as `limit`.
 */
import type { SourceSummary } from '@ipb/domain';
import type { Drizzle } from '../create-db';
import { jsonList, prepared } from '../prepared';
import { observationCitation } from './citation';
import { trigramMatch, wordsMatch } from './measure-filter';
import { observationRows } from './observation-rows';

/** Ids of the newest `limit` figures whose words match, rejected ones left out (all of them without a limit). */
export function figureIds(db: Drizzle, q: string, limit = -1): number[] {
  const words = wordsMatch(q);
  if (!words) return [];
  const rows = prepared(
    db,
    `SELECT f.rowid AS id FROM observations_fts f JOIN observations o ON o.id = f.rowid
     WHERE observations_fts MATCH ? AND o.review_status <> 'rejected' ORDER BY f.rowid DESC LIMIT ?`,
  ).all(words, limit) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}

export function searchFigures(db: Drizzle, q: string, limit: number) {
  const ids = figureIds(db, q, limit);
  if (!ids.length) return [];
  return observationRows(db, { ids, order: 'id' })
    .reverse()
    .map((row) => ({
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

/** Programme names containing the query (trigrams, 3+ characters) or its words, most named first. */
export function searchPrograms(db: Drizzle, q: string, limit: number): Array<{ name: string; count: number }> {
  const parts: string[] = [];
  const params: unknown[] = [];
  const trigram = trigramMatch(q);
  const words = wordsMatch(q);
  if (trigram) {
    parts.push('SELECT rowid FROM program_names_trgm WHERE program_names_trgm MATCH ?');
    params.push(trigram);
  }
  if (words) {
    parts.push('SELECT rowid FROM program_names_words WHERE program_names_words MATCH ?');
    params.push(words);
  }
  if (!parts.length) return [];
  return prepared(
    db,
    `SELECT name, measures AS count FROM program_names
     WHERE rowid IN (${parts.join(' UNION ')}) AND measures > 0 ORDER BY measures DESC, name LIMIT ?`,
  ).all(...params, limit) as Array<{ name: string; count: number }>;
}

/**
 * Sources whose title contains the query, then the sources of the newest matching measures and
 * figures (their text is indexed through those), newest first. A source's full text is not scanned.
 */
export function searchSources(db: Drizzle, q: string, limit: number, measureSourceIds: number[]): SourceSummary[] {
  const figureSources = prepared(
    db,
    'SELECT DISTINCT source_id AS id FROM observations WHERE id IN (SELECT value FROM json_each(?))',
  ).all(jsonList(figureIds(db, q, limit))) as Array<{ id: number }>;
  const related = [...new Set([...measureSourceIds, ...figureSources.map((r) => r.id)])];
  return prepared(
    db,
    `SELECT id, type, title, year, issue_number AS issueNumber, publisher, url, sha256, imported_at AS importedAt,
       authority, authority_reason AS authorityReason
     FROM sources WHERE instr(title, ?) > 0 OR id IN (SELECT value FROM json_each(?))
     ORDER BY year DESC, id DESC LIMIT ?`,
  ).all(q, jsonList(related), limit) as SourceSummary[];
}
