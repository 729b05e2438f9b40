/** Numbers as people read them in the bulletin: 3,000, 220.6, with qualifiers (超过 / 余 / 约 …). */
import { qualifyNumber, type SeriesPoint } from '@ipb/domain';
import type { Lang } from '@/i18n';
import type { DisplayScale } from './readable-unit';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value);
}

/** "超过 3,000" / "1–2" / "220.6", in the display scale, without the unit. */
export function formatPointValue(
  point: Pick<SeriesPoint, 'value' | 'valueMax' | 'qualifier'>,
  scale: DisplayScale,
  lang: Lang,
): string {
  const low = formatNumber(point.value / scale.factor, lang);
  const number = point.valueMax === null ? low : `${low}–${formatNumber(point.valueMax / scale.factor, lang)}`;
  return qualifyNumber(number, point.qualifier, lang);
}

/** The period as the source wrote it, else the year. */
export function formatPeriod(point: Pick<SeriesPoint, 'periodText' | 'year'>): string {
  if (point.periodText && point.year !== null && !point.periodText.includes(String(point.year))) {
    return `${point.year} · ${point.periodText}`;
  }
  return point.periodText ?? (point.year === null ? '—' : String(point.year));
}
