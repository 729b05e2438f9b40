/**
 * Every figure behind the chart, with the sentence it was read from: place, period, value,
 * the quote, the source with its authority, its quality flags and, when sources disagree, the
 * other values with their sentences. Shown under the chart, never hidden in a tooltip.
 */
import type { AlternativeValue, Series } from '@ipb/domain';
import { useMemo } from 'react';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { CitationSource } from '@/components/ui/CitationSource';
import { ConflictBadge } from '@/components/ui/ConflictBadge';
import { FlagBadges } from '@/components/ui/FlagBadges';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { buildTableRows } from '../lib/build-table-rows';
import { formatPeriod, formatPointValue } from '../lib/format-value';
import { SourceLink } from './SourceLink';

export function SourcesList({ series, regionOrder }: { series: readonly Series[]; regionOrder: readonly string[] }) {
  const { t, lang } = useI18n();
  const rows = useMemo(() => buildTableRows(series, regionOrder, t, lang), [series, regionOrder, t, lang]);
  return (
    <section className="panel sources" aria-label={t('sources.title')}>
      <h2 className="panel-title">
        {t('sources.title')} <span className="muted small">{t('sources.count', { count: rows.length })}</span>
      </h2>
      <ol className="citations">
        {rows.map(({ key, place, series: label, point, scale }) => {
          const c = point.citation;
          const withUnit = (v: Pick<AlternativeValue, 'value' | 'valueMax' | 'qualifier'>) =>
            `${formatPointValue(v, scale, lang)} ${scale.unit}`;
          return (
            <li key={key} className="citation" data-testid="citation">
              <p className="citation-head">
                <span className="citation-place">{place}</span>
                <span className="citation-period">{formatPeriod(point)}</span>
                <strong className="citation-value">
                  {formatPointValue(point, scale, lang)} {scale.unit}
                </strong>
                <span className="muted small">{label}</span>
              </p>
              <blockquote className="citation-quote">{c.quote}</blockquote>
              <p className="citation-source">
                <SourceLink citation={c} />
                <AuthorityBadge authority={point.authority} />
                <CitationSource citation={c} />
              </p>
              {c.note && (
                <p className="citation-note small">
                  {t('sources.note')}: <span {...dataProps(c.note)}>{c.note}</span>
                </p>
              )}
              <FlagBadges flags={point.flags} reviewStatus={point.reviewStatus} />
              {point.conflict && (
                <ConflictBadge
                  conflict={point.conflict}
                  preferred={{ text: withUnit(point), authority: point.authority, flags: point.flags, citation: c }}
                  format={withUnit}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
