/**
 * Values arrive normalised to the canonical unit (元, 家, %, …). Money is shown in 万元 or 亿元
 * when large so axis labels stay short, and every unit in the reader's language
 * (@ipb/domain displayScale); the indexed view's unit is this feature's own.
 */
import { type DisplayScale, displayScale as scaleOf } from '@ipb/domain';
import type { Lang } from '@/i18n';

export type { DisplayScale };

/** The indexed view's unit (transform-series.ts INDEX_UNIT), said in words. */
const INDEX_LABEL: Record<Lang, string> = { zh: '指数（首年=100）', en: 'index (first year = 100)' };

export function displayScale(unit: string, maxAbs: number, lang: Lang): DisplayScale {
  if (unit === 'index') return { factor: 1, unit: INDEX_LABEL[lang] };
  return scaleOf(unit, maxAbs, lang);
}

export function maxAbsOf(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  return max;
}
