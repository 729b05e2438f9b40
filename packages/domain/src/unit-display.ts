/**
 * Canonical units (units.ts) as a reader of each language says them: 家 stays 家 in Chinese and
 * is "organisations" in English. Composite units of the normalised views (家/万人, 元/人) and the
 * display scale of money (万元, 亿元 when large, so labels stay short) are worded here too, so every
 * view shows units one way. A unit with no English word is shown as written.
 */
export type UnitLang = 'zh' | 'en';

const EN: Record<string, string> = {
  元: 'yuan',
  万元: '10k yuan',
  亿元: '100m yuan',
  万亿元: 'trillion yuan',
  家: 'organisations',
  个: 'units',
  件: 'items',
  项: 'items',
  人: 'persons',
  万人: '10k persons',
  人次: 'person-times',
  万人次: '10k person-times',
  笔: 'transactions',
  款: 'products',
  所: 'institutions',
  座: 'facilities',
  台: 'machines',
  套: 'sets',
  名: 'persons',
  户: 'households',
  批: 'batches',
  条: 'items',
  次: 'times',
  位: 'persons',
  平方米: 'm²',
  亩: 'mu',
  吨: 't',
  公里: 'km',
  场: 'events',
  期: 'editions',
  卡时: 'card-hours',
  起: 'cases',
  种: 'kinds',
  辆: 'vehicles',
  部: 'items',
  支: 'teams',
  篇: 'papers',
  家次: 'organisation-visits',
  架: 'aircraft',
  艘: 'vessels',
  公顷: 'ha',
  平方公里: 'km²',
  千瓦: 'kW',
  千瓦时: 'kWh',
  兆瓦: 'MW',
  港币: 'HKD',
  港元: 'HKD',
  美元: 'USD',
  欧元: 'EUR',
  日元: 'JPY',
  份: 'copies',
  处: 'sites',
  株: 'plants',
  只: 'items',
  棵: 'trees',
  头: 'head',
  栋: 'buildings',
  幢: 'buildings',
  类: 'kinds',
  倍: 'times',
  番: 'doublings',
  '%': '%',
  pp: 'percentage points',
  index: 'index',
};

const ZH: Record<string, string> = { pp: '个百分点', index: '指数' };

/** The denominator after "per": one person, not "persons". */
const EN_PER: Record<string, string> = { 人: 'person', 万人: '10k persons', 亿元: '100m yuan of GDP' };

/** "家" → "organisations"; "家/万人" → "organisations per 10k persons"; unknown units as written. */
export function unitLabel(unit: string, lang: UnitLang): string {
  if (lang === 'zh') return ZH[unit] ?? unit;
  const per = unit.indexOf('/');
  if (per > 0) {
    const denominator = unit.slice(per + 1);
    return `${unitLabel(unit.slice(0, per), lang)} per ${EN_PER[denominator] ?? unitLabel(denominator, lang)}`;
  }
  return EN[unit] ?? unit;
}

/** Whether the English interface has a word for this unit (else it shows the Chinese as data). */
export function hasUnitLabel(unit: string): boolean {
  return unit.split('/').every((u) => u in EN || u in EN_PER);
}

export interface DisplayScale {
  /** Divide a canonical value by this to get the displayed number. */
  factor: number;
  /** The unit of the displayed number, in the reader's language (亿元 / 100m yuan). */
  unit: string;
}

const MONEY_STEPS = [
  { factor: 1e8, unit: '亿元' },
  { factor: 1e4, unit: '万元' },
];

/** How to show values up to `maxAbs` of a canonical unit: money in 万元 or 亿元 when large. */
export function displayScale(unit: string, maxAbs: number, lang: UnitLang): DisplayScale {
  const step = unit === '元' ? MONEY_STEPS.find((s) => Math.abs(maxAbs) >= s.factor) : undefined;
  return step ? { factor: step.factor, unit: unitLabel(step.unit, lang) } : { factor: 1, unit: unitLabel(unit, lang) };
}

/** Qualifiers written after the number in Chinese (3000余家, 100家以上). */
const SUFFIX_QUALIFIERS = new Set(['余', '多', '以上', '左右', '以内', '以下']);

const EN_QUALIFIERS: Record<string, string> = {
  超过: 'over',
  逾: 'over',
  余: 'over',
  多: 'over',
  以上: 'at least',
  不少于: 'at least',
  至少: 'at least',
  近: 'nearly',
  将近: 'nearly',
  约: 'about',
  左右: 'about',
  以内: 'up to',
  以下: 'under',
  达: '',
  达到: '',
};

/** A formatted number with its qualifier as the reader's language says it: 超过3,000 / over 3,000. */
export function qualifyNumber(number: string, qualifier: string | null, lang: UnitLang): string {
  if (!qualifier) return number;
  if (lang === 'en') {
    const word = EN_QUALIFIERS[qualifier] ?? qualifier;
    return word ? `${word} ${number}` : number;
  }
  return SUFFIX_QUALIFIERS.has(qualifier) ? `${number}${qualifier}` : `${qualifier}${number}`;
}
