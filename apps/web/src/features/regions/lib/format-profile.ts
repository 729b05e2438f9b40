/**
 * Numbers and progress wording on the place profile. Values arrive in the canonical unit; money
 * is shown in 万元/亿元. The API states why a target has no status in English: known reasons are
 * translated, anything else is shown as written.
 */
import { displayScale, type ProgressStatus } from '@ipb/domain';
import type { Lang, MessageKey } from '@/i18n';

export function formatValue(value: number, unit: string, lang: Lang): string {
  const scale = displayScale(unit, value, lang);
  const number = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 }).format(
    value / scale.factor,
  );
  return `${number} ${scale.unit}`;
}

export function statusKey(status: ProgressStatus | null): MessageKey {
  return status ? `regions.status.${status}` : 'regions.status.none';
}

const REASONS: Array<[RegExp, MessageKey]> = [
  [/^no baseline/, 'regions.reason.noBaseline'],
  [/^only one actual figure/, 'regions.reason.oneActual'],
  [/positive values/, 'regions.reason.positive'],
  [/deadline is not after/, 'regions.reason.deadline'],
];

export function reasonKey(reason: string): MessageKey | null {
  return REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? null;
}
