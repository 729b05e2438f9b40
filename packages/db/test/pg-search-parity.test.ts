/**
 * Measures search gives the same results on both engines: every sentence of the bulletins in
 * data/ stored as a measure in SQLite (with its jieba words, as the loader stores them) and copied
 * into PostgreSQL, then each of the search benchmark's 50 policy terms is looked up in SQLite's
 * FTS5 word index and in PostgreSQL's words vector. The extractor is not needed to test the index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { POLICY_TERMS } from '../../../scripts/bench-api/search';
import { copySqliteToPostgres } from '../src/pg/copy-from-sqlite';
import * as pgSchema from '../src/pg/schema';
import { wordsQuery } from '../src/pg/search';
import { wordsMatch } from '../src/queries/measure-filter';
import { segmentForIndex } from '../src/segment';
import { describeOnBothEngines } from './support/both-engines';

const BULLETINS = fileURLToPath(new URL('../../../data/bulletins', import.meta.url));

function sentences(): string[] {
  return readdirSync(BULLETINS)
    .flatMap((f) => readFileSync(join(BULLETINS, f), 'utf8').split(/[。！？；\n]/))
    .map((s) => s.trim())
    .filter((s) => [...s].length >= 6);
}

const SEED = [
  `INSERT INTO regions (code, official, name, short_name, level, aliases, name_en) VALUES ('150100', 1, '呼和浩特市', '呼和浩特', 'prefecture', '[]', 'Hohhot')`,
  `INSERT INTO sources (id, key, type, title, sha256, imported_at) VALUES (1, 'b', 'bulletin', '科技情报参考', 'x', 'now')`,
  `INSERT INTO articles (id, source_id, ordinal, title, start, "end") VALUES (1, 1, 0, 'a', 0, 1)`,
];

describeOnBothEngines('measures search on both engines', (engines) => {
  beforeAll(async () => {
    for (const statement of SEED) engines.sqlite.sqlite.exec(statement);
    const insert = engines.sqlite.sqlite.prepare(
      `INSERT INTO measures (source_id, article_id, region_code, ordinal, title, text, programs, start, "end", confidence, review_status, search_tokens)
       VALUES (1, 1, '150100', ?, '', ?, '[]', 0, 1, 1, 'extracted', ?)`,
    );
    sentences().forEach((text, i) => {
      insert.run(i, text, segmentForIndex(text));
    });
    const { regions, sources, articles, measures } = pgSchema;
    await copySqliteToPostgres(engines.sqlite, engines.client, [regions, sources, articles, measures]);
  });

  const sqliteIds = (q: string) =>
    engines.sqlite.sqlite
      .prepare('SELECT rowid FROM measures_fts_words WHERE measures_fts_words MATCH ? ORDER BY rowid')
      .pluck()
      .all(wordsMatch(q));

  const pgIds = async (q: string) =>
    (
      await engines.client.query(
        `SELECT id FROM measures WHERE search_vector @@ to_tsquery('simple', $1) ORDER BY id`,
        [wordsQuery(q)],
      )
    ).rows.map((r) => r.id);

  it('copied every measure', async () => {
    const { n } = engines.sqlite.sqlite.prepare('SELECT count(*) AS n FROM measures').get() as { n: number };
    const copied = await engines.client.query('SELECT count(*)::int AS n FROM measures');
    expect(copied.rows[0].n).toBe(n);
    expect(n).toBeGreaterThan(100);
  });

  it.each([...POLICY_TERMS, '税', 'AI'])('finds the same measures for %s', async (q) => {
    expect(await pgIds(q)).toEqual(sqliteIds(q));
  });

  it('finds most terms somewhere, so the comparison is not of empty lists', () => {
    const found = POLICY_TERMS.filter((q) => sqliteIds(q).length > 0);
    expect(found.length).toBeGreaterThan(POLICY_TERMS.length / 2);
  });
});
