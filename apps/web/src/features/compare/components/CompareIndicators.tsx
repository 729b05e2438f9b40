/**
 * The indicator table with every row: Compare's body carries the rows that fit in 100 KB after each
 * column's latest measure (`indicatorsTotal`, `indicatorsNext`), and "另有 N 行指标，显示更多" loads
 * the rest a page at a time, appended in order.
 */
import type { CompareResponse, Region } from '@ipb/domain';
import { useState } from 'react';
import { useI18n } from '@/i18n';
import { type CompareParams, useMoreIndicatorRows } from '@/lib/api/get-compare';
import type { AuthorityParam } from '@/lib/use-authority-param';
import type { CompareView } from '../lib/compare-search';
import { IndicatorTable } from './IndicatorTable';

interface Props {
  params: CompareParams;
  compare: CompareResponse;
  columns: readonly Region[];
  view: CompareView;
  onViewChange(view: CompareView): void;
  authority: AuthorityParam;
}

export function CompareIndicators({ params, compare, columns, view, onViewChange, authority }: Props) {
  const { t } = useI18n();
  const [wanted, setWanted] = useState(false);
  const more = useMoreIndicatorRows(params, compare.indicatorsNext, wanted);
  const rows = [...compare.indicators, ...(more.data?.pages.flatMap((p) => p.indicators) ?? [])];
  const total = compare.indicatorsTotal ?? rows.length;
  const hasMore = rows.length < total && (!wanted || (!more.isPending && more.hasNextPage));
  return (
    <>
      <IndicatorTable rows={rows} columns={columns} view={view} onViewChange={onViewChange} authority={authority} />
      {hasMore && (
        <button
          type="button"
          className="button button-secondary"
          data-testid="more-indicator-rows"
          disabled={more.isFetching}
          onClick={() => (wanted ? void more.fetchNextPage() : setWanted(true))}
        >
          {t('compare.moreRows', { count: total - rows.length })}
        </button>
      )}
      {wanted && more.isFetching && <p className="muted small">{t('compare.moreRowsLoading')}</p>}
      {more.isError && <p className="status-error small">{t('compare.moreRowsError')}</p>}
    </>
  );
}
