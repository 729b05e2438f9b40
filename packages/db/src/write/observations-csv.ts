/**
 * Reading a CSV of figures row by row: each row is checked on its own, every problem named by its
 * column with a code (the interface words it), and a valid row becomes the figure it would add.
 * The template's example row carries EXAMPLE_MARK in its note and is refused, so importing the
 * template unchanged stores nothing. Pure apart from the lookups it is given.
 */
import { createHash } from 'node:crypto';
import {
  type CsvCellProblem,
  type CsvFigure,
  type FieldProblemCode,
  type Indicator,
  normaliseUnit,
  OBSERVATION_CSV_COLUMNS,
  OBSERVATION_CSV_REQUIRED,
  OBSERVATION_KINDS,
  PERIOD_TYPES,
  type ProblemParams,
  type Region,
  valueProblem,
} from '@ipb/domain';
import { type CsvRecord, CsvSyntaxError, parseCsv } from './parse-csv';

/** What the template's example row says in its note column; a row that says it is refused. */
export const EXAMPLE_MARK = '示例行';

export const CSV_TEMPLATE = `\uFEFF${OBSERVATION_CSV_COLUMNS.join(',')}\r\n呼和浩特,high_tech_enterprises,2023,2023-12-31,point,actual,500,家,,"截至2023年底，全市高新技术企业达到500家（示例，请替换）",呼和浩特市科学技术局 2023年工作总结,https://kjj.huhhot.gov.cn/,呼科发〔2024〕1号,,${EXAMPLE_MARK}：导入前请删除或替换\r\n`;

export interface CsvContext {
  resolveRegion: (q: string) => Region | undefined;
  indicators: Map<string, Indicator>;
}

/** Each place looked up once per import (an import may hold 100,000 rows naming a few places). */
function remembered(ctx: CsvContext): CsvContext {
  const seen = new Map<string, Region | undefined>();
  return {
    indicators: ctx.indicators,
    resolveRegion: (q) => {
      if (!seen.has(q)) seen.set(q, ctx.resolveRegion(q));
      return seen.get(q);
    },
  };
}

type Row = Record<(typeof OBSERVATION_CSV_COLUMNS)[number], string>;
const toNumber = (s: string) => Number(s.normalize('NFKC').replace(/[,\s]/g, ''));

function problem(column: string, code: FieldProblemCode, message: string, params?: ProblemParams): CsvCellProblem {
  return { column, code, message, ...(params ? { params } : {}) };
}

function checkCells(row: Row, ctx: CsvContext): CsvCellProblem[] {
  const out: CsvCellProblem[] = [];
  for (const c of OBSERVATION_CSV_REQUIRED) if (!row[c]) out.push(problem(c, 'required', `${c} is required`));
  if (row.region && !ctx.resolveRegion(row.region))
    out.push(problem('region', 'unknown-place', `unknown place "${row.region}"`, { names: row.region }));
  if (row.indicator && !ctx.indicators.has(row.indicator))
    out.push(problem('indicator', 'unknown-indicator', `unknown indicator "${row.indicator}"`, { id: row.indicator }));
  if (row.value && !Number.isFinite(toNumber(row.value)))
    out.push(problem('value', 'not-a-number', `"${row.value}" is not a number`, { value: row.value }));
  if (row.unit && !normaliseUnit(row.unit))
    out.push(problem('unit', 'unknown-unit', `unknown unit "${row.unit}"`, { unit: row.unit }));
  const year = Number(row.year);
  if (row.year && !(Number.isInteger(year) && year > 1949 && year < 2101))
    out.push(problem('year', 'not-a-year', `"${row.year}" is not a year`, { value: row.year }));
  if (row.period_end && !isCalendarDate(row.period_end))
    out.push(problem('period_end', 'not-a-date', 'write the date as YYYY-MM-DD'));
  if (!row.year && !row.period_end) out.push(problem('year', 'year-or-date', 'give year or period_end'));
  for (const [column, allowed] of [
    ['period_type', PERIOD_TYPES],
    ['kind', OBSERVATION_KINDS],
  ] as const) {
    const v = row[column];
    if (v && !(allowed as readonly string[]).includes(v))
      out.push(problem(column, 'not-one-of', `one of ${allowed.join(', ')}`, { allowed: allowed.join(', ') }));
  }
  if (row.source_url && !/^https?:\/\/\S+$/.test(row.source_url))
    out.push(problem('source_url', 'invalid-format', 'a full URL (https://…)', { format: 'url' }));
  return out.length ? out : misfit(row, ctx);
}

