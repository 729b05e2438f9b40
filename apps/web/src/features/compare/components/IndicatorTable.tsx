/**
 * Comparable indicators side by side: the benchmark's value and each place's, compared like with
 * like (a difference only for a common period, "年份不同" otherwise), every value with its authority,
 * flags and conflicts, and a view switch for per-capita and per-GDP values. Missing is "无数据", never 0.
 */
import type { CompareResponse, Region } from '@ipb/domain';
import { Link } from 'react-router';
import { ScrollBox } from '@/components/ui/ScrollBox';
import { EmptyState } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import type { AuthorityParam } from '@/lib/use-authority-param';
import { useSharedHref } from '@/lib/use-shared-href';
import type { CompareView } from '../lib/compare-search';
import { normalisedUnit } from '../lib/place-comparison';
import { placeName } from '../lib/place-name';
import { IndicatorRow } from './IndicatorRow';
import './like-for-like.css';
import { ViewSwitch } from './ViewSwitch';

type Row = CompareResponse['indicators'][number];

interface Props {
  rows: Row[];
  /** Every place shown, benchmark first. */
  columns: readonly Region[];
  view: CompareView;
  onViewChange(view: CompareView): void;
  authority: AuthorityParam;
}

export function IndicatorTable({ rows, columns, view, onViewChange, authority }: Props) {
  const { t, lang } = useI18n();
  const href = useSharedHref();
  if (!rows.length) {
    return <EmptyState title={t('compare.indicatorsEmpty')} hint={t('compare.indicatorsEmptyHint')} />;
  }
  // A row no place can be normalised in (a rate, a rank, the population itself) is not shown in
  // that view: a column of "denominator missing" would misstate why.
  const shown = view === 'absolute' ? rows : rows.filter((r) => normalisedUnit(r.places, view) !== null);
  const hidden = rows.length - shown.length;
  const viewName = t(`compare.view.${view}`);
  return (
    <>
      <ViewSwitch value={view} onChange={onViewChange} />
      {view !== 'absolute' && <p className="muted small">{t(`compare.viewHint.${view}`)}</p>}
      {hidden > 0 && (
        <p className="muted small" data-testid="view-hidden">
          {t('compare.viewHidden', { count: hidden, view: viewName })}
        </p>
      )}
      {!shown.length && <EmptyState title={t('compare.viewEmpty', { view: viewName })} />}
      <ScrollBox label={t('compare.indicatorsCaption')} hidden={!shown.length}>
        <table className="data-table compare-table">
          <caption className="visually-hidden">{t('compare.indicatorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.indicatorAndUnit')}</th>
              {columns.map((c, i) => (
                <th key={c.code} scope="col" className={i === 0 ? 'is-benchmark' : undefined}>
                  <Link to={href(`/regions/${c.code}`)}>{placeName(c, c.code, lang)}</Link>
                  {i === 0 && <span className="badge badge-benchmark">{t('compare.benchmark')}</span>}
                </th>
              ))}
              <th scope="col">{t('compare.csv')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <IndicatorRow
                key={`${row.indicator.id}-${row.periodType}-${row.unit}`}
                row={row}
                columns={columns}
                view={view}
                authority={authority}
              />
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
