/** `/`: headline counts, the theme × place heatmap with 呼和浩特 pinned, and the latest sources. */
import { useEffect } from 'react';
import { Link } from 'react-router';
import { OfficialSourcesSwitch } from '@/components/ui/OfficialSourcesSwitch';
import { ThemeFilter } from '@/components/ui/ThemeFilter';
import { useI18n } from '@/i18n';
import { useSharedHref } from '@/lib/use-shared-href';
import { useMeasureFacets } from '../api/get-measure-facets';
import { CountsPanel } from './CountsPanel';
import { DigestPanel } from './DigestPanel';
import { HeatmapPanel } from './HeatmapPanel';
import { LatestSources } from './LatestSources';
import './overview.css';

export function OverviewPage() {
  const { t } = useI18n();
  const facets = useMeasureFacets([]);
  const href = useSharedHref();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  const themeCounts = facets.data ? Object.fromEntries(facets.data.theme.map((f) => [f.value, f.count])) : undefined;
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('overview.title')}</h1>
        <p className="muted">{t('overview.intro')}</p>
        <p className="overview-links">
          <Link to={href('/compare')}>{t('overview.compareLink')} →</Link>
          <Link to={href('/indicators')}>{t('overview.indicatorsLink')} →</Link>
        </p>
      </header>
      <CountsPanel />
      <DigestPanel />
      <div className="panel">
        <ThemeFilter counts={themeCounts} />
        <OfficialSourcesSwitch />
      </div>
      <div className="overview-layout">
        <HeatmapPanel />
        <LatestSources />
      </div>
    </div>
  );
}
