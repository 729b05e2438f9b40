/**
 * A pg pool whose end waits for its connections to close. pg's Pool.end resolves once it has asked
 * each connection to end, not when they have: a database dropped or a server stopped right after
 * would cut connections still closing, and each would report an error nobody handles.
 */
import pg from 'pg';

/**
 * Every connection runs without JIT compilation. The serving reads take milliseconds, but a few
 * (compare's and gaps' place counts, instruments' terms) are planned well above jit_above_cost, and
 * PostgreSQL then spent 0.3–2.5 s compiling each execution — at 1× with no statistics yet, and at
 * 1,000× with them (docs/decisions/016, eleventh session). JIT pays only for queries that run for
 * seconds; none of ours should. A URL's own `options` parameter still wins.
 */
export const CONNECTION_OPTIONS = '-c jit=off';

export interface ClosablePool {
  pool: pg.Pool;
  end(): Promise<void>;
}

export function closablePool(config: pg.PoolConfig): ClosablePool {
  // pg reads `options` (the startup packet's), which its types do not declare.
  const withOptions: pg.PoolConfig & { options?: string } = { options: CONNECTION_OPTIONS, ...config };
  const pool = new pg.Pool(withOptions);
  const closed: Promise<void>[] = [];
  pool.on('connect', (client) => {
    closed.push(new Promise((resolve) => client.once('end', () => resolve())));
  });
  return {
    pool,
    end: async () => {
      await pool.end();
      await Promise.all(closed);
    },
  };
}
