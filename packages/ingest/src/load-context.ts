/**
 * Loads what the pipeline needs from the data folder: the gazetteer (regions/regions.json), the
 * theme lexicon (taxonomy/themes.json) and the indicator catalogue (taxonomy/indicators.json),
 * each validated with its domain schema. The only stage-adjacent module that does I/O.
 * A missing file leaves its list empty and says so in contextIssues; an invalid one is an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IndicatorFileSchema, type ParseIssue, RegionFileSchema, ThemeFileSchema } from '@ipb/domain';
import type { z } from 'zod';
import { IngestInputError } from './errors';
import type { IngestContext } from './extract';

function readList<T>(path: string, schema: z.ZodType<T[]>, issues: ParseIssue[]): T[] {
  if (!existsSync(path)) {
    issues.push({
      severity: 'warning',
      code: 'data_file_missing',
      message: `${path} is missing; extraction ran without it.`,
      start: null,
      end: null,
    });
    return [];
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new IngestInputError('data_invalid', `${path} is not valid JSON: fix or regenerate it.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? ` (at ${first.path.join('.') || 'top level'}: ${first.message})` : '';
    throw new IngestInputError('data_invalid', `${path} does not match its schema${where}: fix or regenerate it.`);
  }
  return parsed.data;
}

export async function loadIngestContext(dataDir: string): Promise<IngestContext> {
  if (!existsSync(join(dataDir, 'taxonomy'))) {
    throw new IngestInputError(
      'data_missing',
      `No taxonomy folder in ${dataDir}: point DATA_DIR (or IPB_DATA_DIR) at the repository's data folder.`,
    );
  }
  const contextIssues: ParseIssue[] = [];
  return {
    regions: readList(join(dataDir, 'regions', 'regions.json'), RegionFileSchema, contextIssues),
    themes: readList(join(dataDir, 'taxonomy', 'themes.json'), ThemeFileSchema, contextIssues),
    indicators: readList(join(dataDir, 'taxonomy', 'indicators.json'), IndicatorFileSchema, contextIssues),
    contextIssues,
  };
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
