/**
 * Which period groups Compare needs, chosen from period_values alone, before any figure is read.
 * A place other than the benchmark is shown, per indicator row, in the periods it shares with the
 * benchmark (the latest of them, and up to MAX_HISTORY as history) or else by its latest value;
 * population and GDP only in the years of what is shown. Every other group of the place cannot
 * change the answer, and a place with decades of figures would otherwise read every one of them
 * per request (Compare's cold time grew 4.7× from 1× to 1,000× data: issue 10).
 * The benchmark's groups are all kept: every other place is compared with them.
 */
import type { SummaryFilter, SummaryHead } from './period-summaries';

interface Head {
  region: string;
  indicator: string;
  row: string;
  period: string;
  years: number[];
}

/** The parts of a head Compare chooses by; the period as `periodOf` gives it for the group's values. */
function parse([key, orderYear, orderEnd]: SummaryHead): Head {
  const [region = '', indicator = '', kind = '', periodType = '', unit = ''] = key.split('|');
  const endYear = orderEnd ? Number(orderEnd.slice(0, 4)) : null;
  const period = periodType === 'full_year' ? String(orderYear ?? orderEnd?.slice(0, 4) ?? '') : (orderEnd ?? '');
  const years = [orderYear, endYear].filter((y): y is number => y !== null && Number.isFinite(y));
  return { region, indicator: `${indicator}|${kind}`, row: `${indicator}|${periodType}|${unit}`, period, years };
}

const DENOMINATORS = new Set(['gdp|actual', 'population|actual']);

export function compareNeeded(benchmarkCode: string): SummaryFilter {
  return (summaryHeads) => {
    const heads = summaryHeads.map(parse);
    const benchmarkPeriods = new Set<string>();
    const latest = new Map<string, string>();
    for (const h of heads) {
      if (h.region === benchmarkCode) benchmarkPeriods.add(`${h.row}|${h.period}`);
      const place = `${h.region}|${h.row}`;
      const seen = latest.get(place);
      if (seen === undefined || h.period.localeCompare(seen) > 0) latest.set(place, h.period);
    }
    const shown = heads.map(
      (h) =>
        h.region === benchmarkCode ||
        benchmarkPeriods.has(`${h.row}|${h.period}`) ||
        latest.get(`${h.region}|${h.row}`) === h.period,
    );
    const yearsShown = new Set<string>();
    for (const [i, h] of heads.entries()) if (shown[i]) for (const y of h.years) yearsShown.add(`${h.region}|${y}`);
    return heads.map(
      (h, i) =>
        (shown[i] as boolean) ||
        (DENOMINATORS.has(h.indicator) && h.years.some((y) => yearsShown.has(`${h.region}|${y}`))),
    );
  };
}
