/**
 * Each test file gets its own SQLite file, built from the real data/ through the real pipeline,
 * and one app instance driven with app.inject (fastify/demo's test helper, epic-stack's per-worker DB).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDatabase } from '@ipb/ingest';
import { afterAll, beforeAll } from 'vitest';
import { type AppOptions, buildApp } from '../src/app';

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

export function useTestApp(options: Partial<AppOptions> = {}) {
  const ctx = {} as { app: TestApp; dir: string; databasePath: string };
  beforeAll(async () => {
    ctx.dir = mkdtempSync(join(tmpdir(), 'ipb-api-'));
    ctx.databasePath = join(ctx.dir, 'test.sqlite');
    await buildDatabase(ctx.databasePath, DATA_DIR);
    ctx.app = await buildApp({
      databasePath: ctx.databasePath,
      webDist: null,
      rateLimits: TEST_RATE_LIMITS,
      ...options,
    });
  });
  afterAll(async () => {
    await ctx.app?.close();
    rmSync(ctx.dir, { recursive: true, force: true });
  });
  return ctx;
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
  if (!findUserForLogin(app.store.db, username)) {
    createUser(app.store.db, { username, passwordHash: await hash(password), role }, 'test');
  }
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'ipb_session');
  return { cookie: `ipb_session=${cookie?.value}`, 'x-csrf-token': res.json().csrfToken };
}
