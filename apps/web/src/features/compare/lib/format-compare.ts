/**
 * Numbers in the comparison: values arrive in the canonical unit (元, 家, %); money is shown in
 * 万元/亿元 with one scale per indicator row so a place's value and its difference read alike.
 */
import { type DisplayScale, displayScale, type LatestValue, unitLabel } from '@ipb/domain';

export type { DisplayScale };

import type { Lang } from '@/i18n';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/** One scale for a whole row, so a place's value and its difference read alike. */
export function rowScale(unit: string, values: readonly number[], lang: Lang): DisplayScale {
  return displayScale(
    unit,
    values.reduce((m, v) => Math.max(m, Math.abs(v)), 0),
    lang,
  );
}

export function formatNumber(value: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(value);
}

/** "8,800以上" / "约 3,000": the value in the row's scale, with the source's qualifier. */
export function formatLatest(latest: Pick<LatestValue, 'value' | 'qualifier'>, scale: DisplayScale, lang: Lang) {
  const number = formatNumber(latest.value / scale.factor, lang);
  if (!latest.qualifier || lang === 'en') return number;
  return ['余', '多', '以上', '左右'].includes(latest.qualifier)
    ? `${number}${latest.qualifier}`
    : `${latest.qualifier}${number}`;
}

export function formatSigned(value: number, scale: DisplayScale, lang: Lang): string {
  const text = formatNumber(Math.abs(value) / scale.factor, lang);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export function formatRelative(relative: number, lang: Lang): string {
  const text = formatNumber(Math.abs(relative) * 100, lang, 1);
  return `${relative > 0 ? '+' : relative < 0 ? '−' : ''}${text}%`;
}

const PERSON_STEP = { factor: 1e4, unit: '万人' };

/** A denominator as people read it: 949.11 万人, 3,121.4 亿元. */
export function formatDenominator(value: Pick<LatestValue, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  const scale =
    value.unit === '人' && Math.abs(value.value) >= PERSON_STEP.factor
      ? { factor: PERSON_STEP.factor, unit: unitLabel(PERSON_STEP.unit, lang) }
      : rowScale(value.unit, [value.value], lang);
  return `${formatLatest(value, scale, lang)} ${scale.unit}`;
}
