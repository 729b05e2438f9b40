/**
 * The one way figures are inserted: batched multi-row INSERTs whose statements are prepared once
 * per connection. Every importer (extraction, CSV, reference files) goes through here.
 *
 *   insertObservations(db, rows)
 *
 * - `db`: any connection from createDb; call it inside the caller's transaction (it opens none),
 *   so an import stays all or nothing. A worker thread with its own createDb handle can call it too.
 * - `rows`: figures without ids, as drizzle's insert type has them (flags as an array).
 * - `onProgress`: told the rows written so far after each batch (an import job's progress).
 * - Returns how many rows were inserted.
 * It also indexes their search words (one jieba call per batch) and counts them per place: the
 * triggers of migration 0008 keep both on delete and edit, this keeps them on insert.
 */
import type { Drizzle } from '../create-db';
import { prepared } from '../prepared';
import type { observations } from '../schema';
import { segmentManyForIndex } from '../segment';

export type NewObservation = Omit<typeof observations.$inferInsert, 'id'>;

/** Rows per statement: 30 columns × 100 rows stays far below SQLite's 32,766 parameters. */
export const INSERT_BATCH = 100;

/** Every column a figure has, named once: the type makes a new column a compile error until it is here. */
const COLUMN_NAMES: Record<keyof NewObservation, string> = {
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

const ROW = `(${COLUMNS.map(() => '?').join(', ')})`;
const statementFor = (rows: number) =>
  `INSERT INTO observations (${COLUMNS.map(([, c]) => `"${c}"`).join(', ')}) VALUES ${Array(rows).fill(ROW).join(', ')}`;

function values(row: NewObservation): unknown[] {
  return COLUMNS.map(([key]) => {
    const v = row[key];
    if (v === undefined) return DEFAULTS[key] ?? null;
    return key === 'flags' || key === 'repeats' ? JSON.stringify(v) : v;
  });
}

/** Search words of the figures just inserted with ids first…first+n−1, and each place's new count. */
function indexAndCount(db: Drizzle, rows: readonly NewObservation[], first: number): void {
  const words = segmentManyForIndex(rows.map((r) => `${r.subject ?? ''} ${r.quote}`));
  const fts = prepared(db, 'INSERT INTO observations_fts (rowid, words) VALUES (?, ?)');
  for (const [i, w] of words.entries()) fts.run(first + i, w);
  const perPlace = new Map<string, number>();
  for (const r of rows)
    if (r.reviewStatus !== 'rejected') perPlace.set(r.regionCode, (perPlace.get(r.regionCode) ?? 0) + 1);
  const count = prepared(
    db,
    `INSERT INTO region_counts (region_code, figures) VALUES (?, ?)
     ON CONFLICT (region_code) DO UPDATE SET figures = figures + excluded.figures`,
  );
  for (const [code, n] of perPlace) count.run(code, n);
}

function insertBatch(db: Drizzle, rows: readonly NewObservation[]): void {
  const { lastInsertRowid } = prepared(db, statementFor(rows.length)).run(rows.flatMap(values));
  // One INSERT gives its rows consecutive ids, the last one reported.
  indexAndCount(db, rows, Number(lastInsertRowid) - rows.length + 1);
}

export function insertObservations(
  db: Drizzle,
  rows: readonly NewObservation[],
  onProgress?: (written: number) => void,
): number {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    insertBatch(db, rows.slice(i, i + INSERT_BATCH));
    onProgress?.(Math.min(rows.length, i + INSERT_BATCH));
  }
  return rows.length;
}
