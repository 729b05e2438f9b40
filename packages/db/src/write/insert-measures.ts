/**
 * The one way articles and measures are inserted, with statements prepared once per connection
 * (a query built per row cost more than the import's extraction). Call inside the caller's
 * transaction. A measure's search words are cut here, so every writer indexes the same way;
 * the copies on measure_themes and measure_programs are kept by triggers (migration 0008).
 */
import type { Drizzle } from '../create-db';
import { prepared } from '../prepared';
import type { articles, measures } from '../schema';
import { segmentForIndex } from '../segment';

export type NewArticle = Omit<typeof articles.$inferInsert, 'id'>;

export function insertArticle(db: Drizzle, a: NewArticle): number {
  const { lastInsertRowid } = prepared(
    db,
    'INSERT INTO articles (source_id, ordinal, title, region_code, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
  ).run(a.sourceId, a.ordinal, a.title, a.regionCode ?? null, a.start, a.end);
  return Number(lastInsertRowid);
}

export type NewMeasure = Omit<typeof measures.$inferInsert, 'id' | 'searchTokens'> & {
  /** Theme ids with the words that gave each (its evidence). */
  themes: Array<{ id: string; evidence: string[] }>;
};

export function insertMeasure(db: Drizzle, m: NewMeasure): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO measures (source_id, article_id, region_code, ordinal, title, text, programs, start, "end",
       confidence, review_status, search_tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
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
    segmentForIndex(`${m.title} ${m.text}`),
  );
  const id = Number(lastInsertRowid);
  const theme = prepared(db, 'INSERT INTO measure_themes (measure_id, theme_id, evidence) VALUES (?, ?, ?)');
  for (const t of m.themes) theme.run(id, t.id, JSON.stringify(t.evidence));
  return id;
}
