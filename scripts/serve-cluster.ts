/**
 * npm run serve:cluster — PostgreSQL, 3 API instances and HAProxy on this machine, all on
 * 127.0.0.1: the multi-machine layout in miniature (README "Several instances", decision 016).
 *   PORT (3000: the proxy; instances on the next ports) · INSTANCES (3) · PG_PORT (PORT + 90)
 *   DATA_DIR (./data) · CLUSTER_DIR (./var/cluster: the PostgreSQL cluster, kept between runs)
 * Ctrl-C stops all of them; the database is kept.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCluster } from './cluster/start-cluster';

const root = fileURLToPath(new URL('..', import.meta.url));

function whole(name: string, fallback: number, min: number, max: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`${name} must be a whole number from ${min} to ${max}, not "${process.env[name]}".`);
    process.exit(2);
  }
  return value;
}

const port = whole('PORT', 3000, 1, 65_000);
const instances = whole('INSTANCES', 3, 1, 20);
const cluster = await startCluster({
  root: resolve(process.env.CLUSTER_DIR ?? resolve(root, 'var/cluster')),
  port,
  instances,
  pgPort: whole('PG_PORT', port + 90, 1, 65_535),
  dataDir: resolve(process.env.DATA_DIR ?? resolve(root, 'data')),
  log: (line) => console.log(line),
}).catch((err: unknown) => {
  console.error(`Could not start the cluster: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
console.log(`PostgreSQL ${cluster.databaseUrl}`);
console.log(`API instances on ${cluster.instances.map((i) => `127.0.0.1:${i.port}`).join(', ')}`);
console.log(`创新政策对标 (HAProxy, round robin) is serving ${cluster.url} — Ctrl-C stops everything`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await cluster.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
