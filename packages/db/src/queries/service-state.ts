/**
 * What every instance reads per request or at start, on the two-engine Db (docs/decisions/016):
 * the data version that keys its response cache and ETags (an import on any instance bumps it,
 * so every instance sees the change on its next request) and the row counts of the health check.
 * The places its gazetteer resolves names against are `allRegions` (queries/regions.ts).
 */
import type { Db } from '../engine/db';
import { query } from '../engine/query';

const VERSION = query("SELECT value FROM meta WHERE key = 'data_version'");

export async function readDataVersion(db: Db): Promise<string> {
  return (await db.get<{ value: string }>(VERSION))?.value ?? '0';
}

/** The data version, and the hash of the data/ load the catalogue came from (none: not loaded from data/). */
export interface DataState {
  version: string;
  hash: string | undefined;
}

const STATE = query(`SELECT (SELECT value FROM meta WHERE key = 'data_version') AS version,
  (SELECT value FROM meta WHERE key = 'data_hash') AS hash`);

/**
 * The data version and data/'s hash in one statement: what a request that names an indicator
 * needs both of (the ETag, and the catalogue held under the hash: referenceLists), for the price of one read.
 */
export async function readDataState(db: Db): Promise<DataState> {
  const row = await db.get<{ version: string | null; hash: string | null }>(STATE);
  return { version: row?.version ?? '0', hash: row?.hash ?? undefined };
}

const COUNTS = query({
  sqlite:
    'SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM observations) AS observations, ' +
    '(SELECT count(*) FROM articles) AS articles',
  postgres:
    'SELECT (SELECT count(*) FROM sources)::int AS sources, (SELECT count(*) FROM observations)::int AS observations, ' +
    '(SELECT count(*) FROM articles)::int AS articles',
});

export async function rowCounts(db: Db): Promise<{ sources: number; observations: number; articles: number }> {
  return (await db.get(COUNTS)) ?? { sources: 0, observations: 0, articles: 0 };
}
