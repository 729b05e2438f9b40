/**
 * Each test file gets its own SQLite file, built from the real data/ through the real pipeline (once
 * per run, then copied: packages/db/test/support/data-template.ts),
 * and one app instance driven with app.inject (fastify/demo's test helper, epic-stack's per-worker DB).
 * TEST_ENGINE=postgres: the app runs on a PostgreSQL database of its own instead, holding the same
 * rows (on-postgres.ts lists the files that pass there; docs/decisions/016).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoreConfig } from '@ipb/db';
import { afterAll, beforeAll, expect } from 'vitest';
import { copyOfData, copyOfDataOnPostgres } from '../../../packages/db/test/support/data-template';
import { pgAdminUrl, type TestDatabase } from '../../../packages/db/test/support/pg-database';
import { NO_POSTGRES } from '../../../packages/db/test/support/pg-setup';
import { type AppOptions, buildApp } from '../src/app';
import { TEST_ENGINE } from './on-postgres';

export const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

export type TestApp = Awaited<ReturnType<typeof buildApp>>;

/**
 * Test files log in far more often than a person: the limits stay on (so every request passes
 * through them) but high; tests of the limits themselves pass their own.
 */
export const TEST_RATE_LIMITS = {
  readsPerMinute: 100_000,
  writesPerMinute: 100_000,
  loginsPerAddress: 100_000,
  loginsPerName: 100_000,
};

/** A fresh PostgreSQL database holding data/'s rows, as a file from copyOfData holds them. */
export async function onPostgres(): Promise<TestDatabase> {
  // Asked for PostgreSQL and there is none: fail, never fall back to SQLite or skip.
  if (!pgAdminUrl()) throw new Error(`TEST_ENGINE=postgres, but there is ${NO_POSTGRES}`);
  return copyOfDataOnPostgres();
}

/** The SQLite handle of a test app on SQLite; a test of what only a file has calls it. */
export function sqliteOf(app: TestApp) {
  if (!app.store.sqlite) throw new Error('this test needs the SQLite engine');
  return app.store.sqlite;
}

export function useTestApp(options: Partial<AppOptions> = {}) {
  /** `database`: the store the app runs on (the SQLite file, or its copy in PostgreSQL), for a second app on it. */
  const ctx = {} as { app: TestApp; dir: string; databasePath: string; database: StoreConfig };
  let postgres: TestDatabase | undefined;
  beforeAll(async () => {
    ctx.dir = mkdtempSync(join(tmpdir(), 'ipb-api-'));
    ctx.databasePath = join(ctx.dir, 'test.sqlite');
    await copyOfData(ctx.databasePath);
    let database: StoreConfig = { engine: 'sqlite', path: ctx.databasePath };
    if (TEST_ENGINE === 'postgres') {
      postgres = await onPostgres();
      database = { engine: 'postgres', url: postgres.url };
    }
    ctx.database = database;
    ctx.app = await buildApp({ database, webDist: null, rateLimits: TEST_RATE_LIMITS, ...options });
  });
  afterAll(async () => {
    await ctx.app?.close();
    await postgres?.drop();
    rmSync(ctx.dir, { recursive: true, force: true });
  });
  return ctx;
}

/** GET `url` from the test app, expecting 200 (the body is the failure's message), and its JSON. */
export async function getOk(t: { app: TestApp }, url: string) {
  const res = await t.app.inject(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A stand-in for apps/web/dist — the shell and one asset — removed after the test file. */
export function useWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ipb-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Create a user straight in the test database and log in; returns headers for cookie + CSRF. */
export async function loginAs(
  app: TestApp,
  role: 'viewer' | 'editor' | 'admin',
  username = `${role}-user`,
): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const { createUser, findUserForLogin } = await import('@ipb/db');
  const { hash } = await import('@node-rs/argon2');
  const password = `${role}-password-123`;
  if (!(await findUserForLogin(app.store.engine, username))) {
    await createUser(app.store.engine, { username, passwordHash: await hash(password), role }, 'test');
  }
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'ipb_session');
  return { cookie: `ipb_session=${cookie?.value}`, 'x-csrf-token': res.json().csrfToken };
}
