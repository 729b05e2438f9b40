/**
 * The bureau's policy inventory from a CSV: every row validated first and every problem reported
 * with its line and column; only a file without problems is written, in one transaction, as one
 * `manual` source whose identity is its content (csv-identity.ts).
 */
import { BureauMeasureInputSchema, fieldProblemOfIssue, type Region, THEME_IDS } from '@ipb/domain';
import type { Db } from '../engine/db';
import { BureauMeasureError, insertEntry, type Resolved } from './bureau-measures';
import { type CsvImportMeta, type CsvImportResult, contentSha256, writeCsvImport } from './csv-identity';
import { CsvSyntaxError, parseCsv } from './parse-csv';

/** The template's example row is marked so (（示例）, （示例，请替换）); a row that carries the mark is refused. */
const MEASURE_EXAMPLE_MARK = '（示例';

const list = (v: string) =>
  v
    .split(/[、;；,，|]/)
    .map((s) => s.trim())
    .filter(Boolean);

function parseOrRefuse(text: string) {
  try {
    return parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError)
      throw new BureauMeasureError([
        { line: err.line, column: '', message: err.message, code: err.code, params: { line: err.line } },
      ]);
    throw err;
  }
}

export interface PreparedMeasures {
  text: string;
  sha256: string;
  rows: Resolved[];
}

/** Parse and validate every row; throws BureauMeasureError with every problem, or returns rows to write. */
export function prepareBureauMeasuresCsv(
  text: string,
  resolveRegion: (q: string) => Region | undefined,
): PreparedMeasures {
  const records = parseOrRefuse(text);
  const header = records[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const required = ['themes', 'title', 'text', 'date'];
  const missing = required.filter((c) => !header.includes(c));
  if (!records.length || missing.length)
    throw new BureauMeasureError([
      {
        line: 1,
        column: missing.join(', ') || 'header',
        message: `the header must contain ${required.join(', ')} (download the template)`,
        code: 'missing-columns',
        params: { columns: (missing.length ? missing : required).join(', ') },
      },
    ]);
  const problems: BureauMeasureError['problems'] = [];
  const rows: Resolved[] = [];
  for (const { line, cells } of records.slice(1)) {
    if (cells.length > header.length) {
      problems.push({
        line,
        column: '',
        message: `${cells.length} cells but ${header.length} columns: quote a cell that holds a comma`,
        code: 'too-many-cells',
      });
      continue;
    }
    if (cells.some((c) => c.includes(MEASURE_EXAMPLE_MARK))) {
      problems.push({
        line,
        column: '',
        message: 'the template’s example row: delete or replace it',
        code: 'example-row',
      });
      continue;
    }
    const row = validateMeasureRow((c) => (cells[header.indexOf(c)] ?? '').trim(), line, resolveRegion, problems);
    if (row) rows.push(row);
  }
  if (!rows.length && !problems.length)
    problems.push({ line: 2, column: '', message: 'the file has a header but no rows', code: 'no-rows' });
  if (problems.length) throw new BureauMeasureError(problems);
  return { text, sha256: contentSha256(text), rows };
}

function validateMeasureRow(
  cell: (column: string) => string,
  line: number,
  resolveRegion: (q: string) => Region | undefined,
  problems: BureauMeasureError['problems'],
): Resolved | null {
  const regionText = cell('region') || '150100';
  const region = resolveRegion(regionText);
  if (!region)
    problems.push({
      line,
      column: 'region',
      message: `unknown place "${regionText}"`,
      code: 'unknown-place',
      params: { names: regionText },
    });
  const themes = list(cell('themes'));
  const unknown = themes.filter((t) => !(THEME_IDS as readonly string[]).includes(t));
  if (unknown.length)
    problems.push({
      line,
      column: 'themes',
      message: `unknown theme ${unknown.join(', ')} (ids such as ${THEME_IDS.slice(0, 3).join(', ')})`,
      code: 'unknown-theme',
      params: { ids: unknown.join(', ') },
    });
  const parsed = BureauMeasureInputSchema.safeParse({
    region: regionText,
    themes: unknown.length ? ['other'] : themes,
    title: cell('title'),
    text: cell('text'),
    date: cell('date'),
    programs: list(cell('programs')),
    document: cell('document') || null,
    url: cell('url') || null,
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? '');
      // A date that is not YYYY-MM-DD or not on the calendar is one problem to the reader.
      const coded =
        column === 'date'
          ? { code: 'not-a-date' as const }
          : fieldProblemOfIssue(issue.code, issue as unknown as Record<string, unknown>, issue.message);
      problems.push({ line, column, message: issue.message, ...coded });
    }
  return parsed.success && region ? { ...parsed.data, regionCode: region.code } : null;
}

/** Write prepared measures as one source, in one transaction (all or nothing), on either engine. */
export function writeBureauMeasuresCsv(
  db: Db,
  prepared: PreparedMeasures,
  meta: CsvImportMeta,
): Promise<CsvImportResult> {
  const { sha256, text } = prepared;
  const title = meta.fileName ? `本局政策清单：${meta.fileName}` : '本局政策清单（CSV）';
  const placement = {
    kind: 'bureau-measures' as const,
    sha256,
    text,
    meta,
    title,
    description: `policy inventory imported by ${meta.actor}`,
  };
  return writeCsvImport(db, placement, prepared.rows.length, async (tx, sourceId) => {
    let at = 0;
    for (const row of prepared.rows) at = (await insertEntry(tx, sourceId, row, at, text, meta.actor)).end;
  });
}

/** Parse, validate and write: a file with any problem writes nothing. */
export function importBureauMeasuresCsv(
  db: Db,
  input: { text: string } & CsvImportMeta,
  resolveRegion: (q: string) => Region | undefined,
): Promise<CsvImportResult> {
  return writeBureauMeasuresCsv(db, prepareBureauMeasuresCsv(input.text, resolveRegion), input);
}
