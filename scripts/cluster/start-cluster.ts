/**
 * The multi-machine layout in miniature (docs/decisions/016), all on 127.0.0.1: PostgreSQL from
 * Debian's binaries (a cluster kept in `<root>/pg`), the release step once (migrations, and data/
 * loaded into an empty database), N identical API instances on consecutive ports with the same
 * DATABASE_URL, and HAProxy in front. Used by `npm run serve:cluster` and the cluster tests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPostgresBin, startLocalPostgres } from '@ipb/db';
import { buildDatabase } from '@ipb/ingest';
import pg from 'pg';
import { haproxyConfig } from './haproxy-config';
import { type Running, runProcess } from './processes';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = join(REPO, 'apps/api/src/server.ts');

export interface ClusterOptions {
  /** Folder for the PostgreSQL cluster, and haproxy-<port>.cfg (kept between runs). */
  root: string;
  /** The proxy's port; instances take the next `instances` ports. */
  port: number;
  instances: number;
  pgPort: number;
  dataDir: string;
  /** More environment for the instances (READS_PER_MINUTE for a load run, REQUIRE_LOGIN …). */
  instanceEnv?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface Instance {
  readonly port: number;
  /** Kill it as a crash would (SIGKILL). */
  kill(): Promise<void>;
  /** Start it again on its port; resolves once it serves. */
  start(): Promise<void>;
}

export interface Cluster {
  url: string;
  databaseUrl: string;
  instances: Instance[];
  stop(): Promise<void>;
}

/**
 * Create database `name` unless it exists, UTF-8 with C.UTF-8's character classes: pg_trgm needs
 * them for Chinese (README, decision 016). Returns its URL on the same server.
 */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount)
      await client.query(
        `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
      );
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface ProxyOptions {
  /** Where haproxy-<port>.cfg is written. */
  root: string;
  port: number;
  instancePorts: number[];
  /** Run it through this command first (the bench pins it to a CPU with `taskset -c N`). */
  prefix?: string[];
}

/** HAProxy in front of the instances (haproxy-config.ts), ready once the proxy answers /api/health. */
export async function startProxy({ root, port, instancePorts, prefix = [] }: ProxyOptions): Promise<Running> {
  const config = join(root, `haproxy-${port}.cfg`);
  writeFileSync(config, haproxyConfig({ port, instancePorts }));
  const [command = 'haproxy', ...args] = [...prefix, 'haproxy', '-W', '-db', '-f', config];
  return runProcess(command, args, { cwd: root, ready: { url: `http://127.0.0.1:${port}/api/health` } });
}

/**
 * The release step: migrations, then data/ through the one import loop, straight into PostgreSQL
 * (idempotent: an unchanged data/ and unchanged bulletins are skipped).
 */
async function release(databaseUrl: string, options: ClusterOptions): Promise<void> {
  const report = await buildDatabase({ engine: 'postgres', url: databaseUrl }, options.dataDir);
  const imported = report.bulletins.filter((b) => b.status !== 'unchanged').length;
  options.log?.(
    `database ipb: data/ ${report.data.status}, ${report.bulletins.length} bulletins (${imported} imported)`,
  );
}

function instance(
  port: number,
  databaseUrl: string,
  more: NodeJS.ProcessEnv = {},
): Instance & { stop(): Promise<void> } {
  let running: Running | null = null;
  const env = { ...more, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', TRUST_PROXY: '127.0.0.1' };
  return {
    port,
    async start() {
      running = await runProcess(process.execPath, ['--import', 'tsx', SERVER], {
        cwd: REPO,
        env: { ...process.env, ...env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
        ready: /is serving/,
      });
    },
    async kill() {
      await running?.stop('SIGKILL');
      running = null;
    },
    async stop() {
      await running?.stop('SIGTERM');
      running = null;
    },
  };
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('serve:cluster needs PostgreSQL: install Debian’s postgresql package, or set PG_BIN');
  const server = startLocalPostgres({ bin, port: options.pgPort, throwaway: false, dir: join(options.root, 'pg') });
  const stops: Array<() => Promise<void>> = [async () => server.stop()];
  const stop = async () => {
    for (const s of stops.splice(0).reverse()) await s().catch(() => undefined);
  };
  try {
    await ensureDatabase(server.url, 'ipb');
    const databaseUrl = `postgresql://postgres@127.0.0.1:${options.pgPort}/ipb`;
    await release(databaseUrl, options);
    const ports = Array.from({ length: options.instances }, (_, i) => options.port + 1 + i);
    const instances = ports.map((p) => instance(p, databaseUrl, options.instanceEnv));
    for (const i of instances) stops.push(() => i.stop());
    await Promise.all(instances.map((i) => i.start()));
    const proxy = await startProxy({ root: options.root, port: options.port, instancePorts: ports });
    stops.push(() => proxy.stop('SIGTERM'));
    return { url: `http://127.0.0.1:${options.port}`, databaseUrl, instances, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
