/**
 * Delete what has expired (sessions, old API tokens, previews, failed-login counts;
 * packages/db write/housekeeping.ts) when the app starts and then every hour, in the write lock.
 */
import { purgeExpired } from '@ipb/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const EVERY_MS = 3_600_000;

export default fp(async function housekeepingPlugin(app: FastifyInstance) {
  const purge = async () => {
    try {
      const release = await app.writes.acquire();
      const report = await purgeExpired(app.store.engine, new Date()).finally(release);
      app.log.info({ purged: report }, 'expired records deleted');
    } catch (err) {
      app.log.error({ err }, 'could not delete expired records');
    }
  };
  app.addHook('onReady', purge);
  const timer = setInterval(purge, EVERY_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
});
