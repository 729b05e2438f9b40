/** The extraction context (gazetteer, themes, indicator catalogue from data/), loaded once on first upload. */
import { loadIngestContext } from '@ipb/ingest';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

type IngestContext = Awaited<ReturnType<typeof loadIngestContext>>;

declare module 'fastify' {
  interface FastifyInstance {
    ingestContext(): Promise<IngestContext>;
  }
}

export default fp(async function ingestPlugin(app: FastifyInstance, opts: { dataDir: string }) {
  let context: Promise<IngestContext> | undefined;
  app.decorate('ingestContext', () => (context ??= loadIngestContext(opts.dataDir)));
});
