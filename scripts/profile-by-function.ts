/**
 * `tsx scripts/profile-by-function.ts <file.cpuprofile> [top]`: a V8 CPU profile's self time by
 * function and by file, largest first (decision 014, fifteenth session). Take the profile of one
 * thread with `node --cpu-prof --cpu-prof-dir=DIR --import tsx …`: every thread writes its own file
 * (the import's main thread, its extraction worker, the checkpointer, tsx's loader).
 * Samples are counted (1 ms each at V8's default interval), not weighted by the time between them:
 * on a loaded machine that time includes the waits while the thread was not running, which land on
 * whatever it was doing when it was preempted — mostly calls that wake another thread
 * (postMessage) or write (COMMIT). Counting samples reads as on-CPU time. A native call (a
 * better-sqlite3 statement) is charged to the JavaScript function that called it.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const [file, top = '40'] = process.argv.slice(2);
if (!file) {
  console.error('Usage: tsx scripts/profile-by-function.ts <file.cpuprofile> [top]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
// tsx's URLs carry a query per loader namespace; the repository's root is cut off.
const where = (url: string) =>
  url
    .replace(/\?.*$/, '')
    .replace(/^file:\/\//, '')
    .replace(/^.*?\/(node_modules|packages|apps|scripts)\//, '$1/');
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
for (const id of profile.samples) {
  const frame = (nodes.get(id) as ProfileNode).callFrame;
  const url = where(frame.url);
  // Line and column as V8 saw them: tsx's transformed code, one line per module for most files.
  add(byFunction, `${frame.functionName || '(anonymous)'} ${url}:${frame.lineNumber + 1}:${frame.columnNumber}`);
  add(byFile, url || frame.functionName);
}
const total = profile.samples.length;
const idle = byFile.get('(idle)') ?? 0;
console.log(`${file}: ${total} samples, of which idle ${idle} (${((100 * idle) / total).toFixed(0)} %)`);
const print = (title: string, map: Map<string, number>, count: number) => {
  console.log(`\n| ${title} | samples | share of the busy ones |\n|---|---|---|`);
  for (const [key, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count))
    if (!key.startsWith('(idle)')) console.log(`| ${key} | ${n} | ${((100 * n) / (total - idle)).toFixed(1)} % |`);
};
print('self, by function', byFunction, Number(top));
print('self, by file', byFile, 25);
