/**
 * `tsx scripts/import-dump.ts <database.sqlite> <out.txt>`: every table's rows, each table ordered by
 * all its columns, as text: two imports of the same folder by two builds of the write path must give
 * the same file (diff them). Columns that hold the wall clock (imported_at, a digest's `at`) are left
 * out, and ids are kept (the same inserts in the same order give the same ids).
 * `--issues=N --folder=DIR` first writes the bench's N renumbered seed issues (scripts/bench-ingest.ts)
 * into DIR and imports them into the database.
 */
import { writeFileSync } from 'node:fs';
import { importFiles } from '@ipb/ingest';
import Database from 'better-sqlite3';
import { DATA_DIR, writeRenumberedIssues } from './renumbered-issues';

const [databasePath, outPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
if (!databasePath || !outPath) {
  console.error('Usage: tsx scripts/import-dump.ts <database.sqlite> <out.txt> [--issues=N --folder=DIR]');
  process.exit(2);
}

const issues = option('issues');
if (issues) {
  const { files } = writeRenumberedIssues(option('folder') ?? `${databasePath}.bulletins`, Number(issues));
  const outcomes = await importFiles(databasePath, DATA_DIR, files);
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) throw new Error(`${failed.length} issues failed to import`);
  // Again: every issue must be unchanged.
  const again = await importFiles(databasePath, DATA_DIR, files);
  const changed = again.filter((o) => !o.ok || o.report.status !== 'unchanged');
  if (changed.length) throw new Error(`${changed.length} issues were not unchanged the second time`);
}

const CLOCK = new Set(['imported_at', 'at', 'created_at', 'updated_at']);
const db = new Database(databasePath, { readonly: true });
const tables = (
  db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
    )
    .all() as Array<{ name: string }>
).map((t) => t.name);
const lines: string[] = [];
for (const table of tables) {
  const columns = (db.prepare(`SELECT name FROM pragma_table_xinfo(?)`).all(table) as Array<{ name: string }>)
    .map((c) => c.name)
    .filter((c) => !CLOCK.has(c));
  const isFts = columns.includes('rank');
  const select = isFts ? ['rowid', ...columns] : columns;
  const list = select.map((c) => `"${c}"`).join(', ');
  const rows = db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).raw().all() as unknown[][];
  lines.push(`## ${table} (${rows.length} rows) ${select.join(',')}`);
  for (const row of rows) lines.push(JSON.stringify(row));
}
writeFileSync(outPath, `${lines.join('\n')}\n`);
console.log(`${tables.length} tables, ${lines.length - tables.length} rows → ${outPath}`);
