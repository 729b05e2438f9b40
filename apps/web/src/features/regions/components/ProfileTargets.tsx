/**
 * Targets with a progress badge; without a status, the reason says why it cannot be assessed.
 * The target and the latest actual it is measured against each carry their source's authority.
 */
import type { Target } from '@ipb/domain';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { CitationLink } from '@/components/ui/CitationLink';
import { FlagBadges } from '@/components/ui/FlagBadges';
import { EmptyState } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { useIndicatorName } from '@/lib/api/get-indicators';
import { dataProps } from '@/lib/data-props';
import { formatValue, reasonKey, statusKey } from '../lib/format-profile';

export function ProfileTargets({ targets }: { targets: Target[] }) {
  const { t, lang } = useI18n();
  const indicatorName = useIndicatorName();
  if (!targets.length) return <EmptyState title={t('regions.targetsEmpty')} hint={t('regions.targetsEmptyHint')} />;
  return (
    <ul className="target-list">
      {targets.map((target) => {
        const reason = reasonKey(target.statusReason);
        return (
          <li key={target.observationId} className="target-item" data-testid="target">
            <p className="target-head">
              <strong {...dataProps(indicatorName(target.indicatorId, target.indicatorName ?? target.subject))}>
                {indicatorName(target.indicatorId, target.indicatorName ?? target.subject) || '—'}
              </strong>{' '}
              <span>
                {t('regions.target')} {formatValue(target.value, target.unit, lang)}
                {target.deadlineYear !== null && ` · ${t('regions.deadline')} ${target.deadlineYear}`}
              </span>{' '}
              <span className={`badge status-badge status-${target.status ?? 'none'}`}>
                {t(statusKey(target.status))}
              </span>
              <AuthorityBadge authority={target.authority} />
            </p>
            <FlagBadges flags={target.flags} />
            {target.status === null && <p className="small muted">{reason ? t(reason) : target.statusReason}</p>}
            <p className="small">
              {t('regions.latestActual')}:{' '}
              {target.latest ? (
                <>
                  <CitationLink citation={target.latest.citation}>
                    {formatValue(target.latest.value, target.latest.unit, lang)}
                  </CitationLink>
                  {target.latest.year !== null && ` (${target.latest.year})`}
                  <AuthorityBadge authority={target.latest.authority} />
                </>
              ) : (
                <span className="missing">{t('regions.missing')}</span>
              )}
              {' · '}
              <CitationLink citation={target.citation}>{t('regions.source')}</CitationLink>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
