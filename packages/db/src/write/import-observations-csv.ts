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
import {
  axesOfKind,
  type Indicator,
  normaliseUnit,
  OBSERVATION_KINDS,
  type ObservationKind,
  PERIOD_TYPES,
  type Region,
  scaleExact,
  valueProblem,
} from '@ipb/domain';
import type { DbHandle } from '../create-db';
import { auditLog, type observations } from '../schema';
import { type CsvImportMeta, type CsvImportResult, contentSha256, placeCsvSource } from './csv-identity';
import { insertObservationRows } from './insert-observation-rows';
import { CsvSyntaxError, parseCsv } from './parse-csv';
import { bumpDataVersion } from './replace-source';

export const CSV_COLUMNS = [
  'region',
  'indicator',
  'year',
  'period_end',
  'period_type',
  'kind',
  'value',
  'unit',
  'qualifier',
  'quote',
  'source_title',
  'source_url',
  'flags',
  'note',
] as const;
const REQUIRED = ['region', 'indicator', 'value', 'unit', 'quote', 'source_title'] as const;

export const CSV_TEMPLATE = `\uFEFF${CSV_COLUMNS.join(',')}\r\n呼和浩特,high_tech_enterprises,2023,2023-12-31,point,actual,500,家,,"截至2023年底，全市高新技术企业达到500家（示例，请替换）",呼和浩特市科学技术局 2023年工作总结,,,示例行：导入前请删除\r\n`;

export interface CsvProblem {
  line: number;
  column: string;
  message: string;
}

export class CsvImportError extends Error {
  override name = 'CsvImportError';
  constructor(readonly problems: CsvProblem[]) {
    super(`${problems.length} problem(s) in the CSV; nothing was imported.`);
  }
}

export interface CsvContext {
  resolveRegion: (q: string) => Region | undefined;
  indicators: Map<string, Indicator>;
}

type Row = Record<(typeof CSV_COLUMNS)[number], string>;
type ObservationRow = Omit<typeof observations.$inferInsert, 'sourceId' | 'confidence' | 'reviewStatus'>;
function memo<T>(lookup: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (!seen.has(key)) seen.set(key, lookup(key));
    return seen.get(key) as T;
  };
}
/** The lookups of one import, remembered for its length only (an import may hold 100,000 rows). */
type Lookups = CsvContext & { unitOf: typeof normaliseUnit };
const toNumber = (s: string) => Number(s.normalize('NFKC').replace(/[,\s]/g, ''));

function checkCells(row: Row, bad: (column: string, message: string) => void, ctx: Lookups) {
  for (const c of REQUIRED) if (!row[c]?.trim()) bad(c, `${c} is required`);
  const region = row.region ? ctx.resolveRegion(row.region.trim()) : undefined;
  if (row.region && !region)
    bad('region', `unknown place "${row.region}" (use a code such as 150100 or a name such as 呼和浩特)`);
  const indicator = ctx.indicators.get(row.indicator?.trim());
  if (row.indicator && !indicator) bad('indicator', `unknown indicator "${row.indicator}" (see GET /api/indicators)`);
  const value = toNumber(row.value ?? '');
  if (row.value && !Number.isFinite(value)) bad('value', `"${row.value}" is not a number`);
  const unit = row.unit ? ctx.unitOf(row.unit) : null;
  if (row.unit && !unit) bad('unit', `unknown unit "${row.unit}" (e.g. 家, 个, 亿元, 万元, %)`);
  const year = row.year ? Number(row.year) : null;
  if (row.year && !(Number.isInteger(year) && (year as number) > 1949 && (year as number) < 2101))
    bad('year', `"${row.year}" is not a year`);
  if (row.period_end && !/^\d{4}-\d{2}-\d{2}$/.test(row.period_end)) bad('period_end', 'write the date as YYYY-MM-DD');
  if (!row.year && !row.period_end) bad('year', 'give year or period_end');
  if (row.period_type && !(PERIOD_TYPES as readonly string[]).includes(row.period_type))
    bad('period_type', `one of ${PERIOD_TYPES.join(', ')}`);
  if (row.kind && !(OBSERVATION_KINDS as readonly string[]).includes(row.kind))
    bad('kind', `one of ${OBSERVATION_KINDS.join(', ')}`);
  return { region, indicator, value, unit, year };
}

