/**
 * The two schemas, as drizzle defines them, table by table and column by column: a column, index
 * or key added to one engine's schema and not the other's fails here before any database runs.
 */
import { describe, expect, it } from 'vitest';
import * as pgSchema from '../src/pg/schema';
import * as sqliteSchema from '../src/schema';
import { drizzleShape, PG_ONLY, withoutPgOnly } from './support/schema-shape';

/** An index SQLite creates in a hand-written migration (0008, for its DESC column), PostgreSQL in its schema. */
const SQLITE_MIGRATION_INDEXES = { measure_themes: ['measure_themes_place_idx'] };

describe('PostgreSQL schema in lockstep with SQLite', () => {
  const sqlite = drizzleShape(sqliteSchema);
  const pg = withoutPgOnly(drizzleShape(pgSchema));
  for (const [table, names] of Object.entries(SQLITE_MIGRATION_INDEXES)) {
    for (const name of names) delete pg[table]?.indexes[name];
  }

  it('has the same tables', () => {
    expect(Object.keys(pg).sort()).toEqual(Object.keys(sqlite).sort());
    expect(Object.keys(sqlite).length).toBeGreaterThan(20);
  });

  it.each(Object.keys(sqlite))('%s: same columns, types, nullability, keys, defaults and indexes', (table) => {
    expect(pg[table]).toEqual(sqlite[table]);
  });

  it('keeps its engine-only search columns and indexes', () => {
    const full = drizzleShape(pgSchema);
    for (const column of PG_ONLY.columns) {
      const [table = '', name = ''] = column.split('.');
      expect(full[table]?.columns[name]?.type).toBe('tsvector');
    }
    const indexes = Object.values(full).flatMap((t) => Object.keys(t.indexes));
    expect(indexes).toEqual(expect.arrayContaining(PG_ONLY.indexes));
  });
});
