/**
 * `npm run bench:api`: the dashboard's endpoints on the real server at 1×, 100× and 1,000× today's
 * data, each against a bare node:http server sending the same bytes in the same run (the ceiling),
 * cold (response cache off) and warm (on); on SQLite, then on PostgreSQL behind 1 instance and
 * behind 3 instances with HAProxy in front (docs/decisions/016). Then, on SQLite, the search index
 * against a LIKE scan. A benchmark, not a test: it prints and exits 0 whatever the numbers are.
 *   --engine=sqlite,postgres   --scales=1,100,1000 (PostgreSQL: 1,100 unless given)   --instances=1,3
 *   --duration=2 (seconds per run)   --rounds=3 (each target alone, then each server beside the bare server; medians)   --only=compare,search
 *   --baseline=<another checkout>: its server measured beside this one's, same rounds (both engines)
 *   --postgres=<superuser URL>: a running PostgreSQL instead of a throwaway one; its bench_<scale>x
 *     databases are imported once and measured as they are after that (not pinned, not stopped)
 *   BENCH_PORT=4800: first of the consecutive ports used (default: free ports)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { importFiles } from '@ipb/ingest';
import pg from 'pg';
import { assertImported, corpus, DATA_DIR, issueFiles } from './corpus';
import { type Layout, postgresLayout, Started, sqliteLayout } from './layouts';
import type { Captured } from './measure';
import { attachBenchPostgres, type BenchPostgres, postgresMissing, startBenchPostgres } from './postgres';
import { hasTaskset, pinning, SERVER_CPU, stopAll } from './processes';
import { ms, printSummary, type Row } from './report';
import { searchBench } from './search';
import { runSection } from './section';

const ENDPOINTS: Array<[string, string]> = [
  ['compare', '/api/compare?regions=320100,330200,321000,341200'],
  ['gaps', '/api/gaps?regions=320100,330200,321000,341200'],
  ['search', `/api/search?q=${encodeURIComponent('人才')}`],
  ['measures', '/api/measures?theme=tech_finance&limit=50'],
  ['facets', '/api/measures/facets?theme=tech_finance'],
  ['regions', '/api/regions'],
  ['series', '/api/series?indicator=high_tech_enterprises&regions=150100,320100,330200'],
  ['observations', '/api/observations?limit=50'],
  ['instruments', '/api/instruments?regions=320100,330200'],
  ['digest', '/api/digest'],
  ['sources', '/api/sources'],
];

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const numbers = (text: string) => text.split(',').map(Number);
const engines = arg('engine', 'sqlite,postgres').split(',');
const unknown = engines.filter((e) => e !== 'sqlite' && e !== 'postgres');
if (unknown.length) {
  console.error(`--engine takes sqlite, postgres or both (sqlite,postgres), not "${unknown.join(',')}".`);
  process.exit(2);
}
const sqliteScales = numbers(arg('scales', '1,100,1000'));
const postgresScales = numbers(arg('scales', '1,100'));
const instanceCounts = numbers(arg('instances', '1,3'));
const seconds = Number(arg('duration', '2'));
const ROUNDS = Number(arg('rounds', '3'));
const baseline = arg('baseline', '');
if (baseline && !existsSync(join(baseline, 'apps/api/src/server.ts'))) {
  console.error(`--baseline names a checkout of this repository; ${baseline}/apps/api/src/server.ts does not exist.`);
  process.exit(2);
}
if (!(seconds > 0) || !(ROUNDS >= 1)) {
  console.error('--duration takes seconds (> 0) and --rounds a whole number (≥ 1).');
  process.exit(2);
}
const attachTo = arg('postgres', '');
const only = arg('only', '');
const endpoints = ENDPOINTS.filter(([name]) => !only || only.split(',').includes(name));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Ports for one section: consecutive from BENCH_PORT, or free ones. */
function portSource(): () => Promise<number> {
  let next = Number(process.env.BENCH_PORT) || 0;
  return async () => (next ? next++ : freePort());
}

const started = new Started();
let postgres: BenchPostgres | null = null;
const growth = new Map<string, Array<{ scale: number; rows: Row[] }>>();
const haproxyMissing = spawnSync('haproxy', ['-v']).status === 0 ? null : 'no HAProxy (apt-get install haproxy)';

async function sqliteSection(scale: number) {
  const c = await corpus(scale, console.log);
  if (c.importSeconds !== null)
    console.log(`  imported ${c.megabytes.toFixed(1)} MB in ${c.importSeconds.toFixed(1)} s`);
  const ports = portSource();
  const layouts = [await sqliteLayout(c.path, ports, started)];
  if (baseline) layouts.push(await sqliteLayout(c.path, ports, started, baseline));
  const heading = `${scale}× on SQLite (${c.issues} issues, ${c.megabytes.toFixed(1)} MB of text; load ${loadavg()[0]?.toFixed(2)})`;
  const result = await runSection(heading, layouts, started, sectionOptions(ports, null));
  await started.stopAll();
  await searchBench(c);
  return result;
}

/** Sources in the database at `url`, or 0 before its first migration. */
async function sourcesIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ t: string | null }>("SELECT to_regclass('sources')::text AS t");
    if (!tables[0]?.t) return 0;
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM sources');
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

