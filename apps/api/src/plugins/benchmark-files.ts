/** The ladder, instrument and peer-group files of data/, read and validated once at start. */
import { type BenchmarkFiles, readBenchmarkFiles } from '@ipb/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    benchmarkFiles: BenchmarkFiles;
  }
}

export default fp(async function benchmarkFilesPlugin(app: FastifyInstance, opts: { dataDir: string }) {
  app.decorate('benchmarkFiles', readBenchmarkFiles(opts.dataDir));
});
