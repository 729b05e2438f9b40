/**
 * What differs between the engines in the read queries' SQL (docs/decisions/016), named once, so a
 * query is written one time against these names and declared for both engines with `perEngine`.
 * A list travels as one JSON array parameter on both engines (jsonList), so callers pass the same
 * values whichever engine they run on. Rows come back in SQLite's shapes: PostgreSQL's booleans as
 * 0/1, its jsonb as text, its bigint counts as integers.
 */
import { type Query, query } from './query';

export interface Dialect {
  /** The values of a JSON array of text parameter, as a one-column `value` set. */
  list: string;
  /** The same for a JSON array of integers. */
  ids: string;
  /** A 0/1 (SQLite) or boolean (PostgreSQL) column is true: SQLite's `= 1` keeps its index seeks. */
  isTrue(column: string): string;
  /** A 0/1 (SQLite) or boolean (PostgreSQL) column as 0/1, the shape rows come back in. */
  flag(column: string): string;
  /** An integer expression as a number (PostgreSQL's counts are bigints, which pg returns as strings). */
  int(expression: string): string;
  /** A JSON column as text (PostgreSQL's jsonb would come back parsed). */
  json(column: string): string;
  /** The larger of two values (SQLite's scalar `max`). */
  greatest: string;
  /** The position of a substring, 1-based, 0 when absent. */
  instr: string;
  /** The `value` column of a subquery, in its order, as a JSON array text ('[]' when it has no row). */
  jsonArray(select: string): string;
  /** An aggregate: one JSON object of `pairs` ('key', value, …) per row, in `orderBy` order, as a JSON array text. */
  jsonObjects(pairs: string, orderBy: string): string;
  /** The jieba-word search condition on measures `m`, for the parameter `searchWords` gives. */
  measureWords: string;
}

export const DIALECT: { sqlite: Dialect; postgres: Dialect } = {
  sqlite: {
    list: 'SELECT value FROM json_each(?)',
    ids: 'SELECT value FROM json_each(?)',
    isTrue: (c) => `${c} = 1`,
    flag: (c) => c,
    int: (e) => e,
    json: (c) => c,
    greatest: 'max',
    instr: 'instr',
    jsonArray: (select) => `(SELECT json_group_array(value) FROM (${select}))`,
    jsonObjects: (pairs, orderBy) => `json_group_array(json_object(${pairs}) ORDER BY ${orderBy})`,
    measureWords: 'm.id IN (SELECT rowid FROM measures_fts_words WHERE measures_fts_words MATCH ?)',
  },
  postgres: {
    // ipb_list / ipb_ids (migration 0016): jsonb_array_elements_text planned as 1 row, not 100.
    list: 'SELECT value FROM ipb_list(?::jsonb) AS value',
    ids: 'SELECT value FROM ipb_ids(?::jsonb) AS value',
    isTrue: (c) => c,
    flag: (c) => `${c}::int`,
    int: (e) => `(${e})::int`,
    json: (c) => `${c}::text`,
    greatest: 'greatest',
    instr: 'strpos',
    jsonArray: (select) => `(SELECT coalesce(json_agg(value), '[]')::text FROM (${select}) AS q)`,
    jsonObjects: (pairs, orderBy) => `coalesce(json_agg(json_build_object(${pairs}) ORDER BY ${orderBy}), '[]')::text`,
    measureWords: "m.search_vector @@ to_tsquery('simple', ?)",
  },
};

/** One query from a text written once against the dialects' differences. */
export const perEngine = (text: (d: Dialect) => string) =>
  query({ sqlite: text(DIALECT.sqlite), postgres: text(DIALECT.postgres) });

const declared = new Map<string, Query>();

/**
 * A query whose clauses a filter chooses: declared once per shape (the key names the shape and
 * template), so each shape is prepared once per connection however many requests use it.
 */
export function shaped(key: string, text: (d: Dialect) => string): Query {
  let known = declared.get(key);
  if (!known) {
    known = perEngine(text);
    declared.set(key, known);
  }
  return known;
}
