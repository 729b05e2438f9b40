/**
 * Insert many observation rows fast: one prepared multi-row INSERT reused for every full chunk, run
 * inside the caller's transaction. Building a drizzle statement per row made a 100,000-row CSV take
 * 28 s (issue 11); this is the CSV import's insert until the shared batched write path replaces it.
 */
import { getTableColumns } from 'drizzle-orm';
import type { DbHandle } from '../create-db';
import { observations } from '../schema';

type ObservationInsert = typeof observations.$inferInsert;

const CHUNK = 200;
const columns = Object.entries(getTableColumns(observations)).filter(([key]) => key !== 'id');
const placeholders = (rows: number) =>
  Array.from({ length: rows }, () => `(${columns.map(() => '?').join(',')})`).join(',');
const sqlFor = (rows: number) =>
  `INSERT INTO observations (${columns.map(([, c]) => `"${c.name}"`).join(',')}) VALUES ${placeholders(rows)}`;

/** A row's values in column order; a value left out takes the column's default (repeats: []). */
function driverValues(row: ObservationInsert): unknown[] {
  return columns.map(([key, column]) => {
    const given = (row as Record<string, unknown>)[key];
    const value = given === undefined && column.hasDefault ? column.default : given;
    return value === undefined || value === null ? null : column.mapToDriverValue(value);
  });
}

/** Must run inside a transaction; `onProgress` is told the rows written so far after each chunk. */
export function insertObservationRows(
  handle: DbHandle,
  rows: readonly ObservationInsert[],
  onProgress?: (written: number) => void,
): void {
  const full = handle.sqlite.prepare(sqlFor(CHUNK));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const statement = chunk.length === CHUNK ? full : handle.sqlite.prepare(sqlFor(chunk.length));
    statement.run(chunk.flatMap(driverValues));
    onProgress?.(i + chunk.length);
  }
}
