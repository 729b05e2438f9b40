/**
 * Which period groups Compare needs, chosen from period_values alone, before any figure is read.
 * A place other than the benchmark is shown, per indicator row, in the periods it shares with the
 * benchmark (the latest of them, and up to MAX_HISTORY as history) or else by its latest value;
 * population and GDP only in the years of what is shown. Every other group of the place cannot
 * change the answer, and a place with decades of figures would otherwise read every one of them
 * per request (Compare's cold time grew 4.7× from 1× to 1,000× data: issue 10).
 * The benchmark's groups are all kept: every other place is compared with them.
 * A worst case has thousands of heads (nine places × 64 indicators × 12 years), read on every page
 * of Compare: each is parsed once, in plain loops (docs/decisions/014, eleventh session).
 */
import type { SummaryFilter, SummaryHead } from './period-summaries';

/** The parts of a head Compare chooses and groups by; the period as `periodOf` gives it for the group's values. */
export interface ParsedHead {
  key: string;
  region: string;
  indicatorId: string;
  kind: string;
  periodType: string;
  unit: string;
  /** indicator|period type|unit: the comparison's row. */
  row: string;
  period: string;
  orderYear: number | null;
  endYear: number | null;
}

export function parseHead([key, orderYear, orderEnd]: SummaryHead): ParsedHead {
  const parts = key.split('|');
  const region = parts[0] ?? '';
  const indicatorId = parts[1] ?? '';
  const kind = parts[2] ?? '';
  const periodType = parts[3] ?? '';
  const unit = parts[4] ?? '';
  const end = orderEnd ? Number(orderEnd.slice(0, 4)) : null;
  return {
    key,
    region,
    indicatorId,
    kind,
    periodType,
    unit,
    row: `${indicatorId}|${periodType}|${unit}`,
    period: periodType === 'full_year' ? String(orderYear ?? orderEnd?.slice(0, 4) ?? '') : (orderEnd ?? ''),
    orderYear: orderYear !== null && Number.isFinite(orderYear) ? orderYear : null,
    endYear: end !== null && Number.isFinite(end) ? end : null,
  };
}

const isDenominator = (h: ParsedHead) =>
  h.kind === 'actual' && (h.indicatorId === 'gdp' || h.indicatorId === 'population');

/** A small number for each distinct string, so that pairs of them are keys of numbers, not of strings built per head. */
function numbering() {
  const ids = new Map<string, number>();
  return (text: string) => {
    let id = ids.get(text);
    if (id === undefined) {
      id = ids.size;
      ids.set(text, id);
    }
    return id;
  };
}

/** Which of these parsed heads Compare needs (compareNeeded, of heads parsed once). */
export function neededOf(heads: readonly ParsedHead[], benchmarkCode: string): boolean[] {
  const n = heads.length;
  const [regionOf, rowOf, periodOf, yearOf] = [numbering(), numbering(), numbering(), numbering()];
  // Pairs as one number: a × n + b, where every id is below n (there are at most n of each).
  const region = new Float64Array(n);
  const row = new Float64Array(n);
  const period = new Float64Array(n);
  const benchmarkPeriods = new Set<number>();
  const latest = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    const h = heads[i] as ParsedHead;
    region[i] = regionOf(h.region);
    row[i] = rowOf(h.row);
    period[i] = periodOf(h.period);
    if (h.region === benchmarkCode) benchmarkPeriods.add((row[i] as number) * n + (period[i] as number));
    const place = (region[i] as number) * n + (row[i] as number);
    const seen = latest.get(place);
    if (seen === undefined || h.period.localeCompare(seen) > 0) latest.set(place, h.period);
  }
  const keep: boolean[] = new Array(n);
  const yearsShown = new Set<number>();
  const year = (y: number | null) => (y === null ? -1 : yearOf(String(y)));
  for (let i = 0; i < n; i++) {
    const h = heads[i] as ParsedHead;
    const r = region[i] as number;
    const shown =
      h.region === benchmarkCode ||
      latest.get(r * n + (row[i] as number)) === h.period ||
      benchmarkPeriods.has((row[i] as number) * n + (period[i] as number));
    keep[i] = shown;
    if (!shown) continue;
    if (h.orderYear !== null) yearsShown.add(r * n + year(h.orderYear));
    if (h.endYear !== null) yearsShown.add(r * n + year(h.endYear));
  }
  for (let i = 0; i < n; i++) {
    const h = heads[i] as ParsedHead;
    if (keep[i] || !isDenominator(h)) continue;
    const r = region[i] as number;
    keep[i] =
      (h.orderYear !== null && yearsShown.has(r * n + year(h.orderYear))) ||
      (h.endYear !== null && yearsShown.has(r * n + year(h.endYear)));
  }
  return keep;
}

export function compareNeeded(benchmarkCode: string): SummaryFilter {
  return (summaryHeads) => neededOf(summaryHeads.map(parseHead), benchmarkCode);
}
