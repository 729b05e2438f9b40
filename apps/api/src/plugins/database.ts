/** One database handle per app, closed with it; a gazetteer of all places for resolving names. */
import { createDb, type DbHandle, listRegions } from '@ipb/db';
import { createGazetteer } from '@ipb/domain';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    store: DbHandle;
    gazetteer: ReturnType<typeof createGazetteer>;
  }
}

export default fp(async function databasePlugin(app: FastifyInstance, opts: { databasePath: string }) {
  const store = createDb(opts.databasePath);
  app.decorate('store', store);
  app.decorate('gazetteer', createGazetteer(listRegions(store.db)));
  app.addHook('onClose', async () => store.close());
});
