/**
 * The one way articles and measures are inserted, on either engine, in batched multi-row
 * statements (insert-rows.ts). Call inside the caller's transaction. A measure's search words are
 * cut here, so every writer indexes the same way; the copies on measure_themes and
 * measure_programs, and the search tables, are kept by triggers (SQLite 0008, PostgreSQL 0002).
 */
import type { Db } from '../engine/db';
import type { articles, measures } from '../schema';
import { segmentManyForIndex } from '../segment';
import { insertRows } from './insert-rows';

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

export type NewMeasure = Omit<typeof measures.$inferInsert, 'id' | 'searchTokens'> & {
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
  ],
  returning: true,
};
const THEME = { table: 'measure_themes', columns: ['measure_id', 'theme_id', 'evidence'] };

/** Insert measures with their themes; their new ids, in order. */
export async function insertMeasures(db: Db, list: readonly NewMeasure[]): Promise<number[]> {
  // One call into jieba for the whole list, as for figures (insert-observations.ts).
  const words = segmentManyForIndex(list.map((m) => `${m.title} ${m.text}`));
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
    ]),
  );
  const themes = list.flatMap((m, i) => m.themes.map((t) => [ids[i], t.id, JSON.stringify(t.evidence)]));
  await insertRows(db, THEME, themes);
  return ids;
}
