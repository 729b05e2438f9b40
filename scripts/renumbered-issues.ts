/**
 * The import bench's folder of issues: the two seeds in turn, each with its masthead (2023 年第 7 期)
 * renumbered, which is what makes an issue distinct. bench-ingest.ts imports it; import-dump.ts
 * imports it to compare two builds' databases row by row.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
export const SEEDS = ['kejiqingbao-2023-07', 'kejiqingbao-2024-07'];

export function writeRenumberedIssues(folder: string, issues: number): { files: string[]; megabytes: number } {
  const seeds = SEEDS.map((s) => readFileSync(join(DATA_DIR, 'bulletins', `${s}.txt`), 'utf8'));
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let k = 0; k < issues; k++) {
    const year = 1900 + Math.floor(k / 12);
    const month = (k % 12) + 1;
    const text = (seeds[k % 2] as string).replace(/20\d\d\s*年第\s*\d+\s*期/, `${year}年第${month}期`);
    const file = join(folder, `kejiqingbao-${year}-${String(month).padStart(2, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, megabytes: bytes / 1e6 };
}
