/**
 * Turn reference figures (one JSONL line each, found in public pages) into sources and observation
 * rows. Pure. One source per page (URL + title), with its authority: the class the file states, or
 * the rules of @ipb/domain applied to the page's host, publisher and description. The period
 * follows the row's `period`, else the indicator's quantity type and the row's flags, so a
 * partial-year count never sits on the same line as year-end counts. The indicator a curator named
 * is checked against the quoted sentence with the same fit rules the extractor uses (scope, entity,
 * unit): a misfit is re-linked to the indicator the sentence names, or left unlinked with a note.
 */
import { createHash } from 'node:crypto';
import {
  AUTHORITY_RANK,
  type Authority,
  axesOfKind,
  classifyAuthority,
  type FigureMeasure,
  type FigureStatus,
  type Indicator,
  type IndicatorMapFile,
  normaliseUnit,
  type ObservationKind,
  type PeriodType,
  type ReferenceFigure,
  type Region,
  scaleExact,
} from '@ipb/domain';
import { DataFileError } from './read-data-dir';
import { linkReference } from './reference-link';

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
  measure: FigureMeasure;
  status: FigureStatus;
  qualifier: string | null;
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
  publisher: string | null;
  authority: Authority;
  authorityReason: string;
  /** For a page that sets targets: the year it was published. */
  year: number | null;
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

export function referencePeriod(figure: ReferenceFigure, indicator: Indicator | undefined, flags: string[]): Period {
  if (typeof figure.year === 'string') {
    const m = /^(\d{4})\s*[-–~]\s*(\d{4})$/.exec(figure.year);
    if (!m) throw new DataFileError(`reference ${figure.id}: year "${figure.year}" is neither YYYY nor YYYY-YYYY`);
    return { periodType: 'multi_year', periodStart: `${m[1]}-01-01`, periodEnd: `${m[2]}-12-31`, year: Number(m[2]) };
  }
  const y = figure.year;
  if (figure.kind === 'target' || figure.period === 'deadline')
    return { periodType: 'deadline', periodStart: null, periodEnd: `${y}-12-31`, year: y };
  if (flags.includes('multi_year_cumulative'))
    return { periodType: 'multi_year', periodStart: null, periodEnd: `${y}-12-31`, year: y };
  if (flags.includes('partial_year'))
    return { periodType: 'year_to_date', periodStart: `${y}-01-01`, periodEnd: null, year: y };
  if (figure.period === 'year_end' || (!figure.period && indicator?.quantityType === 'stock'))
    return { periodType: 'point', periodStart: null, periodEnd: `${y}-12-31`, year: y };
  return { periodType: 'full_year', periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, year: y };
}

const LOWER_BOUND = /超过|超|突破|以上|逾|余|多|不少于|不低于/;
const ESTIMATE = /预计|约|近|左右|大约|估/;

/** Quality flags of a row: its own, the indicator map's, and those its qualifier and period imply. */
function flagsOf(figure: ReferenceFigure, mapped: string[]): string[] {
  const flags = new Set([...figure.flags, ...mapped]);
  // Authority is the source's class, shown as its own badge, not a figure flag.
  flags.delete('low_authority_source');
  const q = figure.qualifier ?? '';
  if (LOWER_BOUND.test(q)) flags.add('lower_bound');
  if (ESTIMATE.test(q)) flags.add('estimate_or_rounded');
  if (figure.period === 'partial_year') flags.add('partial_year');
  return [...flags];
}

/** The page's class: what its rows state (the lowest, if they differ), else the rules. */
function pageAuthority(figures: ReferenceFigure[], first: ReferenceFigure): { authority: Authority; reason: string } {
  const stated = figures.flatMap((f) => (f.authority ? [f.authority] : []));
  if (stated.length) {
    const lowest = stated.reduce((a, b) => (AUTHORITY_RANK[b] < AUTHORITY_RANK[a] ? b : a));
    return { authority: lowest, reason: 'as classed in the reference file (host and publisher of the page)' };
  }
  const decision = classifyAuthority({
    type: 'reference',
    url: first.source_url,
    publisher: first.publisher ?? null,
    title: first.source_title,
    description: first.source_type ?? null,
    flags: figures.flatMap((f) => f.flags),
  });
  return { authority: decision.authority, reason: decision.reason };
}

export function referenceSources(
  rows: Array<{ figure: ReferenceFigure; line: string }>,
  resolveRegion: (name: string) => Region | undefined,
  indicatorsById: Map<string, Indicator>,
  indicatorMap: IndicatorMapFile['map'] = {},
): ReferenceSource[] {
  const pages = new Map<string, Array<{ figure: ReferenceFigure; line: string }>>();
  for (const row of rows) {
    const key = `reference:${row.figure.source_url}#${row.figure.source_title}`;
    pages.set(key, [...(pages.get(key) ?? []), row]);
  }
  return [...pages.entries()].map(([key, page]) => {
    const first = page[0]!.figure;
    const figures = page.map((p) => p.figure);
    const { authority, reason } = pageAuthority(figures, first);
    const observations = figures.map((f) => toObservation(f, resolveRegion, indicatorsById, indicatorMap));
    const setYears = figures.flatMap((f) => (f.set_year ? [f.set_year] : []));
    return {
      key,
      title: first.source_title,
      url: first.source_url,
      description: first.source_type ?? first.publisher ?? '',
      publisher: first.publisher ?? null,
      authority,
      authorityReason: reason,
      year: setYears.length ? Math.max(...setYears) : null,
      sha256: createHash('sha256')
        .update(page.map((p) => `${p.line}\n`).join(''))
        .digest('hex'),
      rawText: [...new Set(observations.map((o) => o.quote))].join('\n'),
      observations,
    };
  });
}

function toObservation(
  figure: ReferenceFigure,
  resolveRegion: (name: string) => Region | undefined,
  indicatorsById: Map<string, Indicator>,
  indicatorMap: IndicatorMapFile['map'],
): ReferenceObservation {
  const region = resolveRegion(figure.city);
  if (!region) throw new DataFileError(`reference ${figure.id}: place "${figure.city}" is not in data/regions`);
  const unit = normaliseUnit(figure.unit);
  if (!unit)
    throw new DataFileError(`reference ${figure.id}: unit "${figure.unit}" is not in the unit table (units.ts)`);
  const mapped = indicatorMap[figure.indicator];
  const claimedId = mapped?.indicator ?? figure.indicator.replace(/^other:/, '').toLowerCase();
  const claimed = indicatorsById.get(claimedId);
  const flags = flagsOf(figure, mapped?.flags ?? []);
  const kind: ObservationKind =
    figure.kind === 'target' ? 'target' : claimed?.quantityType === 'share' ? 'share' : 'actual';
  const link = claimed
    ? linkReference(figure, claimed, { unit: unit.unit, kind }, indicatorsById)
    : { indicator: undefined, note: null };
  const indicator = link.indicator;
  const notes = [figure.note ?? null, link.note].filter(Boolean).join(' ');
  return {
    externalId: figure.id,
    regionCode: region.code,
    indicatorId: indicator ? indicator.id : null,
    subject: indicator ? indicator.nameZh : (claimed?.nameZh ?? figure.indicator),
    valueAsWritten: figure.value,
    unitAsWritten: figure.unit,
    value: scaleExact(figure.value, unit.factor),
    unit: unit.unit,
    kind,
    ...axesOfKind(kind, unit.unit),
    qualifier: figure.qualifier ?? null,
    ...referencePeriod(figure, indicator ?? claimed, flags),
    quote: figure.quote,
    flags,
    note: notes || null,
  };
}
