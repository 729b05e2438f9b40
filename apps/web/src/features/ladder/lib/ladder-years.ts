/** Which years the ladder can show, and the one it shows first: the benchmark's latest, else the latest. */
import type { LadderResponse } from '@ipb/domain';

export function ladderYears(data: LadderResponse): number[] {
  const years = new Set(data.places.flatMap((p) => p.years.map((y) => y.year)));
  return [...years].sort((a, b) => b - a);
}

export function defaultYear(data: LadderResponse): number | null {
  const own = data.places.find((p) => p.region.code === data.benchmark.code);
  const withValues = own?.years.filter((y) => y.stages.some((s) => s.values.length)).map((y) => y.year) ?? [];
  return withValues.length ? Math.max(...withValues) : (ladderYears(data)[0] ?? null);
}

/** The place's nearest year with data, to say "latest: 2023" where the chosen year is empty. */
export function nearestYear(place: LadderResponse['places'][number], year: number): number | null {
  const years = place.years.filter((y) => y.stages.some((s) => s.values.length)).map((y) => y.year);
  if (!years.length) return null;
  return years.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best));
}
