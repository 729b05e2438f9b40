/**
 * The first query module on the two-engine Db (queries/regions.ts), run on SQLite and on
 * PostgreSQL with the same rows: both answer the same, in the same shapes.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { postgresDb } from '../src/engine/postgres';
import { query } from '../src/engine/query';
import { regionCodesWithData, regionDataCounts, regionsWithData } from '../src/queries/regions';
import { describeOnBothEngines } from './support/both-engines';

const REGIONS: Array<[string, boolean, string, string, string | null, string[], number, number]> = [
  ['150000', true, '内蒙古自治区', 'province', null, ['内蒙古'], 0, 3],
  ['150100', true, '呼和浩特市', 'prefecture', '150000', ['呼市', '青城'], 12, 30],
  ['320100', true, '南京市', 'prefecture', null, [], 40, 2],
  ['150171', false, '呼和浩特经济技术开发区', 'zone', '150100', [], 0, 0],
];

const SEED = REGIONS.flatMap(([code, official, name, level, parent, aliases, measures, figures]) => [
  {
    text: 'INSERT INTO regions (code, official, name, short_name, level, parent_code, aliases, name_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    values: [code, official, name, name.slice(0, 4), level, parent, JSON.stringify(aliases), `en ${code}`],
  },
  {
    text: 'INSERT INTO region_counts (region_code, measures, figures) VALUES (?, ?, ?)',
    values: [code, measures, figures],
  },
]);

async function both(run: (db: Db) => Promise<unknown>, dbs: Db[]): Promise<unknown[]> {
  return Promise.all(dbs.map(run));
}

describeOnBothEngines('regions on both engines', (engines) => {
  let dbs: Db[];

  beforeAll(async () => {
    for (const { text, values } of SEED) {
      engines.sqlite.sqlite.prepare(text).run(...values.map((v) => (typeof v === 'boolean' ? Number(v) : v)));
      await engines.pool.query(query(text).postgres, values);
    }
    dbs = [engines.sqlite.engine, postgresDb(engines.pool)];
  });

  it('pages the places with data, most data first, with the same rows', async () => {
    const [fromSqlite, fromPostgres] = await both((db) => regionsWithData(db, { limit: 2, offset: 0 }), dbs);
    expect(fromPostgres).toEqual(fromSqlite);
    expect(fromSqlite).toEqual({
      total: 3,
      items: [
        expect.objectContaining({ code: '150100', official: true, aliases: ['呼市', '青城'], parentCode: '150000' }),
        expect.objectContaining({ code: '320100', official: true, aliases: [] }),
      ],
    });
    const [last] = await both((db) => regionsWithData(db, { limit: 2, offset: 2 }), dbs);
    expect(last).toEqual({ total: 3, items: [expect.objectContaining({ code: '150000', level: 'province' })] });
  });

  it('lists the codes of the places with data in the order of their pages (ties by code)', async () => {
    // One joined string from each engine (group_concat / string_agg, each ordered), split here.
    const [fromSqlite, fromPostgres] = await both(regionCodesWithData, dbs);
    expect(fromSqlite).toEqual(['150100', '320100', '150000']);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it('counts measures and figures per place with data', async () => {
    const [fromSqlite, fromPostgres] = await both(regionDataCounts, dbs);
    expect(fromPostgres).toEqual(fromSqlite);
    expect(fromSqlite).toEqual(
      new Map([
        ['150000', 3],
        ['150100', 42],
        ['320100', 42],
      ]),
    );
  });
});
