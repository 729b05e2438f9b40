/**
 * The taxonomies and groups the benchmarking views read straight from data/ (they hold no facts, so
 * they are not in the database): the enterprise ladder, the instruments and their term kinds, and
 * the peer groups. Each file is validated; a bad edit names the file and the field at fault.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type InstrumentFile,
  InstrumentFileSchema,
  LadderFileSchema,
  type LadderStage,
  type PeerGroup,
  PeerGroupFileSchema,
} from '@ipb/domain';
import type { z } from 'zod';
import { DataFileError } from './read-data-dir';

export interface BenchmarkFiles {
  ladder: LadderStage[];
  instruments: InstrumentFile;
  peerGroups: PeerGroup[];
}

function read<T>(path: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DataFileError(`${path}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DataFileError(`${path}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export function readBenchmarkFiles(dataDir: string): BenchmarkFiles {
  return {
    ladder: read(join(dataDir, 'taxonomy', 'ladder.json'), LadderFileSchema).stages,
    instruments: read(join(dataDir, 'taxonomy', 'instruments.json'), InstrumentFileSchema),
    peerGroups: read(join(dataDir, 'peers', 'peer-groups.json'), PeerGroupFileSchema).groups,
  };
}
