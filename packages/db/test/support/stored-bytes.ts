/**
 * What the tests of bytes stored for an answer (measures.list_item, series_parts, figure_hits;
 * decision 022) do alike on both engines: data/'s bulletin imported again in a new version, a write
 * committed with its data version, a store ordered after a write, and another connection holding the
 * write lock while a store is tried (queries/optional-store.ts: it must not wait).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, loadIngestContext } from '@ipb/ingest';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { WRITE_LOCK } from '../../src/engine/postgres';
import { query } from '../../src/engine/query';
import { importExtraction } from '../../src/write/import-extraction';
import { bumpDataVersion } from '../../src/write/replace-source';
import type { Engines } from './both-engines';
import { onBoth, type RealData } from './real-data';

const DATA_DIR = fileURLToPath(new URL('../../../../data', import.meta.url));
/** A bulletin of data/ (each file that imports it again imports it into its own copy of data/). */
const FILE = 'kejiqingbao-2024-07.txt';

let context: ReturnType<typeof loadIngestContext> | undefined;

/**
 * data/'s bulletin imported again on both engines with one sentence changed: a new version, so the
 * import replaces the issue's articles, measures and figures. Both engines must answer 'replaced'.
 */
export async function importChangedIssue(data: RealData): Promise<void> {
  context ??= loadIngestContext(DATA_DIR);
  const seed = readFileSync(join(DATA_DIR, 'bulletins', FILE), 'utf8');
  const changed = seed.replace('。', '，并加以落实。');
  const { text: rawText, ...extraction } = extract(changed, { ...(await context), fileName: FILE });
  const [a, b] = await onBoth(data, (db) => importExtraction(db, { extraction, rawText, fileName: FILE }));
  expect([a.status, b.status]).toEqual(['replaced', 'replaced']);
}

/**
 * `tried` run while another process writes (an import): a second connection to the SQLite file,
 * and another PostgreSQL session, each inside a transaction that holds the write lock. Both are
 * rolled back afterwards, whatever `tried` did.
 */
export async function whileAnotherWrites<T>(data: RealData, engines: Engines, tried: () => Promise<T>): Promise<T> {
  const other = new Database(data.handle.sqlite.name);
  other.exec('BEGIN IMMEDIATE');
  await engines.client.query('BEGIN');
  await engines.client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
  try {
    return await tried();
  } finally {
    other.exec('ROLLBACK');
    other.close();
    await engines.client.query('ROLLBACK');
  }
}

/** One write committed on both engines with its data version, as every writer commits one. */
export async function committedWrite(data: RealData, sql: string, params: unknown[]): Promise<void> {
  await onBoth(data, (db) =>
    db.transaction(async (tx) => {
      await tx.run(query(sql), params);
      await bumpDataVersion(tx);
    }),
  );
}

/**
 * A store ordered after a step of the test (`storeAfter` of seriesParts and storedFigureHits): pass
 * `gate` as the store's start, and `open()` once the step has committed. The order is the test's,
 * not the scheduler's: on PostgreSQL a store started by the next turn can run before a write commits.
 */
export function storeGate(): { gate: Promise<void>; open: () => void } {
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { gate, open };
}
