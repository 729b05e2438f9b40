/**
 * The one way figures are inserted, on either engine: batched multi-row INSERTs (insert-rows.ts).
 * Every importer (extraction, CSV, reference files) goes through here.
 *
 *   await insertObservations(db, rows)
 *
 * - `db`: the transaction's Db; it opens none, so an import stays all or nothing.
 * - `rows`: figures without ids, as drizzle's insert type has them (flags as an array).
 * - `onProgress`: told the rows written so far after each batch (an import job's progress).
 * - Returns how many rows were inserted.
 * It also indexes their search words (one jieba call per batch: SQLite's observations_fts,
 * PostgreSQL's search_vector written with the row) and counts them per place: the triggers keep
 * both on delete and edit, this keeps them on insert.
 */
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import type { observations } from '../schema';
import { type CutWords, figureIndexText, segmentManyForIndex } from '../segment';
import { insertRows, type RowShape } from './insert-rows';
import { countPlaceSourceFigures } from './place-source-counts';

export type NewObservation = Omit<typeof observations.$inferInsert, 'id'>;

/** Rows per batch (an import job reports progress after each). */
export const INSERT_BATCH = 512;
/** Every column a figure has, named once: the type makes a new column a compile error until it is here. */
export const COLUMN_NAMES: Record<keyof NewObservation, string> = {
  sourceId: 'source_id',
  articleId: 'article_id',
  measureId: 'measure_id',
  externalId: 'external_id',
  regionCode: 'region_code',
  indicatorId: 'indicator_id',
  subject: 'subject',
  valueAsWritten: 'value_as_written',
  valueMaxAsWritten: 'value_max_as_written',
  unitAsWritten: 'unit_as_written',
  value: 'value',
  valueMax: 'value_max',
  unit: 'unit',
  kind: 'kind',
  measure: 'measure',
  status: 'status',
  qualifier: 'qualifier',
  periodText: 'period_text',
  periodType: 'period_type',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  year: 'year',
  quote: 'quote',
  start: 'start',
  end: 'end',
  repeats: 'repeats',
  confidence: 'confidence',
  reviewStatus: 'review_status',
  flags: 'flags',
  note: 'note',
};
const COLUMNS = Object.entries(COLUMN_NAMES) as Array<[keyof NewObservation, string]>;
/** Columns a figure may leave out, and what the table then stores. */
const DEFAULTS: Partial<Record<keyof NewObservation, unknown>> = { measure: 'level', status: 'actual', repeats: '[]' };

const NAMES = COLUMNS.map(([, c]) => c);
const ROW = COLUMNS.map(() => '?').join(', ');
/** SQLite indexes the words in observations_fts by rowid; PostgreSQL in the row's own tsvector. */
const WITH_ID: RowShape = { table: 'observations', columns: NAMES, returning: true };
const WITH_VECTOR: RowShape = {
  table: 'observations',
  columns: [...NAMES, 'search_vector'],
  tuple: { sqlite: '', postgres: `(${ROW}, to_tsvector('simple', ?))` },
};
const FTS: RowShape = { table: 'observations_fts', columns: ['rowid', 'words'] };

const COUNT = query({
  sqlite: `INSERT INTO region_counts (region_code, figures) SELECT key, value FROM json_each(?) WHERE true
    ON CONFLICT (region_code) DO UPDATE SET figures = figures + excluded.figures`,
  postgres: `INSERT INTO region_counts (region_code, figures) SELECT key, value::int FROM jsonb_each_text(?::jsonb)
    ON CONFLICT (region_code) DO UPDATE SET figures = region_counts.figures + excluded.figures`,
});

function values(row: NewObservation): unknown[] {
  return COLUMNS.map(([key]) => {
    const v = row[key];
    if (v === undefined) return DEFAULTS[key] ?? null;
    return key === 'flags' || key === 'repeats' ? JSON.stringify(v) : v;
  });
}

/** Each place's new count of shown figures. */
async function count(db: Db, rows: readonly NewObservation[]): Promise<void> {
  const perPlace: Record<string, number> = {};
  for (const r of rows) if (r.reviewStatus !== 'rejected') perPlace[r.regionCode] = (perPlace[r.regionCode] ?? 0) + 1;
  if (Object.keys(perPlace).length) await db.run(COUNT, [JSON.stringify(perPlace)]);
  await countPlaceSourceFigures(db, rows);
}

/**
 * Insert figures with their search words; how many. `ahead`: words cut before the write (the
 * import's worker), used when they are of exactly these figures' texts.
 */
export async function insertObservations(
  db: Db,
  rows: readonly NewObservation[],
  onProgress?: (written: number) => void,
  ahead?: CutWords,
): Promise<number> {
  const words = segmentManyForIndex(rows.map(figureIndexText), ahead);
  if (db.engine === 'postgres') {
    await insertRows(
      db,
      WITH_VECTOR,
      rows.map((r, i) => [...values(r), words[i]]),
      onProgress,
    );
  } else {
    const ids = await insertRows(db, WITH_ID, rows.map(values), onProgress);
    await insertRows(
      db,
      FTS,
      ids.map((id, i) => [id, words[i]]),
    );
  }
  await count(db, rows);
  return rows.length;
}
