/** Numbers as people read them in the bulletin: 3,000, 220.6, with qualifiers (超过 / 余 / 约 …). */
import type { SeriesPoint } from '@ipb/domain';
import type { Lang } from '@/i18n';
import type { DisplayScale } from './readable-unit';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value);
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
  达: '',
  达到: '',
};

function qualify(number: string, qualifier: string | null, lang: Lang): string {
  if (!qualifier) return number;
  if (lang === 'en') {
    const word = EN_QUALIFIERS[qualifier] ?? qualifier;
    return word ? `${word} ${number}` : number;
  }
  return SUFFIX_QUALIFIERS.has(qualifier) ? `${number}${qualifier}` : `${qualifier}${number}`;
}

/** "超过 3,000" / "1–2" / "220.6", in the display scale, without the unit. */
export function formatPointValue(
  point: Pick<SeriesPoint, 'value' | 'valueMax' | 'qualifier'>,
  scale: DisplayScale,
  lang: Lang,
): string {
  const low = formatNumber(point.value / scale.factor, lang);
  const number = point.valueMax === null ? low : `${low}–${formatNumber(point.valueMax / scale.factor, lang)}`;
  return qualify(number, point.qualifier, lang);
}

/** The period as the source wrote it, else the year. */
export function formatPeriod(point: Pick<SeriesPoint, 'periodText' | 'year'>): string {
  if (point.periodText && point.year !== null && !point.periodText.includes(String(point.year))) {
    return `${point.year} · ${point.periodText}`;
  }
  return point.periodText ?? (point.year === null ? '—' : String(point.year));
}
