/**
 * What an editor's write reads and changes of one measure or figure, on the two-engine Db: the
 * row as it was (for the audit entry's "before", in the shape the API has always logged: camelCase
 * keys, JSON columns parsed) and an update of the columns a correction names. Each set of columns
 * is one statement, kept, so a correction prepares nothing after its first use.
 */
import type { Db } from '../engine/db';
import { type Dialect, perEngine } from '../engine/dialect';
import { type Query, query } from '../engine/query';
import type { measures, observations } from '../schema';
import { COLUMN_NAMES as OBSERVATION_COLUMNS } from './insert-observations';

export type MeasureBefore = Omit<typeof measures.$inferSelect, 'searchTokens' | 'leadEnd' | 'themesJson' | 'listItem'>;
export type ObservationBefore = typeof observations.$inferSelect;

const MEASURE_COLUMNS: Record<keyof MeasureBefore, string> = {
  id: 'id',
  sourceId: 'source_id',
  articleId: 'article_id',
  regionCode: 'region_code',
  ordinal: 'ordinal',
  title: 'title',
  text: 'text',
  programs: 'programs',
  start: 'start',
  end: 'end',
  confidence: 'confidence',
  reviewStatus: 'review_status',
};

/** `SELECT` of every column as its camelCase key; JSON columns as text on both engines. */
const selectAll = (table: string, columns: Record<string, string>, json: readonly string[]) =>
  perEngine((d: Dialect) => {
    const list = Object.entries(columns).map(
      ([key, column]) => `${json.includes(key) ? d.json(`"${column}"`) : `"${column}"`} AS "${key}"`,
    );
    return `SELECT ${list.join(', ')} FROM ${table} WHERE id = ?`;
  });

const MEASURE = selectAll('measures', MEASURE_COLUMNS, ['programs']);
const OBSERVATION = selectAll('observations', { id: 'id', ...OBSERVATION_COLUMNS }, ['flags', 'repeats']);

/** The measure `id` as it is now, or undefined. */
export async function measureBefore(db: Db, id: number): Promise<MeasureBefore | undefined> {
  const row = await db.get<MeasureBefore & { programs: string }>(MEASURE, [id]);
  return row && { ...row, programs: JSON.parse(row.programs) as string[] };
}

/** The figure `id` as it is now, or undefined. */
export async function observationBefore(db: Db, id: number): Promise<ObservationBefore | undefined> {
  const row = await db.get<ObservationBefore & { flags: string; repeats: string }>(OBSERVATION, [id]);
  return row && { ...row, flags: JSON.parse(row.flags), repeats: JSON.parse(row.repeats) };
}

const updates = new Map<string, Query>();

/** Set `columns` (SQL names to values; undefined ones are left as they are) of row `id` of `table`. */
export async function updateRow(db: Db, table: string, id: number, columns: Record<string, unknown>): Promise<void> {
  const set = Object.entries(columns).filter(([, v]) => v !== undefined);
  const text = `UPDATE ${table} SET ${set.map(([c]) => `"${c}" = ?`).join(', ')} WHERE id = ?`;
  let statement = updates.get(text);
  if (!statement) {
    statement = query(text);
    updates.set(text, statement);
  }
  await db.run(statement, [...set.map(([, v]) => v), id]);
}

/** A figure's corrected fields by their SQL column names. */
export function observationColumns(changes: Partial<ObservationBefore>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    const column = OBSERVATION_COLUMNS[key as keyof typeof OBSERVATION_COLUMNS];
    if (!column) throw new Error(`A figure has no column ${key}.`);
    out[column] = key === 'flags' || key === 'repeats' ? JSON.stringify(value) : value;
  }
  return out;
}
