/**
 * The per-request cost ladder of one URL (docs/decisions/014, tenth session): CPU per request of
 * the bare node:http server → a bare Fastify route sending the same bytes → our server with the
 * response cache on (warm hits) → our server with it off (cold), each target in turn for several
 * rounds under the same load; best round and median per target.
 *   tsx scripts/bench-api/ladder.ts <sqlite file> [url] [rounds] [seconds] [root of a second checkout]
 * With a second checkout its two servers (cache on, off) join the rounds, for before/after.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './corpus';
import { treeCpuMs } from './cpu';
import { capture } from './measure';
import { autocannon, hasTaskset, pinning, runBench, startBare, startServer } from './processes';

const [file, urlArg, roundsArg, secondsArg, other] = process.argv.slice(2);
const url = urlArg || '/api/series?indicator=high_tech_enterprises&regions=150100,320100,330200';
if (!file) {
  console.error('usage: ladder.ts <sqlite file> [url] [rounds] [seconds] [other checkout]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 5);
const seconds = Number(secondsArg ?? 3);

/** Started here rather than by processes.ts: stopped here too. */
const extra: ChildProcess[] = [];

function startBareFastify(responses: string, port: number): Promise<ChildProcess> {
  const args = ['--import', 'tsx', join(ROOT, 'scripts/bench-api/bare-fastify.ts'), responses, String(port)];
  const child = spawn(
    hasTaskset ? 'taskset' : process.execPath,
    hasTaskset ? ['-c', '0', process.execPath, ...args] : args,
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  extra.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => c.toString().includes('listening') && resolve(child));
    child.on('exit', (code) => reject(new Error(`bare Fastify exited (${code})`)));
  });
}

function push(into: Record<string, number[]>, name: string, value: number): void {
  const list = into[name] ?? [];
  list.push(value);
  into[name] = list;
}

async function main() {
  const database = { DATABASE_PATH: file as string };
  const targets: Array<{ name: string; port: number; child: ChildProcess }> = [];
  let port = 41000 + Math.floor(Math.random() * 1000);
  const cold = await startServer(database, ++port, false);
  targets.push({ name: 'ours, cache off', port, child: cold });
  const responses = join(ROOT, 'var/ladder/responses.json');
  const captured = await capture(`http://127.0.0.1:${port}`, url);
  writeFileSync(responses, JSON.stringify([captured]));
  targets.unshift({ name: 'bare node:http', port: ++port, child: await startBare(responses, port) });
  targets.splice(1, 0, { name: 'bare Fastify', port: ++port, child: await startBareFastify(responses, port) });
  targets.splice(2, 0, { name: 'ours, cache on (warm)', port: ++port, child: await startServer(database, port, true) });
  if (other) {
    targets.push({
      name: 'other, cache on (warm)',
      port: ++port,
      child: await startServer(database, port, true, other),
    });
    targets.push({ name: 'other, cache off', port: ++port, child: await startServer(database, port, false, other) });
  }
  for (const t of targets) {
    const got = await capture(`http://127.0.0.1:${t.port}`, url);
    if (got.body !== captured.body || got.status !== captured.status)
      throw new Error(`${t.name} sends other bytes than ours for ${url}`);
    await autocannon(`http://127.0.0.1:${t.port}${url}`, 1);
  }
  console.log(`${url}, ${rounds} rounds × ${seconds} s per target, ${pinning}`);
  const per: Record<string, number[]> = {};
  const ratios: Record<string, number[]> = {};
  const byName = (name: string) => targets.find((t) => t.name === name);
  const pairs = (
    [
      ['ours, cache off', 'other, cache off'],
      ['ours, cache on (warm)', 'other, cache on (warm)'],
    ] as const
  ).flatMap(([a, b]) => {
    const mine = byName(a);
    const theirs = byName(b);
    return mine && theirs ? [[mine, theirs] as const] : [];
  });
  const cpuPerRequest = async (t: { port: number; child: ChildProcess }) => {
    const before = treeCpuMs(t.child.pid) ?? 0;
    const load = await autocannon(`http://127.0.0.1:${t.port}${url}`, seconds);
    return (((treeCpuMs(t.child.pid) ?? 0) - before) * 1000) / Math.max(1, load.requests);
  };
  for (let r = 0; r < rounds; r++) {
    for (const t of targets) {
      const before = treeCpuMs(t.child.pid) ?? 0;
      const load = await autocannon(`http://127.0.0.1:${t.port}${url}`, seconds);
      const after = treeCpuMs(t.child.pid) ?? 0;
      const us = ((after - before) * 1000) / Math.max(1, load.requests);
      push(per, t.name, us);
      if (load.errors) console.log(`${t.name}: ${load.errors} errors`);
    }
    console.log(
      `round ${r + 1}: ${targets.map((t) => `${t.name} ${Math.round(per[t.name]?.at(-1) ?? 0)}`).join(' · ')}`,
    );
    // Before/after: this checkout's server and the other's at the same time, each with its own
    // autocannon, so that both see the same machine; the ratio of their CPU per request.
    for (const [mine, theirs] of pairs) {
      const [a, b] = await Promise.all([cpuPerRequest(mine), cpuPerRequest(theirs)]);
      push(ratios, mine.name, a / b);
      console.log(
        `  side by side: ${mine.name} ${Math.round(a)} µs, ${theirs.name} ${Math.round(b)} µs, ratio ${(a / b).toFixed(2)}`,
      );
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  for (const t of targets) {
    const xs = per[t.name] ?? [];
    console.log(`${t.name.padEnd(24)} best ${Math.round(Math.min(...xs))} µs · median ${Math.round(median(xs))} µs`);
  }
  for (const [name, xs] of Object.entries(ratios))
    console.log(
      `${name} ÷ other, side by side: median ${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`,
    );
}

void runBench(main, () => {
  for (const child of extra) child.kill('SIGTERM');
});
