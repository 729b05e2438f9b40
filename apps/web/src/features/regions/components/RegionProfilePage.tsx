/**
 * /regions/:code — a place's name, level and parents, what its data rests on; measures by theme;
 * indicators and targets (each badged, filtered by the official switch); sources with their authority.
 */
import { BENCHMARK_REGION_CODE, type Region } from '@ipb/domain';
import { type ReactNode, useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { CoverageLine } from '@/components/ui/CoverageLine';
import { OfficialSourcesSwitch } from '@/components/ui/OfficialSourcesSwitch';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { ThemeFilter } from '@/components/ui/ThemeFilter';
import { useI18n } from '@/i18n';
import { useAuthorityParam } from '@/lib/use-authority-param';
import { useSharedHref } from '@/lib/use-shared-href';
import { useRegionProfile } from '../api/get-region-profile';
import { ProfileIndicators } from './ProfileIndicators';
import { ProfileMeasures } from './ProfileMeasures';
import { ProfileTargets } from './ProfileTargets';
import './region-profile.css';
import { dataProps } from '@/lib/data-props';

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id} className="panel-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function RegionProfilePage() {
  const { t, lang } = useI18n();
  const { code = '' } = useParams();
  const [authority] = useAuthorityParam();
  const href = useSharedHref();
  const profile = useRegionProfile(code, authority);
  const name = (r: Region) => (lang === 'en' ? r.nameEn : r.name);
  const title = profile.data ? name(profile.data.region) : t('regions.title');

  useEffect(() => {
    document.title = `${title} · ${t('app.title')}`;
  }, [title, t]);

  if (profile.isPending) {
    return (
      <div className="page">
        <h1>{t('regions.title')}</h1>
        <Skeleton height={520} label={t('regions.loading')} />
      </div>
    );
  }
  if (profile.isError) {
    return (
      <div className="page page-narrow">
        <h1>{t('regions.title')}</h1>
        <ErrorState
          title={t('regions.error')}
          hint={t('regions.errorHint')}
          error={profile.error}
          retryLabel={t('regions.retry')}
          onRetry={() => void profile.refetch()}
        />
      </div>
    );
  }
  const { region, ancestors, measuresByTheme, indicators, targets, targetsTotal, sources, sourcesTotal, coverage } =
    profile.data;
  return (
    <div className="page">
      <header className="page-header">
        {ancestors.length > 0 && (
          <nav aria-label={t('regions.parents')} className="breadcrumbs">
            <ol>
              {ancestors.map((a) => (
                <li key={a.code}>
                  <Link to={href(`/regions/${a.code}`)}>{name(a)}</Link>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <h1>
          {name(region)}{' '}
          {region.code === BENCHMARK_REGION_CODE && (
            <span className="badge badge-benchmark">{t('regions.benchmark')}</span>
          )}
        </h1>
        <p className="muted">
          {t(`regions.level.${region.level}`)} · {t('regions.code', { code: region.code })}
          {' · '}
          {lang === 'zh' ? region.nameEn : <span {...dataProps(region.name)}>{region.name}</span>}
        </p>
        <p className="small" data-testid="profile-coverage">
          <span className="muted">{t('coverage.labelWithColon')}</span>
          <CoverageLine coverage={coverage} />
        </p>
        {region.code !== BENCHMARK_REGION_CODE && (
          <p>
            <Link to={href(`/compare?regions=${region.code}`)}>{t('regions.compareLink')} →</Link>
          </p>
        )}
      </header>
      <div className="panel">
        <ThemeFilter counts={Object.fromEntries(measuresByTheme.map((g) => [g.theme.id, g.total]))} />
        <OfficialSourcesSwitch />
      </div>
      <Panel id="profile-measures" title={t('regions.measures')}>
        <ProfileMeasures regionCode={region.code} groups={measuresByTheme} />
      </Panel>
      <div className="profile-columns">
        <Panel id="profile-indicators" title={t('regions.indicators')}>
          <ProfileIndicators rows={indicators} />
        </Panel>
        <Panel id="profile-targets" title={t('regions.targets')}>
          <ProfileTargets targets={targets} />
          {targetsTotal > targets.length && (
            <p className="small muted">{t('regions.moreTargets', { shown: targets.length, total: targetsTotal })}</p>
          )}
        </Panel>
      </div>
      <Panel id="profile-sources" title={t('regions.sources')}>
        {sources.length ? (
          <ul className="source-list">
            {sources.map((s) => (
              <li key={s.id}>
                <Link to={`/sources/${s.id}`} {...dataProps(s.title)}>
                  {s.title}
                </Link>
                <AuthorityBadge authority={s.authority} reason={s.authorityReason} />
                {s.year !== null && <span className="small muted"> · {s.year}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t('regions.sourcesEmpty')} />
        )}
        {sourcesTotal > sources.length && (
          <p className="small muted">{t('regions.moreSources', { shown: sources.length, total: sourcesTotal })}</p>
        )}
      </Panel>
    </div>
  );
}