function validateRow(row: Row, line: number, ctx: Lookups): { problems: CsvProblem[]; value: ObservationRow | null } {
  const problems: CsvProblem[] = [];
  const bad = (column: string, message: string) => problems.push({ line, column, message });
  const { region, indicator, value, unit, year } = checkCells(row, bad, ctx);
  if (problems.length || !region || !indicator || !unit) return { problems, value: null };
  const kind = (row.kind || 'actual') as (typeof OBSERVATION_KINDS)[number];
  const misfit = valueProblem(indicator, { value, unit: unit.unit, unitAsWritten: row.unit, kind });
  if (misfit) bad(misfit.code === 'unit' ? 'unit' : 'value', misfit.message);
  if (problems.length) return { problems, value: null };
  const periodYear = year ?? Number(row.period_end.slice(0, 4));
  const periodType = (row.period_type ||
    (indicator.quantityType === 'stock' ? 'point' : 'full_year')) as (typeof PERIOD_TYPES)[number];
  return {
    problems,
    value: {
      regionCode: region.code,
      indicatorId: indicator.id,
      subject: indicator.nameZh,
      valueAsWritten: value,
      unitAsWritten: row.unit,
      value: scaleExact(value, unit.factor),
      unit: unit.unit,
      kind,
      ...axesOfKind(kind as ObservationKind, unit.unit),
      qualifier: row.qualifier || null,
      periodType,
      periodStart: periodType === 'full_year' ? `${periodYear}-01-01` : null,
      periodEnd: row.period_end || `${periodYear}-12-31`,
      year: periodYear,
      quote: row.quote.trim(),
      flags: row.flags
        ? row.flags
            .split(/[;；]/)
            .map((f) => f.trim())
            .filter(Boolean)
        : [],
      note: [row.note, row.source_title, row.source_url].filter(Boolean).join(' · ') || null,
    },
  };
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
  // A file repeats its places and units: look each up once.
  const cached: Lookups = { ...ctx, resolveRegion: memo(ctx.resolveRegion), unitOf: memo(normaliseUnit) };
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
  return handle.sqlite.transaction((): CsvImportResult => {
    const { db } = handle;
    const placed = placeCsvSource(db, {
      kind: 'csv',
      sha256: prepared.sha256,
      text: prepared.text,
      meta,
      title: meta.fileName ? `CSV: ${meta.fileName}` : 'CSV import',
      description: `imported by ${meta.actor}`,
    });
    const result = {
      sourceId: placed.id,
      status: placed.status,
      rows: prepared.rows.length,
      replacedSourceId: placed.replacedSourceId,
    };
    if (placed.status === 'unchanged') return result;
    const rows = prepared.rows.map((row) => ({
      ...row,
      sourceId: placed.id,
      confidence: 1,
      reviewStatus: 'curated' as const,
    }));
    insertObservationRows(handle, rows, onProgress);
    db.insert(auditLog)
      .values({
        actor: meta.actor,
        action: 'import',
        entity: 'source',
        entityId: String(placed.id),
        after: { rows: prepared.rows.length, status: placed.status, replacedSourceId: placed.replacedSourceId },
      })
      .run();
    bumpDataVersion(db);
    return result;
  })();
}

export function importObservationsCsv(
  handle: DbHandle,
  input: { text: string } & CsvImportMeta,
  ctx: CsvContext,
): CsvImportResult {
  return writeObservationsCsv(handle, prepareObservationsCsv(input.text, ctx), input);
}
