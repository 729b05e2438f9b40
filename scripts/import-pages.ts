/**
 * Pages per source: how many database pages each source's transaction writes during a one-thread
 * import of the bench's renumbered issues into a fresh database, and (for the last `--window`
 * sources) which tables, indexes and FTS5 shadow tables those pages belong to.
 *
 * How: every COMMIT appends one WAL frame per page the transaction dirtied, so the frames appended
 * between BEGIN and COMMIT are the pages of that source. This script reads the writer connection's
 * WAL after each COMMIT (it wraps better-sqlite3's `exec`, as bench-ingest.ts's `--sql` does) and
 * takes the checkpoints itself, between sources, so that no frame is lost to an automatic
 * checkpoint before it is counted. The pages of the window are attributed with `dbstat` once, at
 * the end (a page freed and reused by another object inside the window is charged to its last
 * owner; a page on the free list at the end is "free").
 *
 *   npx tsx scripts/import-pages.ts [--issues=1000] [--window=100]
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importAll } from '@ipb/ingest';
import Database from 'better-sqlite3';
import { DATA_DIR, writeRenumberedIssues } from './renumbered-issues';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const ISSUES = arg('issues', 1000);
const WINDOW = Math.min(arg('window', 100), ISSUES);

const work = mkdtempSync(join(tmpdir(), 'ipb-import-pages-'));
const databasePath = join(work, 'pages.sqlite');
const walPath = `${databasePath}-wal`;

/** Page numbers written by each committed transaction of the writer (the one that runs BEGIN IMMEDIATE). */
const commits: number[][] = [];
let walOffset = 32;
let walSalt = -1;
let pageSize = 4096;

/** The WAL header's first salt: a new value means the WAL restarted from its first frame. */
function salt(): number {
  const fd = openSync(walPath, 'r');
  try {
    const header = Buffer.alloc(32);
    return readSync(fd, header, 0, 32, 0) === 32 ? header.readUInt32BE(16) : -1;
  } finally {
    closeSync(fd);
  }
}

function newFrames(): number[] {
  if (salt() !== walSalt) walOffset = 32;
  const size = statSync(walPath).size;
  const frame = 24 + pageSize;
  const pages: number[] = [];
  const fd = openSync(walPath, 'r');
  try {
    const header = Buffer.alloc(24);
    for (let at = walOffset; at + frame <= size; at += frame) {
      readSync(fd, header, 0, 24, at);
      pages.push(header.readUInt32BE(0));
    }
  } finally {
    closeSync(fd);
  }
  walOffset = 32 + Math.floor((size - 32) / frame) * frame;
  return pages;
}

const probe = new Database(':memory:');
const prototype = Object.getPrototypeOf(probe) as {
  exec: (this: Database.Database, sql: string) => unknown;
};
probe.close();
const exec = prototype.exec;
let counting = false;
prototype.exec = function (this: Database.Database, sql: string) {
  if (counting && sql === 'BEGIN IMMEDIATE' && this.name === databasePath) {
    // The writer checkpoints only here, between sources; frames from before are not this source's.
    this.pragma('wal_autocheckpoint = 0');
    pageSize = this.pragma('page_size', { simple: true }) as number;
    const remaining = commits.length < ISSUES - WINDOW;
    if (remaining && statSync(walPath).size > 64 * 2 ** 20) this.pragma('wal_checkpoint(TRUNCATE)');
    walOffset = 32 + Math.floor(Math.max(0, statSync(walPath).size - 32) / (24 + pageSize)) * (24 + pageSize);
    walSalt = salt();
  }
  const result = exec.call(this, sql);
  if (counting && sql === 'COMMIT' && this.name === databasePath) commits.push(newFrames());
  return result;
};

try {
  const { files, megabytes } = writeRenumberedIssues(join(work, 'bulletins'), ISSUES);
  counting = true;
  const { outcomes } = await importAll(databasePath, DATA_DIR, files, { actor: 'cli', pipeline: false });
  counting = false;
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) throw new Error(`${failed.length} of ${files.length} issues failed to import`);
  // The data load's own transactions come first: the sources are the last ISSUES commits.
  const sources = commits.slice(-ISSUES);
  const db = new Database(databasePath, { readonly: true });
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  console.log(
    `import-pages — ${ISSUES} issues (${megabytes.toFixed(1)} MB), page size ${pageSize}, database ${pageCount} pages at the end`,
  );
  console.log('\n| sources | pages per source (mean) | median | max |\n|---|---|---|---|');
  const step = Math.max(1, Math.floor(ISSUES / 10));
  for (let from = 0; from < sources.length; from += step) {
    const counts = sources
      .slice(from, from + step)
      .map((p) => p.length)
      .sort((a, b) => a - b);
    const mean = counts.reduce((s, c) => s + c, 0) / counts.length;
    console.log(
      `| ${from + 1}–${from + counts.length} | ${mean.toFixed(1)} | ${counts[Math.floor(counts.length / 2)]} | ${counts.at(-1)} |`,
    );
  }
  // Whose pages: every page of the final database by object; page 1 is the header and schema.
  const owner = new Map<number, string>();
  for (const row of db.prepare('SELECT name, pageno FROM dbstat').iterate() as Iterable<{
    name: string;
    pageno: number;
  }>)
    owner.set(row.pageno, row.name);
  const window = sources.slice(-WINDOW);
  const byObject = new Map<string, number>();
  for (const pages of window)
    for (const page of pages) {
      const name = page > pageCount ? 'beyond the end (truncated)' : (owner.get(page) ?? 'free list');
      byObject.set(name, (byObject.get(name) ?? 0) + 1);
    }
  const total = window.reduce((s, p) => s + p.length, 0);
  console.log(`\n| last ${WINDOW} sources: object | pages per source | share |\n|---|---|---|`);
  for (const [name, count] of [...byObject].sort((a, b) => b[1] - a[1]))
    console.log(`| ${name} | ${(count / WINDOW).toFixed(1)} | ${((100 * count) / total).toFixed(1)} % |`);
  console.log(`| all | ${(total / WINDOW).toFixed(1)} | 100 % |`);
  db.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
