/**
 * The column types of the PostgreSQL schema, each the counterpart of one SQLite column type
 * (schema-lockstep.test.ts holds them to it): JSON is `jsonb`, SQLite's 8-byte `real` is
 * `double precision` (PostgreSQL's `real` is 4 bytes and would round figures), and an
 * autoincrement key is an identity column that still accepts an explicit id, as SQLite does.
 */
import { sql } from 'drizzle-orm';
import { customType, integer, jsonb } from 'drizzle-orm/pg-core';

export const json = <T>(name: string) => jsonb(name).$type<T>();

export const serialId = (name: string) => integer(name).primaryKey().generatedByDefaultAsIdentity();

/** jieba words in PostgreSQL's full-text type; drizzle has no built-in tsvector column. */
export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

/** Bytes: SQLite's `blob` in buffer mode (a measure's stored list item). */
export const bytea = customType<{ data: Buffer }>({
  dataType: () => 'bytea',
});

/** Now as SQLite's audit default writes it: ISO 8601 in UTC with milliseconds. */
export const nowIso = sql`(to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
