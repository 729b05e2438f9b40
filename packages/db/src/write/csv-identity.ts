/**
 * What a CSV import is: its content. The same text is the same import whatever the file is called
 * (so sending it twice adds nothing), and a new file never deletes an earlier one unless the editor
 * names that earlier import (`replace`, a source id). Issue 11: identity by file name deleted the
 * rows of an unrelated `figures.csv` and imported the same bytes again under another name.
 * placeCsvSource must run inside the caller's transaction; writeCsvImport is that transaction.
 */
import { createHash } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import type { DbHandle, Drizzle } from '../create-db';
import type { Db } from '../engine/db';
import { sqliteConnection } from '../engine/sqlite';
import { sources, sourceTexts } from '../schema';
import { audit } from './audit';
import { recordDigest } from './digest';
import { bumpDataVersion, type ReplaceStatus } from './replace-source';

export interface CsvImportMeta {
  fileName: string | null;
  actor: string;
  /** An earlier import of the same kind that this file replaces (its source id). */
  replace?: number | null;
}

export interface CsvImportResult {
  sourceId: number;
  status: ReplaceStatus;
  rows: number;
  replacedSourceId: number | null;
}

export class CsvReplaceError extends Error {
  override name = 'CsvReplaceError';
  constructor(
    readonly code: 'not-found' | 'not-an-import',
    readonly sourceId: number,
    message: string,
  ) {
    super(message);
  }
}

/** The kinds of CSV import: figures (source type csv) and the bureau's measures (manual). */
const KINDS = {
  csv: { type: 'csv', prefix: 'csv:', what: 'figures CSV' },
  'bureau-measures': { type: 'manual', prefix: 'bureau-measures:', what: 'measures CSV' },
} as const;

export const contentSha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function existingImport(db: Drizzle, prefix: string, sha256: string): number | null {
  const row = db
    .select({ id: sources.id })
    .from(sources)
    .where(and(eq(sources.sha256, sha256), like(sources.key, `${prefix}%`)))
    .get();
  return row?.id ?? null;
}

function dropReplaced(db: Drizzle, kind: keyof typeof KINDS, id: number): void {
  const target = db.select({ key: sources.key }).from(sources).where(eq(sources.id, id)).get();
  if (!target) throw new CsvReplaceError('not-found', id, `There is no source ${id} to replace.`);
  if (!target.key.startsWith(KINDS[kind].prefix))
    throw new CsvReplaceError(
      'not-an-import',
      id,
      `Source ${id} is not a ${KINDS[kind].what} import: only one can be replaced.`,
    );
  db.delete(sources).where(eq(sources.id, id)).run();
}

/** Find or insert the source of a CSV import; delete the import it replaces, if the caller named one. */
export function placeCsvSource(
  db: Drizzle,
  input: {
    kind: keyof typeof KINDS;
    sha256: string;
    text: string;
    meta: CsvImportMeta;
    title: string;
    description: string;
  },
): { id: number; status: ReplaceStatus; replacedSourceId: number | null } {
  const kind = KINDS[input.kind];
  const same = existingImport(db, kind.prefix, input.sha256);
  const replace = input.meta.replace ?? null;
  if (same !== null && (replace === null || replace === same))
    return { id: same, status: 'unchanged', replacedSourceId: null };
  if (replace !== null) dropReplaced(db, input.kind, replace);
  if (same !== null) return { id: same, status: 'replaced', replacedSourceId: replace };
  const { id } = db
    .insert(sources)
    .values({
      key: `${kind.prefix}${input.sha256}`,
      type: kind.type,
      title: input.title,
      sha256: input.sha256,
      fileName: input.meta.fileName,
      description: input.description,
      authority: 'bureau_entry',
      authorityReason: `entered by the bureau (CSV imported by ${input.meta.actor})`,
      importedAt: new Date().toISOString(),
    })
    .returning({ id: sources.id })
    .get();
  db.insert(sourceTexts).values({ sourceId: id, rawText: input.text }).run();
  return { id, status: replace === null ? 'new' : 'replaced', replacedSourceId: replace };
}

type Placement = Parameters<typeof placeCsvSource>[1];

/**
 * A CSV import as one transaction (all or nothing): place its source, write its `rows` unless the
 * same content is already in, record it in the audit log, bump the data version and record the digest.
 */
export function writeCsvImport(
  handle: DbHandle,
  placement: Placement,
  rows: number,
  writeRows: (tx: Db, sourceId: number) => Promise<void>,
): Promise<CsvImportResult> {
  return handle.engine.transaction(async (tx): Promise<CsvImportResult> => {
    const db = sqliteConnection(tx);
    const placed = placeCsvSource(db, placement);
    const { replacedSourceId, status } = placed;
    const result = { sourceId: placed.id, status, rows, replacedSourceId };
    if (status === 'unchanged') return result;
    await writeRows(tx, placed.id);
    await audit(tx, {
      actor: placement.meta.actor,
      action: 'import',
      entity: 'source',
      entityId: String(placed.id),
      after: { rows, status, replacedSourceId },
    });
    await bumpDataVersion(tx);
    await recordDigest(tx, { kind: 'csv', title: placement.title, sourceId: placed.id }, [placed.id]);
    return result;
  });
}
