/**
 * `npm run bench`: how fast bulletins become data, in MB/s of input.
 * - extraction on one core: each seed issue (~15–20 KB), a synthetic issue of the same paragraph
 *   repeated to about 15 KB, 200 KB and 2 MB (the time of the 2 MB one over the 15 KB one shows
 *   whether extraction stays linear in the text);
 * - a full import (read, decode, extract, insert, index; one transaction per source) of 1,000
 *   renumbered seed issues into a fresh database on one thread, the same into another fresh database
 *   on two threads (extraction and word cutting in a worker beside the writes, as `ingest import`
 *   runs a folder; since the thirteenth session the WAL's checkpoints run on a third thread of their
 *   own, packages/db/src/wal-checkpointer.ts), then the same folder again (all unchanged), and the same issues' extraction
 *   alone: what is left of the one-thread import is its own cost (write, index, summaries, digest)
 *   per MB, to be added to extraction's. MB/s is given by CPU time (every thread's), by the main
 *   thread's CPU time (Linux; the writes, the two-thread import's critical path: its wall time on
 *   two free cores) and by wall time (the goal's reading; on a loaded machine it understates two
 *   threads, which share the cores with everything else).
 * Extraction is reported as a fresh process's first call, its warm-up, and each input's steady state
 * (see `extraction`), then split into what the figures cost and what every other pass costs (the
 * same inputs with their figures cut out: `figuresShare`).
 * A benchmark, not a test: it prints and exits 0.   --issues=1000   --rounds=5   --warmup=50
 *   --only=extraction|import
 * `--sql` also prints the CPU time of each SQL text during the one-thread import (SQLite statements and
 * exec, triggers included in the statement that fires them), largest first: where the rest goes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extract, importAll, loadIngestContext } from '@ipb/ingest';
import Database from 'better-sqlite3';
import { DATA_DIR, SEEDS, writeRenumberedIssues } from './renumbered-issues';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const ISSUES = arg('issues', 1000);
const ROUNDS = arg('rounds', 5);
const WARMUP = arg('warmup', 50);
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const SQL = process.argv.includes('--sql');

/** CPU µs per SQL text (multi-row VALUES lists folded), while `timing` is on. */
const sqlTimes = new Map<string, { micros: number; calls: number }>();
let timing = false;
function timeSql() {
  const micros = () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  const add = (sql: string, used: number) => {
    if (!timing) return;
    const key = sql
      .replace(/\s+/g, ' ')
      .replace(/(\(\?(, \?)*\)(, )?)+/g, '(…)')
      .slice(0, 110);
    const entry = sqlTimes.get(key) ?? { micros: 0, calls: 0 };
    entry.micros += used;
    entry.calls++;
    sqlTimes.set(key, entry);
  };
  const probe = new Database(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...a: unknown[]) => unknown>;
  for (const method of ['run', 'all', 'get', 'iterate']) {
    const original = statement[method] as (...a: unknown[]) => unknown;
    statement[method] = function (this: { source: string }, ...args: unknown[]) {
      const start = micros();
      try {
        return original.apply(this, args);
      } finally {
        add(this.source, micros() - start);
      }
    };
  }
  const database = Object.getPrototypeOf(probe) as { exec: (sql: string) => unknown };
  const exec = database.exec;
  database.exec = function (this: unknown, sql: string) {
    const start = micros();
    try {
      return exec.call(this, sql);
    } finally {
      add(sql, micros() - start);
    }
  };
  probe.close();
}

function printSqlTimes() {
  const rows = [...sqlTimes.entries()].sort((a, b) => b[1].micros - a[1].micros);
  const total = rows.reduce((sum, [, e]) => sum + e.micros, 0);
  console.log(
    `\n| SQL during the one-thread import (${(total / 1e6).toFixed(1)} s CPU in all) | CPU s | calls |\n|---|---|---|`,
  );
  for (const [sql, e] of rows.slice(0, 25))
    console.log(`| \`${sql.replaceAll('|', '\\|')}\` | ${(e.micros / 1e6).toFixed(2)} | ${e.calls} |`);
}

