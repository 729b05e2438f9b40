/**
 * What the pipeline needs from the data folder, through the one reader of data/ (@ipb/db's
 * read-data-dir.ts). An import reads the whole bundle once (`readData`: gazetteer, themes, indicator
 * catalogue, reference figures) and the same bundle loads the database and gives the pipeline its
 * context (`ingestContextOf`), so nothing reads or validates data/ twice. Extracting without a
 * database (`ingest extract`, tests) reads only the pipeline's three lists, parsed and validated by
 * the same code; the API's upload worker reads them from its database, where the load put them. A missing or invalid file is an IngestInputError naming the file and
 * the field, which the CLI prints.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DataBundle, DataFileError, type PipelineLists, readDataDir, readPipelineLists } from '@ipb/db';
import { IngestInputError } from './errors';
import type { IngestContext } from './extract';

/** Everything data/ holds (for an import: the database loader and the pipeline share it). */
export function readData(dataDir: string): DataBundle {
  return asIngestError(dataDir, () => readDataDir(dataDir));
}

/** The pipeline's view of the data: the lists every stage reads. */
export function ingestContextOf(lists: PipelineLists): IngestContext {
  return { regions: lists.regions, themes: lists.themes, indicators: lists.indicators };
}

/** The context alone, without the reference figures only the database needs (`ingest extract`, uploads). */
export async function loadIngestContext(dataDir: string): Promise<IngestContext> {
  return ingestContextOf(asIngestError(dataDir, () => readPipelineLists(dataDir)));
}

function asIngestError<T>(dataDir: string, read: () => T): T {
  if (!existsSync(join(dataDir, 'taxonomy'))) {
    throw new IngestInputError(
      'data_missing',
      `No taxonomy folder in ${dataDir}: point DATA_DIR (or IPB_DATA_DIR) at the repository's data folder.`,
    );
  }
  try {
    return read();
  } catch (err) {
    if (err instanceof DataFileError) throw new IngestInputError('data_invalid', `${err.message}: fix or restore it.`);
    throw err;
  }
}

/** The data folder: DATA_DIR (or IPB_DATA_DIR), else the nearest data/ holding taxonomy/ above this file. */
export function findDataDir(
  env: NodeJS.ProcessEnv = process.env,
  from = dirname(fileURLToPath(import.meta.url)),
): string {
  const configured = env.DATA_DIR ?? env.IPB_DATA_DIR;
  if (configured) return resolve(configured);
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'data', 'taxonomy'))) return join(dir, 'data');
    if (dirname(dir) === dir) break;
  }
  throw new IngestInputError('data_missing', 'Cannot find the data folder (data/taxonomy): set DATA_DIR to it.');
}
