/**
 * Read and validate the curated files of data/ (taxonomy, gazetteer, reference figures). A file that
 * does not match its schema stops the build with the file, line and field at fault: data/ is
 * reviewed in git, so a bad edit must be caught before it reaches the database.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  type Indicator,
  IndicatorFileSchema,
  type IndicatorMapFile,
  IndicatorMapFileSchema,
  type ReferenceFigure,
  ReferenceFigureSchema,
  type Region,
  RegionFileSchema,
  type Theme,
  ThemeFileSchema,
} from '@ipb/domain';
import type { z } from 'zod';

export interface DataBundle {
  regions: Region[];
  themes: Theme[];
  indicators: Indicator[];
  reference: Array<{ figure: ReferenceFigure; line: string; file: string }>;
  /** Reference ids that are not catalogue ids (data/reference/indicator-map.json). */
  indicatorMap: IndicatorMapFile['map'];
  /** SHA-256 over every file read: the database records it to know when data/ changed. */
  hash: string;
}

export class DataFileError extends Error {
  override name = 'DataFileError';
}

function parseJsonFile<T>(path: string, schema: z.ZodType<T>): T {
  const text = readFileSync(path, 'utf8');
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DataFileError(`${path}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function readReference(path: string): DataBundle['reference'] {
  const file = basename(path);
  const lines = readFileSync(path, 'utf8').split('\n');
  const rows: DataBundle['reference'] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new DataFileError(`${path}:${i + 1}: not valid JSON`);
    }
    const parsed = ReferenceFigureSchema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new DataFileError(`${path}:${i + 1}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
    }
    rows.push({ figure: parsed.data, line, file });
  });
  return rows;
}

/** The files that define the database's curated content, in a fixed order. */
export function dataFiles(dataDir: string): string[] {
  const reference = readdirSync(join(dataDir, 'reference'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dataDir, 'reference', f));
  return [
    join(dataDir, 'regions', 'regions.json'),
    join(dataDir, 'taxonomy', 'themes.json'),
    join(dataDir, 'taxonomy', 'indicators.json'),
    join(dataDir, 'reference', 'indicator-map.json'),
    ...reference,
  ];
}

export function readDataDir(dataDir: string): DataBundle {
  const files = dataFiles(dataDir);
  const hash = createHash('sha256');
  for (const f of files) hash.update(readFileSync(f));
  return {
    regions: parseJsonFile(join(dataDir, 'regions', 'regions.json'), RegionFileSchema),
    themes: parseJsonFile(join(dataDir, 'taxonomy', 'themes.json'), ThemeFileSchema),
    indicators: parseJsonFile(join(dataDir, 'taxonomy', 'indicators.json'), IndicatorFileSchema),
    reference: files.filter((f) => f.endsWith('.jsonl')).flatMap(readReference),
    indicatorMap: parseJsonFile(join(dataDir, 'reference', 'indicator-map.json'), IndicatorMapFileSchema).map,
    hash: hash.digest('hex'),
  };
}
