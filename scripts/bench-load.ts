/**
 * `npm run bench:load` (issue 11): 60 s of dashboard reads at a steady rate, an upload (and its
 * confirm) every 5 s, and a 20,000-row CSV import in the middle, against the real server in its
 * own process on a fresh database. Prints errors, read latency (p50, p99), the longest stall of
 * the server's event loop (monitorEventLoopDelay) and its heap growth after GC; exits 1 when a
 * goal is missed: 0 errors, p99 ≤ 50 ms, stall ≤ 100 ms, heap growth < 5 MB.
 * BENCH_SECONDS and BENCH_RATE (reads per second) change the run; BENCH_CPU_PROF=<dir> profiles the server.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hash } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { createDb, createUser } from '../packages/db/src/index.ts';
import { buildDatabase } from '../packages/ingest/src/index.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const IMPORT_ROWS = 20_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = join(root, 'data');
const bulletin = readFileSync(join(dataDir, 'bulletins', 'kejiqingbao-2024-07.txt'), 'utf8');
const EDITOR = { username: 'bench-editor', password: 'Bench-editor-password-1' };

const READS = [
  '/api/health',
  '/api/regions?withData=1',
  '/api/indicators?withData=1',
  '/api/sources',
  '/api/measures?limit=50',
  `/api/measures?q=${encodeURIComponent('人才')}`,
  '/api/measures/facets',
  '/api/series?indicator=high_tech_enterprises&regions=150100,320100',
  '/api/series?indicator=gdp&regions=150100',
  '/api/observations?limit=50',
  '/api/compare?regions=320100,330200',
  '/api/gaps?regions=320100',
  `/api/search?q=${encodeURIComponent('科技')}`,
];

/**
 * A process that does nothing but watch its own event loop, run beside the server: on a shared
 * machine the operating system alone delays a loop, and this says by how much.
 */
const IDLE_CONTROL = `
const { monitorEventLoopDelay } = require('node:perf_hooks');
const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
process.on('message', () => { h.disable(); process.send({ type: 'report', loopMaxMs: h.max / 1e6, loopP99Ms: h.percentile(99) / 1e6 }); });
setInterval(() => {}, 1000);
process.send({ type: 'ready' });
`;

type Message = { type: string; port?: number; heapGrowth?: number; loopMaxMs?: number; loopP99Ms?: number };

function ask(child: ChildProcess, message: string, answer: string): Promise<Message> {
  return new Promise((resolve) => {
    const on = (m: Message) => {
      if (m.type !== answer) return;
      child.off('message', on);
      resolve(m);
    };
    child.on('message', on);
    if (message) child.send(message);
  });
}

async function login(base: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(EDITOR),
  });
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', 'x-csrf-token': csrf };
}

/** An upload of a new version of an issue and its confirm: the write an editor does. */
async function uploadAndConfirm(base: string, editor: Record<string, string>, n: number): Promise<string | null> {
  const up = await fetch(`${base}/api/sources`, {
    method: 'POST',
    headers: { ...editor, 'content-type': 'text/plain; charset=utf-8', 'x-file-name': `bench-${n}.txt` },
    body: `${bulletin}\n（压力测试修订 ${n}）\n`,
  });
  if (up.status !== 201) return `upload ${n}: ${up.status}`;
  const { id } = (await up.json()) as { id: number };
  const confirmed = await fetch(`${base}/api/sources/${id}/confirm`, { method: 'POST', headers: editor });
  return confirmed.status === 200 ? null : `confirm ${n}: ${confirmed.status}`;
}

