/**
 * How a conflict reads on screen: its period ("2022年 · 全年") and each value as the source gave it
 * (qualifier, range, unit), without float noise. Pure, so the wording is tested without a page.
 */
import type { Lang, Translate } from '@/i18n';
import type { Conflict } from '../api/get-conflicts';

type Value = Conflict['values'][number];

const number = (v: number, lang: Lang) =>
  v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 4 });

export function conflictPeriod(
  c: Pick<Conflict, 'year' | 'periodType' | 'periodStart' | 'periodEnd'>,
  t: Translate,
  lang: Lang,
): string {
  const when =
    c.year !== null
      ? lang === 'zh'
        ? `${c.year}年`
        : String(c.year)
      : c.periodStart || c.periodEnd
        ? `${c.periodStart ?? '…'}–${c.periodEnd ?? '…'}`
        : null;
  return [when, t(`period.${c.periodType}`)].filter(Boolean).join(' · ');
}

export function conflictValue(v: Pick<Value, 'value' | 'valueMax' | 'unit' | 'qualifier'>, lang: Lang): string {
  const max = v.valueMax === null ? '' : `–${number(v.valueMax, lang)}`;
  return `${v.qualifier ?? ''}${number(v.value, lang)}${max} ${v.unit}`.trim();
}

/** The reader link of a value's citation: `/sources/21`, or `/sources/2#120-168` with a span. */
export function citationHref(c: Value['citation']): string {
  return `/sources/${c.sourceId}${c.start !== null && c.end !== null ? `#${c.start}-${c.end}` : ''}`;
}
