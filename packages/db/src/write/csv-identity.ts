/**
 * What a CSV import is: its content. The same text is the same import whatever the file is called
 * (so sending it twice adds nothing), and a new file never deletes an earlier one unless the editor
 * names that earlier import (`replace`, a source id). Issue 11: identity by file name deleted the
 * rows of an unrelated `figures.csv` and imported the same bytes again under another name.
 * placeCsvSource must run inside the caller's transaction; writeCsvImport is that transaction.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { query } from '../engine/query';
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

// The prefix is compared as a prefix (instr/strpos = 1), not with LIKE, whose `_` and `%` are wildcards.
const EXISTING = perEngine(
  (d) => `SELECT id FROM sources WHERE sha256 = ? AND ${d.instr}(key, ?) = 1 ORDER BY id LIMIT 1`,
);
const KEY_OF = query('SELECT key FROM sources WHERE id = ?');
const DELETE_SOURCE = query('DELETE FROM sources WHERE id = ?');
const INSERT_SOURCE = query(`INSERT INTO sources (key, type, title, sha256, file_name, description, authority,
  authority_reason, imported_at) VALUES (?, ?, ?, ?, ?, ?, 'bureau_entry', ?, ?) RETURNING id`);
const INSERT_TEXT = query('INSERT INTO source_texts (source_id, raw_text) VALUES (?, ?)');

async function existingImport(db: Db, prefix: string, sha256: string): Promise<number | null> {
  return (await db.get<{ id: number }>(EXISTING, [sha256, prefix]))?.id ?? null;
}

async function dropReplaced(db: Db, kind: keyof typeof KINDS, id: number): Promise<void> {
  const target = await db.get<{ key: string }>(KEY_OF, [id]);
  if (!target) throw new CsvReplaceError('not-found', id, `There is no source ${id} to replace.`);
  if (!target.key.startsWith(KINDS[kind].prefix))
    throw new CsvReplaceError(
      'not-an-import',
      id,
      `Source ${id} is not a ${KINDS[kind].what} import: only one can be replaced.`,
    );
  await db.run(DELETE_SOURCE, [id]);
}

/** Find or insert the source of a CSV import; delete the import it replaces, if the caller named one. */
export async function placeCsvSource(
  db: Db,
  input: {
    kind: keyof typeof KINDS;
    sha256: string;
    text: string;
    meta: CsvImportMeta;
    title: string;
    description: string;
  },
): Promise<{ id: number; status: ReplaceStatus; replacedSourceId: number | null }> {
  const kind = KINDS[input.kind];
  const same = await existingImport(db, kind.prefix, input.sha256);
  const replace = input.meta.replace ?? null;
  if (same !== null && (replace === null || replace === same))
    return { id: same, status: 'unchanged', replacedSourceId: null };
  if (replace !== null) await dropReplaced(db, input.kind, replace);
  if (same !== null) return { id: same, status: 'replaced', replacedSourceId: replace };
  const reason = `entered by the bureau (CSV imported by ${input.meta.actor})`;
  const params = [`${kind.prefix}${input.sha256}`, kind.type, input.title, input.sha256, input.meta.fileName];
  const row = await db.get<{ id: number }>(INSERT_SOURCE, [
    ...params,
    input.description,
    reason,
    new Date().toISOString(),
  ]);
  const { id } = row as { id: number };
  await db.run(INSERT_TEXT, [id, input.text]);
  return { id, status: replace === null ? 'new' : 'replaced', replacedSourceId: replace };
}

type Placement = Parameters<typeof placeCsvSource>[1];

/**
 * A CSV import as one transaction (all or nothing): place its source, write its `rows` unless the
 * same content is already in, record it in the audit log, bump the data version and record the digest.
 */
export function writeCsvImport(
  db: Db,
  placement: Placement,
  rows: number,
  writeRows: (tx: Db, sourceId: number) => Promise<void>,
): Promise<CsvImportResult> {
  return db.transaction(async (tx): Promise<CsvImportResult> => {
    const placed = await placeCsvSource(tx, placement);
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
