/**
 * The PostgreSQL migrations on a real PostgreSQL: they apply to an empty database (and again, as a
 * no-op), build the same tables, columns, keys and indexes as SQLite's migrations, and Chinese
 * search finds 2-character words through the GIN index of jieba words as SQLite's FTS5 does.
 */
import { beforeAll, expect, it } from 'vitest';
import { migratePostgres } from '../src/pg/migrate';
import { segmentForIndex } from '../src/segment';
import { describeOnBothEngines, type Engines } from './support/both-engines';
import { pgDbShape, sqliteDbShape } from './support/db-shape';
import { withoutPgOnly } from './support/schema-shape';

const MEASURES = [
  '加大高层次人才引进力度，给予安家补贴',
  '设立科技金融专项资金，引导金融机构支持科技企业',
  '鼓励企业加大研发投入，对研发费用给予补助',
  '推进人工智能产业发展，建设算力中心',
];

describeOnBothEngines('PostgreSQL engine', (engines) => {
  beforeAll(() => seed(engines));

  async function seed({ client, sqlite }: Engines): Promise<void> {
    const statements = [
      `INSERT INTO regions (code, official, name, short_name, level, aliases, name_en) VALUES ('150100', true, '呼和浩特市', '呼和浩特', 'prefecture', '[]', 'Hohhot')`,
      `INSERT INTO sources (id, key, type, title, sha256, imported_at) VALUES (1, 'b1', 'bulletin', '科技情报参考', 'x', '2026-12-06')`,
      `INSERT INTO articles (id, source_id, ordinal, title, region_code, start, "end") VALUES (1, 1, 0, '政策', '150100', 0, 10)`,
    ];
    MEASURES.forEach((text, i) => {
      const tokens = segmentForIndex(text);
      statements.push(
        `INSERT INTO measures (id, source_id, article_id, region_code, ordinal, title, text, programs, start, "end", confidence, review_status, search_tokens)
         VALUES (${i + 1}, 1, 1, '150100', ${i}, '措施', '${text}', '[]', 0, 10, 1, 'extracted', '${tokens}')`,
      );
    });
    for (const statement of statements) {
      await client.query(statement);
      sqlite.sqlite.exec(statement.replaceAll(' true,', ' 1,'));
    }
  }

  it('applies its migrations once: a second run changes nothing', async () => {
    const before = await pgDbShape(engines.client);
    await migratePostgres(engines.url);
    expect(await pgDbShape(engines.client)).toEqual(before);
    const applied = await engines.client.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
    expect(applied.rows[0].n).toBeGreaterThanOrEqual(2);
  });

  it('builds the same tables, columns, types, nullability, keys and indexes as the SQLite migrations', async () => {
    const sqliteShape = sqliteDbShape(engines.sqlite.sqlite);
    const pgShape = withoutPgOnly(await pgDbShape(engines.client));
    expect(Object.keys(pgShape).sort()).toEqual(Object.keys(sqliteShape).sort());
    for (const name of Object.keys(sqliteShape))
      expect({ name, ...pgShape[name] }).toEqual({ name, ...sqliteShape[name] });
  });

  it.each(['人才', '金融', '研发'])(
    'finds the 2-character word %s through the GIN index, as SQLite finds it',
    async (word) => {
      const fromSqlite = engines.sqlite.sqlite
        .prepare('SELECT rowid FROM measures_fts_words WHERE measures_fts_words MATCH ? ORDER BY rowid')
        .pluck()
        .all(`"${word}"`);
      const query = `SELECT id FROM measures WHERE search_vector @@ to_tsquery('simple', $1) ORDER BY id`;
      const found = await engines.client.query(query, [word]);
      expect(found.rows.map((r) => r.id)).toEqual(fromSqlite);
      expect(fromSqlite).toHaveLength(1);
      // With sequential scans off the planner must use an index if one serves the condition.
      await engines.client.query('SET enable_seqscan = off');
      const plan = await engines.client.query(`EXPLAIN (FORMAT JSON) ${query}`, [word]);
      await engines.client.query('RESET enable_seqscan');
      expect(JSON.stringify(plan.rows[0])).toContain('measures_search_idx');
    },
  );

  it('finds substrings of programme names through the trigram index', async () => {
    await engines.client.query(
      `INSERT INTO program_names (name, measures) VALUES ('高层次人才引进计划', 2), ('科技金融风险补偿', 1)`,
    );
    const query = `SELECT name FROM program_names WHERE name LIKE '%' || $1 || '%'`;
    const found = await engines.client.query(query, ['人才引进']);
    expect(found.rows.map((r) => r.name)).toEqual(['高层次人才引进计划']);
    await engines.client.query('SET enable_seqscan = off');
    const plan = await engines.client.query(`EXPLAIN (FORMAT JSON) ${query}`, ['人才引进']);
    await engines.client.query('RESET enable_seqscan');
    expect(JSON.stringify(plan.rows[0])).toContain('program_names_trgm_idx');
  });
});
