/**
 * Load runs against named targets (a server, or a proxy in front of several), interleaved round by
 * round, and the responses they send, captured to check they are the same bytes everywhere.
 */
import { autocannon, type LoadResult } from './processes';

/** Something that answers HTTP, and the CPU time its processes have used so far (ms). */
export interface Target {
  base: string;
  cpuMs(): number | null;
  /** The database server's share of cpuMs (PostgreSQL), if it has one. */
  dbCpuMs?(): number | null;
}

export type Measured = LoadResult & { cpuUs: number | null; dbCpuUs: number | null };

/** None when no request was answered in the run: then there is no per-request figure. */
const perRequest = (before: number | null, after: number | null, requests: number) =>
  before === null || after === null || requests === 0 ? null : ((after - before) * 1000) / requests;

/**
 * A second of load first, so each server has compiled its hot path before it is measured; the
 * target's CPU time per request is read from /proc around the run.
 */
async function measure(target: Target, url: string, seconds: number): Promise<Measured> {
  await autocannon(target.base + url, 1);
  const before = target.cpuMs();
  const dbBefore = target.dbCpuMs?.() ?? null;
  const result = await autocannon(target.base + url, seconds);
  const cpuUs = perRequest(before, target.cpuMs(), result.requests);
  const dbCpuUs = perRequest(dbBefore, target.dbCpuMs?.() ?? null, result.requests);
  return { ...result, cpuUs, dbCpuUs };
}

/**
 * The faster run's latencies, and the CPU per request of the run that took less (the least
 * disturbed), with the errors of both: an error in any run is an error.
 */
function best(a: Measured, b: Measured): Measured {
  const faster = b.rps > a.rps ? b : a;
  const cheaper = (b.cpuUs ?? Number.POSITIVE_INFINITY) < (a.cpuUs ?? Number.POSITIVE_INFINITY) ? b : a;
  return { ...faster, errors: a.errors + b.errors, cpuUs: cheaper.cpuUs, dbCpuUs: cheaper.dbCpuUs };
}

/**
 * Every target one after the other, `rounds` times, keeping each one's best run: on a machine
 * others share, a burst of their load lands on one run, not on one server's every run.
 */
export async function measureAll<K extends string>(
  targets: Record<K, Target>,
  url: string,
  seconds: number,
  rounds: number,
): Promise<Record<K, Measured>> {
  const names = Object.keys(targets) as K[];
  const result = {} as Record<K, Measured>;
  for (let round = 0; round < rounds; round++)
    for (const name of names) {
      const run = await measure(targets[name], url, seconds);
      result[name] = round === 0 ? run : best(result[name], run);
    }
  return result;
}

export interface Captured {
  url: string;
  status: number;
  headers: Record<string, string>;
  /** base64 */
  body: string;
}

/** One response as autocannon gets it: uncompressed (no Accept-Encoding), headers the bare server repeats. */
export async function capture(base: string, url: string): Promise<Captured> {
  const res = await fetch(base + url, { headers: { accept: 'application/json', 'accept-encoding': 'identity' } });
  const body = Buffer.from(await res.arrayBuffer());
  const headers: Record<string, string> = {};
  res.headers.forEach((value, key) => {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(key)) headers[key] = value;
  });
  headers['content-length'] = String(body.length);
  return { url, status: res.status, headers, body: body.toString('base64') };
}

/**
 * Whether every target sends the reference's status and body for `url`, asked `times` times each
 * (a proxy in front of N instances is asked N times, so round robin reaches every one).
 */
export async function sameEverywhere(
  reference: Captured,
  bases: Array<{ base: string; times: number }>,
): Promise<boolean> {
  for (const { base, times } of bases)
    for (let i = 0; i < times; i++) {
      const got = await capture(base, reference.url);
      if (got.status !== reference.status || got.body !== reference.body) return false;
    }
  return true;
}
