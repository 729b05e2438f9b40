/**
 * The newest imported sources, each opening in the bulletin reader, each with its authority badge
 * (and the rule that classed it as the badge's tooltip). With the official switch on, only official
 * sources are listed, like the figures.
 */
import type { SourceSummary } from '@ipb/domain';
import { Link } from 'react-router';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { isMessageKey } from '@/i18n/translate';
import { OVERVIEW_SOURCES, useSources } from '@/lib/api/get-sources';
import { dataProps } from '@/lib/data-props';
import { useAuthorityParam } from '@/lib/use-authority-param';
import { latestSources } from '../lib/heatmap-places';

export function LatestSources() {
  const { t } = useI18n();
  const [authority] = useAuthorityParam();
  const sources = useSources(authority ? 'official' : undefined, OVERVIEW_SOURCES);
  const shown = sources.data?.items ?? [];
  const typeLabel = (s: SourceSummary) => {
    const key = `overview.type.${s.type}`;
    return isMessageKey(key) ? t(key) : s.type;
  };
  return (
    <section className="panel" aria-labelledby="overview-sources">
      <h2 id="overview-sources" className="panel-title">
        {t('overview.latestSources')}
      </h2>
      {sources.isPending ? (
        <Skeleton height={220} label={t('overview.loading')} />
      ) : sources.isError ? (
        <ErrorState
          title={t('overview.error')}
          hint={t('overview.errorHint')}
          error={sources.error}
          retryLabel={t('overview.retry')}
          onRetry={() => void sources.refetch()}
        />
      ) : !shown.length ? (
        <EmptyState title={t('overview.sourcesEmpty')} hint={t('overview.sourcesEmptyHint')} />
      ) : (
        <>
          <ul className="source-list">
            {latestSources(shown).map((s) => (
              <li key={s.id} data-testid="latest-source">
                <Link to={`/sources/${s.id}`} {...dataProps(s.title)}>
                  {s.title}
                </Link>
                <AuthorityBadge authority={s.authority} reason={s.authorityReason} />
                <span className="small muted">
                  {' '}
                  · {typeLabel(s)}
                  {s.year !== null && s.issueNumber !== null && (
                    <> · {t('overview.issue', { year: s.year, issue: s.issueNumber })}</>
                  )}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/sources">{t('overview.allSources')} →</Link>
          </p>
        </>
      )}
    </section>
  );
}
