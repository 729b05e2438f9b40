/**
 * buildApp: the whole HTTP service as a Fastify instance, for the server and for tests (app.inject).
 * Layers, as in fastify/demo: external plugins → app plugins (problem+json, security headers and
 * limits, database, jobs, auth) → routes under /api → the web app with its index.html fallback.
 * The trusted proxy is set here, the server's timeouts in lib/http-server.ts (docs/decisions/013
 * on what each control answers).
 */
import { fileURLToPath } from 'node:url';
import compress from '@fastify/compress';
import type { StoreConfig } from '@ipb/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { clientErrorHandler } from './lib/client-error';
import { compiledSerializerCompiler } from './lib/compiled-serializer';
import { clientAddress, type FastHits, fastHits, withFastHits } from './lib/fast-hits';
import { createHttpServer, DEFAULT_TIMEOUTS, type Timeouts } from './lib/http-server';
import { lazyChildLoggerFactory } from './lib/lazy-child-logger';
import { DEFAULT_CACHE_MB, ResponseCache } from './lib/response-cache';
import authPlugin from './plugins/auth';
import benchmarkFilesPlugin from './plugins/benchmark-files';
import databasePlugin from './plugins/database';
import housekeepingPlugin from './plugins/housekeeping';
import httpCachePlugin from './plugins/http-cache';
import jobsPlugin, { type JobsOptions } from './plugins/jobs';
import openapiPlugin from './plugins/openapi';
import problemPlugin, { sendProblem, toProblem } from './plugins/problem';
import representationPlugin from './plugins/representation';
import securityPlugin, { DEFAULT_RATE_LIMITS, type RateLimits } from './plugins/security';
import uploadsPlugin from './plugins/uploads';
import webPlugin from './plugins/web';
import auth from './routes/auth/index';
import briefs from './routes/briefs/index';
import compare from './routes/compare/index';
import conflicts from './routes/conflicts/index';
import digest from './routes/digest/index';
import gaps from './routes/gaps/index';
import health from './routes/health/index';
import indicators from './routes/indicators/index';
import instruments from './routes/instruments/index';
import jobs from './routes/jobs/index';
import ladder from './routes/ladder/index';
import bureauMeasures from './routes/measures/bureau';
import measures from './routes/measures/index';
import observations from './routes/observations/index';
import peers from './routes/peers/index';
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
  /** The SQLite file (tests, scripts); or else `database`. */
  databasePath?: string;
  /** The engine as chosen from the environment (@ipb/db storeConfigFromEnv: the server). */
  database?: StoreConfig;
  /** Folder of the built web app; null to serve the API only. Defaults to apps/web/dist. */
  webDist?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** data/ folder, for the extraction context of uploads. Defaults to the repository's data/. */
  dataDir?: string;
  /** REQUIRE_LOGIN=1: reading needs an account too. */
  requireLogin?: boolean;
  /**
   * TRUST_PROXY: the addresses (or CIDR ranges) of the reverse proxy whose X-Forwarded-* headers are
   * believed, comma separated. Unset: none is, so no client can claim https or another address.
   */
  trustProxy?: string | null;
  /** Request limits per client address; false turns them off (benchmarks and the fuzz suite). */
  rateLimits?: RateLimits | false;
  timeouts?: Partial<Timeouts>;
  /**
   * Response cache size in bytes, or 0 for none. Default: IPB_RESPONSE_CACHE=off → 0, else
   * IPB_RESPONSE_CACHE_MB (64) MB. See docs/decisions/014.
   */
  responseCacheBytes?: number;
  /** Check every response against its zod schema (tests; default: under Vitest). Production trusts the compiled serialisers. */
  validateResponses?: boolean;
  /** PostgreSQL: a job claim's lease and the claims a job gets (plugins/jobs.ts). */
  jobLease?: JobsOptions['jobLease'];
}

export function responseCacheBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  if (env.IPB_RESPONSE_CACHE === 'off') return 0;
  const mb = Number(env.IPB_RESPONSE_CACHE_MB ?? DEFAULT_CACHE_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : 0;
}

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

declare module 'fastify' {
  interface FastifyInstance {
    /** The response cache, or null when it is off (docs/decisions/014). */
    responseCache: ResponseCache | null;
    /** Whether responses are checked against their schemas (AppOptions.validateResponses). */
    validateResponses: boolean;
  }
}

function databaseOf(options: AppOptions): StoreConfig {
  if (options.database) return options.database;
  if (options.databasePath) return { engine: 'sqlite', path: options.databasePath };
  throw new Error('buildApp needs databasePath or database');
}

export async function buildApp(options: AppOptions) {
  const cacheBytes = options.responseCacheBytes ?? responseCacheBytesFromEnv();
  const cache = cacheBytes > 0 ? new ResponseCache(cacheBytes) : null;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  // Set once the plugins it needs are registered (lib/fast-hits.ts); app.inject never passes here.
  let hits: FastHits | null = null;
  const app = Fastify({
    logger: options.logger ?? false,
    // Each request's logger is made when it first writes (lib/lazy-child-logger.ts).
    childLoggerFactory: lazyChildLoggerFactory,
    trustProxy: options.trustProxy || false,
    // The Node server with its timeouts and header limit (lib/http-server.ts).
    serverFactory: (handler) =>
      createHttpServer(
        timeouts,
        withFastHits(() => hits, handler),
      ),
    // Requests Node cannot even parse (too long, too slow, not HTTP) still get problem+json.
    clientErrorHandler,
    // Errors of the router itself (bad percent-encoding, over-long path segments) too.
    frameworkErrors: (err, request, reply) => sendProblem(reply, toProblem(err, request)),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  const validateResponses = options.validateResponses ?? Boolean(process.env.VITEST);
  app.setSerializerCompiler(compiledSerializerCompiler(validateResponses));
  app.decorate('validateResponses', validateResponses);
  await app.register(problemPlugin);
  const database = databaseOf(options);
  await app.register(securityPlugin, {
    rateLimits: options.rateLimits ?? DEFAULT_RATE_LIMITS,
    sharedCounters: database.engine === 'postgres',
  });
  await app.register(databasePlugin, { database });
  await app.register(jobsPlugin, { database, jobLease: options.jobLease });
  await app.register(housekeepingPlugin);
  await app.register(authPlugin, { requireLogin: options.requireLogin ?? false });
  await app.register(benchmarkFilesPlugin, { dataDir: options.dataDir ?? DEFAULT_DATA_DIR });
  await app.register(uploadsPlugin);
  await app.register(representationPlugin);
  // After representation: its onSend (CSV) must run before this one stores the bytes.
  await app.register(httpCachePlugin, { cache });
  app.decorate('responseCache', cache);
  if (cache && !options.requireLogin)
    hits = fastHits({
      cache,
      clock: app.dataVersionClock,
      addressOf: clientAddress(options.trustProxy ?? null),
      spendRead: (ip) => app.spendRead(ip),
    });
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
        jobs,
        ladder,
        instruments,
        peers,
        briefs,
        digest,
      ])
        await api.register(routes);
    },
    { prefix: '/api' },
  );
  await app.register(webPlugin, { webDist: options.webDist === undefined ? DEFAULT_WEB_DIST : options.webDist });
  return app;
}
