/**
 * Values arrive normalised to the canonical unit (元, 家, %, …). Money is shown in 万元 or 亿元
 * when large so axis labels stay short; everything else keeps its unit.
 */
import type { Lang } from '@/i18n';

export interface DisplayScale {
  /** Divide a canonical value by this to get the displayed number. */
  factor: number;
  /** The unit of the displayed number, e.g. 亿元. */
  unit: string;
}

const MONEY_STEPS = [
  { factor: 1e8, zh: '亿元', en: '100m yuan' },
  { factor: 1e4, zh: '万元', en: '10k yuan' },
];

const EN_UNITS: Record<string, string> = { 元: 'yuan', pp: 'pp', '%': '%' };

/** The indexed view's unit (transform-series.ts INDEX_UNIT), said in words. */
const INDEX_LABEL: Record<Lang, string> = { zh: '指数（首年=100）', en: 'index (first year = 100)' };
const PER_PERSON = '/人';

export function displayScale(unit: string, maxAbs: number, lang: Lang): DisplayScale {
  if (unit === 'index') return { factor: 1, unit: INDEX_LABEL[lang] };
  if (unit.endsWith(PER_PERSON) && lang === 'en') {
    const base = unit.slice(0, -PER_PERSON.length);
    return { factor: 1, unit: `${EN_UNITS[base] ?? base} per person` };
  }
  if (unit === '元') {
    const step = MONEY_STEPS.find((s) => maxAbs >= s.factor);
    if (step) return { factor: step.factor, unit: step[lang] };
  }
  return { factor: 1, unit: lang === 'en' ? (EN_UNITS[unit] ?? unit) : unit };
}

export function maxAbsOf(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  return max;
}
