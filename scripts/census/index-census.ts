/**
 * The index census (decision 014, fourteenth session): which statements use which index.
 *
 * Input: the statements that better-sqlite3 prepared while the test projects ran, captured by
 * scripts/census/capture-sql.cjs (one JSON object { sql, from } per line, in files $CAPTURE.<pid>),
 * plus the body of every trigger in the database (a trigger's statements do not appear in the plan
 * of the statement that fires it). Each distinct statement is planned with EXPLAIN QUERY PLAN on a
 * read-only database (the 1,000× bench:api copy: its sqlite_stat1 is what the planner sees in
 * serving); a statement that does not prepare there (a test's own table, a temp table) is counted
 * as skipped. Foreign keys: deleting a parent row looks up the child rows by the child column, a
 * lookup no plan shows; the indexes that lead with such a column are listed as serving it.
 *
 *   npx tsx scripts/census/index-census.ts --db=var/bench/api-1000x-<key>.sqlite --capture=/tmp/census/sql
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const databasePath = arg('db');
const capture = arg('capture');
if (!databasePath || !capture) {
  console.error('usage: index-census.ts --db=<sqlite file> --capture=<capture prefix>');
  process.exit(2);
}

interface Captured {
  sql: string;
  from: string[];
}

const statements = new Map<string, Set<string>>();
const folder = dirname(capture);
for (const file of readdirSync(folder).filter((f) => f.startsWith(`${basename(capture)}.`))) {
  for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
    if (!line) continue;
    const captured = JSON.parse(line) as Captured;
    // A test's own EXPLAIN QUERY PLAN is the statement it explains.
    const sql = captured.sql.replace(/^\s*EXPLAIN\s+QUERY\s+PLAN\s+/i, '');
    const from = captured.from;
    const where = statements.get(sql) ?? new Set<string>();
    // The module that wrote the statement, not the caches and engine that prepared it.
    const plumbing = /\/test\/|\.test\.|\/prepared\.ts|\/engine\/|\/sql-text\.ts/;
    const first = from.find((f) => !plumbing.test(f)) ?? from.find((f) => !/\/test\/|\.test\./.test(f)) ?? from[0];
    if (first) where.add(first.replace(/^.*?\/(packages|apps|scripts)\//, '$1/'));
    statements.set(sql, where);
  }
}

const db = new Database(databasePath, { readonly: true, fileMustExist: true });
// The application's own SQL function (create-db.ts): only its name and arity matter to a plan.
db.function('ipb_words', { deterministic: true }, (text: unknown) => String(text ?? ''));

// Trigger bodies: each statement between BEGIN and END, with NEW./OLD. columns made parameters.
for (const { name, sql } of db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as {
  name: string;
  sql: string;
}[]) {
  const body = sql.slice(sql.search(/\bBEGIN\b/i) + 5, sql.lastIndexOf('END'));
  for (const part of body.split(';')) {
    const text = part.trim().replace(/\b(NEW|OLD)\.[`"]?\w+[`"]?/gi, '?');
    if (text) statements.set(text, new Set([`trigger ${name}`]));
  }
}

/** The plan with every parameter NULL (a plan does not depend on their values, only on their places). */
function explain(sql: string): { detail: string }[] {
  const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const named = [...new Set(sql.match(/[:@$][A-Za-z_]\w*/g) ?? [])].map((n) => n.slice(1));
  if (named.length) return statement.all(Object.fromEntries(named.map((n) => [n, null]))) as { detail: string }[];
  const marks = (sql.match(/\?/g) ?? []).length;
  for (const count of [marks, ...Array.from({ length: marks + 1 }, (_, i) => i)]) {
    try {
      return statement.all(...new Array(count).fill(null)) as { detail: string }[];
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  throw new Error(`no parameter count fits: ${sql.slice(0, 80)}`);
}

const indexes = db
  .prepare(
    "SELECT name, tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY tbl_name, name",
  )
  .all() as { name: string; tableName: string; sql: string | null }[];
const uses = new Map<string, { sql: string; where: string[]; detail: string }[]>();
for (const index of indexes) uses.set(index.name, []);
const autoindexes = new Map<string, { sql: string; where: string[]; detail: string }[]>();
let planned = 0;
let skipped = 0;
const skippedExamples: string[] = [];
for (const [sql, where] of statements) {
  if (
    /^\s*(--[^\n]*\n\s*)*(PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|CREATE|DROP|ALTER|VACUUM|ANALYZE|ATTACH|DETACH)\b/i.test(
      sql,
    )
  )
    continue;
  let plan: { detail: string }[];
  try {
    plan = explain(sql);
  } catch {
    skipped++;
    if (skippedExamples.length < 5) skippedExamples.push(sql.slice(0, 80));
    continue;
  }
  planned++;
  for (const { detail } of plan) {
    const named = detail.match(/USING (?:COVERING )?INDEX (\S+)/)?.[1];
    if (!named) continue;
    const entry = { sql, where: [...where], detail };
    if (uses.has(named)) uses.get(named)?.push(entry);
    else autoindexes.set(named, [...(autoindexes.get(named) ?? []), entry]);
  }
}

// Foreign keys whose parent is deleted: the child column's lookup.
const fkUses = new Map<string, string[]>();
for (const { name: table } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
  name: string;
}[]) {
  for (const fk of db.prepare('SELECT * FROM pragma_foreign_key_list(?)').all(table) as {
    table: string;
    from: string;
    on_delete: string;
  }[]) {
    for (const index of indexes.filter((i) => i.tableName === table)) {
      const first = (
        db.prepare('SELECT name FROM pragma_index_info(?) WHERE seqno = 0').get(index.name) as
          | { name: string }
          | undefined
      )?.name;
      if (first === fk.from)
        fkUses.set(index.name, [
          ...(fkUses.get(index.name) ?? []),
          `${table}.${fk.from} → ${fk.table} (${fk.on_delete})`,
        ]);
    }
  }
}

const short = (sql: string) => sql.replace(/\s+/g, ' ').slice(0, 160);
console.log(`index census — ${statements.size} distinct statements, ${planned} planned, ${skipped} skipped`);
if (skippedExamples.length) console.log(`skipped, e.g.: ${skippedExamples.map((s) => JSON.stringify(s)).join(' | ')}`);
console.log('\n| index | statements that use it | from | foreign-key lookups |\n|---|---|---|---|');
for (const index of indexes) {
  const entries = uses.get(index.name) ?? [];
  const where = [...new Set(entries.flatMap((e) => e.where))].sort();
  console.log(
    `| ${index.name} | ${entries.length} | ${where.join(', ') || '—'} | ${(fkUses.get(index.name) ?? []).join(', ') || '—'} |`,
  );
}
if (process.argv.includes('--verbose')) {
  for (const index of indexes) {
    console.log(`\n## ${index.name} (${index.sql})`);
    for (const e of uses.get(index.name) ?? []) console.log(`- [${e.where.join(', ')}] ${e.detail} :: ${short(e.sql)}`);
  }
  for (const [name, entries] of autoindexes) {
    console.log(`\n## ${name} (implicit)`);
    for (const e of entries) console.log(`- [${e.where.join(', ')}] ${e.detail} :: ${short(e.sql)}`);
  }
}
db.close();
