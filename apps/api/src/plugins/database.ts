/**
 * One store per app, closed with it, on the engine chosen from the environment (@ipb/db openStore,
 * docs/decisions/016); a gazetteer of all places for resolving names. Every route reads and writes
 * through `store.engine`, the two-engine Db; `store.sqlite` is the SQLite file's handle where there
 * is one (null on PostgreSQL), for what only a file has: its path for backups, and tests that count
 * its statements.
 */
import { allRegions, type Db, type DbHandle, openStore, type StoreConfig } from '@ipb/db';
import { createGazetteer } from '@ipb/domain';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface AppStore {
  engine: Db;
  /** Where the data is, for messages: the file, or the URL without its password. */
  where: string;
  sqlite: DbHandle | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    store: AppStore;
    gazetteer: ReturnType<typeof createGazetteer>;
  }
}

export default fp(async function databasePlugin(app: FastifyInstance, opts: { database: StoreConfig }) {
  const store = await openStore(opts.database);
  app.decorate('store', { engine: store.db, where: store.where, sqlite: store.sqlite } satisfies AppStore);
  app.decorate('gazetteer', createGazetteer(await allRegions(store.db)));
  app.addHook('onClose', () => store.close());
});
