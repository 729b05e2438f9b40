/**
 * The processes of the API benchmark: the real server and the bare ceiling pinned to one CPU, and
 * autocannon pinned to the other (where `taskset` exists), so the load generator does not steal
 * the server's core. Every process started here is killed by `stopAll`, by its own pid.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './corpus';

export const SERVER_CPU = '0';
export const LOAD_CPU = '1';

export const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-c', '0', 'true']);
    return true;
  } catch {
    return false;
  }
})();

export const pinning = hasTaskset
  ? `server on CPU ${SERVER_CPU}, autocannon on CPU ${LOAD_CPU} (taskset)`
  : 'no taskset: processes not pinned';

const started = new Set<ChildProcess>();

function pinned(cpu: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const [file, argv] = hasTaskset ? ['taskset', ['-c', cpu, command, ...args]] : [command, args];
  const child = spawn(file, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  child.on('exit', () => started.delete(child));
  return child;
}

/** Wait until the child prints `marker`, or fail with what it printed. */
function readyWhen(child: ChildProcess, marker: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(marker)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`${what} exited (${code}) before it was ready:\n${output.slice(-2000)}`)),
    );
  });
}

/** Where a server reads: a SQLite file or a PostgreSQL database. */
export type Database = { DATABASE_PATH: string } | { DATABASE_URL: string };

/**
 * The real server (apps/api/src/server.ts) on `port`, with the response cache on or off; from this
 * checkout, or from `root` (another checkout, measured beside this one: --baseline).
 */
export async function startServer(
  database: Database,
  port: number,
  cache: boolean,
  root = ROOT,
): Promise<ChildProcess> {
  const child = pinned(SERVER_CPU, process.execPath, ['--import', 'tsx', join(root, 'apps/api/src/server.ts')], {
    // Set, or the one in this shell would win over DATABASE_PATH.
    DATABASE_URL: '',
    ...database,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    IPB_RESPONSE_CACHE: cache ? 'on' : 'off',
    // One address sends all the load: the limiter still counts every request, it refuses none.
    READS_PER_MINUTE: String(1_000_000_000),
    // Behind the bench's HAProxy the client address is the proxy's forwarded one.
    TRUST_PROXY: '127.0.0.1',
  });
  await readyWhen(child, 'is serving', `the server on port ${port}`);
  return child;
}

export async function startBare(responsesFile: string, port: number): Promise<ChildProcess> {
  const bare = pinned(
    SERVER_CPU,
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/bench-api/bare.ts'), responsesFile, String(port)],
    { NODE_ENV: 'production' },
  );
  await readyWhen(bare, 'listening', `the bare server on port ${port}`);
  return bare;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Requests answered in the run. */
  requests: number;
}

/** One autocannon run (-c connections, -d seconds) on the load CPU. */
export function autocannon(url: string, seconds: number, connections = 10): Promise<LoadResult> {
  const bin = join(ROOT, 'node_modules/autocannon/autocannon.js');
  const args = [bin, '-j', '-c', String(connections), '-d', String(seconds), '-H', 'accept=application/json', url];
  const child = pinned(LOAD_CPU, process.execPath, args, {});
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon failed (${code}): ${err.slice(-500)}`));
      const r = JSON.parse(out) as {
        requests: { average: number; total: number };
        latency: { p50: number; p99: number };
        errors: number;
        timeouts: number;
        non2xx: number;
      };
      resolve({
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts + r.non2xx,
        requests: r.requests.total,
      });
    });
  });
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function stopAll(): Promise<void> {
  await Promise.all([...started].map(stop));
}

/**
 * A bench script's tail, said once: run `main`, report a failure with a non-zero exit, and stop
 * every process it started (and whatever `after` stops) either way.
 */
export function runBench(main: () => Promise<void>, after?: () => void | Promise<void>): Promise<void> {
  return main()
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    })
    .finally(async () => {
      await after?.();
      await stopAll();
    });
}
