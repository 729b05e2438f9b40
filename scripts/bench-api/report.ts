/** The bench's tables, in Markdown, as README and decision 016 quote them. */
import { type Measured, type Run, ratioToReference, type Spread } from './measure';
import type { LoadResult } from './processes';

export interface Row {
  name: string;
  bytes: number;
  status: number;
  /** Every instance (and the proxy) sent the reference's bytes, cold and warm. */
  same: boolean;
  /** The body is the one SQLite's server sent at this scale, import times aside (null: SQLite not run). */
  sameAsSqlite: boolean | null;
  bare: Measured;
  cold: Measured;
  warm: Measured;
}

const kb = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} KB`);
export const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
/** Latency of a run that answered nothing (every request still waiting when it ended) is unknown. */
const latency = (x: LoadResult, n: number) => (x.requests === 0 ? '–' : ms(n));

function bytesNote(r: Row): string {
  const notes = [r.same ? '' : 'not the same on every instance', r.sameAsSqlite === false ? 'differs from SQLite' : ''];
  return notes.filter(Boolean).join('; ');
}

/** The median of the rounds' ratios, and their range when it is wider than 0.01. */
export function spread(s: Spread | null): string {
  if (s === null) return '–';
  const range = s.max - s.min >= 0.01 ? ` (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : '';
  return `${s.median.toFixed(2)}${range}`;
}

const rpsOf = (run: Run) => (run.requests === 0 ? null : run.rps);
const cpuOf = (run: Run) => run.cpuUs;
/** req/s of `x` ÷ the bare server's, round by round. */
const rpsRatio = (x: Measured, bare: Measured) => ratioToReference(x, bare, rpsOf);
/** The bare server's CPU per request ÷ `x`'s, round by round. */
const cpuRatio = (bare: Measured, x: Measured) => ratioToReference(x, bare, cpuOf, true);

export function printRows(heading: string, rows: Row[]): void {
  console.log(`\n### ${heading}\n`);
  console.log(
    'req/s, p50, p99 and CPU: medians over the rounds, each server alone. Ratios: each server run at the same time as the bare server, on the same CPU, once a round; the median of those pairs (lowest–highest).\n',
  );
  console.log(
    '| endpoint | body | bare req/s | cold req/s | cold ratio | cold p50 | cold p99 | warm req/s | warm ratio | warm p50 | warm p99 | errors | same bytes | bare p99 |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const ratio = (x: Measured) => spread(rpsRatio(x, r.bare));
    const note = bytesNote(r);
    console.log(
      `| ${r.name}${r.status === 200 ? '' : ` (${r.status})`} | ${kb(r.bytes)} | ${Math.round(r.bare.rps)} | ${Math.round(r.cold.rps)} | ${ratio(r.cold)} | ${latency(r.cold, r.cold.p50)} | ${latency(r.cold, r.cold.p99)} | ${Math.round(r.warm.rps)} | ${ratio(r.warm)} | ${latency(r.warm, r.warm.p50)} | ${latency(r.warm, r.warm.p99)} | ${r.cold.errors + r.warm.errors} | ${note ? `**${note}**` : 'yes'} | ${latency(r.bare, r.bare.p99)} |`,
    );
  }
  printCpu(rows);
}

const us = (n: number | null) => (n === null ? '–' : `${Math.round(n)} µs`);
const withDb = (m: Measured) => (m.dbCpuUs === null ? us(m.cpuUs) : `${us(m.cpuUs)} (PG ${us(m.dbCpuUs)})`);

/** The same runs in CPU time per request of every serving process: what others' load does not change. */
function printCpu(rows: Row[]): void {
  console.log(
    '\nCPU time per request of everything that serves (/proc: instances, proxy, PostgreSQL, of which PG in brackets; ratio = bare ÷ this):\n',
  );
  console.log('| endpoint | bare | cold | cold ratio | warm | warm ratio |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${us(r.bare.cpuUs)} | ${withDb(r.cold)} | ${spread(cpuRatio(r.bare, r.cold))} | ${withDb(r.warm)} | ${spread(cpuRatio(r.bare, r.warm))} |`,
    );
}

/** The proxy alone: the bare server direct and through HAProxy, in the same run. */
export function printProxy(rows: Array<{ name: string; bare: Measured; proxied: Measured }>): void {
  console.log('\nHAProxy alone: the bare server direct and through the proxy (same bytes, same run):\n');
  console.log(
    '| endpoint | direct req/s | via HAProxy req/s | ratio | direct p99 | via HAProxy p99 | CPU per request added | errors |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const added = r.bare.cpuUs === null || r.proxied.cpuUs === null ? null : r.proxied.cpuUs - r.bare.cpuUs;
    console.log(
      `| ${r.name} | ${Math.round(r.bare.rps)} | ${Math.round(r.proxied.rps)} | ${spread(rpsRatio(r.proxied, r.bare))} | ${ms(r.bare.p99)} | ${ms(r.proxied.p99)} | ${us(added)} | ${r.proxied.errors} |`,
    );
  }
}

/** One scale, every layout side by side: req/s ratio to its bare server, cold / warm. */
export function printSummary(heading: string, layouts: Array<{ key: string; rows: Row[] }>): void {
  if (layouts.length < 2) return;
  console.log(`\n### ${heading}: ratio to the bare server, cold / warm (req/s; CPU per request)\n`);
  console.log(`| endpoint | ${layouts.map((l) => l.key).join(' | ')} |`);
  console.log(`|---|${layouts.map(() => '---|').join('')}`);
  for (const [i, first] of (layouts[0]?.rows ?? []).entries()) {
    const cells = layouts.map(({ rows }) => {
      const r = rows[i] as Row;
      const rps = (x: Measured) => spread(rpsRatio(x, r.bare));
      const cpu = (x: Measured) => spread(cpuRatio(r.bare, x));
      return `${rps(r.cold)} / ${rps(r.warm)}; ${cpu(r.cold)} / ${cpu(r.warm)}`;
    });
    console.log(`| ${first.name} | ${cells.join(' | ')} |`);
  }
}
