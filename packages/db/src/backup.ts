/**
 * Backups of the live database and their restore (issue 11, README "Backups"). A backup is taken
 * with SQLite's online backup API, which copies a consistent snapshot while the server keeps
 * reading and writing; the copy is written beside the target, checked (integrity_check and
 * foreign_key_check), turned into one self-contained file (no -wal) and only then renamed into
 * place, so a backup that exists is a good one. A restore checks the backup the same way and keeps
 * the database it replaces beside it.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';

export class BackupError extends Error {
  override name = 'BackupError';
}

/** Problems found in a database file: empty when it is sound. */
export function checkDatabaseFile(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const problems = integrity.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    const orphans = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
    for (const o of orphans.slice(0, 10)) problems.push(`a row of ${o.table} points at a missing ${o.parent}`);
    return problems;
  } finally {
    db.close();
  }
}

export interface BackupReport {
  target: string;
  pages: number;
  bytes: number;
}

const sidecars = (path: string) => [`${path}-wal`, `${path}-shm`, `${path}-journal`];

/** Copy `sourcePath` to `targetPath` (which must not exist) while the database stays in use. */
export async function backupDatabase(sourcePath: string, targetPath: string): Promise<BackupReport> {
  if (existsSync(targetPath)) throw new BackupError(`${targetPath} exists: choose a new file name.`);
  if (!existsSync(sourcePath)) throw new BackupError(`There is no database at ${sourcePath}.`);
  const partial = `${targetPath}.partial`;
  for (const p of [partial, ...sidecars(partial)]) rmSync(p, { force: true });
  const source = new Database(sourcePath, { fileMustExist: true });
  try {
    // All remaining pages in one step: a step reads one snapshot, so writers never restart it.
    const { totalPages } = await source.backup(partial, { progress: () => 0x7fffffff });
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    const bytes =
      (copy.pragma('page_count', { simple: true }) as number) * (copy.pragma('page_size', { simple: true }) as number);
    copy.close();
    const problems = checkDatabaseFile(partial);
    if (problems.length) throw new BackupError(`The copy failed its check: ${problems.slice(0, 3).join('; ')}`);
    renameSync(partial, targetPath);
    return { target: targetPath, pages: totalPages, bytes };
  } catch (err) {
    for (const p of [partial, ...sidecars(partial)]) rmSync(p, { force: true });
    throw err;
  } finally {
    source.close();
  }
}

/**
 * Put a checked backup in place of the database at `databasePath` (the server must be stopped).
 * The database it replaces is kept as `<databasePath>.before-restore-<time>`; returns that name.
 */
export function restoreDatabase(backupPath: string, databasePath: string, now = new Date()): string | null {
  if (!existsSync(backupPath)) throw new BackupError(`There is no backup at ${backupPath}.`);
  const problems = checkDatabaseFile(backupPath);
  if (problems.length) throw new BackupError(`The backup failed its check: ${problems.slice(0, 3).join('; ')}`);
  let kept: string | null = null;
  if (existsSync(databasePath)) {
    kept = `${databasePath}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    // Fold the write-ahead log into the file first, so the kept copy is complete on its own.
    const current = new Database(databasePath);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    renameSync(databasePath, kept);
    for (const p of sidecars(databasePath)) rmSync(p, { force: true });
  }
  const staged = `${databasePath}.restoring`;
  copyFileSync(backupPath, staged);
  renameSync(staged, databasePath);
  return kept;
}