/** The 20,000-row import: 202 and a job, polled until done. Resolves with its duration or an error. */
async function bigImport(
  base: string,
  editor: Record<string, string>,
): Promise<{ seconds: number; error: string | null }> {
  const started = Date.now();
  const rows = ['region,indicator,year,value,unit,quote,source_title'];
  for (let k = 0; k < IMPORT_ROWS; k++)
    rows.push(`150100,gdp,${1950 + (k % 70)},${k + 1},亿元,bench row ${k},bench import`);
  const res = await fetch(`${base}/api/observations/import`, {
    method: 'POST',
    headers: { ...editor, 'content-type': 'text/csv', 'x-file-name': 'bench.csv' },
    body: rows.join('\r\n'),
  });
  if (res.status !== 202) return { seconds: 0, error: `import answered ${res.status}` };
  const { statusUrl } = (await res.json()) as { statusUrl: string };
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const job = (await (await fetch(`${base}${statusUrl}`, { headers: editor })).json()) as { status: string };
    if (job.status === 'done') return { seconds: (Date.now() - started) / 1000, error: null };
    if (job.status === 'failed') return { seconds: 0, error: `import job failed: ${JSON.stringify(job)}` };
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'ipb-bench-load-'));
  const databasePath = join(dir, 'bench.sqlite');
  await buildDatabase(databasePath, dataDir);
  const handle = createDb(databasePath);
  await createUser(
    handle.engine,
    { username: EDITOR.username, passwordHash: await hash(EDITOR.password), role: 'editor' },
    'bench',
  );
  handle.close();

  const server = fork(join(root, 'scripts/bench-load-server.ts'), [], {
    // BENCH_CPU_PROF=<dir> writes the server's CPU profile there, to see what stalls its loop.
    execArgv: [
      '--expose-gc',
      '--import',
      'tsx',
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
    env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: 'warn' },
  });
  server.on('exit', (code, signal) => {
    if (code !== 0) console.error(`the server exited (${code ?? signal}) during the bench`);
  });
  const { port } = await ask(server, '', 'ready');
  const base = `http://127.0.0.1:${port}`;
  const editor = await login(base);
  // Warm up every read and the worker (first upload) before measuring.
  for (const url of READS) await fetch(`${base}${url}`);
  const warm = await uploadAndConfirm(base, editor, 0);
  if (warm) throw new Error(`warm-up failed: ${warm}`);
  const idle = spawn(process.execPath, ['-e', IDLE_CONTROL], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await ask(idle, '', 'ready');
  await ask(server, 'baseline', 'baseline');

  const errors: string[] = [];
  let uploads = 0;
  // One editor: each upload starts after the previous one is confirmed (two confirms of the same
  // issue racing each other is a 409 "newer version imported", which is right, not a server error).
  let editing: Promise<unknown> = Promise.resolve();
  const uploading = setInterval(() => {
    editing = editing.then(() => {
      uploads += 1;
      const n = uploads;
      return uploadAndConfirm(base, editor, n)
        .then((e) => e && errors.push(e))
        .catch((e: unknown) => errors.push(`upload ${n}: ${e instanceof Error ? (e.cause ?? e.message) : e}`));
    });
  }, 5000);
  let imported: Promise<{ seconds: number; error: string | null }> | undefined;
  const importing = setTimeout(
    () => {
      imported = bigImport(base, editor);
    },
    (SECONDS * 1000) / 2,
  );

  const reads = await autocannon({
    url: base,
    connections: 10,
    overallRate: RATE,
    duration: SECONDS,
    requests: READS.map((path) => ({ method: 'GET' as const, path })),
  });
  clearInterval(uploading);
  clearTimeout(importing);
  await editing;
  const big = imported ? await imported : { seconds: 0, error: 'the import did not start' };
  if (big.error) errors.push(big.error);
  const report = await ask(server, 'report', 'report');
  const control = await ask(idle, 'report', 'report');
  idle.kill();
  const stopped = new Promise((resolve) => server.once('exit', resolve));
  server.send('stop');
  await stopped;
  rmSync(dir, { recursive: true, force: true });

  const readErrors = reads.errors + reads.timeouts + reads.non2xx;
  const all = readErrors + errors.length;
  const heapMb = (report.heapGrowth ?? 0) / 1024 / 1024;
  const stall = report.loopMaxMs ?? 0;
  const goals = [
    [`errors ${all} = 0`, all === 0],
    [`p99 ${reads.latency.p99} ms ≤ 50 ms`, reads.latency.p99 <= 50],
    [`longest stall ${stall.toFixed(0)} ms ≤ 100 ms`, stall <= 100],
    [`heap growth ${heapMb.toFixed(1)} MB < 5 MB`, heapMb < 5],
  ] as const;
  console.log(
    `bench:load — ${SECONDS} s of reads at ${RATE}/s over 10 connections, an upload + confirm every 5 s, a ${IMPORT_ROWS.toLocaleString('en')}-row CSV import at ${SECONDS / 2} s`,
  );
  console.log(
    `reads:   ${reads.requests.total} requests, ${readErrors} errors (${reads.non2xx} non-2xx, ${reads.timeouts} timeouts), p50 ${reads.latency.p50} ms, p99 ${reads.latency.p99} ms, max ${reads.latency.max} ms`,
  );
  console.log(
    `writes:  ${uploads} uploads + confirms, ${errors.length} failed${errors.length ? `: ${errors.slice(0, 3).join('; ')}` : ''}`,
  );
  console.log(`import:  ${IMPORT_ROWS.toLocaleString('en')} rows as a job, done in ${big.seconds.toFixed(1)} s`);
  console.log(
    `server:  longest event-loop stall ${stall.toFixed(1)} ms (p99 ${(report.loopP99Ms ?? 0).toFixed(1)} ms), heap growth after GC ${heapMb.toFixed(2)} MB`,
  );
  console.log(
    `machine: an idle process's loop meanwhile: longest ${(control.loopMaxMs ?? 0).toFixed(1)} ms (p99 ${(control.loopP99Ms ?? 0).toFixed(1)} ms), the delay the OS alone adds`,
  );
  for (const [label, ok] of goals) console.log(`  ${ok ? '✓' : '✗'} ${label}`);
  process.exit(goals.every(([, ok]) => ok) ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(`bench:load failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
});
