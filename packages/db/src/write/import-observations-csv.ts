/**
 * Import figures from a CSV: a preview row by row (what each row would add, is already there, or
 * why it is refused), then the import itself, all or nothing in one transaction. Each row cites
 * the source it names (title, URL, document number: one `csv` source per citation, authority
 * bureau_entry) and enters the review queue unreviewed; a row already imported is skipped, so
 * importing the same rows again changes nothing, under any file name. The import is audited.
 * Preparing (parse, check, preview) and writing are separate steps, so the API prepares without
 * holding the database's write lock and writes inside it (apps/api jobs/job-kinds.ts).
 */
import { createHash } from 'node:crypto';
import {
  axesOfKind,
  type CsvCellProblem,
  type CsvFigure,
  type CsvPreview,
  normaliseUnit,
  scaleExact,
} from '@ipb/domain';
import type { Db } from '../engine/db';
import { perEngine } from '../engine/dialect';
import { query } from '../engine/query';
import { audit } from './audit';
import { insertObservations, type NewObservation } from './insert-observations';
import { type CheckedRow, type CsvContext, checkObservationsCsv, figureKey } from './observations-csv';
import { bumpDataVersion } from './replace-source';

export class CsvImportError extends Error {
  override name = 'CsvImportError';
  constructor(readonly problems: Array<CsvCellProblem & { line: number | null }>) {
    super(`${problems.length} problem(s) in the CSV; nothing was imported.`);
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const citationKey = (f: CsvFigure) =>
  `csv-citation:${sha([f.sourceTitle, f.sourceUrl ?? '', f.documentNumber ?? ''].join('\u0000')).slice(0, 20)}`;

const STORED = perEngine(
  (d) => `SELECT o.external_id AS key FROM observations o JOIN sources s ON s.id = o.source_id
  WHERE s.type = 'csv' AND o.external_id IN (${d.list})`,
);
const CITATION = query(`SELECT s.id, t.raw_text AS "rawText" FROM sources s
  JOIN source_texts t ON t.source_id = s.id WHERE s.key = ?`);
const INSERT_CITATION = query(`INSERT INTO sources (key, type, title, url, document_number, year, description,
  authority, authority_reason, sha256, imported_at) VALUES (?, 'csv', ?, ?, ?, ?, ?, 'bureau_entry', ?, ?, ?)
  RETURNING id`);
const INSERT_TEXT = query("INSERT INTO source_texts (source_id, raw_text) VALUES (?, '')");
const SET_SHA = query('UPDATE sources SET sha256 = ? WHERE id = ?');
const SET_TEXT = query('UPDATE source_texts SET raw_text = ? WHERE source_id = ?');

/** The figure keys among `keys` already stored from CSV imports. */
async function storedKeys(db: Db, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await db.all<{ key: string }>(STORED, [JSON.stringify(keys)]);
  return new Set(rows.map((r) => r.key));
}

export type PreparedObservations = CsvPreview & { checked: CheckedRow[] };

/** Parse and check every row, and say which are new: reads only, so it needs no write turn. */
export async function prepareObservationsCsv(
  db: Db,
  input: { text: string; fileName: string | null },
  ctx: CsvContext,
): Promise<PreparedObservations> {
  const { fileProblems, rows } = checkObservationsCsv(input.text, ctx);
  const stored = await storedKeys(
    db,
    rows.flatMap((r) => (r.figure ? [figureKey(r.figure)] : [])),
  );
  const shown = rows.map((r) => ({
    line: r.line,
    status: r.example
      ? 'example'
      : r.problems.length
        ? 'error'
        : stored.has(figureKey(r.figure as CsvFigure))
          ? 'exists'
          : 'new',
    problems: r.problems,
    figure: r.figure,
  })) satisfies CsvPreview['rows'];
  const count = (s: string) => shown.filter((r) => r.status === s).length;
  const refused = count('error') + count('example');
  return {
    fileName: input.fileName,
    fileProblems,
    rows: shown,
    counts: { rows: shown.length, new: count('new'), exists: count('exists'), refused },
    importable: fileProblems.length === 0 && refused === 0 && shown.length > 0,
    checked: rows,
  };
}

/** The texts of the sources cited so far in one import (by citation key), written once at its end. */
type Texts = Map<string, { id: number; rawText: string }>;

/** The source a figure cites, created on first use; its text gathers the quotes it is cited for. */
async function citationSource(
  db: Db,
  f: CsvFigure,
  actor: string,
  texts: Texts,
): Promise<{ id: number; rawText: string }> {
  const key = citationKey(f);
  const known = texts.get(key);
  if (known) return known;
  const found = await db.get<{ id: number; rawText: string }>(CITATION, [key]);
  if (found) return found;
  const reason = `entered by the bureau (CSV imported by ${actor})`;
  const params = [
    key,
    f.sourceTitle,
    f.sourceUrl,
    f.documentNumber,
    f.year,
    reason,
    reason,
    sha(''),
    new Date().toISOString(),
  ];
  const { id } = (await db.get<{ id: number }>(INSERT_CITATION, params)) as { id: number };
  await db.run(INSERT_TEXT, [id]);
  return { id, rawText: '' };
}

/** A row's figure, citing its source; the source's text gains the row's quote. */
async function figureOf(db: Db, row: CheckedRow, actor: string, texts: Texts): Promise<NewObservation> {
  const f = row.figure as CsvFigure;
  const source = await citationSource(db, f, actor, texts);
  const unit = normaliseUnit(f.unit) as NonNullable<ReturnType<typeof normaliseUnit>>;
  // The source's text gathers its quotes, one per line, so the reader can show each one in place.
  const start = source.rawText.length;
  const rawText = `${source.rawText}${f.quote}\n`;
  texts.set(citationKey(f), { id: source.id, rawText });
  return {
    sourceId: source.id,
    externalId: figureKey(f),
    regionCode: f.regionCode,
    indicatorId: f.indicatorId,
    subject: f.indicatorName,
    valueAsWritten: f.value,
    unitAsWritten: f.unit,
    value: scaleExact(f.value, unit.factor),
    unit: unit.unit,
    kind: f.kind,
    ...axesOfKind(f.kind, unit.unit),
    qualifier: row.extra.qualifier,
    periodType: f.periodType,
    periodStart: f.periodType === 'full_year' ? `${f.year}-01-01` : null,
    periodEnd: f.periodEnd,
    year: f.year,
    quote: f.quote,
    start,
    end: start + f.quote.length,
    confidence: 1,
    reviewStatus: 'extracted',
    flags: row.extra.flags,
    note: row.extra.note,
  };
}

/**
 * Write a prepared file in one transaction, all or nothing. Rows are checked for being new again
 * inside it: another import may have written them while this one waited for its turn.
 */
export function writeObservationsCsv(
  db: Db,
  prepared: PreparedObservations,
  input: { text: string; fileName: string | null; actor: string },
  onProgress?: (written: number) => void,
) {
  const refused = [
    ...prepared.fileProblems,
    ...prepared.rows.flatMap((r) => r.problems.map((p) => ({ ...p, line: r.line }))),
  ];
  if (refused.length || !prepared.rows.length) throw new CsvImportError(refused);
  return db.transaction(async (tx) => {
    const candidates = prepared.checked.filter((_, i) => prepared.rows[i]?.status === 'new');
    const stored = await storedKeys(
      tx,
      candidates.map((row) => figureKey(row.figure as CsvFigure)),
    );
    const fresh = candidates.filter((row) => !stored.has(figureKey(row.figure as CsvFigure)));
    // Through insertObservations, the one insert of figures: it also indexes their words and
    // counts them per place, which search and the listings read.
    const figures: NewObservation[] = [];
    const texts: Texts = new Map();
    // One after another: figures citing one source each add their quote to its text, which is
    // written once per source (rewriting it per row grew quadratically with the file).
    for (const row of fresh) figures.push(await figureOf(tx, row, input.actor, texts));
    for (const { id, rawText } of texts.values()) {
      await tx.run(SET_SHA, [sha(rawText), id]);
      await tx.run(SET_TEXT, [rawText, id]);
    }
    await insertObservations(tx, figures, onProgress);
    const sourceIds = [...new Set(figures.map((f) => f.sourceId))];
    const unchanged = prepared.rows.length - fresh.length;
    let auditId: number | null = null;
    if (fresh.length) {
      auditId = await audit(tx, {
        actor: input.actor,
        action: 'import',
        entity: 'csv',
        entityId: input.fileName ?? sha(input.text).slice(0, 12),
        after: { added: fresh.length, unchanged, sourceIds },
      });
      await bumpDataVersion(tx);
    }
    return {
      status: fresh.length ? ('imported' as const) : ('unchanged' as const),
      rows: prepared.rows.length,
      added: fresh.length,
      unchanged,
      sourceIds,
      auditId,
    };
  });
}

export async function importObservationsCsv(
  db: Db,
  input: { text: string; fileName: string | null; actor: string },
  ctx: CsvContext,
) {
  return writeObservationsCsv(db, await prepareObservationsCsv(db, input, ctx), input);
}
