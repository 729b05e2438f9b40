/**
 * What PostgreSQL's planner is given (docs/decisions/016, eleventh session): connections without
 * JIT compilation, and list parameters (engine/dialect.ts) it counts as one row rather than
 * jsonb_array_elements_text's fixed 100, which planned `IN (list)` over whole tables at 1,000×.
 */
import { expect, it } from 'vitest';
import { DIALECT } from '../src/engine/dialect';
import { postgresDb } from '../src/engine/postgres';
import { query } from '../src/engine/query';
import { describeOnBothEngines } from './support/both-engines';

describeOnBothEngines('PostgreSQL planning', (engines) => {
  it('runs the pool’s connections without JIT', async () => {
    const { rows } = await engines.pool.query<{ jit: string }>('SHOW jit');
    expect(rows[0]?.jit).toBe('off');
  });

  it.each([
    ['list', '["320100","330200","321000"]', ['320100', '330200', '321000']],
    ['ids', '[3,1,2]', [3, 1, 2]],
  ] as const)('plans a %s parameter as 1 row and returns its values in order', async (kind, json, values) => {
    const statement = query({ sqlite: DIALECT.sqlite[kind], postgres: DIALECT.postgres[kind] });
    const db = postgresDb(engines.pool);
    expect((await db.rows<[unknown]>(statement, [json])).map(([v]) => v)).toEqual(values);
    const { rows } = await engines.pool.query<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>(
      `EXPLAIN (FORMAT JSON) ${statement.postgres}`,
      [json],
    );
    expect(rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows']).toBe(1);
  });

  it('answers an empty list with no rows', async () => {
    const db = postgresDb(engines.pool);
    const statement = query({ sqlite: DIALECT.sqlite.list, postgres: DIALECT.postgres.list });
    expect(await db.rows(statement, ['[]'])).toEqual([]);
  });
});
