/**
 * `npm run bench:api` on PostgreSQL (scripts/bench-api/postgres.ts): its throwaway server starts,
 * makes databases set up as production ones are, reports CPU time, and is gone — process and
 * folder — after stop, and after Ctrl-C in the middle of a run. The load runs themselves are a
 * benchmark, not a test: nothing here measures speed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPostgresBin } from '@ipb/db';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startBenchPostgres } from '../../../scripts/bench-api/postgres';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const missing = findPostgresBin() ? null : 'PostgreSQL binaries (apt-get install postgresql)';
// CI installs them (.ci/run): there a missing one is a failure, never a skip.
if (missing && process.env.CI) throw new Error(`CI runs the bench's PostgreSQL test, but ${missing} are missing`);

/** Running, not a zombie: here the init process may never reap a stopped postmaster. */
const alive = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
};

/** Resolves with the first match of `pattern` in the child's output (a condition, not a clock). */
function printed(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) resolve(match);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited (${code}) before printing ${pattern}:\n${output}`)));
  });
}

describe.skipIf(missing !== null)(`the bench's PostgreSQL${missing ? ` (skipped: no ${missing})` : ''}`, () => {
  it('makes UTF-8 databases with C.UTF-8 character classes, counts CPU, and leaves nothing after stop', async () => {
    const server = await startBenchPostgres(4899, null);
    try {
      expect(alive(server.pid)).toBe(true);
      const url = await server.database('bench_test');
      expect(await server.database('bench_test')).toBe(url);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ encoding: string; ctype: string }>(
        'SELECT pg_encoding_to_char(encoding) AS encoding, datctype AS ctype FROM pg_database WHERE datname = current_database()',
      );
      await client.end();
      expect(rows[0]).toEqual({ encoding: 'UTF8', ctype: 'C.UTF-8' });
      expect(server.cpuMs()).toBeGreaterThan(0);
      await expect(server.database('bench; DROP')).rejects.toThrow(/not a plain database name/);
    } finally {
      server.stop();
    }
    server.stop();
    expect(alive(server.pid)).toBe(false);
    expect(existsSync(server.dir)).toBe(false);
  });

  it('stops its PostgreSQL and its servers when the run is interrupted (Ctrl-C)', async () => {
    const args = ['--engine=postgres', '--scales=1', '--only=regions', '--duration=1', '--rounds=1'];
    const bench = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts/bench-api/run.ts'), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, BENCH_PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => bench.once('exit', (code) => resolve(code)));
    const [, pid, dir] = await printed(bench, /PostgreSQL \(throwaway, stopped at the end\): pid (\d+), (\S+)/);
    expect(alive(Number(pid))).toBe(true);
    bench.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(alive(Number(pid))).toBe(false);
    expect(existsSync(dir as string)).toBe(false);
  });
});
