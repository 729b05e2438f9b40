/** Which years the ladder can show, and the one it shows first: the benchmark's latest, else the latest. */
import type { LadderResponse } from '@ipb/domain';

export function ladderYears(data: LadderResponse): number[] {
  const years = new Set(data.places.flatMap((p) => p.years.map((y) => y.year)));
  return [...years].sort((a, b) => b - a);
}

/**
 * The year to open on: the one where the benchmark has the most rungs, then where most places have
 * a count, then the latest — a year with a ratio to read beats a newer year with one partial count.
 */
export function defaultYear(data: LadderResponse): number | null {
  const filled = (p: LadderResponse['places'][number], year: number) =>
    p.years.find((y) => y.year === year)?.stages.filter((s) => s.values.length).length ?? 0;
  const own = data.places.find((p) => p.region.code === data.benchmark.code);
  const score = (year: number) =>
    (own ? filled(own, year) : 0) * 100 + data.places.filter((p) => filled(p, year) > 0).length;
  const years = ladderYears(data);
  return years.reduce<number | null>((best, y) => (best === null || score(y) > score(best) ? y : best), null);
}

/** The place's nearest year with data, to say "latest: 2023" where the chosen year is empty. */
export function nearestYear(place: LadderResponse['places'][number], year: number): number | null {
  const years = place.years.filter((y) => y.stages.some((s) => s.values.length)).map((y) => y.year);
  if (!years.length) return null;
  return years.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best));
}
