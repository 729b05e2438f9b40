/**
 * A pg pool whose end waits for its connections to close. pg's Pool.end resolves once it has asked
 * each connection to end, not when they have: a database dropped or a server stopped right after
 * would cut connections still closing, and each would report an error nobody handles.
 */
import pg from 'pg';

export interface ClosablePool {
  pool: pg.Pool;
  end(): Promise<void>;
}

export function closablePool(config: pg.PoolConfig): ClosablePool {
  const pool = new pg.Pool(config);
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
