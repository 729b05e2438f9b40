/**
 * The one way articles and measures are inserted, on either engine, in batched multi-row
 * statements (insert-rows.ts). Call inside the caller's transaction. A measure's search words are
 * cut here, so every writer indexes the same way; measure_programs and the search tables are kept
 * by triggers (SQLite 0008, PostgreSQL 0002).
 * The rows come complete: a measure's `lead_end` (0017) and its theme rows' copies of its place,
 * shown state and source date (0008) are computed here, from the source's text and dates read once
 * per source, so the triggers that would fill them row by row skip them (SQLite 0020: the lead
 * trigger runs only for a lead_end of 0, the copy trigger only where a copy differs). A writer that
 * inserts without them (review.ts re-themes a measure) still gets them from the triggers.
 */
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import type { articles, measures } from '../schema';
import { type CutWords, measureIndexText, segmentManyForIndex } from '../segment';
import { type SqlText, sqlText } from '../sql-text';
import { flag, insertRows } from './insert-rows';
import { themesJson } from './themes-json';

export type NewArticle = Omit<typeof articles.$inferInsert, 'id'>;

const ARTICLE = {
  table: 'articles',
  columns: ['source_id', 'ordinal', 'title', 'region_code', 'start', 'end'],
  returning: true,
};

/** Insert articles; their new ids, in order. */
export function insertArticles(db: Db, list: readonly NewArticle[]): Promise<number[]> {
  return insertRows(
    db,
    ARTICLE,
    list.map((a) => [a.sourceId, a.ordinal, a.title, a.regionCode ?? null, a.start, a.end]),
  );
}

export type NewMeasure = Omit<typeof measures.$inferInsert, 'id' | 'searchTokens' | 'leadEnd' | 'themesJson'> & {
  /** Theme ids with the words that gave each (its evidence). */
  themes: Array<{ id: string; evidence: string[] }>;
};

const MEASURE = {
  table: 'measures',
  columns: [
    'source_id',
    'article_id',
    'region_code',
    'ordinal',
    'title',
    'text',
    'programs',
    'start',
    'end',
    'confidence',
    'review_status',
    'search_tokens',
    'lead_end',
    'themes_json',
  ],
  returning: true,
};
const THEME = {
  table: 'measure_themes',
  columns: ['measure_id', 'theme_id', 'evidence', 'region_code', 'active', 'published'],
};
/** What the triggers would copy from a measure's source: its text (for lead_end) and its date. */
const SOURCE = query(`SELECT st.raw_text, COALESCE(s.date, s.year || '-12-31', '') AS published
  FROM sources s LEFT JOIN source_texts st ON st.source_id = s.id WHERE s.id = ?`);
/** Its date alone, for a writer that hands over the text it has just stored. */
const PUBLISHED = query(`SELECT COALESCE(s.date, s.year || '-12-31', '') AS published FROM sources s WHERE s.id = ?`);

/**
 * Source texts a writer already holds, by source id, as SQL counts them: the import passes the text
 * it has just stored, so neither insertMeasures nor keepInstrumentTerms reads it back. A source
 * not in the map is read from the database (review, a bureau measure, the lexicon rebuild).
 */
export type SourceTexts = ReadonlyMap<number, SqlText>;

interface SourceCopies {
  lead: (start: number, end: number) => number;
  published: string;
}

/** Each source's copies, read once: lead_end is instr(substr(raw_text, start + 1, end - start), '。'). */
async function sourceCopies(
  db: Db,
  list: readonly NewMeasure[],
  texts: SourceTexts,
): Promise<Map<number, SourceCopies>> {
  const bySource = new Map<number, SourceCopies>();
  for (const { sourceId } of list) {
    if (bySource.has(sourceId)) continue;
    const known = texts.get(sourceId);
    const row = known
      ? { raw_text: null, ...(await db.get<{ published: string }>(PUBLISHED, [sourceId])) }
      : await db.get<{ raw_text: string | null; published: string }>(SOURCE, [sourceId]);
    const text = known ?? (row?.raw_text == null ? null : sqlText(row.raw_text));
    bySource.set(sourceId, {
      lead: (start, end) => text?.instr(start + 1, end - start, '。') ?? 0,
      published: row?.published ?? '',
    });
  }
  return bySource;
}

/**
 * Insert measures with their themes; their new ids, in order. `texts`: the sources' texts the
 * caller holds (the import's), else each is read once from the database. `ahead`: search words cut
 * before the write (the import's worker), used when they are of exactly these measures' texts.
 */
export async function insertMeasures(
  db: Db,
  list: readonly NewMeasure[],
  texts: SourceTexts = new Map(),
  ahead?: CutWords,
): Promise<number[]> {
  // One call into jieba for the whole list, as for figures (insert-observations.ts).
  const words = segmentManyForIndex(list.map(measureIndexText), ahead);
  const copies = await sourceCopies(db, list, texts);
  const ids = await insertRows(
    db,
    MEASURE,
    list.map((m, i) => [
      m.sourceId,
      m.articleId,
      m.regionCode ?? null,
      m.ordinal,
      m.title,
      m.text,
      JSON.stringify(m.programs),
      m.start,
      m.end,
      m.confidence,
      m.reviewStatus,
      words[i],
      copies.get(m.sourceId)?.lead(m.start, m.end) ?? 0,
      themesJson(m.themes),
    ]),
  );
  const themes = list.flatMap((m, i) =>
    m.themes.map((t) => [
      ids[i],
      t.id,
      JSON.stringify(t.evidence),
      m.regionCode ?? null,
      flag(db, m.reviewStatus !== 'rejected'),
      copies.get(m.sourceId)?.published ?? '',
    ]),
  );
  await insertRows(db, THEME, themes);
  return ids;
}
