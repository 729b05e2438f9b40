/**
 * Import figures from a CSV (the bureau's own 呼和浩特 figures, or any place's): every row is
 * validated first — the value against its indicator's unit and quantity type — and every problem
 * reported with its line number; only a file without problems is written, in one transaction.
 * Each row must say where the figure comes from (quote + source).
 *
 * Identity is the content (csv-identity.ts): the same text again is "unchanged" whatever the file
 * is called, and a different file never replaces an earlier one unless the caller names it.
 * Preparing (parse + validate) and writing are separate steps so a caller can do the first without
 * holding the database's write lock (the API runs both off its event loop).
 */
import type { DbHandle } from '../create-db';
import { type CsvImportMeta, type CsvImportResult, contentSha256, writeCsvImport } from './csv-identity';
import { insertObservations } from './insert-observations';
import {
  CSV_COLUMNS,
  type CsvContext,
  type CsvProblem,
  lookupsFor,
  type ObservationRow,
  REQUIRED,
  type Row,
  validateRow,
} from './observation-csv-row';
import { CsvSyntaxError, parseCsv } from './parse-csv';

export const CSV_TEMPLATE = `\uFEFF${CSV_COLUMNS.join(',')}\r\n呼和浩特,high_tech_enterprises,2023,2023-12-31,point,actual,500,家,,"截至2023年底，全市高新技术企业达到500家（示例，请替换）",呼和浩特市科学技术局 2023年工作总结,,,示例行：导入前请删除\r\n`;

export class CsvImportError extends Error {
  override name = 'CsvImportError';
  constructor(readonly problems: CsvProblem[]) {
    super(`${problems.length} problem(s) in the CSV; nothing was imported.`);
  }
}

export interface PreparedObservations {
  text: string;
  sha256: string;
  rows: ObservationRow[];
}

function parseOrRefuse(text: string) {
  try {
    return parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new CsvImportError([{ line: err.line, column: '', message: err.message }]);
    throw err;
  }
}

/** Parse and validate every row; throws CsvImportError with every problem, or returns rows to write. */
export function prepareObservationsCsv(text: string, ctx: CsvContext): PreparedObservations {
  const records = parseOrRefuse(text);
  const header = records[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (!records.length || missing.length) {
    throw new CsvImportError([
      {
        line: 1,
        column: missing.join(', ') || 'header',
        message: `the header must contain ${REQUIRED.join(', ')} (download the template)`,
      },
    ]);
  }
  const problems: CsvProblem[] = [];
  const at = CSV_COLUMNS.map((c) => header.indexOf(c));
  const cached = lookupsFor(ctx);
  const rows = records.slice(1).flatMap(({ line, cells }) => {
    if (cells.length > header.length) {
      problems.push({
        line,
        column: '',
        message: `${cells.length} cells but ${header.length} columns: quote a cell that holds a comma`,
      });
      return [];
    }
    const row = {} as Row;
    CSV_COLUMNS.forEach((c, i) => {
      row[c] = (cells[at[i] ?? -1] ?? '').trim();
    });
    const result = validateRow(row, line, cached);
    problems.push(...result.problems);
    return result.value ? [result.value] : [];
  });
  if (!rows.length && !problems.length)
    problems.push({ line: 2, column: '', message: 'the file has a header but no rows' });
  if (problems.length) throw new CsvImportError(problems);
  return { text, sha256: contentSha256(text), rows };
}

/** Write prepared rows as one source, in one transaction (all or nothing). */
export function writeObservationsCsv(
  handle: DbHandle,
  prepared: PreparedObservations,
  meta: CsvImportMeta,
  onProgress?: (written: number) => void,
): CsvImportResult {
  const { sha256, text } = prepared;
  const title = meta.fileName ? `CSV: ${meta.fileName}` : 'CSV import';
  const placement = { kind: 'csv' as const, sha256, text, meta, title, description: `imported by ${meta.actor}` };
  return writeCsvImport(handle, placement, prepared.rows.length, (sourceId) => {
    const rows = prepared.rows.map((row) => ({ ...row, sourceId, confidence: 1, reviewStatus: 'curated' as const }));
    insertObservations(handle.db, rows, onProgress);
  });
}

export function importObservationsCsv(
  handle: DbHandle,
  input: { text: string } & CsvImportMeta,
  ctx: CsvContext,
): CsvImportResult {
  return writeObservationsCsv(handle, prepareObservationsCsv(input.text, ctx), input);
}

export { CSV_COLUMNS, type CsvContext, type CsvProblem };
