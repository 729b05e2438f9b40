/**
 * Latest value of each indicator for the place, each with its citation, its source's authority,
 * its flags and, when sources disagree, the other values with their sentences.
 */
import type { RegionProfile } from '@ipb/domain';
import { CitationLink } from '@/components/ui/CitationLink';
import { ScrollBox } from '@/components/ui/ScrollBox';
import { EmptyState } from '@/components/ui/StatusMessage';
import { TrustBadges } from '@/components/ui/TrustBadges';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { issueText } from '@/lib/issue-label';
import { formatValue } from '../lib/format-profile';

export function ProfileIndicators({ rows }: { rows: RegionProfile['indicators'] }) {
  const { t, lang } = useI18n();
  if (!rows.length) return <EmptyState title={t('regions.indicatorsEmpty')} hint={t('regions.indicatorsEmptyHint')} />;
  return (
    <ScrollBox label={t('regions.indicators')}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('regions.indicator')}</th>
            <th scope="col">{t('regions.value')}</th>
            <th scope="col">{t('regions.year')}</th>
            <th scope="col">{t('regions.citation')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ indicator, latest }) => (
            <tr key={`${indicator.id}-${latest.periodType}-${latest.unit}`}>
              <th scope="row">{lang === 'en' ? indicator.nameEn : indicator.nameZh}</th>
              <td className="num">
                {formatValue(latest.value, latest.unit, lang)}
                <TrustBadges
                  value={latest}
                  text={formatValue(latest.value, latest.unit, lang)}
                  format={(alt) => formatValue(alt.value, alt.unit, lang)}
                />
              </td>
              <td>{latest.year ?? '—'}</td>
              <td>
                <CitationLink citation={latest.citation}>
                  <cite {...dataProps(latest.citation.sourceTitle)}>{latest.citation.sourceTitle}</cite>
                  {latest.citation.issue && ` ${issueText(latest.citation.issue, lang)}`}
                </CitationLink>
                <blockquote className="citation-quote small">{latest.citation.quote}</blockquote>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
