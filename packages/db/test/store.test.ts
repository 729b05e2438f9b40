/**
 * The engine is chosen once, from the environment (store.ts): DATABASE_URL selects PostgreSQL, a
 * URL of another scheme is refused with a message a person can act on, and otherwise DATABASE_PATH
 * (or the default) is the SQLite file. Opening runs the migrations, safely when instances start at once.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { query } from '../src/engine/query';
import { appliedMigrations } from '../src/pg/migrate';
import { openStore, StoreConfigError, safeUrl, storeConfigFromEnv } from '../src/store';
import { createTestDatabase, pgAdminUrl } from './support/pg-database';
import { NO_POSTGRES } from './support/pg-setup';

const SOURCES = query({
  sqlite: 'SELECT count(*) AS n FROM sources',
  postgres: 'SELECT count(*)::int AS n FROM sources',
});

describe('the engine from the environment', () => {
  it('is SQLite at DATABASE_PATH, or the default file, without DATABASE_URL', () => {
    expect(storeConfigFromEnv({ DATABASE_PATH: '/srv/ipb.sqlite' }, '/x/default.sqlite')).toEqual({
      engine: 'sqlite',
      path: '/srv/ipb.sqlite',
    });
    expect(storeConfigFromEnv({}, '/x/default.sqlite')).toEqual({ engine: 'sqlite', path: '/x/default.sqlite' });
  });

  it('is PostgreSQL for postgres:// and postgresql:// URLs, whatever DATABASE_PATH says', () => {
    for (const url of ['postgres://ipb:pw@db.internal:5432/ipb', 'postgresql://localhost/ipb?host=/run/pg']) {
      expect(storeConfigFromEnv({ DATABASE_URL: url, DATABASE_PATH: '/srv/ipb.sqlite' }, '/d')).toEqual({
        engine: 'postgres',
        url,
      });
    }
  });

  it('refuses another scheme, naming both forms and never echoing a password', () => {
    for (const url of ['mysql://root:secret@db/ipb', 'sqlite:///srv/ipb.sqlite', 'not a url']) {
      let error: unknown;
      try {
        storeConfigFromEnv({ DATABASE_URL: url }, '/d');
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(StoreConfigError);
      const message = (error as Error).message;
      expect(message).toContain('postgres://');
      expect(message).toContain('DATABASE_PATH');
      expect(message).not.toContain('secret');
    }
  });

  it('hides the password when it shows where the data is', () => {
    expect(safeUrl('postgres://ipb:secret@db:5432/ipb')).toBe('postgres://ipb:***@db:5432/ipb');
  });
});

describe('opening a SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ipb-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the file at the committed schema and answers through the Db', async () => {
    const store = await openStore({ engine: 'sqlite', path: join(dir, 'a.sqlite') });
    try {
      expect(store.engine).toBe('sqlite');
      expect(store.sqlite?.path).toBe(join(dir, 'a.sqlite'));
      expect(await store.db.get(SOURCES)).toEqual({ n: 0 });
    } finally {
      await store.close();
    }
  });
});

const available = Boolean(pgAdminUrl());
describe.skipIf(!available)(
  available ? 'opening a PostgreSQL store' : `opening a PostgreSQL store (skipped: ${NO_POSTGRES})`,
  () => {
    it('migrates an empty database once, even when three instances start at the same moment', async () => {
      const database = await createTestDatabase({ migrate: false });
      try {
        const stores = await Promise.all([1, 2, 3].map(() => openStore({ engine: 'postgres', url: database.url })));
        try {
          for (const store of stores) {
            expect(store.engine).toBe('postgres');
            expect(store.sqlite).toBeNull();
            expect(await store.db.get(SOURCES)).toEqual({ n: 0 });
          }
        } finally {
          await Promise.all(stores.map((s) => s.close()));
        }
        const committed = readdirSync(new URL('../drizzle-pg', import.meta.url)).filter((f) => f.endsWith('.sql'));
        expect(await appliedMigrations(database.url)).toBe(committed.length);
      } finally {
        await database.drop();
      }
    });
  },
);
