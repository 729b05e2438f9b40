/**
 * `npm run bench:api`: the dashboard's endpoints on a real server at 1×, 100× and 1,000× today's
 * data, each against a bare node:http server sending the same bytes in the same run (the ceiling),
 * cold (response cache off) and warm (on). Then the search index against a LIKE scan.
 * A benchmark, not a test: it prints and exits 0 whatever the numbers are.
 *   --scales=1,100,1000   --duration=5 (seconds per run)   --rounds=2 (best of)   --only=compare,search
 *   BENCH_PORT=3200: first of the three ports used (default: free ports)
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Corpus, corpus } from './corpus';
import { autocannon, cpuMs, type LoadResult, pinning, startBare, startServer, stop, stopAll } from './processes';
import { searchBench } from './search';

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
const scales = arg('scales', '1,100,1000').split(',').map(Number);
const seconds = Number(arg('duration', '5'));
const ROUNDS = Number(arg('rounds', '2'));
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

async function ports(): Promise<[number, number, number]> {
  const base = Number(process.env.BENCH_PORT);
  if (base) return [base, base + 1, base + 2];
  return [await freePort(), await freePort(), await freePort()];
}

interface Captured {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

async function capture(base: string, url: string): Promise<Captured> {
  const res = await fetch(base + url, { headers: { accept: 'application/json' } });
  const body = Buffer.from(await res.arrayBuffer());
  const headers: Record<string, string> = {};
  res.headers.forEach((value, key) => {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(key)) headers[key] = value;
  });
  headers['content-length'] = String(body.length);
  return { url, status: res.status, headers, body: body.toString('base64') };
}

interface Row {
  name: string;
  bytes: number;
  status: number;
  bare: Measured;
  cold: Measured;
  warm: Measured;
}

type Measured = LoadResult & { cpuUs: number | null };

/**
 * A second of load first, so each server has compiled its hot path before it is measured. The
 * server's CPU time per request is read from /proc around the run.
 */
async function measure(url: string, server: ChildProcess): Promise<Measured> {
  await autocannon(url, 1);
  const before = cpuMs(server);
  const result = await autocannon(url, seconds);
  const after = cpuMs(server);
  const cpuUs = before === null || after === null ? null : ((after - before) * 1000) / Math.max(result.requests, 1);
  return { ...result, cpuUs };
}

/** The faster run's latencies, and the least CPU per request either run took (the least disturbed). */
function best(a: Measured, b: Measured): Measured {
  const faster = b.rps > a.rps ? b : a;
  const cpu = [a.cpuUs, b.cpuUs].filter((c): c is number => c !== null);
  return { ...faster, cpuUs: cpu.length ? Math.min(...cpu) : null };
}

/**
 * Bare, cold and warm one after the other, ROUNDS times, keeping each one's best run: on a machine
 * others share, a burst of their load lands on one run, not on one server's every run.
 */
type Servers = Record<'bare' | 'cold' | 'warm', ChildProcess>;

async function measureAll(urls: Record<keyof Servers, string>, servers: Servers) {
  const once = async () => ({
    bare: await measure(urls.bare, servers.bare),
    cold: await measure(urls.cold, servers.cold),
    warm: await measure(urls.warm, servers.warm),
  });
  let result = await once();
  for (let round = 1; round < ROUNDS; round++) {
    const next = await once();
    result = {
      bare: best(result.bare, next.bare),
      cold: best(result.cold, next.cold),
      warm: best(result.warm, next.warm),
    };
  }
  return result;
}

