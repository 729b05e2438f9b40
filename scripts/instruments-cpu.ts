/**
 * GET /api/instruments' work before and after the terms were kept (issue 10), on a copy of a bench
 * database (scripts/bench-api): the answer read per request from every figure (the reference,
 * apps/api/test/support/instruments-reference.ts) and from the kept rows (the route's builder),
 * interleaved in one process under the same load, CPU time (process.cpuUsage) of building the
 * answer and writing its JSON, best of N. It first checks the two answers are the same bytes.
 *   tsx scripts/instruments-cpu.ts <copy.sqlite> [--rounds=5] [--sample=3] [--skip-old-every]
 * The copy is migrated (0018) and its kept rows filled (keepLexicon: the backfill) when opened.
 */
import { fileURLToPath } from 'node:url';
import { allRegions, createDb, keepLexicon, readBenchmarkFiles } from '@ipb/db';
import { createGazetteer, type Region } from '@ipb/domain';
import { buildInstruments, type InstrumentsAsked } from '../apps/api/src/routes/instruments/build-instruments';
import { referenceInstruments } from '../apps/api/test/support/instruments-reference';

const path = process.argv[2];
if (!path) {
  console.error('usage: tsx scripts/instruments-cpu.ts <copy of a bench .sqlite> [--rounds=5] [--sample=3]');
  process.exit(2);
}
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const rounds = Number(arg('rounds', '5'));
const sample = Number(arg('sample', '3'));

const file = readBenchmarkFiles(fileURLToPath(new URL('../data', import.meta.url))).instruments;
const handle = createDb(path);
const cpu0 = process.cpuUsage();
const rebuilt = await keepLexicon(handle.engine, file);
const backfill = process.cpuUsage(cpu0);
console.log(
  `backfill: ${rebuilt ? 'rebuilt' : 'already kept'}, ${((backfill.user + backfill.system) / 1000).toFixed(0)} ms CPU`,
);
const gazetteer = createGazetteer(await allRegions(handle.engine));
const region = (code: string) => gazetteer.byCode(code) as Region;
const store = { engine: handle.engine };
const BENCHMARK = region('150100');
const asked = (over: Partial<InstrumentsAsked> = {}): InstrumentsAsked => ({
  instrumentId: undefined,
  limit: 50,
  offset: 0,
  measuresLimit: 3,
  ...over,
});

type Case = [string, string[], InstrumentsAsked];
const CASES: Case[] = [
  ['two places', ['320100', '330200'], asked()],
  ['no places', [], asked()],
];
/** The byte-identity sample: the bench's places, more sets, an instrument, pages and limits. */
const MORE: Case[] = [
  ['four places', ['320100', '330200', '321000', '341200'], asked()],
  ['city with districts', ['330200', '341100', '420500'], asked({ measuresLimit: 100 })],
  ['one instrument', ['320100', '330200'], asked({ instrumentId: 'tech_loan' })],
  ['no places, one instrument', [], asked({ instrumentId: 'guarantee', measuresLimit: 1 })],
  ['page 2', ['320100', '330200'], asked({ limit: 500, offset: 37 })],
  ['no places, page 3', [], asked({ limit: 500, offset: 1000 })],
];
const SAME: Case[] = [...CASES, ...MORE.slice(0, sample)];

const run = (build: typeof buildInstruments, c: Case) =>
  build(store, file, BENCHMARK, c[1].map(region), (code) => gazetteer.byCode(code), c[2]);

let differ = 0;
for (const c of SAME) {
  const [kept, ref] = [
    JSON.stringify(await run(buildInstruments, c)),
    JSON.stringify(await run(referenceInstruments, c)),
  ];
  const same = kept === ref;
  if (!same) differ += 1;
  console.log(`${same ? 'same' : 'DIFFERENT'} bytes: ${c[0]} (${kept.length} bytes)`);
}

async function cpuOf(build: typeof buildInstruments, c: Case): Promise<number> {
  const start = process.cpuUsage();
  JSON.stringify(await run(build, c));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

for (const c of CASES) {
  const best = { before: Number.POSITIVE_INFINITY, after: Number.POSITIVE_INFINITY };
  for (let r = 0; r < rounds; r++) {
    best.before = Math.min(best.before, await cpuOf(referenceInstruments, c));
    best.after = Math.min(best.after, await cpuOf(buildInstruments, c));
  }
  console.log(
    `${c[0]}: before ${best.before.toFixed(1)} ms CPU, after ${best.after.toFixed(2)} ms CPU (best of ${rounds}, interleaved), ${(best.before / best.after).toFixed(0)}×`,
  );
}
handle.close();
process.exit(differ ? 1 : 0);
