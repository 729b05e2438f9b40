/**
 * Runs the extractor (packages/ingest/src/index.ts) on the seed bulletins. The module is imported
 * dynamically so the scorer and its tests work before the extractor exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractionResult } from '@ipb/domain';
import { BULLETIN_DIR, DATA_DIR } from './gold';

const INDEX_URL = new URL('../../src/index.ts', import.meta.url);

export const extractorAvailable: boolean = existsSync(fileURLToPath(INDEX_URL));

/** The part of the extractor's API the evaluation uses. */
export interface IngestApi {
  loadIngestContext(dataDir: string): Promise<object> | object;
  extract(bytes: Uint8Array, options: object): ExtractionResult | Promise<ExtractionResult>;
}

export async function loadExtractor(): Promise<IngestApi> {
  const mod = (await import(INDEX_URL.href)) as Partial<IngestApi>;
  if (typeof mod.extract !== 'function' || typeof mod.loadIngestContext !== 'function') {
    throw new Error('packages/ingest/src/index.ts does not export extract and loadIngestContext');
  }
  return mod as IngestApi;
}

export async function runSeeds(seeds: readonly string[]): Promise<Map<string, ExtractionResult>> {
  const api = await loadExtractor();
  const ctx = await api.loadIngestContext(DATA_DIR);
  const out = new Map<string, ExtractionResult>();
  for (const fileName of seeds) {
    const bytes = readFileSync(join(BULLETIN_DIR, fileName));
    out.set(fileName, await api.extract(bytes, { ...ctx, fileName }));
  }
  return out;
}
