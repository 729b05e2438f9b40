/** The table view: a real <table>, one row per figure, with the change on the previous period. */
import type { Series } from '@ipb/domain';
import { useMemo } from 'react';
import { useI18n } from '@/i18n';
import { buildTableRows } from '../lib/build-table-rows';
import { formatNumber, formatPeriod, formatPointValue } from '../lib/format-value';
import { FlagBadges } from './FlagBadges';
import { SourceLink } from './SourceLink';

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text.replace('-', '−');
}

export function SeriesTable({
  series,
  regionOrder,
  indicatorName,
}: {
  series: readonly Series[];
  regionOrder: readonly string[];
  indicatorName: string;
}) {
  const { t, lang } = useI18n();
  const rows = useMemo(() => buildTableRows(series, regionOrder, t, lang), [series, regionOrder, t, lang]);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('table.caption', { indicator: indicatorName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.place')}</th>
            <th scope="col">{t('table.series')}</th>
            <th scope="col">{t('table.period')}</th>
            <th scope="col" className="num">
              {t('table.value')}
            </th>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col" className="num">
              {t('table.change')}
            </th>
            <th scope="col" className="num">
              {t('table.changePct')}
            </th>
            <th scope="col">{t('table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, place, series: label, point, scale, change, changePct }) => (
            <tr key={key}>
              <th scope="row">{place}</th>
              <td>{label}</td>
              <td>{formatPeriod(point)}</td>
              <td className="num">{formatPointValue(point, scale, lang)}</td>
              <td>{scale.unit}</td>
              <td className="num">{change === null ? '—' : signed(formatNumber(change, lang), change)}</td>
              <td className="num">
                {changePct === null ? '—' : `${signed(formatNumber(changePct, lang, 1), changePct)}%`}
              </td>
              <td className="table-source">
                <SourceLink citation={point.citation} />
                <FlagBadges flags={point.flags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
