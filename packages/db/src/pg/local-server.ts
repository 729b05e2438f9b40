/**
 * A PostgreSQL on this machine, from the binaries of Debian's `postgresql` package. By default a
 * throwaway cluster in a temporary folder that listens on a Unix socket in that folder only, so it
 * collides with no other server and no port: tests start one per run (test/support/pg-setup.ts).
 * Given a folder, the cluster is kept there between runs and also listens on 127.0.0.1 at its port:
 * `npm run serve:cluster` (scripts/serve-cluster.ts).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LocalPostgres {
  /** Superuser URL of the `postgres` database, over the socket. */
  url: string;
  stop(): void;
}

const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The folder with initdb and pg_ctl: $PG_BIN, else the newest Debian install, else none. */
export function findPostgresBin(): string | undefined {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync(DEBIAN_ROOT)
      ? readdirSync(DEBIAN_ROOT)
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => join(DEBIAN_ROOT, v, 'bin'))
      : [];
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user the package creates. */
function runner(dir: string): (tool: string, args: string[]) => void {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  return (tool, args) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', tool, ...args]] : [tool, args];
    execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  };
}

export interface StartOptions {
  bin: string;
  port?: number;
  /** Skip fsync and full-page writes, and delete the cluster on stop: for tests. */
  throwaway?: boolean;
  /** Keep the cluster in this folder (created on first start) and listen on 127.0.0.1 too. */
  dir?: string;
}

export function startLocalPostgres({ bin, port = 43432, throwaway = true, dir: kept }: StartOptions): LocalPostgres {
  if (kept) mkdirSync(kept, { recursive: true });
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'ipb-pg-'));
  const data = join(dir, 'data');
  const run = runner(dir);
  if (!existsSync(join(data, 'PG_VERSION'))) {
    run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '-N']);
  }
  const settings = [`-k ${dir}`, `-p ${port}`, `-c listen_addresses=${kept ? "'127.0.0.1'" : "''"}`];
  if (throwaway) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  // -w: pg_ctl returns once the server accepts connections.
  run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-o', settings.join(' '), 'start']);
  const url = `postgresql://postgres@localhost:${port}/postgres?host=${encodeURIComponent(dir)}`;
  return {
    url,
    stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        if (!kept) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
