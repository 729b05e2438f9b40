/**
 * The serving tables (docs/decisions/014) follow the same writes the same way on both engines:
 * SQLite's triggers (migration 0008) and PostgreSQL's (drizzle-pg 0002) run the same statements —
 * inserts, a rejection, a move, new programmes, a deleted source — and the tables are compared
 * after each.
 */
import { expect, it } from 'vitest';
import { describeOnBothEngines } from './support/both-engines';

const SERVING = {
  measure_themes: 'SELECT measure_id, theme_id, region_code, published, active FROM measure_themes ORDER BY 1, 2',
  measure_programs: 'SELECT measure_id, name, region_code, published, active FROM measure_programs ORDER BY 1, 2',
  program_names: 'SELECT name, measures FROM program_names ORDER BY 1',
  region_counts: 'SELECT region_code, measures, figures FROM region_counts ORDER BY 1',
};

const measure = (id: number, source: number, region: string, programs: unknown[], status = 'extracted') =>
  `INSERT INTO measures (id, source_id, article_id, region_code, ordinal, title, text, programs, start, "end", confidence, review_status)
   VALUES (${id}, ${source}, ${source}, '${region}', ${id}, 't', 'x', '${JSON.stringify(programs)}', 0, 1, 1, '${status}')`;

const SEED = [
  `INSERT INTO regions (code, official, name, short_name, level, aliases, name_en) VALUES
     ('150100', 1, '呼和浩特市', '呼和浩特', 'prefecture', '[]', 'Hohhot'), ('320100', 1, '南京市', '南京', 'prefecture', '[]', 'Nanjing')`,
  `INSERT INTO themes (id, name_zh, name_en, description, stip, lexicon, position) VALUES
     ('talent', '人才', 'Talent', '', '{"themes":[],"instruments":[]}', '[]', 1), ('finance', '金融', 'Finance', '', '{"themes":[],"instruments":[]}', '[]', 2)`,
  `INSERT INTO sources (id, key, type, title, year, date, sha256, imported_at) VALUES
     (1, 'a', 'bulletin', 'A', 2025, '2025-03-01', 'a', 'now'), (2, 'b', 'bulletin', 'B', 2024, NULL, 'b', 'now')`,
  `INSERT INTO articles (id, source_id, ordinal, title, start, "end") VALUES (1, 1, 0, 'a', 0, 1), (2, 2, 0, 'b', 0, 1)`,
  measure(1, 1, '150100', ['人才计划', '人才计划', '', 7]),
  measure(2, 1, '320100', ['宁科贷', '人才计划']),
  measure(3, 2, '320100', ['宁科贷'], 'rejected'),
  `INSERT INTO measure_themes (measure_id, theme_id, evidence) VALUES (1, 'talent', '[]'), (2, 'finance', '[]'), (3, 'finance', '[]')`,
];

const STEPS: Array<[string, string[]]> = [
  ['a rejection', [`UPDATE measures SET review_status = 'rejected' WHERE id = 2`]],
  ['an acceptance', [`UPDATE measures SET review_status = 'accepted' WHERE id = 3`]],
  ['a move to another place', [`UPDATE measures SET region_code = '150100' WHERE id = 3`]],
  ['new programmes', [`UPDATE measures SET programs = '["科技金融"]' WHERE id = 1`]],
  ['a deleted source', ['DELETE FROM sources WHERE id = 2']],
];

describeOnBothEngines('serving triggers on both engines', (engines) => {
  async function run(statements: string[]): Promise<void> {
    for (const statement of statements) {
      engines.sqlite.sqlite.exec(statement);
      await engines.client.query(statement.replace(/\b1, '(呼和浩特市|南京市)'/g, "true, '$1'"));
    }
  }

  async function tables(): Promise<[Record<string, unknown[]>, Record<string, unknown[]>]> {
    const fromSqlite: Record<string, unknown[]> = {};
    const fromPg: Record<string, unknown[]> = {};
    for (const [name, select] of Object.entries(SERVING)) {
      fromSqlite[name] = engines.sqlite.sqlite.prepare(select).all();
      // 0/1 as SQLite stores `active`.
      fromPg[name] = (await engines.client.query(select)).rows.map((r) =>
        'active' in r ? { ...r, active: Number(r.active) } : r,
      );
    }
    return [fromSqlite, fromPg];
  }

  it('fills them alike from the same inserts', async () => {
    await run(SEED);
    const [fromSqlite, fromPg] = await tables();
    expect(fromPg).toEqual(fromSqlite);
    expect(fromSqlite.program_names).toEqual([
      { name: '人才计划', measures: 2 },
      { name: '宁科贷', measures: 1 },
    ]);
    expect(fromSqlite.measure_themes).toContainEqual({
      measure_id: 3,
      theme_id: 'finance',
      region_code: '320100',
      published: '2024-12-31',
      active: 0,
    });
  });

  it.each(STEPS)('follows %s alike', async (_, statements) => {
    const [before] = await tables();
    await run(statements);
    const [fromSqlite, fromPg] = await tables();
    expect(fromPg).toEqual(fromSqlite);
    expect(fromSqlite).not.toEqual(before);
  });
});
