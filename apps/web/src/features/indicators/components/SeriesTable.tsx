/**
 * The table view: a real <table>, one row per figure, with the change on the previous period, the
 * source's authority in its own column, and the flags and any conflict next to the source.
 */
import type { AlternativeValue, Series } from '@ipb/domain';
import { useMemo } from 'react';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { ConflictBadge } from '@/components/ui/ConflictBadge';
import { FlagBadges } from '@/components/ui/FlagBadges';
import { useI18n } from '@/i18n';
import { buildTableRows } from '../lib/build-table-rows';
import { formatNumber, formatPeriod, formatPointValue } from '../lib/format-value';
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
            <th scope="col">{t('authority.label')}</th>
            <th scope="col">{t('table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, place, series: label, point, scale, change, changePct }) => {
            const withUnit = (v: Pick<AlternativeValue, 'value' | 'valueMax' | 'qualifier'>) =>
              `${formatPointValue(v, scale, lang)} ${scale.unit}`;
            return (
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
                <td>
                  <AuthorityBadge authority={point.authority} />
                </td>
                <td className="table-source">
                  <SourceLink citation={point.citation} />
                  <FlagBadges flags={point.flags} />
                  {point.conflict && (
                    <ConflictBadge
                      conflict={point.conflict}
                      preferred={{
                        text: withUnit(point),
                        authority: point.authority,
                        flags: point.flags,
                        citation: point.citation,
                      }}
                      format={withUnit}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
