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
import { and, eq, inArray } from 'drizzle-orm';
import type { DbHandle, Drizzle } from '../create-db';
import { sqliteConnection } from '../engine/sqlite';
import { observations, sources, sourceTexts } from '../schema';
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

/** The figure keys among `keys` already stored from CSV imports. */
function storedKeys(db: Drizzle, keys: string[]): Set<string> {
  if (!keys.length) return new Set();
  const rows = db
    .select({ key: observations.externalId })
    .from(observations)
    .innerJoin(sources, eq(sources.id, observations.sourceId))
    .where(and(eq(sources.type, 'csv'), inArray(observations.externalId, keys)))
    .all();
  return new Set(rows.map((r) => r.key as string));
}

export type PreparedObservations = CsvPreview & { checked: CheckedRow[] };

/** Parse and check every row, and say which are new: reads only, so it needs no write turn. */
export function prepareObservationsCsv(
  db: Drizzle,
  input: { text: string; fileName: string | null },
  ctx: CsvContext,
): PreparedObservations {
  const { fileProblems, rows } = checkObservationsCsv(input.text, ctx);
  const stored = storedKeys(
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

/** The source a figure cites, created on first use; its text gathers the quotes it is cited for. */
function citationSource(db: Drizzle, f: CsvFigure, actor: string): { id: number; rawText: string } {
  const key = citationKey(f);
  const found = db
    .select({ id: sources.id, rawText: sourceTexts.rawText })
    .from(sources)
    .innerJoin(sourceTexts, eq(sourceTexts.sourceId, sources.id))
    .where(eq(sources.key, key))
    .get();
  if (found) return found;
  const row = db
    .insert(sources)
    .values({
      key,
      type: 'csv',
      title: f.sourceTitle,
      url: f.sourceUrl,
      documentNumber: f.documentNumber,
      year: f.year,
      description: `entered by the bureau (CSV imported by ${actor})`,
      authority: 'bureau_entry',
      authorityReason: `entered by the bureau (CSV imported by ${actor})`,
      sha256: sha(''),
      importedAt: new Date().toISOString(),
    })
    .returning({ id: sources.id })
    .get();
  db.insert(sourceTexts).values({ sourceId: row.id, rawText: '' }).run();
  return { id: row.id, rawText: '' };
}

/** A row's figure, citing its source; the source's text gains the row's quote. */
function figureOf(db: Drizzle, row: CheckedRow, actor: string): NewObservation {
  const f = row.figure as CsvFigure;
  const source = citationSource(db, f, actor);
  const unit = normaliseUnit(f.unit) as NonNullable<ReturnType<typeof normaliseUnit>>;
  // The source's text gathers its quotes, one per line, so the reader can show each one in place.
  const start = source.rawText.length;
  const rawText = `${source.rawText}${f.quote}\n`;
  db.update(sources)
    .set({ sha256: sha(rawText) })
    .where(eq(sources.id, source.id))
    .run();
  db.update(sourceTexts).set({ rawText }).where(eq(sourceTexts.sourceId, source.id)).run();
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
  handle: DbHandle,
  prepared: PreparedObservations,
  input: { text: string; fileName: string | null; actor: string },
  onProgress?: (written: number) => void,
) {
  const refused = [
    ...prepared.fileProblems,
    ...prepared.rows.flatMap((r) => r.problems.map((p) => ({ ...p, line: r.line }))),
  ];
  if (refused.length || !prepared.rows.length) throw new CsvImportError(refused);
  return handle.engine.transaction(async (tx) => {
    const db = sqliteConnection(tx);
    const candidates = prepared.checked.filter((_, i) => prepared.rows[i]?.status === 'new');
    const stored = storedKeys(
      db,
      candidates.map((row) => figureKey(row.figure as CsvFigure)),
    );
    const fresh = candidates.filter((row) => !stored.has(figureKey(row.figure as CsvFigure)));
    // Through insertObservations, the one insert of figures: it also indexes their words and
    // counts them per place, which search and the listings read.
    const figures = fresh.map((row) => figureOf(db, row, input.actor));
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

export function importObservationsCsv(
  handle: DbHandle,
  input: { text: string; fileName: string | null; actor: string },
  ctx: CsvContext,
) {
  return writeObservationsCsv(handle, prepareObservationsCsv(handle.db, input, ctx), input);
}
