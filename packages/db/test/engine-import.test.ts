/**
 * The import path on both engines (issue 13: imports all or nothing per source on both): data/
 * and its bulletins go through the one import loop (importAll) into a SQLite file and, directly,
 * into PostgreSQL (there on two threads) — no copy between them. The same rows come out (ids included: both engines
 * hand them out in the same order), the same period summary and digest, and the moved reads
 * answer the same. An import that throws half-way leaves nothing on either engine.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractionResult } from '@ipb/domain';
import { extract, importAll, listInputFiles, loadIngestContext } from '@ipb/ingest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { createDb, type DbHandle } from '../src/create-db';
import type { Db } from '../src/engine/db';
import { postgresDb } from '../src/engine/postgres';
import { query } from '../src/engine/query';
import { measureTexts } from '../src/queries/measure-texts';
import { readObservationRows } from '../src/queries/observation-rows';
import { listTargets } from '../src/queries/targets';
import { segmentForIndex } from '../src/segment';
import { importExtraction } from '../src/write/import-extraction';
import { describeOnBothEngines } from './support/both-engines';
import { expectKeptCounts } from './support/kept-counts';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
const BULLETINS = listInputFiles(join(DATA_DIR, 'bulletins'));

/** Every table the import writes, with the columns compared (search vectors and FTS tables differ by design). */
const TABLES: Record<string, string> = {
  regions: 'code, name, parent_code, level',
  themes: 'id, name_zh, position',
  indicators: 'id, unit, theme_id',
  sources: 'id, key, type, title, year, issue_number, authority, authority_reason, sha256',
  source_texts: 'source_id, length(raw_text) AS n',
  articles: 'id, source_id, ordinal, title, region_code, start, "end"',
  measures: 'id, source_id, article_id, region_code, ordinal, title, review_status, search_tokens, lead_end',
  measure_themes: 'measure_id, theme_id',
  measure_programs: 'measure_id, name',
  observations:
    'id, source_id, article_id, measure_id, region_code, indicator_id, value, unit, kind, period_end, quote',
  period_values: 'key, preferred_id, clusters, reason, alternatives_total',
  region_counts: 'region_code, measures, figures',
  place_sources: 'region_code, source_id, measures, figures',
  digests: 'id, trigger_kind, trigger_title, source_id',
  digest_items: 'id, digest_id, type',
  digest_figures: 'key, value',
  audit_log: 'id, actor, action, entity, entity_id',
  meta: 'key, value',
};

const ORDER: Record<string, string> = {
  regions: 'code',
  themes: 'id',
  indicators: 'id',
  source_texts: 'source_id',
  measure_themes: 'measure_id, theme_id',
  measure_programs: 'measure_id, name',
  period_values: 'key',
  region_counts: 'region_code',
  place_sources: 'region_code, source_id',
  digest_figures: 'key',
  meta: 'key',
};

const rowsOf = (db: Db, table: string) =>
  db.all<Record<string, unknown>>(query(`SELECT ${TABLES[table]} FROM ${table} ORDER BY ${ORDER[table] ?? 'id'}`));

