/**
 * The benchmark's PostgreSQL: a throwaway cluster from Debian's binaries in a temporary folder,
 * listening on a Unix socket there only (no port to collide with), started by the same code as
 * `serve:cluster` and the db tests (`startLocalPostgres`), with the same database settings
 * (`ensureDatabase`). Pinned to the server's CPU, so the database's work counts against the side
 * of the machine that serves. Stopped, and its folder removed, by `stop` — which the bench also
 * calls on Ctrl-C, on SIGTERM and on exit, so no server is left behind by an error.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findPostgresBin, startLocalPostgres } from '@ipb/db';
import pg from 'pg';
import { ensureDatabase } from '../cluster/start-cluster';
import { treeCpuMs } from './cpu';

export interface BenchPostgres {
  /** Superuser URL of the `postgres` database. */
  adminUrl: string;
  /** The postmaster's pid: its backends are its children. */
  pid: number;
  /** The cluster's temporary folder (removed by stop). */
  dir: string;
  /** Create (if missing) database `name`, set up as production databases are; its URL. */
  database(name: string): Promise<string>;
  /** CPU time the postmaster and every backend have used so far (ms), or null without /proc. */
  cpuMs(): number | null;
  /** Stop the server and remove its folder; safe to call twice. */
  stop(): void;
}

/** Why PostgreSQL cannot be benchmarked here, or null when it can. */
export function postgresMissing(): string | null {
  return findPostgresBin() ? null : 'no PostgreSQL binaries (apt-get install postgresql, or set PG_BIN)';
}

async function postmaster(adminUrl: string): Promise<{ pid: number; dir: string }> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ setting: string }>(
      "SELECT setting FROM pg_settings WHERE name = 'data_directory'",
    );
    const data = rows[0]?.setting as string;
    return { pid: Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]), dir: dirname(data) };
  } finally {
    await client.end();
  }
}

/** Pin the postmaster and its running children; backends it forks later inherit the CPU. */
function pin(pid: number, cpu: string | null): void {
  if (cpu === null) return;
  const children = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      return [];
    }
  })();
  for (const p of [String(pid), ...children]) {
    try {
      execFileSync('taskset', ['-p', '-c', cpu, p], { stdio: 'ignore' });
    } catch {
      // A child that has just exited: nothing to pin.
    }
  }
}

/**
 * A PostgreSQL already running on this machine (`--postgres=<superuser URL>`), to measure the same
 * imported databases again without importing them each run (1,000× takes minutes): not pinned, not
 * stopped (`stop` does nothing), its CPU counted as a throwaway one's is, from /proc.
 */
export async function attachBenchPostgres(adminUrl: string): Promise<BenchPostgres> {
  const { pid, dir } = await postmaster(adminUrl);
  return {
    adminUrl,
    pid,
    dir,
    database: (name) => ensureDatabase(adminUrl, name),
    cpuMs: () => treeCpuMs(pid),
    stop: () => {},
  };
}

/** Start it; `port` only names the socket. `cpu` is where to pin it (null: not pinned). */
export async function startBenchPostgres(port: number, cpu: string | null): Promise<BenchPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(postgresMissing() as string);
  const server = startLocalPostgres({ bin, port, throwaway: true });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    server.stop();
  };
  try {
    const { pid, dir } = await postmaster(server.url);
    pin(pid, cpu);
    return {
      adminUrl: server.url,
      pid,
      dir,
      database: (name) => ensureDatabase(server.url, name),
      cpuMs: () => treeCpuMs(pid),
      stop,
    };
  } catch (err) {
    stop();
    throw err;
  }
}
