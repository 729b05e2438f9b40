/**
 * Compare's worst case (apps/api/test/support/compare-worst-case.ts, the fixture of
 * compare-budget.test.ts) written once into a SQLite file, for measuring its pages and checking two
 * builds' bodies on it (compare-same.ts). Takes minutes: 216 imports after data/.
 *   tsx scripts/bench-api/compare-worst.ts [file, default var/bench/compare-worst.sqlite]
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_PLACES } from '../../apps/api/src/routes/compare/index';
import { buildWorstCase } from '../../apps/api/test/support/compare-worst-case';

const root = fileURLToPath(new URL('../..', import.meta.url));
const file = resolve(process.argv[2] ?? `${root}/var/bench/compare-worst.sqlite`);
if (existsSync(file)) {
  console.log(`${file} exists: remove it to build it again`);
} else {
  mkdirSync(dirname(file), { recursive: true });
  const building = `${file}.building`;
  rmSync(building, { force: true });
  const started = process.cpuUsage();
  const { places } = await buildWorstCase(building, `${root}/data`, MAX_PLACES);
  renameSync(building, file);
  const cpu = process.cpuUsage(started);
  console.log(`${file}: the benchmark and ${places.join(',')} (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`);
}
