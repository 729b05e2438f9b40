/**
 * Databases at N× today's data for the API benchmark: the two seed issues, then renumbered copies
 * of them (a new YYYY年第N期 each, as the import bench does). Half of the copies keep their places,
 * so the cities the dashboard compares gain data as the corpus grows; the other half have their
 * places replaced by other prefectures (and provinces by provinces), chosen per issue, so that
 * 1,000× is spread over hundreds of places rather than one city 1,000 times.
 * Built through `importFiles`, the path `ingest import` takes, and kept in var/bench/ under a key
 * of the code and data they were built from, so a second run does not rebuild them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FileOutcome, importFiles } from '@ipb/ingest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DATA_DIR = join(ROOT, 'data');
export const BENCH_DIR = join(ROOT, 'var', 'bench');
const SEEDS = ['kejiqingbao-2023-07', 'kejiqingbao-2024-07'];
/** City-level names in the seeds (short forms: 南京 also rewrites 南京市) and the provinces among them. */
const SEED_CITIES = ['南京', '阜阳', '宜昌', '铜陵', '扬州', '滁州', '宁波'];
const SEED_PROVINCES = ['上海', '云南'];

interface RegionRow {
  code: string;
  name: string;
  shortName: string;
  level: string;
}

/** A small deterministic generator, so every run builds the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function pick<T>(list: T[], next: () => number, taken: Set<T>): T {
  for (;;) {
    const item = list[Math.floor(next() * list.length)] as T;
    if (!taken.has(item)) {
      taken.add(item);
      return item;
    }
  }
}

function placeReplacer(k: number, regions: RegionRow[]): (text: string) => string {
  const next = random(k * 7919 + 17);
  const names = (level: string) =>
    regions.filter((r) => r.level === level && [...r.shortName].length >= 2 && !r.code.startsWith('15'));
  const taken = new Set<RegionRow>();
  const cities = names('prefecture');
  const provinces = names('province');
  const map = new Map<string, string>([
    ...SEED_CITIES.map((c): [string, string] => [c, pick(cities, next, taken).shortName]),
    ...SEED_PROVINCES.map((p): [string, string] => [p, pick(provinces, next, taken).shortName]),
  ]);
  const pattern = new RegExp([...map.keys()].join('|'), 'g');
  return (text) => text.replace(pattern, (name) => map.get(name) ?? name);
}

/** The seeds' issue years (kejiqingbao-2023-07 → 2023), sorted: no renumbered issue takes them. */
const SEED_YEARS = [...new Set(SEEDS.map((s) => Number(s.split('-')[1])))].sort((a, b) => a - b);

/**
 * Issue k of the corpus: 0 and 1 are the seeds themselves; the others are renumbered from 1900 on,
 * skipping the seeds' years. Without the skip, issues 1,482 and 1,494 of the 1,000× corpus were
 * 2023-07 and 2024-07 again: two files of the same name (the folder held 1,998 for 2,000 and was
 * rewritten on every call) and two seeds "replaced" by another version in the database.
 */
function issueText(k: number, seeds: string[], regions: RegionRow[]): { name: string; text: string } {
  const seed = seeds[k % 2] as string;
  if (k < 2) return { name: `${SEEDS[k]}.txt`, text: seed };
  let year = 1900 + Math.floor(k / 12);
  for (const taken of SEED_YEARS) if (year >= taken) year++;
  const month = (k % 12) + 1;
  let text = seed.replace(/20\d\d\s*年第\s*\d+\s*期/, `${year}年第${month}期`);
  if (Math.floor(k / 2) % 2 === 1) text = placeReplacer(k, regions)(text);
  return { name: `kejiqingbao-${year}-${String(month).padStart(2, '0')}.txt`, text };
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, entry);
    if (entry.includes('node_modules') || !statSync(path).isFile()) continue;
    hash.update(relative(ROOT, path)).update(readFileSync(path));
  }
}

/** What a database depends on: the data, the schema and migrations, the writers and the extractor. */
export function buildKey(scale: number): string {
  const hash = createHash('sha1').update(`scale ${scale} v1`);
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  // Not packages/db/src/queries: reading changes nothing in what was written.
  for (const dir of [
    'data',
    'packages/db/drizzle',
    'packages/db/src/write',
    'packages/db/src/load',
    'packages/ingest/src',
  ])
    hashTree(hash, join(ROOT, dir));
  for (const file of ['schema.ts', 'segment.ts', 'create-db.ts'])
    hash.update(readFileSync(join(ROOT, 'packages/db/src', file)));
  hashTree(hash, join(ROOT, 'packages/domain/src'));
  return hash.digest('hex').slice(0, 16);
}

export interface Corpus {
  scale: number;
  path: string;
  issues: number;
  megabytes: number;
  /** Seconds the import took, or null when the database was already built. */
  importSeconds: number | null;
}

/**
 * The issue files of the `scale`× corpus (2 × scale bulletins), written to var/bench/issues-<scale>x
 * when missing: the text both engines' databases are imported from.
 */
export function issueFiles(scale: number): { files: string[]; megabytes: number } {
  const folder = join(BENCH_DIR, `issues-${scale}x`);
  const issues = 2 * scale;
  const seeds = SEEDS.map((s) => readFileSync(join(DATA_DIR, 'bulletins', `${s}.txt`), 'utf8'));
  const regions = JSON.parse(readFileSync(join(DATA_DIR, 'regions', 'regions.json'), 'utf8')) as RegionRow[];
  const texts = Array.from({ length: issues }, (_, k) => issueText(k, seeds, regions));
  const files = texts.map(({ name }) => join(folder, name));
  const wanted = new Set(texts.map(({ name }) => name));
  const current = existsSync(folder) ? readdirSync(folder) : [];
  const same =
    current.length === issues &&
    current.every((f) => wanted.has(f)) &&
    texts.every(({ name, text }) => readFileSync(join(folder, name), 'utf8') === text);
  if (!same) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const [i, { text }] of texts.entries()) writeFileSync(files[i] as string, text);
  }
  return { files, megabytes: folderMegabytes(folder) };
}

/** The SQLite database at `scale`× today's data (2 issues × scale), built once per code version. */
export async function corpus(scale: number, log: (line: string) => void = () => {}): Promise<Corpus> {
  const key = buildKey(scale);
  const path = join(BENCH_DIR, `api-${scale}x-${key}.sqlite`);
  const issues = 2 * scale;
  const { files, megabytes } = issueFiles(scale);
  if (existsSync(path)) return { scale, path, issues, megabytes, importSeconds: null };
  for (const old of readdirSync(BENCH_DIR).filter((f) => f.startsWith(`api-${scale}x-`))) rmSync(join(BENCH_DIR, old));
  log(`building the ${scale}× SQLite database (${issues} issues) …`);
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const started = performance.now();
  const outcomes = await importFiles(building, DATA_DIR, files);
  const importSeconds = (performance.now() - started) / 1000;
  assertImported(outcomes);
  for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  renameSync(building, path);
  return { scale, path, issues, megabytes, importSeconds };
}

/** A corpus with an issue that did not import measures nothing: stop with the first failure. */
export function assertImported(outcomes: FileOutcome[]): void {
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) throw new Error(`${failed.length} issues failed to import, e.g. ${JSON.stringify(failed[0])}`);
}

function folderMegabytes(folder: string): number {
  if (!existsSync(folder)) return 0;
  let bytes = 0;
  for (const f of readdirSync(folder)) bytes += statSync(join(folder, f)).size;
  return bytes / 1e6;
}
