/**
 * A schema as plain data — tables, columns (type, nullability, key, default), indexes and foreign
 * keys — so that SQLite's and PostgreSQL's can be compared column by column: once as drizzle
 * defines them (pg-lockstep.test.ts) and once as the migrations build them (pg-engine.test.ts).
 */
import { getTableName, is, SQL, type Table } from 'drizzle-orm';
import { PgTable, getTableConfig as pgConfig } from 'drizzle-orm/pg-core';
import { SQLiteTable, getTableConfig as sqliteConfig } from 'drizzle-orm/sqlite-core';

export interface ColumnShape {
  type: string;
  notNull: boolean;
  primaryKey: boolean;
  /** The literal default as JSON, 'sql' for an expression, undefined for none. */
  default?: string;
}
export interface TableShape {
  columns: Record<string, ColumnShape>;
  /** Index name → 'unique ' or '' followed by its columns. */
  indexes: Record<string, string>;
  /** "column -> table.column on delete action", sorted. */
  foreignKeys: string[];
}
export type SchemaShape = Record<string, TableShape>;

/**
 * What PostgreSQL has that SQLite keeps elsewhere: the jieba words of measures and figures as
 * tsvector columns with GIN indexes (SQLite: FTS5 tables), and trigram indexes (SQLite: an FTS5
 * trigram table for programme names, a scan for source titles).
 */
export const PG_ONLY = {
  columns: ['measures.search_vector', 'observations.search_vector'],
  indexes: ['measures_search_idx', 'observations_search_idx', 'program_names_trgm_idx', 'sources_title_trgm_idx'],
};

/** SQLite's FTS5 tables (with their shadow tables) and bookkeeping, which PostgreSQL does not need. */
export const SQLITE_ONLY_TABLES = /^(measures_fts_words|program_names_trgm|program_names_words|observations_fts)(_|$)/;

/** Drizzle's logical column types, the same name on both engines. */
const LOGICAL: Record<string, string> = {
  SQLiteText: 'text',
  SQLiteTextJson: 'json',
  SQLiteBoolean: 'boolean',
  SQLiteInteger: 'integer',
  SQLiteReal: 'double',
  SQLiteBlobBuffer: 'bytea', // PostgreSQL's bytea is a custom column: its SQL type is the name
  PgText: 'text',
  PgJsonb: 'json',
  PgBoolean: 'boolean',
  PgInteger: 'integer',
  PgDoublePrecision: 'double',
};

interface AnyColumn {
  name: string;
  columnType: string;
  notNull: boolean;
  primary: boolean;
  default?: unknown;
  isUnique: boolean;
  uniqueName?: string;
  getSQLType(): string;
}

function columnShape(c: AnyColumn): ColumnShape {
  const type = LOGICAL[c.columnType] ?? c.getSQLType();
  const dflt = c.default === undefined ? undefined : is(c.default, SQL) ? 'sql' : JSON.stringify(c.default);
  return {
    type,
    notNull: c.notNull || c.primary,
    primaryKey: c.primary,
    ...(dflt === undefined ? {} : { default: dflt }),
  };
}

const indexColumns = (columns: unknown[]) => columns.map((c) => (c as { name?: string }).name ?? 'sql').join(',');

/** The shape of a drizzle schema module (sqlite-core or pg-core tables; other exports ignored). */
export function drizzleShape(schema: Record<string, unknown>): SchemaShape {
  const shape: SchemaShape = {};
  for (const table of Object.values(schema)) {
    const sqlite = is(table, SQLiteTable);
    if (!sqlite && !is(table, PgTable)) continue;
    const config = sqlite ? sqliteConfig(table) : pgConfig(table as PgTable);
    const t: TableShape = { columns: {}, indexes: {}, foreignKeys: [] };
    for (const c of config.columns as unknown as AnyColumn[]) {
      t.columns[c.name] = columnShape(c);
      if (c.isUnique && c.uniqueName) t.indexes[c.uniqueName] = `unique ${c.name}`;
    }
    for (const i of config.indexes) {
      t.indexes[i.config.name ?? ''] = `${i.config.unique ? 'unique ' : ''}${indexColumns(i.config.columns)}`;
    }
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      const to = `${getTableName(ref.foreignTable as Table)}.${ref.foreignColumns.map((c) => c.name).join(',')}`;
      t.foreignKeys.push(
        `${ref.columns.map((c) => c.name).join(',')} -> ${to} on delete ${fk.onDelete ?? 'no action'}`,
      );
    }
    t.foreignKeys.sort();
    shape[config.name] = t;
  }
  return shape;
}

/** The PostgreSQL shape with its search columns and indexes left out (PG_ONLY), to set beside SQLite's. */
export function withoutPgOnly(shape: SchemaShape): SchemaShape {
  const out: SchemaShape = {};
  for (const [name, t] of Object.entries(shape)) {
    const columns = Object.fromEntries(
      Object.entries(t.columns).filter(([c]) => !PG_ONLY.columns.includes(`${name}.${c}`)),
    );
    const indexes = Object.fromEntries(Object.entries(t.indexes).filter(([i]) => !PG_ONLY.indexes.includes(i)));
    out[name] = { ...t, columns, indexes };
  }
  return out;
}
