/**
 * buildApp: the whole HTTP service as a Fastify instance, for the server and for tests (app.inject).
 * Layers, as in fastify/demo: external plugins → app plugins (problem+json, database) → routes
 * under /api → the web app with its index.html fallback.
 */
import { fileURLToPath } from 'node:url';
import compress from '@fastify/compress';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import authPlugin from './plugins/auth';
import databasePlugin from './plugins/database';
import ingestPlugin from './plugins/ingest';
import openapiPlugin from './plugins/openapi';
import problemPlugin from './plugins/problem';
import representationPlugin from './plugins/representation';
import uploadsPlugin from './plugins/uploads';
import webPlugin from './plugins/web';
import auth from './routes/auth/index';
import compare from './routes/compare/index';
import conflicts from './routes/conflicts/index';
import gaps from './routes/gaps/index';
import health from './routes/health/index';
import indicators from './routes/indicators/index';
import bureauMeasures from './routes/measures/bureau';
import measures from './routes/measures/index';
import observations from './routes/observations/index';
import regions from './routes/regions/index';
import regionProfile from './routes/regions/profile';
import review from './routes/review/index';
import search from './routes/search/index';
import series from './routes/series/index';
import sourceAuthority from './routes/sources/authority';
import sources from './routes/sources/index';
import upload from './routes/sources/upload';
import targets from './routes/targets/index';
import themes from './routes/themes/index';

export interface AppOptions {
  databasePath: string;
  /** Folder of the built web app; null to serve the API only. Defaults to apps/web/dist. */
  webDist?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** data/ folder, for the extraction context of uploads. Defaults to the repository's data/. */
  dataDir?: string;
  /** REQUIRE_LOGIN=1: reading needs an account too. */
  requireLogin?: boolean;
}

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: true,
    // Requests Node cannot even parse (e.g. raw non-ASCII in the URL) still get problem+json.
    clientErrorHandler(err, socket) {
      const body = JSON.stringify({
        type: 'https://ipb.local/problems/bad-request',
        title: 'Malformed request',
        status: 400,
        detail: `The request could not be parsed (${(err as NodeJS.ErrnoException).code ?? err.message}). Percent-encode non-ASCII characters in the URL, e.g. regions=%E5%91%BC%E5%92%8C%E6%B5%A9%E7%89%B9.`,
      });
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(problemPlugin);
  await app.register(databasePlugin, { databasePath: options.databasePath });
  await app.register(authPlugin, { requireLogin: options.requireLogin ?? false });
  await app.register(ingestPlugin, { dataDir: options.dataDir ?? DEFAULT_DATA_DIR });
  await app.register(uploadsPlugin);
  await app.register(representationPlugin);
  await app.register(compress, { threshold: 1024 });
  await app.register(openapiPlugin);
  await app.register(
    async (api) => {
      for (const routes of [
        health,
        regions,
        regionProfile,
        themes,
        indicators,
        sources,
        series,
        measures,
        bureauMeasures,
        compare,
        conflicts,
        gaps,
        targets,
        search,
        auth,
        upload,
        sourceAuthority,
        observations,
        review,
      ])
        await api.register(routes);
    },
    { prefix: '/api' },
  );
  await app.register(webPlugin, { webDist: options.webDist === undefined ? DEFAULT_WEB_DIST : options.webDist });
  return app;
}
