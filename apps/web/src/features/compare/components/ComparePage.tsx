/**
 * /compare?regions=320100,321000&theme=tech_finance&view=per_capita&authority=official — up to eight
 * places against 呼和浩特: what each place's data rests on, measures per theme side by side, the gap
 * list, comparable indicators (like for like, every value badged) and theme coverage.
 */
import { BENCHMARK_REGION_CODE, type Region } from '@ipb/domain';
import { lazy, type ReactNode, useEffect, useMemo } from 'react';
import { LazyChart } from '@/components/charts/lazy-chart';
import { OfficialSourcesSwitch } from '@/components/ui/OfficialSourcesSwitch';
import { PlacesPicker } from '@/components/ui/PlacesPicker';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { ThemeFilter } from '@/components/ui/ThemeFilter';
import { useI18n } from '@/i18n';
import { useCompare } from '@/lib/api/get-compare';
import { useAuthorityParam } from '@/lib/use-authority-param';
import { useThemeParam } from '@/lib/use-theme-param';
import { useGaps } from '../api/get-gaps';
import { MAX_COMPARED_PLACES } from '../lib/compare-search';
import { measuresCsvUrl } from '../lib/csv-links';
import { useComparedPlaces, useCompareView } from '../lib/use-compare-search';
import { BasisList } from './BasisList';
import { BriefButton } from './BriefButton';
import { CompareIndicators } from './CompareIndicators';

import { GapList } from './GapList';
import { ThemeColumns } from './ThemeColumns';
import './compare.css';

const CoverageChart = lazy(async () => ({ default: (await import('./CoverageChart')).CoverageChart }));

function Panel({
  id,
  title,
  intro,
  busy,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={`panel${busy ? ' is-stale' : ''}`} aria-labelledby={id} aria-busy={busy || undefined}>
      <h2 id={id} className="panel-title">
        {title}
      </h2>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}

export function ComparePage() {
  const { t } = useI18n();
  const [compared, setCompared] = useComparedPlaces();
  const [themes] = useThemeParam();
  const [authority] = useAuthorityParam();
  const [view, setView] = useCompareView();
  const compare = useCompare({ regions: compared, themes, authority });
  const gaps = useGaps(compared, themes);

  useEffect(() => {
    document.title = `${t('compare.title')} · ${t('app.title')}`;
  }, [t]);

  /** Benchmark first, then the compared places in pick order. */
  const columns: Region[] = useMemo(() => {
    if (!compare.data) return [];
    const { benchmark, regions: others } = compare.data;
    return [benchmark, ...others.filter((r) => r.code !== benchmark.code)];
  }, [compare.data]);

  const error = (query: { error: unknown; refetch: () => unknown }, title = t('compare.error')) => (
    <ErrorState
      title={title}
      hint={t('compare.errorHint')}
      error={query.error}
      retryLabel={t('compare.retry')}
      onRetry={() => void query.refetch()}
    />
  );
  const stale = compare.isPlaceholderData;
  const shownGaps = compare.data ? gaps.data : undefined;

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('compare.title')}</h1>
        <p className="muted">{t('compare.intro', { max: MAX_COMPARED_PLACES })}</p>
      </header>
      <div className="panel compare-controls">
        <PlacesPicker
          selected={compared}
          max={MAX_COMPARED_PLACES}
          onChange={setCompared}
          label={t('compare.places')}
        />
        <ThemeFilter />
        <OfficialSourcesSwitch />
        <BriefButton regions={compared} themes={themes} authority={authority} />
      </div>
      {!compared.length ? (
        <section className="panel">
          <EmptyState title={t('compare.pickPlaces')} hint={t('compare.pickPlacesHint')} />
        </section>
      ) : compare.isError ? (
        <section className="panel">{error(compare)}</section>
      ) : !compare.data ? (
        <section className="panel" aria-busy="true">
          <Skeleton height={480} label={t('compare.loading')} />
        </section>
      ) : (
        <>
          <Panel id="compare-basis" title={t('compare.basis')} intro={t('compare.basisIntro')} busy={stale}>
            <BasisList basis={compare.data.basis} columns={columns} />
          </Panel>
          <Panel id="compare-measures" title={t('compare.measures')} busy={stale}>
            <ThemeColumns themes={compare.data.themes} places={columns} />
          </Panel>
          <Panel
            id="compare-gaps"
            title={t('compare.gaps')}
            intro={t('compare.gapsIntro')}
            busy={gaps.isPlaceholderData}
          >
            {gaps.isError ? (
              error(gaps, t('compare.gapsError'))
            ) : shownGaps ? (
              <GapList gaps={shownGaps} places={columns} />
            ) : (
              <Skeleton height={160} label={t('compare.loading')} />
            )}
          </Panel>
          <Panel
            id="compare-indicators"
            title={t('compare.indicators')}
            intro={t('compare.indicatorsIntro')}
            busy={stale}
          >
            <CompareIndicators
              params={{ regions: compared, themes, authority }}
              compare={compare.data}
              columns={columns}
              view={view}
              onViewChange={setView}
              authority={authority}
            />
          </Panel>
          <Panel id="compare-coverage" title={t('compare.coverage')} intro={t('compare.coverageIntro')} busy={stale}>
            <LazyChart height={360}>
              <CoverageChart
                coverage={compare.data.coverage}
                columns={columns}
                themes={compare.data.themes}
                filter={themes}
              />
            </LazyChart>
          </Panel>
          <Panel id="compare-downloads" title={t('compare.downloads')}>
            <ul className="download-links">
              <li>
                <a href={measuresCsvUrl([BENCHMARK_REGION_CODE, ...compared], themes)} download>
                  {t('compare.downloadMeasures')}
                </a>
              </li>
            </ul>
          </Panel>
        </>
      )}
    </div>
  );
}
