/**
 * Progress towards a target by Open SDG's CAGR method: compare the observed compound annual growth
 * rate since the baseline with the rate needed to reach the target by its deadline.
 *   ratio = observed CAGR / required CAGR
 *   achieved (latest already meets the target) · on_track (ratio ≥ 0.95) · acceleration_needed
 *   (0.5 ≤ ratio < 0.95) · limited (0 ≤ ratio < 0.5) · deterioration (ratio < 0)
 * For a lower-is-better indicator the comparison is mirrored. Without a baseline, or with a single
 * observation, there is no status — and the reason says so.
 */
import { z } from 'zod';

export const PROGRESS_STATUSES = ['achieved', 'on_track', 'acceleration_needed', 'limited', 'deterioration'] as const;
export const ProgressStatusSchema = z.enum(PROGRESS_STATUSES);
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>;

export interface ProgressInput {
  baseline: { year: number; value: number } | null;
  latest: { year: number; value: number } | null;
  target: { year: number; value: number };
  higherIsBetter: boolean;
}

export interface Progress {
  status: ProgressStatus | null;
  reason: string;
  observedCagr: number | null;
  requiredCagr: number | null;
}

const cagr = (from: number, to: number, years: number) => (to / from) ** (1 / years) - 1;

export function assessProgress({ baseline, latest, target, higherIsBetter }: ProgressInput): Progress {
  const none = (reason: string): Progress => ({ status: null, reason, observedCagr: null, requiredCagr: null });
  if (!baseline) return none('no baseline: no actual figure before the target was set');
  if (!latest || latest.year <= baseline.year) return none('only one actual figure: progress cannot be measured yet');
  const met = higherIsBetter ? latest.value >= target.value : latest.value <= target.value;
  if (met)
    return { status: 'achieved', reason: 'the latest figure meets the target', observedCagr: null, requiredCagr: null };
  if (baseline.value <= 0 || latest.value <= 0 || target.value <= 0) {
    return none('growth rates need positive values');
  }
  if (target.year <= baseline.year) return none('the deadline is not after the baseline year');
  const observed = cagr(baseline.value, latest.value, latest.year - baseline.year);
  const required = cagr(baseline.value, target.value, target.year - baseline.year);
  const sign = higherIsBetter ? 1 : -1;
  if (sign * required <= 0) {
    return {
      status: 'achieved',
      reason: 'the baseline already meets the target',
      observedCagr: observed,
      requiredCagr: required,
    };
  }
  const ratio = observed / required;
  const status: ProgressStatus =
    ratio >= 0.95 ? 'on_track' : ratio >= 0.5 ? 'acceleration_needed' : ratio >= 0 ? 'limited' : 'deterioration';
  return {
    status,
    reason: `observed ${(observed * 100).toFixed(1)}%/yr vs required ${(required * 100).toFixed(1)}%/yr`,
    observedCagr: observed,
    requiredCagr: required,
  };
}
