/**
 * Start the dashboard and API on one port. On first start the SQLite file is created and filled
 * from data/ (curated files + bulletins through the extraction pipeline); on later starts only what
 * changed in data/ is re-imported. With DATABASE_URL=postgres://… the instance serves a PostgreSQL
 * database that the release step migrated and loaded (npm run db:migrate, docs/decisions/016); it
 * brings the schema up to date itself too, under an advisory lock, but loads no data.
 *   DATABASE_URL (unset) · DATABASE_PATH (./var/ipb.sqlite) · PORT (3000) · HOST (127.0.0.1) · DATA_DIR (./data)
 *   REQUIRE_LOGIN (1: reading needs an account) · TRUST_PROXY (addresses of the reverse proxy)
 *   READS_PER_MINUTE (1200: GET requests to /api per client address and minute)
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreConfigError, storeConfigFromEnv } from '@ipb/db';
import { buildDatabase } from '@ipb/ingest';
import { buildApp } from './app';
import { DEFAULT_RATE_LIMITS } from './plugins/security';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = resolve(process.env.DATA_DIR ?? resolve(root, 'data'));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const readsPerMinute = Number(process.env.READS_PER_MINUTE ?? DEFAULT_RATE_LIMITS.readsPerMinute);

async function main() {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a number between 0 and 65535, not "${process.env.PORT}".`);
  }
  if (!Number.isInteger(readsPerMinute) || readsPerMinute < 1) {
    throw new Error(`READS_PER_MINUTE must be a whole number above 0, not "${process.env.READS_PER_MINUTE}".`);
  }
  const database = storeConfigFromEnv(process.env, resolve(root, 'var/ipb.sqlite'));
  if (database.engine === 'sqlite') {
    const started = Date.now();
    const report = await buildDatabase(database.path, dataDir);
    const imported = report.bulletins.filter((b) => b.status !== 'unchanged').length;
    console.log(
      `database ${database.path}: data/ ${report.data.status}, ${report.bulletins.length} bulletins (${imported} imported) in ${Date.now() - started} ms`,
    );
  }
  const app = await buildApp({
    database,
    dataDir,
    requireLogin: process.env.REQUIRE_LOGIN === '1',
    trustProxy: process.env.TRUST_PROXY || null,
    rateLimits: { ...DEFAULT_RATE_LIMITS, readsPerMinute },
    logger: { level: process.env.LOG_LEVEL ?? 'warn' },
  });
  const close = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
  await app.listen({ port, host });
  // The import worker loads the pipeline once, now, rather than on the first upload.
  app.jobs.warm();
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`创新政策对标 is serving http://${host}:${actualPort}`);
}

main().catch((err: unknown) => {
  console.error(`Could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(err instanceof StoreConfigError ? 2 : 1);
});
