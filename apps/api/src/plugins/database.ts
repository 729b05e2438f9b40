/**
 * One store per app, closed with it, on the engine chosen from the environment (@ipb/db openStore,
 * docs/decisions/016); a gazetteer of all places for resolving names. Routes on the two-engine Db
 * use `store.engine`. On PostgreSQL the SQLite-only parts of the handle (`db`, `sqlite`) answer
 * 501 with a problem naming the route, so a route not yet moved to the Db fails plainly, never
 * as a 500 or with another instance's answer.
 */
import { allRegions, type DbHandle, openStore, type Store, type StoreConfig } from '@ipb/db';
import { createGazetteer } from '@ipb/domain';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { notOnPostgresYet } from '../lib/not-on-postgres';

declare module 'fastify' {
  interface FastifyInstance {
    store: DbHandle;
    gazetteer: ReturnType<typeof createGazetteer>;
  }
}

const notYet = () => notOnPostgresYet('This part of the service');

/** A handle whose SQLite-only members refuse with a problem: what unmoved routes see on PostgreSQL. */
function postgresHandle(store: Store): DbHandle {
  return {
    path: store.where,
    engine: store.db,
    get db(): never {
      throw notYet();
    },
    get sqlite(): never {
      throw notYet();
    },
    close: () => undefined,
  };
}

export default fp(async function databasePlugin(app: FastifyInstance, opts: { database: StoreConfig }) {
  const store = await openStore(opts.database);
  app.decorate('store', store.sqlite ?? postgresHandle(store));
  app.decorate('gazetteer', createGazetteer(await allRegions(store.db)));
  app.addHook('onClose', () => store.close());
});
