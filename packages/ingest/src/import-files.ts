/**
 * `ingest import <file or folder>`: extract each file and write it into the database, one
 * transaction per source. Same bytes again → unchanged; a new version of the same issue →
 * replaced (and said so). A file that cannot be read is reported and skipped; the others go on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createDb, type ImportReport, importExtraction, loadData } from '@ipb/db';
import { decodeInput } from './decode';
import { extract } from './extract';
import { loadIngestContext } from './load-context';

export type FileOutcome = { file: string } & ({ ok: true; report: ImportReport } | { ok: false; error: string });

export function listInputFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort()
    .map((f) => join(path, f));
}

export async function importFiles(
  databasePath: string,
  dataDir: string,
  files: string[],
  onProgress: (done: number, total: number, outcome: FileOutcome) => void = () => {},
): Promise<FileOutcome[]> {
  const context = await loadIngestContext(dataDir);
  const handle = createDb(databasePath);
  const outcomes: FileOutcome[] = [];
  try {
    // Places, themes and indicators must be there before any article can point at them.
    loadData(handle, dataDir);
    for (const file of files) {
      let outcome: FileOutcome;
      try {
        const bytes = readFileSync(file);
        const extraction = extract(bytes, { ...context, fileName: basename(file) });
        const { text } = decodeInput(bytes);
        outcome = {
          file,
          ok: true,
          report: importExtraction(handle, { extraction, rawText: text, fileName: basename(file), actor: 'cli' }),
        };
      } catch (err) {
        outcome = { file, ok: false, error: err instanceof Error ? err.message : String(err) };
      }
      outcomes.push(outcome);
      onProgress(outcomes.length, files.length, outcome);
    }
  } finally {
    handle.close();
  }
  return outcomes;
}
