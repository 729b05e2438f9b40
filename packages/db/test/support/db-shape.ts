/**
 * The shape (schema-shape.ts) of a database as its migrations built it, read from the catalogue of
 * each engine. Column types are SQLite's storage classes, PostgreSQL's mapped onto them: the
 * migrations are compared, not the drizzle definitions.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { type SchemaShape, SQLITE_ONLY_TABLES, type TableShape } from './schema-shape';

const PG_TO_SQLITE: Record<string, string> = {
  text: 'text',
  jsonb: 'text',
  boolean: 'integer',
  integer: 'integer',
  'double precision': 'real',
  tsvector: 'tsvector',
  bytea: 'blob',
};

const table = (shape: SchemaShape, name: string): TableShape => {
  shape[name] ??= { columns: {}, indexes: {}, foreignKeys: [] };
  return shape[name];
};

export function sqliteDbShape(db: Database.Database): SchemaShape {
  const shape: SchemaShape = {};
  const names = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'`,
    )
    .pluck()
    .all() as string[];
  for (const name of names.filter((n) => !SQLITE_ONLY_TABLES.test(n))) {
    const t = table(shape, name);
    for (const c of db.pragma(`table_info("${name}")`) as Array<{
      name: string;
      type: string;
      notnull: number;
      pk: number;
    }>) {
      t.columns[c.name] = { type: c.type.toLowerCase(), notNull: c.notnull === 1 || c.pk > 0, primaryKey: c.pk > 0 };
    }
    for (const i of db.pragma(`index_list("${name}")`) as Array<{ name: string; unique: number; origin: string }>) {
      if (i.origin === 'pk') continue;
      const columns = (db.pragma(`index_info("${i.name}")`) as Array<{ name: string }>).map((c) => c.name);
      t.indexes[i.name] = `${i.unique ? 'unique ' : ''}${columns.join(',')}`;
    }
    const fks = db.pragma(`foreign_key_list("${name}")`) as Array<{
      table: string;
      from: string;
      to: string;
      on_delete: string;
    }>;
    t.foreignKeys = fks.map((f) => `${f.from} -> ${f.table}.${f.to} on delete ${f.on_delete.toLowerCase()}`).sort();
  }
  return shape;
}

const DELETE_ACTIONS: Record<string, string> = {
  a: 'no action',
  c: 'cascade',
  n: 'set null',
  r: 'restrict',
  d: 'set default',
};

export async function pgDbShape(client: pg.Client): Promise<SchemaShape> {
  const shape: SchemaShape = {};
  const columns = await client.query(
    `SELECT c.table_name, c.column_name, c.data_type, c.is_nullable,
       EXISTS (SELECT 1 FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage k USING (constraint_schema, constraint_name)
         WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_name = c.table_name AND k.column_name = c.column_name
           AND tc.table_schema = 'public') AS pk
     FROM information_schema.columns c WHERE c.table_schema = 'public'`,
  );
  for (const c of columns.rows) {
    const type = c.data_type === 'USER-DEFINED' ? 'unknown' : c.data_type;
    table(shape, c.table_name).columns[c.column_name] = {
      type: PG_TO_SQLITE[type] ?? type,
      notNull: c.is_nullable === 'NO',
      primaryKey: c.pk,
    };
  }
  const indexes = await client.query(
    `SELECT t.relname AS tbl, i.relname AS name, x.indisunique AS uniq,
       array(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY k(attnum, n)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n) AS cols
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_namespace s ON s.oid = t.relnamespace WHERE s.nspname = 'public' AND NOT x.indisprimary`,
  );
  for (const i of indexes.rows) table(shape, i.tbl).indexes[i.name] = `${i.uniq ? 'unique ' : ''}${i.cols.join(',')}`;
  const fks = await client.query(
    `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col, c.confrelid::regclass::text AS ftbl,
       fa.attname AS fcol, c.confdeltype AS del
     FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  for (const f of fks.rows) {
    table(shape, f.tbl).foreignKeys.push(`${f.col} -> ${f.ftbl}.${f.fcol} on delete ${DELETE_ACTIONS[f.del]}`);
  }
  for (const t of Object.values(shape)) t.foreignKeys.sort();
  return shape;
}
