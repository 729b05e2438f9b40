/**
 * A place's peer profile (Regional Innovation Scoreboard manner): for each indicator row that is
 * like for like (comparable-figures.ts: one indicator, period type and unit), the ONE period most
 * of the group has — the place and 呼和浩特 first — is scored by min–max over the peers that have a
 * figure for it, per capita (same-year population) where the catalogue names that denominator.
 * A strength or weakness is a score MARGIN above or below 呼和浩特's (for 呼和浩特 itself: the
 * median of the other peers); every score says how many peers had data.
 */
import { type ComparableRow, comparableFigures, type Db, type Denominators, listIndicators, periodOf } from '@ipb/db';
import type {
  Authority,
  Indicator,
  LatestValue,
  PeerGroupInfo,
  PeerIndicator,
  PeerProfileResponse,
  Region,
} from '@ipb/domain';

type PeerScore = PeerIndicator['scores'][number];

export const MARGIN = 0.1;
const NOT_DIVISIBLE = new Set(['%', 'pp', 'index', '位', '倍', '番']);
const SKIPPED = new Set(['population']);

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The period most of the group has, preferring one the place and then the benchmark have, then the latest. */
function choosePeriod(byPlace: Map<string, LatestValue[]>, place: string, benchmark: string): string | null {
  const weight = new Map<string, number>();
  for (const [code, values] of byPlace)
    for (const v of values) {
      const bonus = code === place ? 1000 : code === benchmark ? 500 : 1;
      weight.set(periodOf(v), (weight.get(periodOf(v)) ?? 0) + bonus);
    }
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0] ?? null;
}

function perCapita(indicator: Indicator, unit: string) {
  if (indicator.perCapitaDenominator !== 'population' || NOT_DIVISIBLE.has(unit)) return null;
  return unit === '元' ? { unit: '元/人', scale: 1 } : { unit: `${unit}/万人`, scale: 1e4 };
}

function scoreRow(
  indicator: Indicator,
  row: ComparableRow,
  codes: string[],
  place: string,
  benchmark: string,
  d: Denominators,
): PeerIndicator | null {
  const period = choosePeriod(row.byPlace, place, benchmark);
  if (period === null) return null;
  const divide = perCapita(indicator, row.unit);
  const figures = codes.filter((code) => row.byPlace.get(code)?.some((v) => periodOf(v) === period));
  if (!figures.includes(place) && !figures.includes(benchmark)) return null;
  const scores = codes.flatMap((code): PeerScore[] => {
    const figure = row.byPlace.get(code)?.find((v) => periodOf(v) === period);
    if (!figure) return [];
    if (!divide) return [{ regionCode: code, value: figure.value, score: null, figure, denominator: null }];
    const denominator = figure.year === null ? null : (d.population.get(code)?.get(figure.year) ?? null);
    if (!denominator || denominator.value <= 0) return [];
    const value = Number(((figure.value / denominator.value) * divide.scale).toPrecision(6));
    return [{ regionCode: code, value, score: null, figure, denominator }];
  });
  const values = scores.map((s) => s.value);
  const min = values.length ? Math.min(...values) : null;
  const max = values.length ? Math.max(...values) : null;
  const spread = min !== null && max !== null && max > min && scores.length >= 2;
  for (const s of scores) {
    const raw = spread ? (s.value - (min as number)) / ((max as number) - (min as number)) : null;
    s.score = raw === null ? null : Number((indicator.higherIsBetter ? raw : 1 - raw).toFixed(4));
  }
  const scoreOf = (code: string) => scores.find((s) => s.regionCode === code)?.score ?? null;
  const placeScore = scoreOf(place);
  const others = scores.filter((s) => s.regionCode !== place && s.score !== null).map((s) => s.score as number);
  const referenceScore = place === benchmark ? median(others) : scoreOf(benchmark);
  const base = {
    indicator,
    periodType: row.periodType,
    period,
    view: divide ? 'per_capita' : 'absolute',
    unit: divide?.unit ?? row.unit,
  };
  const undivided = figures.length - scores.length;
  const n = `${scores.length} of ${codes.length} peers have a figure for ${period}${
    undivided ? ` (${undivided} more without a population figure of the same year)` : ''
  }`;
  const verdict = (): Pick<PeerIndicator, 'verdict' | 'reason'> => {
    if (!spread) return { verdict: 'not_comparable', reason: `${n}: too few, or all equal, to normalise` };
    if (placeScore === null) return { verdict: 'not_comparable', reason: `${n}; the place has none` };
    if (referenceScore === null) return { verdict: 'not_comparable', reason: `${n}; the reference has none` };
    const diff = placeScore - referenceScore;
    return {
      verdict: diff >= MARGIN ? 'strength' : diff <= -MARGIN ? 'weakness' : 'par',
      reason: `${n}; score ${placeScore.toFixed(2)} vs ${referenceScore.toFixed(2)}`,
    };
  };
  return {
    ...base,
    view: base.view as PeerIndicator['view'],
    peersWithData: scores.length,
    peersTotal: codes.length,
    withoutDenominator: undivided,
    min,
    max,
    scores,
    placeScore,
    referenceScore,
    ...verdict(),
  };
}

export async function buildPeerProfile(
  db: Db,
  region: Region,
  benchmark: Region,
  group: PeerGroupInfo,
  authority: Authority[] | null,
): Promise<PeerProfileResponse> {
  const codes = [region.code, benchmark.code, ...group.members.map((m) => m.region.code)].filter(
    (c, i, all) => all.indexOf(c) === i,
  );
  const [indicatorList, { rows, denominators }] = await Promise.all([
    listIndicators(db),
    comparableFigures(db, codes, benchmark.code, authority),
  ]);
  const catalogue = new Map(indicatorList.map((i) => [i.id, i]));
  const indicators = rows.flatMap((row) => {
    const indicator = catalogue.get(row.indicatorId);
    if (!indicator || SKIPPED.has(indicator.id)) return [];
    return scoreRow(indicator, row, codes, region.code, benchmark.code, denominators) ?? [];
  });
  const rank = { strength: 0, weakness: 1, par: 2, not_comparable: 3 };
  indicators.sort((a, b) => rank[a.verdict] - rank[b.verdict] || b.peersWithData - a.peersWithData);
  return { region, benchmark, group, indicators, margin: MARGIN };
}
