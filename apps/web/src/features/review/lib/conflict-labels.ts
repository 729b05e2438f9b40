/**
 * How a conflict reads on screen: its period ("2022年 · 全年") and each value as the source gave it
 * (qualifier, range, unit), without float noise. Pure, so the wording is tested without a page.
 */
import { displayScale } from '@ipb/domain';
import { isMessageKey, type Lang, type MessageKey, type Translate } from '@/i18n';
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

/** A value as the source gave it (qualifier and range), money in 万元/亿元, the unit in the reader's language. */
export function conflictValue(v: Pick<Value, 'value' | 'valueMax' | 'unit' | 'qualifier'>, lang: Lang): string {
  const scale = displayScale(v.unit, Math.max(Math.abs(v.value), Math.abs(v.valueMax ?? 0)), lang);
  const max = v.valueMax === null ? '' : `–${number(v.valueMax / scale.factor, lang)}`;
  const qualifier = lang === 'zh' ? (v.qualifier ?? '') : '';
  return `${qualifier}${number(v.value / scale.factor, lang)}${max} ${scale.unit}`.trim();
}

/** The reader link of a value's citation: `/sources/21`, or `/sources/2#120-168` with a span. */
export function citationHref(c: Value['citation']): string {
  return `/sources/${c.sourceId}${c.start !== null && c.end !== null ? `#${c.start}-${c.end}` : ''}`;
}

/**
 * Why the preferred value is first (packages/db period-groups.ts reasonFor states it in English),
 * in the reader's language; a settlement's reason is the reviewer's own words (data).
 */
export function conflictReason(reason: string, t: Translate): string {
  const settled = /^settled by ([^:]+): (.*)$/s.exec(reason);
  if (settled) return t('review.reason.settled', { actor: settled[1] ?? '', reason: settled[2] ?? '' });
  const authority = /^higher source authority \((\w+) over (\w+)\)$/.exec(reason);
  if (authority && isMessageKey(`authority.${authority[1]}`) && isMessageKey(`authority.${authority[2]}`))
    return t('review.reason.authority', {
      first: t(`authority.${authority[1]}` as MessageKey),
      second: t(`authority.${authority[2]}` as MessageKey),
    });
  const fixed: Record<string, MessageKey> = {
    'reviewed over unreviewed': 'review.reason.reviewed',
    'the later publication': 'review.reason.later',
    'equal by the rule: the first recorded': 'review.reason.first',
    'the only value': 'review.reason.only',
  };
  const key = fixed[reason];
  return key ? t(key) : reason;
}
