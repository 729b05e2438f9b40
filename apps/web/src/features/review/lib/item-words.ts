/**
 * A queue item in the reader's language: its title (the figure's indicator, value and unit, the
 * conflict's indicator, year and number of values, or the measure's own title, which is data) and
 * its detail (kind and period of a figure). The API's `label` and `detail` are for API users.
 */
import { unitLabel } from '@ipb/domain';
import { useCallback } from 'react';
import { useI18n } from '@/i18n';
import { useIndicatorName } from '@/lib/api/get-indicators';
import type { ReviewItem } from '../api/get-review-queue';

export interface Words {
  text: string;
  /** The text is data as written (a measure's title, a subject without an indicator). */
  data: boolean;
}

export function useItemWords() {
  const { t, lang } = useI18n();
  const indicatorName = useIndicatorName();
  const number = useCallback(
    (v: number) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 4 }),
    [lang],
  );

  const title = useCallback(
    (item: ReviewItem): Words => {
      const f = item.figure;
      if (!f) return { text: item.label, data: true };
      const known = f.indicatorId !== null && indicatorName(f.indicatorId, null) !== f.indicatorId;
      const name =
        lang === 'zh' ? (f.subject ?? indicatorName(f.indicatorId)) : indicatorName(f.indicatorId, f.subject);
      const data = lang === 'zh' || !known;
      if (item.entity === 'conflict') {
        const year = f.year === null ? '' : ` ${f.year}`;
        return { text: `${name}${year} · ${t('review.valueCount', { count: item.valueCount ?? 2 })}`, data };
      }
      const max = f.valueMax === null ? '' : `–${number(f.valueMax)}`;
      const unit = lang === 'zh' ? f.unit : ` ${unitLabel(f.unit, 'en')}`;
      return { text: `${name} ${number(f.value)}${max}${unit}`, data };
    },
    [indicatorName, lang, number, t],
  );

  /** "实际 · 全年 2023" — the period as written (1-6月) is data, so the interface words its type. */
  const detail = useCallback(
    (item: ReviewItem): string | null => {
      const f = item.figure;
      if (!f) return null;
      return [t(`kind.${f.kind}`), t(`period.${f.periodType}`), f.year === null ? '' : String(f.year)]
        .filter(Boolean)
        .join(' · ');
    },
    [t],
  );

  return { title, detail };
}