/** A value that does not fit its indicator (unit, sign, a share over 100 %), checked once the cells are. */
function misfit(row: Row, ctx: CsvContext): CsvCellProblem[] {
  const indicator = ctx.indicators.get(row.indicator) as Indicator;
  const unit = normaliseUnit(row.unit) as NonNullable<ReturnType<typeof normaliseUnit>>;
  const kind = (row.kind || 'actual') as CsvFigure['kind'];
  const found = valueProblem(indicator, { value: toNumber(row.value), unit: unit.unit, unitAsWritten: row.unit, kind });
  if (!found) return [];
  const column = found.code === 'unit' ? 'unit' : 'value';
  return [problem(column, 'value-misfit', found.message, { indicator: indicator.id, unit: indicator.unit })];
}

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

/** The figure a valid row adds: the values as written, resolved place and indicator, its citation. */
function figureOf(row: Row, ctx: CsvContext): CsvFigure {
  const region = ctx.resolveRegion(row.region) as Region;
  const indicator = ctx.indicators.get(row.indicator) as Indicator;
  const year = row.year ? Number(row.year) : Number(row.period_end.slice(0, 4));
  const periodType = (row.period_type ||
    (indicator.quantityType === 'stock' ? 'point' : 'full_year')) as CsvFigure['periodType'];
  return {
    regionCode: region.code,
    regionName: region.name,
    regionNameEn: region.nameEn,
    indicatorId: indicator.id,
    indicatorName: indicator.nameZh,
    indicatorNameEn: indicator.nameEn,
    value: toNumber(row.value),
    unit: row.unit,
    kind: (row.kind || 'actual') as CsvFigure['kind'],
    periodType,
    year,
    periodEnd: row.period_end || `${year}-12-31`,
    quote: row.quote,
    sourceTitle: row.source_title,
    sourceUrl: row.source_url || null,
    documentNumber: row.document_number || null,
  };
}

/** A row's identity is its content: the same figure from the same source imports once. */
export function figureKey(f: CsvFigure): string {
  const parts = [f.regionCode, f.indicatorId, f.kind, f.periodType, f.periodEnd, f.value, f.unit, f.quote];
  return `csv:${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20)}`;
}

export interface CheckedRow {
  line: number;
  problems: CsvCellProblem[];
  example: boolean;
  figure: CsvFigure | null;
  /** What the row adds besides the figure: qualifier (超过, 约), quality flags and a note. */
  extra: { qualifier: string | null; flags: string[]; note: string | null };
}

export interface CheckedFile {
  fileProblems: Array<CsvCellProblem & { line: number }>;
  rows: CheckedRow[];
}

function headerProblems(records: CsvRecord[]): Array<CsvCellProblem & { line: number }> {
  const header = records[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const missing = OBSERVATION_CSV_REQUIRED.filter((c) => !header.includes(c));
  if (!missing.length) return records.length > 1 ? [] : [{ line: 2, ...problem('', 'no-rows', 'no rows') }];
  const columns = missing.join(', ');
  return [{ line: 1, ...problem(columns, 'missing-columns', `the header lacks ${columns}`, { columns }) }];
}

export function checkObservationsCsv(text: string, ctx: CsvContext): CheckedFile {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (err) {
    if (!(err instanceof CsvSyntaxError)) throw err;
    const p = problem('', err.code, err.message, { line: err.line });
    return { fileProblems: [{ line: err.line, ...p }], rows: [] };
  }
  const fileProblems = headerProblems(records);
  if (fileProblems.length) return { fileProblems, rows: [] };
  const header = (records[0]?.cells ?? []).map((c) => c.trim().toLowerCase());
  const lookups = remembered(ctx);
  const rows = records.slice(1).map(({ line, cells }): CheckedRow => {
    const row = Object.fromEntries(
      OBSERVATION_CSV_COLUMNS.map((c) => [c, (cells[header.indexOf(c)] ?? '').trim()]),
    ) as Row;
    const extra = {
      qualifier: row.qualifier || null,
      flags: row.flags
        .split(/[;；]/)
        .map((f) => f.trim())
        .filter(Boolean),
      note: row.note || null,
    };
    if (row.note.startsWith(EXAMPLE_MARK)) {
      const refused = problem('note', 'example-row', 'the template’s example row: delete or replace it');
      return { line, example: true, figure: null, extra, problems: [refused] };
    }
    const problems =
      cells.length > header.length
        ? [
            problem(
              '',
              'too-many-cells',
              `${cells.length} cells but ${header.length} columns: quote a cell that holds a comma`,
              { cells: cells.length, columns: header.length },
            ),
          ]
        : checkCells(row, lookups);
    return { line, example: false, problems, figure: problems.length ? null : figureOf(row, lookups), extra };
  });
  return { fileProblems, rows };
}