const kb = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} KB`);
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

function printRows(c: Corpus, rows: Row[]) {
  console.log(
    `\n### ${c.scale}× (${c.issues} issues, ${c.megabytes.toFixed(1)} MB of text; load ${loadavg()[0]?.toFixed(2)})\n`,
  );
  console.log(
    '| endpoint | body | bare req/s | cold req/s | cold ratio | cold p50 | cold p99 | warm req/s | warm ratio | warm p50 | warm p99 | errors |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const ratio = (x: LoadResult) => (x.rps / r.bare.rps).toFixed(2);
    console.log(
      `| ${r.name}${r.status === 200 ? '' : ` (${r.status})`} | ${kb(r.bytes)} | ${Math.round(r.bare.rps)} | ${Math.round(r.cold.rps)} | ${ratio(r.cold)} | ${ms(r.cold.p50)} | ${ms(r.cold.p99)} | ${Math.round(r.warm.rps)} | ${ratio(r.warm)} | ${ms(r.warm.p50)} | ${ms(r.warm.p99)} | ${r.cold.errors + r.warm.errors} |`,
    );
  }
  printCpu(rows);
}

const us = (n: number | null) => (n === null ? '–' : `${Math.round(n)} µs`);
const cpuRatio = (bare: number | null, server: number | null) =>
  bare === null || server === null || server <= 0 ? '–' : (bare / server).toFixed(2);

/** The same runs in server CPU time per request: what the load of others on the machine does not change. */
function printCpu(rows: Row[]) {
  console.log('\nServer CPU time per request (/proc; ratio = bare ÷ server, 1 = as cheap as the bare server):\n');
  console.log('| endpoint | bare | cold | cold ratio | warm | warm ratio |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${us(r.bare.cpuUs)} | ${us(r.cold.cpuUs)} | ${cpuRatio(r.bare.cpuUs, r.cold.cpuUs)} | ${us(r.warm.cpuUs)} | ${cpuRatio(r.bare.cpuUs, r.warm.cpuUs)} |`,
    );
}

async function benchScale(scale: number): Promise<{ corpus: Corpus; rows: Row[] }> {
  const c = await corpus(scale, console.log);
  if (c.importSeconds !== null)
    console.log(`  imported ${c.megabytes.toFixed(1)} MB in ${c.importSeconds.toFixed(1)} s`);
  const [coldPort, warmPort, barePort] = await ports();
  const cold = await startServer(c.path, coldPort, false);
  const warm = await startServer(c.path, warmPort, true);
  const captured = [];
  for (const [, url] of endpoints) captured.push(await capture(`http://127.0.0.1:${warmPort}`, url));
  const file = join(tmpdir(), `ipb-bench-api-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(captured));
  const bare = await startBare(file, barePort);
  const rows: Row[] = [];
  for (const [i, [name, url]] of endpoints.entries()) {
    const got = captured[i] as Captured;
    rows.push({
      name,
      status: got.status,
      bytes: Number(got.headers['content-length']),
      ...(await measureAll(
        {
          bare: `http://127.0.0.1:${barePort}${url}`,
          cold: `http://127.0.0.1:${coldPort}${url}`,
          warm: `http://127.0.0.1:${warmPort}${url}`,
        },
        { bare, cold, warm },
      )),
    });
    process.stdout.write(`  ${name} done\n`);
  }
  await Promise.all([stop(cold), stop(warm), stop(bare)]);
  rmSync(file, { force: true });
  printRows(c, rows);
  await searchBench(c);
  return { corpus: c, rows };
}

async function main() {
  console.log(
    `bench:api — ${pinning}; -c 10, ${seconds} s per run, best of ${ROUNDS}; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const results = [];
  for (const scale of scales) results.push(await benchScale(scale));
  const first = results[0];
  const last = results.at(-1);
  if (first && last && first !== last) {
    console.log(`\nCold p50 from ${first.corpus.scale}× to ${last.corpus.scale}×:`);
    for (const row of last.rows) {
      const before = first.rows.find((r) => r.name === row.name);
      if (before)
        console.log(
          `  ${row.name}: ${ms(before.cold.p50)} → ${ms(row.cold.p50)} (${(row.cold.p50 / Math.max(before.cold.p50, 0.1)).toFixed(1)}×)`,
        );
    }
  }
  console.log(
    `\nload at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

main()
  .catch((err: unknown) => console.error(`bench:api could not finish: ${err instanceof Error ? err.message : err}`))
  .finally(() => stopAll());
