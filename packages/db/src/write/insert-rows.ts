/**
 * Batched inserts on both engines (issue 10: batched prepared inserts): rows go in multi-row
 * `INSERT … VALUES (…),(…)` statements of at most MAX_ROWS rows, and within SQLite's limit of
 * 32,766 parameters. A list is cut into full batches, then its rest into powers of two, so a table
 * has at most a dozen statement shapes, each prepared once per connection (SQLite's statement
 * cache, PostgreSQL's named statements) however many imports run.
 */
import type { Db } from '../engine/db';
import { type Query, query } from '../engine/query';

export const MAX_ROWS = 512;
const MAX_PARAMETERS = 32_766;

export interface RowShape {
  table: string;
  columns: readonly string[];
  /** One row's placeholders where an engine wraps a value (PostgreSQL's `to_tsvector('simple', ?)`). */
  tuple?: { sqlite: string; postgres: string };
  /** Give back the new rows' ids, in the rows' order. */
  returning?: boolean;
  /** Upsert: the conflict target's columns; every other column takes the new row's value. */
  upsertOn?: readonly string[];
}

/** The sizes a list of `total` rows is written in: full batches of `max`, then powers of two. */
export function batchSizes(total: number, max: number): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left >= max) {
    sizes.push(max);
    left -= max;
  }
  for (let size = 2 ** Math.floor(Math.log2(max)); left > 0; size /= 2) {
    if (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  return sizes;
}

const statements = new Map<string, Query>();

function upsert(shape: RowShape): string {
  const target = shape.upsertOn;
  if (!target) return '';
  const set = shape.columns.filter((c) => !target.includes(c)).map((c) => `"${c}" = excluded."${c}"`);
  return ` ON CONFLICT (${target.map((c) => `"${c}"`).join(', ')}) DO UPDATE SET ${set.join(', ')}`;
}

function statement(shape: RowShape, rows: number): Query {
  const key = `${shape.table}|${shape.columns.join(',')}|${shape.tuple?.postgres ?? ''}|${shape.returning}|${shape.upsertOn}|${rows}`;
  let q = statements.get(key);
  if (!q) {
    const plain = `(${shape.columns.map(() => '?').join(', ')})`;
    const text = (tuple: string) =>
      `INSERT INTO ${shape.table} (${shape.columns.map((c) => `"${c}"`).join(', ')}) VALUES ${Array(rows)
        .fill(tuple)
        .join(', ')}${upsert(shape)}${shape.returning ? ' RETURNING id' : ''}`;
    q = query({ sqlite: text(shape.tuple?.sqlite ?? plain), postgres: text(shape.tuple?.postgres ?? plain) });
    statements.set(key, q);
  }
  return q;
}

/**
 * Insert `rows` (each a list of values in `shape.columns`' order); with `returning`, their new ids
 * in the rows' order. Call inside the caller's transaction: it opens none.
 */
export async function insertRows(
  db: Db,
  shape: RowShape,
  rows: readonly (readonly unknown[])[],
  onBatch?: (written: number) => void,
): Promise<number[]> {
  const max = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / shape.columns.length));
  const ids: number[] = [];
  let at = 0;
  for (const size of batchSizes(rows.length, max)) {
    // One flat parameter list, filled in place (slice + flat cost more than the statement's binding).
    const params: unknown[] = [];
    for (let r = at; r < at + size; r++) for (const value of rows[r] as readonly unknown[]) params.push(value);
    at += size;
    if (shape.returning) {
      // Ids are handed out in the VALUES' order; RETURNING's own order is not promised.
      const got = await db.all<{ id: number }>(statement(shape, size), params);
      ids.push(...got.map((r) => r.id).sort((a, b) => a - b));
    } else await db.run(statement(shape, size), params);
    onBatch?.(at);
  }
  return ids;
}

/** A yes/no value as each engine stores it: 0/1 on SQLite, a boolean on PostgreSQL. */
export const flag = (db: Db, value: boolean): number | boolean => (db.engine === 'postgres' ? value : value ? 1 : 0);
