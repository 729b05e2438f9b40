/**
 * Words for a target's progress status (Open SDG's CAGR method, computed by the API). The API's
 * reason is English prose; the known ones are said in the interface language, others verbatim.
 */
import type { ProgressStatus, Target } from '@ipb/domain';
import type { MessageKey, Translate } from '@/i18n';

export function statusLabel(t: Translate, status: ProgressStatus | null): string {
  return t(status ? `target.status.${status}` : 'target.status.none');
}

const REASONS: ReadonlyArray<[RegExp, MessageKey]> = [
  [/^no baseline/, 'target.reason.noBaseline'],
  [/^only one actual figure/, 'target.reason.oneFigure'],
  [/^the latest figure meets the target/, 'target.reason.met'],
  [/^the baseline already meets the target/, 'target.reason.baselineMet'],
  [/^growth rates need positive values/, 'target.reason.positive'],
  [/^the deadline is not after the baseline year/, 'target.reason.deadline'],
];

export function statusReasonText(t: Translate, reason: string): string {
  const cagr = /^observed (-?[\d.]+)%\/yr vs required (-?[\d.]+)%\/yr/.exec(reason);
  if (cagr) return t('target.reason.cagr', { observed: cagr[1] ?? '', required: cagr[2] ?? '' });
  const known = REASONS.find(([pattern]) => pattern.test(reason));
  return known ? t(known[1]) : reason;
}

/** "按期推进（实际年均增长 12.0%，需要年均增长 10.0%）" / "无法评估：没有……". */
export function statusText(t: Translate, target: Pick<Target, 'status' | 'statusReason'>): string {
  const reason = target.statusReason ? statusReasonText(t, target.statusReason) : '';
  if (!reason) return statusLabel(t, target.status);
  const status = statusLabel(t, target.status);
  return t(target.status ? 'target.statusWithReason' : 'target.statusNoReason', { status, reason });
}

/**
 * The target's value without a "达/达到" qualifier, which the wording around it already says
 * ("到 2025 年达到 3,000 家", not "达到 达3,000 家"); 超过, 不少于 … are kept.
 */
export function targetValuePoint(target: Pick<Target, 'value' | 'valueMax' | 'qualifier'>) {
  const qualifier = target.qualifier === '达' || target.qualifier === '达到' ? null : target.qualifier;
  return { value: target.value, valueMax: target.valueMax, qualifier };
}

/** Where the dashed goal line starts: the latest actual, else the baseline; none without a year. */
export function targetStart(target: Target): { year: number; value: number } | null {
  for (const v of [target.latest, target.baseline]) {
    if (v && v.year !== null && v.unit === target.unit) return { year: v.year, value: v.value };
  }
  return null;
}
