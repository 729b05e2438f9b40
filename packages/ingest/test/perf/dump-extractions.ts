/**
 * Dumps the extraction (JSON) of every text the speed work must leave byte-identical, one file per
 * text and context, so that two checkouts can be compared with `diff -r`:
 *
 *   npx tsx packages/ingest/test/perf/dump-extractions.ts <out-dir> [--captured=<file.jsonl>]
 *
 * The texts: the seeds (data/bulletins, and ../shared/seeds beside the checkout when present), every
 * .txt under the held-out sets (with the hints their gold gives), the synthetic 15 KB, 200 KB and
 * 2 MB issues of `npm run bench`, each with the real context and with the unit tests' fixture context; and, with
 * --captured, the inputs a run of the ingest tests handed to `extract`, one `Captured` per line (recorded
 * by a temporary wrapper around `extract` in a copy of the code; the wrapper is not kept).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceHints } from '@ipb/domain';
import { extract, type IngestContext, loadIngestContext } from '../../src/index';
import { parseGold } from '../eval/gold';
import { INDICATORS, REGIONS, THEMES } from '../fixtures/context';
import { synthetic } from './synthetic';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const TEST_DIR = fileURLToPath(new URL('../', import.meta.url));

function textsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...textsUnder(path));
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

function hintsFor(path: string): SourceHints | undefined {
  const gold = join(path, '..', '..', 'gold', `${basename(path, '.txt')}.gold.json`);
  if (!existsSync(gold)) return undefined;
  return parseGold(JSON.parse(readFileSync(gold, 'utf8'))).hints;
}

/** One input the ingest tests handed to `extract` (a line of the --captured file). */
interface Captured {
  input: string;
  binary: boolean;
  fileName?: string;
  hints?: SourceHints;
  contextIssues?: IngestContext['contextIssues'];
  regions: number;
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: dump-extractions.ts <out-dir> [--captured=<file.jsonl>]');
  const captured = process.argv.find((a) => a.startsWith('--captured='))?.slice('--captured='.length);
  mkdirSync(out, { recursive: true });
  const real = await loadIngestContext(join(ROOT, 'data'));
  const fixture: IngestContext = { regions: REGIONS, themes: THEMES, indicators: INDICATORS };
  const contexts: Array<[string, IngestContext]> = [
    ['real', real],
    ['fixture', fixture],
  ];
  const inputs: Array<{ key: string; input: string | Uint8Array; fileName: string; hints?: SourceHints }> = [];
  const seedDirs = [join(ROOT, 'data', 'bulletins'), join(ROOT, '..', 'shared', 'seeds')].filter((d) => existsSync(d));
  for (const dir of seedDirs)
    for (const path of textsUnder(dir))
      inputs.push({
        key: `seed-${basename(dir)}-${basename(path)}`,
        input: readFileSync(path),
        fileName: basename(path),
      });
  for (const set of readdirSync(TEST_DIR)
    .filter((d) => d.startsWith('heldout'))
    .sort())
    for (const path of textsUnder(join(TEST_DIR, set))) {
      const hints = hintsFor(path);
      inputs.push({
        key: relative(TEST_DIR, path).replaceAll('/', '_'),
        input: readFileSync(path),
        fileName: basename(path),
        ...(hints ? { hints } : {}),
      });
    }
  for (const [label, bytes] of [
    ['15k', 15_000],
    ['200k', 200_000],
    ['2m', 2_000_000],
  ] as const)
    inputs.push({ key: `synthetic-${label}`, input: synthetic(bytes), fileName: 'synthetic-2024-07.txt' });
  let count = 0;
  for (const { key, input, fileName, hints } of inputs)
    for (const [name, ctx] of contexts) {
      const result = extract(input, { ...ctx, fileName, ...(hints ? { hints } : {}) });
      writeFileSync(join(out, `${key}.${name}.json`), JSON.stringify(result, null, 1));
      count++;
    }
  if (captured) {
    const lines = readFileSync(captured, 'utf8').split('\n').filter(Boolean);
    const seen = new Set<string>();
    for (const line of lines) {
      if (seen.has(line)) continue;
      seen.add(line);
      const c = JSON.parse(line) as Captured;
      const ctx = c.regions === REGIONS.length ? fixture : c.regions === real.regions.length ? real : null;
      if (!ctx) continue;
      const input = c.binary ? Buffer.from(c.input, 'base64') : c.input;
      let result: unknown;
      try {
        result = extract(input, {
          ...ctx,
          ...(c.fileName !== undefined ? { fileName: c.fileName } : {}),
          ...(c.hints ? { hints: c.hints } : {}),
          ...(c.contextIssues ? { contextIssues: c.contextIssues } : {}),
        });
      } catch (error) {
        result = { threw: String(error) };
      }
      writeFileSync(join(out, `captured-${String(seen.size).padStart(4, '0')}.json`), JSON.stringify(result, null, 1));
      count++;
    }
  }
  console.log(`${count} extractions written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
