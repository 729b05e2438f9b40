/**
 * Turn reference figures (one JSONL line each, found in public pages) into sources and observation
 * rows. Pure. One source per page (URL + title); the period follows from the indicator's quantity
 * type and the row's flags, so a partial-year count never sits on the same line as year-end counts.
 */
import { createHash } from 'node:crypto';
import {
  type Indicator,
  normaliseUnit,
  type ObservationKind,
  type PeriodType,
  type ReferenceFigure,
  type Region,
} from '@ipb/domain';
import { DataFileError } from './read-data-dir';

export interface ReferenceObservation {
  externalId: string;
  regionCode: string;
  indicatorId: string | null;
  subject: string;
  valueAsWritten: number;
  unitAsWritten: string;
  value: number;
  unit: string;
  kind: ObservationKind;
  periodType: PeriodType;
  periodStart: string | null;
  periodEnd: string | null;
  year: number | null;
  quote: string;
  flags: string[];
  note: string | null;
}

export interface ReferenceSource {
  key: string;
  title: string;
  url: string;
  description: string;
  sha256: string;
  rawText: string;
  observations: ReferenceObservation[];
}

interface Period {
  periodType: PeriodType;
  periodStart: string | null;
  periodEnd: string | null;
  year: number | null;
}

export function referencePeriod(figure: ReferenceFigure, indicator: Indicator | undefined): Period {
  if (typeof figure.year === 'string') {
    const m = /^(\d{4})\s*[-–~]\s*(\d{4})$/.exec(figure.year);
    if (!m) throw new DataFileError(`reference ${figure.id}: year "${figure.year}" is neither YYYY nor YYYY-YYYY`);
    return { periodType: 'multi_year', periodStart: `${m[1]}-01-01`, periodEnd: `${m[2]}-12-31`, year: Number(m[2]) };
  }
  const y = figure.year;
  if (figure.flags.includes('multi_year_cumulative'))
    return { periodType: 'multi_year', periodStart: null, periodEnd: `${y}-12-31`, year: y };
  if (figure.flags.includes('partial_year'))
    return { periodType: 'year_to_date', periodStart: `${y}-01-01`, periodEnd: null, year: y };
  if (indicator?.quantityType === 'stock')
    return { periodType: 'point', periodStart: null, periodEnd: `${y}-12-31`, year: y };
  return { periodType: 'full_year', periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, year: y };
}

export function referenceSources(
  rows: Array<{ figure: ReferenceFigure; line: string }>,
  resolveRegion: (name: string) => Region | undefined,
  indicatorsById: Map<string, Indicator>,
): ReferenceSource[] {
  const byKey = new Map<string, ReferenceSource>();
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  for (const { figure, line } of rows) {
    const key = `reference:${figure.source_url}#${figure.source_title}`;
    let source = byKey.get(key);
    if (!source) {
      source = {
        key,
        title: figure.source_title,
        url: figure.source_url,
        description: figure.source_type,
        sha256: '',
        rawText: '',
        observations: [],
      };
      byKey.set(key, source);
      hashes.set(key, createHash('sha256'));
    }
    hashes.get(key)?.update(`${line}\n`);
    source.observations.push(toObservation(figure, resolveRegion, indicatorsById));
  }
  for (const [key, source] of byKey) {
    source.sha256 = hashes.get(key)?.digest('hex') ?? '';
    source.rawText = [...new Set(source.observations.map((o) => o.quote))].join('\n');
  }
  return [...byKey.values()];
}

function toObservation(
  figure: ReferenceFigure,
  resolveRegion: (name: string) => Region | undefined,
  indicatorsById: Map<string, Indicator>,
): ReferenceObservation {
  const region = resolveRegion(figure.city);
  if (!region) throw new DataFileError(`reference ${figure.id}: place "${figure.city}" is not in data/regions`);
  const unit = normaliseUnit(figure.unit);
  if (!unit)
    throw new DataFileError(`reference ${figure.id}: unit "${figure.unit}" is not in the unit table (units.ts)`);
  const catalogueId = figure.indicator.replace(/^other:/, '').toLowerCase();
  const indicator = indicatorsById.get(catalogueId);
  return {
    externalId: figure.id,
    regionCode: region.code,
    indicatorId: indicator ? indicator.id : null,
    subject: indicator ? indicator.nameZh : figure.indicator,
    valueAsWritten: figure.value,
    unitAsWritten: figure.unit,
    value: figure.value * unit.factor,
    unit: unit.unit,
    kind: indicator?.quantityType === 'share' ? 'share' : 'actual',
    ...referencePeriod(figure, indicator),
    quote: figure.quote,
    flags: figure.flags,
    note: figure.note ?? null,
  };
}
