/**
 * data/ on both engines, for query modules that must answer the same from either: data/ is built
 * into a SQLite file through the real pipeline (`buildDatabase`: places, indicators, reference
 * figures, the bulletins imported, their digest; built once per run and copied: data-template.ts),
 * then copied row for row into PostgreSQL. The serving tables that PostgreSQL's triggers build from
 * measures (measure_programs, region_counts, program_names, place_sources, theme_counts) are not
 * copied but built there, as in production (place_sources' figures, which insertObservations
 * counts, are counted after the copy).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createDb, type DbHandle } from '../../src/create-db';
import type { Db } from '../../src/engine/db';
import { postgresDb } from '../../src/engine/postgres';
import * as pgSchema from '../../src/pg/schema';
import type { Engines } from './both-engines';
import { copyToPg } from './copy-to-pg';
import { copyOfData } from './data-template';

/** In foreign-key order; the trigger-built serving tables left out. */
const COPIED = [
  pgSchema.regions,
  pgSchema.themes,
  pgSchema.indicators,
  pgSchema.users,
  pgSchema.sources,
  pgSchema.sourceTexts,
  pgSchema.articles,
  pgSchema.measures,
  pgSchema.measureThemes,
  pgSchema.observations,
  // Kept by the writers in JavaScript (write/instrument-terms.ts), not by triggers: copied.
  pgSchema.instrumentTerms,
  pgSchema.measureInstruments,
  pgSchema.periodValues,
  pgSchema.conflictSettlements,
  pgSchema.auditLog,
  pgSchema.digests,
  pgSchema.digestItems,
  pgSchema.meta,
];

export interface RealData {
  /** The SQLite handle with data/ built in (for seeding both engines alike). */
  handle: DbHandle;
  sqlite: Db;
  postgres: Db;
}

/** data/ in SQLite and in the test file's PostgreSQL database, for the describe block it is called in. */
export function useRealData(engines: Engines): RealData {
  const data = {} as RealData;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ipb-both-'));
    const path = join(dir, 'data.sqlite');
    await copyOfData(path);
    data.handle = createDb(path);
    await copyToPg(data.handle, engines.client, COPIED);
    // New figures are counted by their writer (insertObservations), not a trigger: count the copied ones.
    await engines.client.query(`INSERT INTO place_sources (region_code, source_id, figures)
      SELECT region_code, source_id, count(*) FROM observations WHERE review_status <> 'rejected' GROUP BY 1, 2
      ON CONFLICT (region_code, source_id) DO UPDATE SET figures = excluded.figures`);
    data.sqlite = data.handle.engine;
    data.postgres = postgresDb(engines.pool);
  });
  afterAll(() => {
    data.handle?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return data;
}

/** Runs `read` on both engines; the two answers, SQLite's first. */
export async function onBoth<T>(data: RealData, read: (db: Db) => Promise<T>): Promise<[T, T]> {
  return [await read(data.sqlite), await read(data.postgres)];
}
