/**
 * Binary search over spans sorted by start and not overlapping (sentences, period mentions,
 * measures), so per-figure lookups stay logarithmic on long texts.
 */
export interface SpanLike {
  start: number;
  end: number;
}

/** Index of the last span ending at or before `to`, or -1. */
export function lastEndingBy(spans: readonly SpanLike[], to: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= to) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The span containing position `at`, if any. */
export function spanAt<T extends SpanLike>(spans: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
