/**
 * What the bench measures at one scale, on one engine: SQLite behind one instance, or PostgreSQL
 * behind one instance and behind 3 instances with HAProxy in front (scripts/cluster's proxy and
 * configuration, as `serve:cluster` runs them). Each layout is started twice, response cache off
 * (cold) and on (warm). Everything that serves is pinned to the server's CPU — instances, proxy,
 * PostgreSQL — and autocannon to the other, so on a 2-core machine 3 instances share the one core
 * one instance had: they cannot be faster, and the figures show what the proxy costs.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProxy } from '../cluster/start-cluster';
import { cpuOf, treeCpuMs } from './cpu';
import type { Target } from './measure';
import type { BenchPostgres } from './postgres';
import { type Database, hasTaskset, SERVER_CPU, startBare, startServer, stop } from './processes';

export interface Layout {
  /** Short name in the summary: sqlite, pg×1, pg×3. */
  key: string;
  title: string;
  cold: Target;
  warm: Target;
  /** Requests per target for the same-bytes check: one per instance behind it. */
  instances: number;
}

/** Stops what was started, last first; collects what a layout or the bare server started. */
export class Started {
  private stops: Array<() => Promise<void>> = [];
  add(stopIt: () => Promise<void>): void {
    this.stops.push(stopIt);
  }
  async stopAll(): Promise<void> {
    for (const s of this.stops.splice(0).reverse()) await s().catch(() => undefined);
  }
}

const pin = hasTaskset ? ['taskset', '-c', SERVER_CPU] : [];

async function server(
  database: Database,
  port: number,
  cache: boolean,
  started: Started,
  root?: string,
): Promise<ChildProcess> {
  const child = await startServer(database, port, cache, root);
  started.add(() => stop(child));
  return child;
}

/** HAProxy on `port` in front of `instancePorts`; its config in a folder removed when it stops. */
export async function proxy(port: number, instancePorts: number[], started: Started): Promise<() => number | null> {
  const root = mkdtempSync(join(tmpdir(), 'ipb-bench-proxy-'));
  started.add(async () => rmSync(root, { recursive: true, force: true }));
  const running = await startProxy({ root, port, instancePorts, prefix: pin });
  started.add(() => running.stop('SIGTERM'));
  return () => treeCpuMs(running.child.pid);
}

/** One instance on the SQLite file; with `baseline`, the server of that other checkout instead. */
export async function sqliteLayout(
  path: string,
  ports: () => Promise<number>,
  started: Started,
  baseline?: string,
): Promise<Layout> {
  const target = async (cache: boolean): Promise<Target> => {
    const port = await ports();
    const child = await server({ DATABASE_PATH: path }, port, cache, started, baseline);
    return { base: `http://127.0.0.1:${port}`, cpuMs: () => treeCpuMs(child.pid) };
  };
  return {
    key: baseline ? 'baseline' : 'sqlite',
    title: baseline ? `SQLite, 1 instance, baseline ${baseline}` : 'SQLite, 1 instance',
    cold: await target(false),
    warm: await target(true),
    instances: 1,
  };
}

/** `count` instances on one PostgreSQL database; with more than one, HAProxy in front of them. */
export async function postgresLayout(
  pg: BenchPostgres,
  url: string,
  count: number,
  ports: () => Promise<number>,
  started: Started,
  baseline?: string,
): Promise<Layout> {
  const target = async (cache: boolean): Promise<Target> => {
    const instancePorts: number[] = [];
    const cpu: Array<() => number | null> = [pg.cpuMs];
    for (let i = 0; i < count; i++) {
      const port = await ports();
      const child = await server({ DATABASE_URL: url }, port, cache, started, baseline);
      instancePorts.push(port);
      cpu.push(() => treeCpuMs(child.pid));
    }
    if (count === 1) return { base: `http://127.0.0.1:${instancePorts[0]}`, cpuMs: cpuOf(cpu), dbCpuMs: pg.cpuMs };
    const port = await ports();
    cpu.push(await proxy(port, instancePorts, started));
    return { base: `http://127.0.0.1:${port}`, cpuMs: cpuOf(cpu), dbCpuMs: pg.cpuMs };
  };
  const title = count === 1 ? 'PostgreSQL, 1 instance' : `PostgreSQL, ${count} instances behind HAProxy`;
  return {
    key: baseline ? `pg×${count} baseline` : `pg×${count}`,
    title: baseline ? `${title}, baseline ${baseline}` : title,
    cold: await target(false),
    warm: await target(true),
    instances: count,
  };
}

/** The bare server sending the captured bytes, and the same through HAProxy when a layout has one. */
export async function bareTargets(
  file: string,
  withProxy: boolean,
  ports: () => Promise<number>,
  started: Started,
): Promise<{ bare: Target; proxied?: Target }> {
  const port = await ports();
  const child = await startBare(file, port);
  started.add(() => stop(child));
  const bare: Target = { base: `http://127.0.0.1:${port}`, cpuMs: () => treeCpuMs(child.pid) };
  if (!withProxy) return { bare };
  const proxyPort = await ports();
  const proxyCpu = await proxy(proxyPort, [port], started);
  return { bare, proxied: { base: `http://127.0.0.1:${proxyPort}`, cpuMs: cpuOf([bare.cpuMs, proxyCpu]) } };
}
