/**
 * Two builds' servers on one database, asked in short alternating bursts (A, B, A, B…) so that
 * both see the same machine within a fraction of a second: CPU per request of each burst (the
 * server's process tree, /proc), the ratio of each adjacent pair, and their median. For before/after
 * figures of small per-request costs on a shared machine, where whole runs seconds apart differ
 * by more than the change (docs/decisions/014, tenth session).
 *   tsx scripts/bench-api/ab.ts <sqlite file> <other checkout> [url] [cache on|off] [bursts] [requests per burst]
 * Run it pinned to the load CPU (taskset -c 1): its HTTP client is the load.
 */
import { type Agent, Agent as HttpAgent, request as httpRequest } from 'node:http';
import { treeCpuMs } from './cpu';
import { capture } from './measure';
import { startServer, stopAll } from './processes';

const [file, other, urlArg, cacheArg = 'off', burstsArg = '30', perBurstArg = '400'] = process.argv.slice(2);
if (!file || !other) {
  console.error('usage: ab.ts <sqlite file> <other checkout> [url] [on|off] [bursts] [requests per burst]');
  process.exit(2);
}
const url = urlArg || '/api/series?indicator=high_tech_enterprises&regions=150100,320100,330200';
const bursts = Number(burstsArg);
const perBurst = Number(perBurstArg);
const CONNECTIONS = 10;

function get(agent: Agent, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { agent, host: '127.0.0.1', port, path: url, headers: { accept: 'application/json' } },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A keep-alive socket the server closed as idle (5 s) just as it was reused: ask again, once. */
function getOnce(agent: Agent, port: number): Promise<number> {
  return get(agent, port).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ECONNRESET') throw err;
    return get(agent, port);
  });
}

/** `count` requests over CONNECTIONS keep-alive connections; the statuses that were not 200. */
async function burst(agent: Agent, port: number, count: number): Promise<number> {
  let left = count;
  let bad = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (left-- > 0) if ((await getOnce(agent, port)) !== 200) bad++;
    }),
  );
  return bad;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main() {
  const database = { DATABASE_PATH: file as string };
  const base = 43000 + Math.floor(Math.random() * 1000);
  const cache = cacheArg === 'on';
  const servers = [
    { name: 'this', port: base, child: await startServer(database, base, cache) },
    { name: 'other', port: base + 1, child: await startServer(database, base + 1, cache, other) },
  ];
  const [a, b] = await Promise.all(servers.map((s) => capture(`http://127.0.0.1:${s.port}`, url)));
  if (a?.body !== b?.body || a?.status !== b?.status)
    throw new Error(`the two servers send different bytes for ${url}`);
  const agents = servers.map(() => new HttpAgent({ keepAlive: true, maxSockets: CONNECTIONS }));
  for (const [i, s] of servers.entries()) await burst(agents[i] as Agent, s.port, perBurst);
  const us: number[][] = [[], []];
  const ratios: number[] = [];
  for (let r = 0; r < bursts; r++) {
    // Alternate which goes first, so neither always follows the other.
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      const s = servers[i] as (typeof servers)[number];
      const before = treeCpuMs(s.child.pid) ?? 0;
      const bad = await burst(agents[i] as Agent, s.port, perBurst);
      if (bad) throw new Error(`${s.name}: ${bad} answers were not 200`);
      us[i]?.push((((treeCpuMs(s.child.pid) ?? 0) - before) * 1000) / perBurst);
    }
    ratios.push((us[0]?.at(-1) ?? 0) / (us[1]?.at(-1) ?? 1));
  }
  const sum = (xs: number[] = []) => xs.reduce((x, y) => x + y, 0);
  console.log(`${url}, cache ${cacheArg}, ${bursts} bursts × ${perBurst} requests each, alternating`);
  console.log(`this:  best ${Math.min(...(us[0] ?? []))} µs · median ${median(us[0] ?? [])} µs`);
  console.log(`other: best ${Math.min(...(us[1] ?? []))} µs · median ${median(us[1] ?? [])} µs`);
  console.log(
    `this ÷ other: median of pairs ${median(ratios).toFixed(3)} (quartiles ${[...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 4)]?.toFixed(2)}–${[...ratios].sort((x, y) => x - y)[Math.floor((3 * ratios.length) / 4)]?.toFixed(2)}), of sums ${(sum(us[0]) / sum(us[1])).toFixed(3)}`,
  );
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
