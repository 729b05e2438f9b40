/**
 * A place's measures under one theme (Compare's columns, the profile's themes): the latest few,
 * and when the place has more, "N 条，显示全部", which loads every one of them (a page of 100 at a
 * time) in the same place. Each feature draws its own items.
 */
import type { MeasureBrief } from '@ipb/domain';
import { type ReactNode, useState } from 'react';
import { useI18n } from '@/i18n';
import { useThemeMeasures } from '@/lib/api/get-theme-measures';

interface Props {
  regionCode: string;
  themeId: string;
  measures: readonly MeasureBrief[];
  total: number;
  item: (measure: MeasureBrief) => ReactNode;
}

export function ThemeMeasures({ regionCode, themeId, measures, total, item }: Props) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const rest = useThemeMeasures(regionCode, themeId, all);
  const loaded = rest.data?.pages.flatMap((p) => p.items);
  const shown = all && loaded ? loaded : measures;
  if (!total) return <p className="muted no-measures">{t('compare.noMeasures')}</p>;
  return (
    <>
      <ul className="measure-list">{shown.map(item)}</ul>
      {!all && total > measures.length && (
        <button type="button" className="button button-secondary" onClick={() => setAll(true)}>
          {t('themeMeasures.showAll', { count: total })}
        </button>
      )}
      {all && rest.isPending && <p className="muted small">{t('themeMeasures.loadingMeasures')}</p>}
      {all && rest.isError && <p className="status-error small">{t('themeMeasures.measuresError')}</p>}
      {all && rest.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          disabled={rest.isFetchingNextPage}
          onClick={() => void rest.fetchNextPage()}
        >
          {t('themeMeasures.moreMeasures', { count: total - (loaded?.length ?? 0) })}
        </button>
      )}
    </>
  );
}