/** CPU seconds (user + system) of `fn`: steadier than the wall clock on a shared machine. */
function cpuSeconds(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** CPU seconds of one call: the best of ROUNDS batches of `perBatch` calls each. */
function bestOfBatches(perBatch: number, call: () => unknown): number {
  let seconds = Number.POSITIVE_INFINITY;
  for (let batch = 0; batch < ROUNDS; batch++)
    seconds = Math.min(
      seconds,
      cpuSeconds(() => {
        for (let i = 0; i < perBatch; i++) call();
      }) / perBatch,
    );
  return seconds;
}

/**
 * CPU seconds the main thread has used (Linux: /proc's per-thread clock ticks, 10 ms), or null
 * elsewhere. With extraction in a worker, the main thread's writes are the import's critical path:
 * on two free cores its wall time is about this.
 */
function mainThreadSeconds(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function cpuSecondsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const PARAGRAPH =
  '今年以来，全市新增高新技术企业 120 家，同比增长 15.2%，“科创贷”放款 3.5 亿元，《关于支持2024年科技创新的意见》印发。';
/** A bulletin-like issue of about `bytes`: a heading and the same paragraph, an enumerated one now and then. */
function synthetic(bytes: number): string {
  const count = Math.max(1, Math.round(bytes / Buffer.byteLength(`${PARAGRAPH}\n\n`)));
  return `南京市推进科技创新\n\n${Array.from({ length: count }, (_, k) => `${k % 50 === 0 ? '一是' : ''}${PARAGRAPH}`).join('\n\n')}`;
}

/**
 * Extraction's speed in three parts, because one process's first calls are far slower than its
 * later ones and a single mean hides which is which:
 * - the first call of the process (the per-context indexes built on first use, and every function
 *   still interpreted);
 * - the warm-up: the mean of the next WARMUP calls on the same input, while V8 compiles the hot
 *   functions (its compiler threads' CPU counts: it is this process's);
 * - the steady state of each input, after WARMUP calls of it: the best of ROUNDS batches.
 * The 1,000-issue extraction of the import section runs warm: it compares with the steady state.
 */
async function extraction() {
  const context = await loadIngestContext(DATA_DIR);
  const inputs: Array<[string, string | Buffer]> = [
    ...SEEDS.map((s): [string, Buffer] => [s, readFileSync(join(DATA_DIR, 'bulletins', `${s}.txt`))]),
    ['synthetic 15 KB', synthetic(15_000)],
    ['synthetic 200 KB', synthetic(200_000)],
    ['synthetic 2 MB', synthetic(2_000_000)],
  ];
  const fileNameOf = (name: string) => (name.startsWith('synthetic') ? 'synthetic-2024-07.txt' : `${name}.txt`);
  const [firstName, firstText] = inputs[0]!;
  const firstBytes = Buffer.byteLength(firstText);
  const once = () => extract(firstText, { ...context, fileName: fileNameOf(firstName) });
  const first = cpuSeconds(once);
  const warming = cpuSeconds(() => {
    for (let i = 0; i < WARMUP; i++) once();
  });
  console.log(`\n| ${firstName} in a fresh process | CPU per call | MB/s |\n|---|---|---|`);
  for (const [label, seconds] of [
    ['the first call', first],
    [`the next ${WARMUP} calls (warm-up), mean`, warming / WARMUP],
  ] as const)
    console.log(`| ${label} | ${(seconds * 1e3).toFixed(1)} ms | ${(firstBytes / 1e6 / seconds).toFixed(2)} |`);
  console.log(
    `\n| extraction, steady state (one core; after ${WARMUP} calls of each input, best of ${ROUNDS} batches) | size | time | MB/s |\n|---|---|---|---|`,
  );
  const times = new Map<string, number>();
  for (const [name, text] of inputs) {
    const fileName = fileNameOf(name);
    const bytes = Buffer.byteLength(text);
    const call = () => extract(text, { ...context, fileName });
    for (let i = 0; i < (bytes > 1e6 ? 2 : bytes > 1e5 ? WARMUP / 5 : WARMUP); i++) call();
    const seconds = bestOfBatches(bytes > 1e6 ? 1 : bytes > 1e5 ? 2 : 10, call);
    times.set(name, seconds);
    console.log(
      `| ${name} | ${(bytes / 1e3).toFixed(1)} KB | ${(seconds * 1e3).toFixed(1)} ms | ${(bytes / 1e6 / seconds).toFixed(2)} |`,
    );
  }
  const ratio = (times.get('synthetic 2 MB') ?? 0) / (times.get('synthetic 15 KB') ?? 1);
  console.log(`\n2 MB issue / 15 KB issue: ${ratio.toFixed(0)}× the time for ${(2e6 / 15e3).toFixed(0)}× the text`);
  figuresShare(context, [
    ['the seeds', inputs.filter(([name]) => SEEDS.includes(name))],
    ['synthetic 200 KB', inputs.filter(([name]) => name === 'synthetic 200 KB')],
  ]);
}

type Context = Awaited<ReturnType<typeof loadIngestContext>>;
type Extracted = ReturnType<typeof extract>;
const FIGURES_FILE = 'kejiqingbao-2024-07.txt';

/** Every mention of a figure the extraction kept: each figure's own span and its repeats'. */
const figureSpans = (r: Extracted) =>
  r.articles.flatMap((a) => a.indicators.flatMap((f) => [{ start: f.start, end: f.end }, ...(f.repeats ?? [])]));

/**
 * The text with every figure's own words cut out (120 家, 15.2%), as extraction finds them, again
 * until it finds none: the articles, measures, headings and dates stay.
 */
function withoutFigures(text: string | Buffer, context: Context): string {
  let out = typeof text === 'string' ? text : text.toString('utf8');
  for (let pass = 0; pass < 4; pass++) {
    const r = extract(out, { ...context, fileName: FIGURES_FILE });
    const spans = figureSpans(r).sort((a, b) => b.start - a.start);
    if (spans.length === 0) break;
    out = r.text;
    for (const { start, end } of spans) out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

/**
 * Where extraction's time goes: each input as it is and with its figures cut out (withoutFigures),
 * steady state, best of ROUNDS batches each. The difference is what the figures cost (finding,
 * dating, classifying, the subject, the catalogue link, the other-place check, merging repeats),
 * per figure mention; the rest is every other pass over the text (normalising, splitting, places,
 * measures and themes, periods), which runs at the second MB/s. Extraction's MB/s is bounded by
 * both: at a seed's density of figures, the goal's 10 MB/s (100 ms a MB) leaves the figures
 * whatever the rest does not use.
 */
function figuresShare(context: Context, sets: Array<[string, Array<[string, string | Buffer]>]>) {
  console.log(
    `\n| where the time goes (steady state, best of ${ROUNDS} batches) | figure mentions | as it is | figures cut out | figures' share | per figure mention |\n|---|---|---|---|---|---|`,
  );
  for (const [name, inputs] of sets) {
    // Both as strings: a Buffer would add decoding to one side only.
    const texts = inputs.map(([, text]) => (typeof text === 'string' ? text : text.toString('utf8')));
    const cut = texts.map((t) => withoutFigures(t, context));
    const measure = (variant: Array<string | Buffer>) => {
      const bytes = variant.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
      const mentions = variant.reduce(
        (n, t) => n + figureSpans(extract(t, { ...context, fileName: FIGURES_FILE })).length,
        0,
      );
      const call = () => {
        for (const t of variant) extract(t, { ...context, fileName: FIGURES_FILE });
      };
      const perBatch = Math.max(1, Math.round(400e3 / bytes));
      for (let i = 0; i < perBatch * 3; i++) call();
      return { bytes, mentions, seconds: bestOfBatches(perBatch, call) };
    };
    const whole = measure(texts);
    const rest = measure(cut);
    const cell = (m: { bytes: number; seconds: number }) =>
      `${(m.seconds * 1e3).toFixed(1)} ms (${(m.bytes / 1e6 / m.seconds).toFixed(2)} MB/s)`;
    const figures = Math.max(0, whole.seconds - rest.seconds);
    console.log(
      `| ${name} | ${whole.mentions} (${rest.mentions} left) | ${cell(whole)} | ${cell(rest)} | ${((100 * figures) / whole.seconds).toFixed(0)} % | ${((figures * 1e6) / Math.max(1, whole.mentions)).toFixed(1)} µs |`,
    );
  }
}

/** The fresh import's CPU split: the same files' extraction alone, and the rest, per MB of input. */
async function importCost(files: string[], megabytes: number, importCpu: number) {
  const context = await loadIngestContext(DATA_DIR);
  const texts = files.map((file) => ({ bytes: readFileSync(file), fileName: basename(file) }));
  const extraction = cpuSeconds(() => {
    for (const { bytes, fileName } of texts) extract(bytes, { ...context, fileName });
  });
  const rest = importCpu - extraction;
  console.log(`\n| the fresh import's CPU (one thread) | s | ms per MB |\n|---|---|---|`);
  console.log(
    `| extraction of the same issues alone | ${extraction.toFixed(1)} | ${((extraction / megabytes) * 1e3).toFixed(0)} |`,
  );
  console.log(
    `| the rest (read, write, index, summaries, digest) | ${rest.toFixed(1)} | ${((rest / megabytes) * 1e3).toFixed(0)} |`,
  );
}

async function fullImport() {
  const work = mkdtempSync(join(tmpdir(), 'ipb-bench-ingest-'));
  try {
    const { files, megabytes } = writeRenumberedIssues(join(work, 'bulletins'), ISSUES);
    const run = async (databasePath: string, pipeline?: boolean) => {
      const { outcomes } = await importAll(databasePath, DATA_DIR, files, { actor: 'cli', pipeline });
      const failed = outcomes.filter((o) => !o.ok);
      if (failed.length) throw new Error(`${failed.length} of ${files.length} issues failed to import`);
    };
    console.log(
      `\n| import of ${ISSUES} issues (${megabytes.toFixed(1)} MB) | CPU time | main thread's CPU | wall time | MB/s (CPU) | MB/s (main thread) | MB/s (wall) |`,
    );
    console.log('|---|---|---|---|---|---|---|');
    const cpus: number[] = [];
    // One thread first, as every import ran before the eleventh session (and as the sessions before
    // measured it: the first import of the process); its CPU is the one split below and profiled by
    // --sql (process.cpuUsage counts every thread, so a worker's CPU would be charged to the SQL).
    const imports: Array<[string, () => Promise<void>]> = [
      ['into a fresh database, one thread', () => run(join(work, 'one-thread.sqlite'), false)],
      [
        'into a fresh database, two threads (extraction in a worker, checkpoints in another)',
        () => run(join(work, 'bench.sqlite'), true),
      ],
      ['the same folder again (all unchanged)', () => run(join(work, 'bench.sqlite'))],
    ];
    const rate = (seconds: number | null) => (seconds ? (megabytes / seconds).toFixed(2) : '–');
    for (const [label, importAll] of imports) {
      const wall = performance.now();
      const main = mainThreadSeconds();
      timing = SQL && cpus.length === 0;
      const cpu = await cpuSecondsAsync(importAll);
      timing = false;
      const seconds = (performance.now() - wall) / 1000;
      const mainEnd = mainThreadSeconds();
      const mainCpu = main === null || mainEnd === null ? null : mainEnd - main;
      cpus.push(cpu);
      console.log(
        `| ${label} | ${cpu.toFixed(1)} s | ${mainCpu === null ? '–' : `${mainCpu.toFixed(1)} s`} | ${seconds.toFixed(1)} s | ${rate(cpu)} | ${rate(mainCpu)} | ${rate(seconds)} |`,
      );
    }
    await importCost(files, megabytes, cpus[0] ?? 0);
    if (SQL) printSqlTimes();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

console.log(
  `bench — load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; times are CPU time of this process`,
);
if (SQL) timeSql();
if (ONLY !== 'import') await extraction();
if (ONLY !== 'extraction') await fullImport();
