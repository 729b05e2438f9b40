/**
 * The release step of a deployment with several instances (docs/decisions/016 "On real machines"):
 *   npm run db:migrate      bring DATABASE_URL's PostgreSQL (or DATABASE_PATH's SQLite file) to the
 *                           committed schema, then load data/ into it through the one import loop
 * Run once per release, before the new instances start. Safe to run twice, or beside a running
 * instance: PostgreSQL's migrations take an advisory lock and skip what has run, and unchanged
 * data/ files are skipped by their hash. Exit 0 on success, 2 for a DATABASE_URL of another engine,
 * 1 when the database cannot be reached, migrated or loaded.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appliedMigrations, openStore, StoreConfigError, storeConfigFromEnv } from '@ipb/db';
import { buildDatabase, findDataDir } from '@ipb/ingest';

async function main() {
  const root = fileURLToPath(new URL('../../../..', import.meta.url));
  const config = storeConfigFromEnv(process.env, resolve(root, 'var/ipb.sqlite'));
  const store = await openStore(config, { poolSize: 1 });
  await store.close();
  const where =
    config.engine === 'postgres'
      ? `${store.where}: ${await appliedMigrations(config.url)} migrations applied`
      : store.where;
  process.stdout.write(`database ${where}, at the committed schema\n`);
  const report = await buildDatabase(config, findDataDir());
  const imported = report.bulletins.filter((b) => b.status !== 'unchanged').length;
  process.stdout.write(`data/ ${report.data.status}, ${report.bulletins.length} bulletins (${imported} imported)\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(err instanceof StoreConfigError ? 2 : 1);
});
