/**
 * Import speed: a folder of 1,000 bulletin issues into a fresh SQLite file, through the same
 * `importFiles` the `ingest import` command uses (read, decode, extract, one transaction per
 * source), then the same folder again (every file unchanged). The issues are the two seeds with
 * their masthead renumbered (YYYY年第N期), so every file is a distinct issue with a realistic mix
 * of articles, measures and figures.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, bench, describe } from 'vitest';
import { importFiles } from '../src/import-files';

const ISSUES = 1000;
const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ipb-import-bench-'));
const folder = join(work, 'bulletins');

function writeIssues(): string[] {
  const seeds = ['kejiqingbao-2023-07', 'kejiqingbao-2024-07'].map((s) =>
    readFileSync(join(DATA_DIR, 'bulletins', `${s}.txt`), 'utf8'),
  );
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let k = 0; k < ISSUES; k++) {
    const year = 1940 + Math.floor(k / 12);
    const month = (k % 12) + 1;
    const text = (seeds[k % 2] as string).replace(/20\d\d年第\d+期/, `${year}年第${month}期`);
    const file = join(folder, `kejiqingbao-${year}-${String(month).padStart(2, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

const files = writeIssues();
let round = 0;

async function importAll(databasePath: string): Promise<void> {
  const outcomes = await importFiles(databasePath, DATA_DIR, files);
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) throw new Error(`${failed.length} of ${files.length} issues failed to import`);
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`import a folder of ${ISSUES} issues`, () => {
  bench(
    'into a fresh database',
    async () => {
      await importAll(join(work, `fresh-${round++}.sqlite`));
    },
    { iterations: 2, warmupIterations: 0, time: 0 },
  );

  const again = join(work, 'again.sqlite');
  bench(
    'the same folder again (all unchanged)',
    async () => {
      await importAll(again);
    },
    {
      iterations: 3,
      warmupIterations: 0,
      time: 0,
      setup: async () => {
        rmSync(again, { force: true });
        await importAll(again);
      },
    },
  );
});