describeOnBothEngines('the import path on both engines', (engines) => {
  let dir: string;
  let handle: DbHandle;
  const dbs = {} as { sqlite: Db; postgres: Db };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ipb-import-'));
    const path = join(dir, 'import.sqlite');
    const sqlite = await importAll(path, DATA_DIR, BULLETINS, { actor: 'cli' });
    // PostgreSQL's through the worker thread (extraction and search words cut ahead; import-pipeline.test.ts):
    // the same rows as SQLite's on one thread.
    const postgres = await importAll({ engine: 'postgres', url: engines.url }, DATA_DIR, BULLETINS, {
      actor: 'cli',
      pipeline: 'wait',
    });
    expect(sqlite.outcomes.every((o) => o.ok)).toBe(true);
    expect(postgres.outcomes.map((o) => o.ok && o.report)).toEqual(sqlite.outcomes.map((o) => o.ok && o.report));
    expect(postgres.data).toEqual(sqlite.data);
    handle = createDb(path);
    dbs.sqlite = handle.engine;
    dbs.postgres = postgresDb(engines.pool);
  }, HEAVY_MS);

  afterAll(() => {
    handle?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(Object.keys(TABLES))('writes the same %s rows on both', async (table) => {
    const [sqlite, postgres] = await Promise.all([rowsOf(dbs.sqlite, table), rowsOf(dbs.postgres, table)]);
    const ignored = table === 'meta' ? (r: Record<string, unknown>) => r.key !== 'data_version' : () => true;
    expect(sqlite.length).toBeGreaterThan(0);
    expect(postgres.filter(ignored)).toEqual(sqlite.filter(ignored));
  });

  it('keeps the counts and lead ends Compare reads equal to the rows, on both', async () => {
    await expectKeptCounts(dbs.sqlite);
    await expectKeptCounts(dbs.postgres);
  });

  it('PostgreSQL: leaves the planner statistics current (VACUUM ANALYZE)', async () => {
    // Without it a database just built has no statistics (reltuples -1) until autovacuum comes round.
    // The visibility map it also sets is not asserted: VACUUM marks a page all-visible only when no
    // snapshot in the database is older than its rows, and after an import autovacuum's workers
    // analyse its tables, each holding a snapshot for a moment (pg-maintenance.test.ts).
    for (const table of ['observations', 'measures', 'measure_themes', 'place_sources', 'region_counts']) {
      const { rows } = await engines.client.query<{ reltuples: number }>(
        'SELECT reltuples FROM pg_class WHERE oid = to_regclass($1)',
        [table],
      );
      const counted = await engines.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect({ table, reltuples: rows[0]?.reltuples }).toEqual({ table, reltuples: counted.rows[0]?.n });
    }
  });

  it('answers the moved reads the same: figures, targets, measure texts', async () => {
    const on = async (db: Db) => ({
      figures: (await readObservationRows(db, { regionCodes: ['150100'], order: 'period' })).map((r) => r.o),
      targets: await listTargets(db, { regionCodes: ['150100', '320100'] }),
      texts: await measureTexts(db, { regionCodes: ['320100'] }),
    });
    const [sqlite, postgres] = await Promise.all([on(dbs.sqlite), on(dbs.postgres)]);
    expect(sqlite.figures.length).toBeGreaterThan(0);
    expect(sqlite.targets.length).toBeGreaterThan(0);
    expect(sqlite.texts.length).toBeGreaterThan(0);
    expect(postgres).toEqual(sqlite);
  });

  it('finds imported figures by their words on both (SQLite FTS, PostgreSQL tsvector)', async () => {
    const first = await dbs.sqlite.get<{ subject: string | null; quote: string }>(
      query('SELECT subject, quote FROM observations ORDER BY id LIMIT 1'),
    );
    const word = segmentForIndex(`${first?.subject ?? ''} ${first?.quote}`)
      .split(' ')
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    const sqlite = await dbs.sqlite.all<{ id: number }>(
      query('SELECT rowid AS id FROM observations_fts WHERE observations_fts MATCH ? ORDER BY rowid'),
      [`"${word}"`],
    );
    const postgres = await dbs.postgres.all<{ id: number }>(
      query("SELECT id FROM observations WHERE search_vector @@ to_tsquery('simple', ?) ORDER BY id"),
      [word],
    );
    expect(sqlite.length).toBeGreaterThan(0);
    expect(postgres).toEqual(sqlite);
  });

  it.each(['sqlite', 'postgres'] as const)('%s: an import that throws half-way leaves nothing', async (name) => {
    const db = dbs[name];
    const context = await loadIngestContext(DATA_DIR);
    const bytes = readFileSync(BULLETINS[0] as string);
    const { text, ...extraction } = extract(bytes, { ...context, fileName: 'broken.txt' });
    // Another version of the issue, whose last figure cannot be stored (no quote): the source,
    // articles and measures before it are written, then the figure fails.
    const broken = structuredClone(extraction) as ExtractionResult;
    broken.source.sha256 = 'broken';
    const article = broken.articles.findLast((a) => a.region && a.indicators.length);
    const figure = article?.indicators.at(-1);
    if (!figure) throw new Error('no figure to break');
    Object.assign(figure, { quote: undefined, sentence: undefined, text: undefined });
    const before = await Promise.all(Object.keys(TABLES).map((t) => rowsOf(db, t)));
    await expect(importExtraction(db, { extraction: broken, rawText: text })).rejects.toThrow();
    expect(await Promise.all(Object.keys(TABLES).map((t) => rowsOf(db, t)))).toEqual(before);
  });
});
