/**
 * One row of a figures CSV: its columns, and the check of every cell — place, indicator, number,
 * unit, year, period — and of the value against its indicator (unit, sign, share range), giving
 * either an observation to write or the problems with their line and column.
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
import type { observations } from '../schema';

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
export const REQUIRED = ['region', 'indicator', 'value', 'unit', 'quote', 'source_title'] as const;

export interface CsvProblem {
  line: number;
  column: string;
  message: string;
}

export interface CsvContext {
  resolveRegion: (q: string) => Region | undefined;
  indicators: Map<string, Indicator>;
}

export type Row = Record<(typeof CSV_COLUMNS)[number], string>;
export type ObservationRow = Omit<typeof observations.$inferInsert, 'sourceId' | 'confidence' | 'reviewStatus'>;
function memo<T>(lookup: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (!seen.has(key)) seen.set(key, lookup(key));
    return seen.get(key) as T;
  };
}
/** The lookups of one import, remembered for its length only (an import may hold 100,000 rows). */
export type Lookups = CsvContext & { unitOf: typeof normaliseUnit };
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

export function validateRow(
  row: Row,
  line: number,
  ctx: Lookups,
): { problems: CsvProblem[]; value: ObservationRow | null } {
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

/** The lookups of one import: each place and unit looked up once, forgotten with the import. */
export const lookupsFor = (ctx: CsvContext): Lookups => ({
  ...ctx,
  resolveRegion: memo(ctx.resolveRegion),
  unitOf: memo(normaliseUnit),
});
