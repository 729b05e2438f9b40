/**
 * Read and validate the curated files of data/ (taxonomy, gazetteer, reference figures). A file that
 * does not match its schema stops the build with the file, line and field at fault: data/ is
 * reviewed in git, so a bad edit must be caught before it reaches the database.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  type Indicator,
  IndicatorFileSchema,
  type IndicatorMapFile,
  IndicatorMapFileSchema,
  type InstrumentFile,
  InstrumentFileSchema,
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
  /** The instrument lexicon (data/taxonomy/instruments.json): the writes keep the terms it reads (load-data.ts). */
  instruments: InstrumentFile;
  /** SHA-256 over every file read: the database records it to know when data/ changed. */
  hash: string;
}

export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** A file's bytes, or a DataFileError that names it when it is missing. */
function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new DataFileError(`${path}: missing`);
    throw err;
  }
}

function parseJson<T>(path: string, text: (path: string) => string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(text(path));
  } catch {
    throw new DataFileError(`${path}: not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DataFileError(`${path}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function readReference(path: string, text: string): DataBundle['reference'] {
  const file = basename(path);
  const rows: DataBundle['reference'] = [];
  text.split('\n').forEach((line, i) => {
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

/** The lists the extraction pipeline reads: a subset of the bundle. */
export type PipelineLists = Pick<DataBundle, 'regions' | 'themes' | 'indicators'>;

function listsFrom(dataDir: string, text: (path: string) => string): PipelineLists {
  return {
    regions: parseJson(join(dataDir, 'regions', 'regions.json'), text, RegionFileSchema),
    themes: parseJson(join(dataDir, 'taxonomy', 'themes.json'), text, ThemeFileSchema),
    indicators: parseJson(join(dataDir, 'taxonomy', 'indicators.json'), text, IndicatorFileSchema),
  };
}

/**
 * Only the pipeline's lists, for extracting without a database (`ingest extract`, tests): the
 * same files, parsed and validated as readDataDir does.
 */
export function readPipelineLists(dataDir: string): PipelineLists {
  return listsFrom(dataDir, (path) => readBytes(path).toString('utf8'));
}

/** The files that define the database's curated content, in a fixed order. */
export function dataFiles(dataDir: string): string[] {
  const folder = join(dataDir, 'reference');
  if (!existsSync(folder)) throw new DataFileError(`${folder}: missing`);
  const reference = readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(folder, f));
  return [
    join(dataDir, 'regions', 'regions.json'),
    join(dataDir, 'taxonomy', 'themes.json'),
    join(dataDir, 'taxonomy', 'indicators.json'),
    join(dataDir, 'reference', 'indicator-map.json'),
    ...reference,
  ];
}

/** Every curated file read once: its bytes feed the hash, its text the schema. */
export function readDataDir(dataDir: string): DataBundle {
  const files = dataFiles(dataDir);
  const hash = createHash('sha256');
  const texts = new Map<string, string>();
  for (const f of files) {
    const bytes = readBytes(f);
    hash.update(bytes);
    texts.set(f, bytes.toString('utf8'));
  }
  const text = (path: string) => texts.get(path) ?? '';
  return {
    ...listsFrom(dataDir, text),
    reference: files.filter((f) => f.endsWith('.jsonl')).flatMap((f) => readReference(f, texts.get(f) ?? '')),
    indicatorMap: parseJson(join(dataDir, 'reference', 'indicator-map.json'), text, IndicatorMapFileSchema).map,
    // Not in the hash: a changed lexicon rebuilds the kept terms only (keepLexicon), not data/.
    instruments: parseJson(
      join(dataDir, 'taxonomy', 'instruments.json'),
      (path) => readBytes(path).toString('utf8'),
      InstrumentFileSchema,
    ),
    hash: hash.digest('hex'),
  };
}
