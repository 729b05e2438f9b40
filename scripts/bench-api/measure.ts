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

/** One run of one target. */
export type Run = LoadResult & { cpuUs: number | null; dbCpuUs: number | null };

/**
 * A target over every round: the median run's figures (req/s, p50, p99, CPU per request, each the
 * median over the rounds), the errors of all, and every run, so that a ratio to another target is
 * taken round by round (runs of the same round ran next to each other, under the same load).
 */
export type Measured = Run & {
  runs: Run[];
  /**
   * Runs made at the same time as a run of the reference target (the bare server), both servers on
   * the same CPU, each with its own load generator: whatever else the machine does in that second
   * it does to both. Empty when there is no reference, or for the reference itself.
   */
  beside: Array<{ self: Run; reference: Run }>;
};

/** None when no request was answered in the run: then there is no per-request figure. */
const perRequest = (before: number | null, after: number | null, requests: number) =>
  before === null || after === null || requests === 0 ? null : ((after - before) * 1000) / requests;

/** The target's CPU time per request is read from /proc around the run. */
async function run(target: Target, url: string, seconds: number): Promise<Run> {
  const before = target.cpuMs();
  const dbBefore = target.dbCpuMs?.() ?? null;
  const result = await autocannon(target.base + url, seconds);
  const cpuUs = perRequest(before, target.cpuMs(), result.requests);
  const dbCpuUs = perRequest(dbBefore, target.dbCpuMs?.() ?? null, result.requests);
  return { ...result, cpuUs, dbCpuUs };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function medianOrNull(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? median(known) : null;
}

function summary(runs: Run[], beside: Measured['beside']): Measured {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    cpuUs: medianOrNull(runs.map((r) => r.cpuUs)),
    dbCpuUs: medianOrNull(runs.map((r) => r.dbCpuUs)),
    runs,
    beside,
  };
}

/** A ratio taken in each round, then its median and range over the rounds; null if no round has one. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

function spreadOf(ratios: number[]): Spread | null {
  if (!ratios.length) return null;
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

/** `value(top) ÷ value(bottom)` for each pair of runs; null if no pair has both. */
function ratioOfPairs(pairs: Array<[Run, Run]>, value: (run: Run) => number | null): Spread | null {
  const ratios: number[] = [];
  for (const [a, b] of pairs) {
    const x = value(a);
    const y = value(b);
    if (x !== null && y !== null && y > 0) ratios.push(x / y);
  }
  return spreadOf(ratios);
}

/**
 * A target against the reference (the bare server): from the runs made side by side when there are
 * any, else from the runs of the same round. `invert`: reference ÷ target (CPU per request).
 */
export function ratioToReference(
  target: Measured,
  reference: Measured,
  value: (run: Run) => number | null,
  invert = false,
): Spread | null {
  const pairs: Array<[Run, Run]> = target.beside.length
    ? target.beside.map((p) => [p.self, p.reference])
    : target.runs.flatMap((run, i): Array<[Run, Run]> => {
        const ref = reference.runs[i];
        return ref ? [[run, ref]] : [];
      });
  return ratioOfPairs(invert ? pairs.map(([a, b]): [Run, Run] => [b, a]) : pairs, value);
}

/**
 * Every target in turn, `rounds` times, each run `seconds` long, after a second of load on each
 * (so every server has compiled its hot path before it is measured). The order turns by one target
 * each round, so no target always follows the same one. These runs give req/s, latencies and CPU
 * per request, each the median over the rounds.
 * With a `reference` (the bare server), each round then runs every other target at the same time
 * as the reference: on a machine others share, the load moves from second to second, and runs a
 * few seconds apart can see a different machine (a ratio of two such runs moved by ±0.3 between
 * identical servers); two runs side by side see the same one. The ratios come from these pairs.
 */
export async function measureAll<K extends string>(
  targets: Record<K, Target>,
  url: string,
  seconds: number,
  rounds: number,
  reference?: K,
): Promise<Record<K, Measured>> {
  const names = Object.keys(targets) as K[];
  const runs = {} as Record<K, Run[]>;
  const beside = {} as Record<K, Measured['beside']>;
  for (const name of names) {
    await autocannon(targets[name].base + url, 1);
    runs[name] = [];
    beside[name] = [];
  }
  const others = names.filter((n) => n !== reference);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length] as K;
      runs[name].push(await run(targets[name], url, seconds));
    }
    if (reference === undefined) continue;
    for (let i = 0; i < others.length; i++) {
      const name = others[(i + round) % others.length] as K;
      const [ref, self] = await Promise.all([run(targets[reference], url, seconds), run(targets[name], url, seconds)]);
      beside[name].push({ self, reference: ref });
    }
  }
  const result = {} as Record<K, Measured>;
  for (const name of names) result[name] = summary(runs[name], beside[name]);
  return result;
}

import type { Captured } from './captured';

export type { Captured };

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
