/**
 * Import figures from a CSV (the bureau's own 呼和浩特 figures, or any place's): every row is
 * validated first and every problem reported with its line number; only a file without problems
 * is written, in one transaction. Each row must say where the figure comes from (quote + source).
 */
import { createHash } from 'node:crypto';
import {
  axesOfKind,
  type Indicator,
  normaliseUnit,
  OBSERVATION_KINDS,
  type ObservationKind,
  PERIOD_TYPES,
  type Region,
  scaleExact,
} from '@ipb/domain';
import type { DbHandle } from '../create-db';
import { auditLog, observations } from '../schema';
import { parseCsv } from './parse-csv';
import { bumpDataVersion, replaceSource } from './replace-source';

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

export class CsvImportError extends Error {
  override name = 'CsvImportError';
  constructor(readonly problems: Array<{ line: number; column: string; message: string }>) {
    super(`${problems.length} problem(s) in the CSV; nothing was imported.`);
  }
}

type Row = Record<(typeof CSV_COLUMNS)[number], string>;
const toNumber = (s: string) => Number(s.normalize('NFKC').replace(/[,\s]/g, ''));

function validateRow(
  row: Row,
  line: number,
  ctx: { resolveRegion: (q: string) => Region | undefined; indicators: Map<string, Indicator> },
) {
  const problems: CsvImportError['problems'] = [];
  const bad = (column: string, message: string) => problems.push({ line, column, message });
  for (const c of REQUIRED) if (!row[c]?.trim()) bad(c, `${c} is required`);
  const region = row.region ? ctx.resolveRegion(row.region.trim()) : undefined;
  if (row.region && !region)
    bad('region', `unknown place "${row.region}" (use a code such as 150100 or a name such as 呼和浩特)`);
  const indicator = ctx.indicators.get(row.indicator?.trim());
  if (row.indicator && !indicator) bad('indicator', `unknown indicator "${row.indicator}" (see GET /api/indicators)`);
  const value = toNumber(row.value ?? '');
  if (row.value && !Number.isFinite(value)) bad('value', `"${row.value}" is not a number`);
  const unit = row.unit ? normaliseUnit(row.unit) : null;
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
  if (problems.length || !region || !indicator || !unit) return { problems, value: null };
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
      kind: (row.kind || 'actual') as ObservationKind,
      ...axesOfKind((row.kind || 'actual') as ObservationKind, unit.unit),
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

export function importObservationsCsv(
  handle: DbHandle,
  input: { text: string; fileName: string | null; actor: string },
  ctx: { resolveRegion: (q: string) => Region | undefined; indicators: Map<string, Indicator> },
) {
  const records = parseCsv(input.text);
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
  const problems: CsvImportError['problems'] = [];
  const rows = records.slice(1).flatMap(({ line, cells }) => {
    const row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, (cells[header.indexOf(c)] ?? '').trim()])) as Row;
    const result = validateRow(row, line, ctx);
    problems.push(...result.problems);
    return result.value ? [result.value] : [];
  });
  if (!rows.length && !problems.length)
    problems.push({ line: 2, column: '', message: 'the file has a header but no rows' });
  if (problems.length) throw new CsvImportError(problems);
  const sha256 = createHash('sha256').update(input.text).digest('hex');
  return handle.sqlite.transaction(() => {
    const { db } = handle;
    const { id, status } = replaceSource(db, {
      key: `csv:${input.fileName ?? sha256}`,
      type: 'csv',
      title: input.fileName ? `CSV: ${input.fileName}` : 'CSV import',
      sha256,
      rawText: input.text,
      fileName: input.fileName,
      description: `imported by ${input.actor}`,
      authority: 'bureau_entry',
      authorityReason: `entered by the bureau (CSV imported by ${input.actor})`,
    });
    if (status !== 'unchanged') {
      for (const row of rows)
        db.insert(observations)
          .values({ ...row, sourceId: id, confidence: 1, reviewStatus: 'curated' })
          .run();
      db.insert(auditLog)
        .values({
          actor: input.actor,
          action: 'import',
          entity: 'source',
          entityId: String(id),
          after: { rows: rows.length, status },
        })
        .run();
      bumpDataVersion(db);
    }
    return { sourceId: id, status, rows: rows.length };
  })();
}
