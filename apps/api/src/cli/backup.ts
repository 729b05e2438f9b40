/**
 * Backups from the command line (README "Backups"):
 *   npm run backup -- <file>            copy DATABASE_PATH to <file> while the server runs
 *   npm run backup -- --restore <file>  put <file> back as DATABASE_PATH (stop the server first)
 * Both check the file they produce or read (integrity_check, foreign_key_check). Exit 0 on success,
 * 2 for a usage error or a failed check, with one sentence on stderr.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BackupError, backupDatabase, restoreDatabase, StoreConfigError, storeConfigFromEnv } from '@ipb/db';

const USAGE =
  'usage: npm run backup -- <file>   |   npm run backup -- --restore <file>  (DATABASE_PATH is the database)';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main() {
  const args = process.argv.slice(2);
  const restore = args[0] === '--restore';
  const file = restore ? args[1] : args[0];
  if (!file || args.length !== (restore ? 2 : 1) || file.startsWith('-')) fail(USAGE);
  const root = fileURLToPath(new URL('../../../..', import.meta.url));
  const database = storeConfigFromEnv(process.env, resolve(root, 'var/ipb.sqlite'));
  if (database.engine === 'postgres')
    fail(
      'DATABASE_URL is PostgreSQL: back it up with its own tools (the provider’s point-in-time recovery, or pg_dump). npm run backup copies the embedded SQLite file.',
    );
  const databasePath = database.path;
  const target = resolve(file);
  if (restore) {
    const kept = restoreDatabase(target, databasePath);
    process.stdout.write(
      `restored ${target} as ${databasePath}${kept ? `; the database it replaced is kept as ${kept}` : ''}\n`,
    );
    return;
  }
  const started = Date.now();
  const report = await backupDatabase(databasePath, target);
  process.stdout.write(
    `backup of ${databasePath} written to ${report.target}: ${(report.bytes / 1024 / 1024).toFixed(1)} MB, integrity ok, in ${Date.now() - started} ms\n`,
  );
}

main().catch((err: unknown) => {
  if (err instanceof BackupError || err instanceof StoreConfigError) fail(err.message);
  fail(`The backup failed: ${err instanceof Error ? err.message : String(err)}`, 1);
});