async function importIntoPostgres(server: BenchPostgres, scale: number): Promise<string> {
  const url = await server.database(`bench_${scale}x`);
  const { files, megabytes } = issueFiles(scale);
  if (attachTo) {
    const sources = await sourcesIn(url);
    if (sources > 0) {
      console.log(`the ${scale}× database on ${attachTo} already holds ${sources} sources: measured as it is`);
      return url;
    }
  }
  console.log(`importing the ${scale}× corpus (${files.length} issues) into PostgreSQL …`);
  const t0 = performance.now();
  assertImported(await importFiles({ engine: 'postgres', url }, DATA_DIR, files));
  const s = (performance.now() - t0) / 1000;
  console.log(`  imported ${megabytes.toFixed(1)} MB in ${s.toFixed(1)} s (${(megabytes / s).toFixed(2)} MB/s)`);
  return url;
}

async function postgresSection(scale: number, sqliteBodies: Captured[] | null) {
  if (!postgres && attachTo) {
    postgres = await attachBenchPostgres(attachTo);
    console.log(`PostgreSQL (running, left running): pid ${postgres.pid}, ${postgres.dir}`);
  } else if (!postgres) {
    postgres = await startBenchPostgres(4890, hasTaskset ? SERVER_CPU : null);
    console.log(`PostgreSQL (throwaway, stopped at the end): pid ${postgres.pid}, ${postgres.dir}`);
  }
  const server = postgres;
  const url = await importIntoPostgres(server, scale);
  const counts = instanceCounts.filter((n) => n === 1 || !haproxyMissing);
  if (counts.length < instanceCounts.length) console.log(`  several instances skipped: ${haproxyMissing}`);
  const ports = portSource();
  const layouts: Layout[] = [];
  for (const n of counts) layouts.push(await postgresLayout(server, url, n, ports, started));
  if (baseline) layouts.push(await postgresLayout(server, url, 1, ports, started, baseline));
  const heading = `${scale}× on PostgreSQL (${2 * scale} issues; load ${loadavg()[0]?.toFixed(2)})`;
  const result = await runSection(heading, layouts, started, sectionOptions(ports, sqliteBodies));
  await started.stopAll();
  return result;
}

const sectionOptions = (ports: () => Promise<number>, sqliteBodies: Captured[] | null) => ({
  endpoints,
  seconds,
  rounds: ROUNDS,
  ports,
  sqliteBodies,
});

async function benchScale(scale: number) {
  const layouts: Array<{ key: string; rows: Row[] }> = [];
  let sqliteBodies: Captured[] | null = null;
  if (engines.includes('sqlite') && sqliteScales.includes(scale)) {
    const result = await sqliteSection(scale);
    sqliteBodies = result.captured;
    layouts.push(...result.layouts);
  }
  if (engines.includes('postgres') && postgresScales.includes(scale)) {
    const missing = postgresMissing();
    if (missing) console.log(`\nPostgreSQL at ${scale}× skipped: ${missing}`);
    else layouts.push(...(await postgresSection(scale, sqliteBodies)).layouts);
  }
  printSummary(`${scale}×, every layout`, layouts);
  for (const l of layouts) growth.set(l.key, [...(growth.get(l.key) ?? []), { scale, rows: l.rows }]);
}

/** From the smallest scale to the largest, how much the cold p50 grew, per layout. */
function printGrowth() {
  for (const [key, runs] of growth) {
    const first = runs[0];
    const last = runs.at(-1);
    if (!first || !last || first === last) continue;
    console.log(`\nCold p50 from ${first.scale}× to ${last.scale}× (${key}):`);
    for (const row of last.rows) {
      const before = first.rows.find((r) => r.name === row.name);
      if (before)
        console.log(
          `  ${row.name}: ${ms(before.cold.p50)} → ${ms(row.cold.p50)} (${(row.cold.p50 / Math.max(before.cold.p50, 0.1)).toFixed(1)}×)`,
        );
    }
  }
}

const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  console.log(
    `bench:api — ${pinning}; -c 10, ${seconds} s per run, ${ROUNDS} rounds (every target in turn each round; medians); load ${loads()}`,
  );
  console.log(
    'Instances, HAProxy and PostgreSQL all run on the server CPU: on this 2-core machine 3 instances share the core 1 instance had, so they cannot be faster; their rows show that they answer alike (0 errors, same bytes) and what the proxy costs.',
  );
  const scales = [...new Set([...sqliteScales, ...postgresScales])].sort((a, b) => a - b);
  for (const scale of scales) await benchScale(scale);
  printGrowth();
  console.log(`\nload at the end: ${loads()}`);
}

/** Whatever ends the run — the end, an error, Ctrl-C — every server it started is stopped. */
async function cleanUp() {
  await started.stopAll();
  await stopAll();
  postgres?.stop();
}

process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
process.once('SIGTERM', () => void cleanUp().finally(() => process.exit(143)));
process.once('exit', () => postgres?.stop());

main()
  .catch((err: unknown) => console.error(`bench:api could not finish: ${err instanceof Error ? err.message : err}`))
  .finally(cleanUp);
