/** Loads the heatmap's data: the places with the most measures (facets), then their counts per theme. */
import type { Region } from '@ipb/domain';
import { lazy, useMemo } from 'react';
import { LazyChart } from '@/components/charts/lazy-chart';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { useRegions } from '@/lib/get-regions';
import { useThemes } from '@/lib/get-themes';
import { useThemeParam } from '@/lib/use-theme-param';
import { useHeatmapCounts } from '../api/get-heatmap-counts';
import { useMeasureFacets } from '../api/get-measure-facets';
import { HEATMAP_PLACES, rollUp, topPlaces } from '../lib/heatmap-places';

const CoverageHeatmap = lazy(async () => ({ default: (await import('./CoverageHeatmap')).CoverageHeatmap }));

export function HeatmapPanel() {
  const { t } = useI18n();
  const [selected] = useThemeParam();
  const themes = useThemes();
  const facets = useMeasureFacets(selected);
  const regions = useRegions();
  // Districts count for their city (宁波（江北区）): the counts come from /api/compare, which rolls up too.
  const rolled = useMemo(
    () => (facets.data && regions.data ? rollUp(facets.data.region, regions.data) : null),
    [facets.data, regions.data],
  );
  const top = useMemo(() => (rolled ? topPlaces(rolled.facet) : null), [rolled]);
  const coverage = useHeatmapCounts(top ? { regions: top, themes: selected } : null);

  const data = useMemo(() => {
    if (!coverage.data || !themes.data) return null;
    const counts = Object.fromEntries(coverage.data.coverage.map((c) => [c.regionCode, c.counts]));
    const places: Region[] = [
      coverage.data.benchmark,
      ...coverage.data.regions.filter((r) => r.code !== coverage.data.benchmark.code),
    ];
    const rows = themes.data.filter((th) =>
      selected.length ? selected.includes(th.id) : places.some((p) => (counts[p.code]?.[th.id] ?? 0) > 0),
    );
    return { counts, places, rows, sources: coverage.data.sources, subPlaces: rolled?.subPlaces ?? new Map() };
  }, [coverage.data, themes.data, selected, rolled]);

  const failed = [themes, facets, regions, coverage].find((q) => q.isError);
  const stale = facets.isPlaceholderData || coverage.isPlaceholderData;
  return (
    <section
      className={`panel${stale ? ' is-stale' : ''}`}
      aria-labelledby="overview-heatmap"
      aria-busy={stale || undefined}
    >
      <h2 id="overview-heatmap" className="panel-title">
        {t('overview.heatmap')}
      </h2>
      <p className="muted">{t('overview.heatmapIntro', { max: HEATMAP_PLACES })}</p>
      {failed ? (
        <ErrorState
          title={t('overview.error')}
          hint={t('overview.errorHint')}
          error={failed.error}
          retryLabel={t('overview.retry')}
          onRetry={() => void failed.refetch()}
        />
      ) : !data ? (
        <Skeleton height={420} label={t('overview.loading')} />
      ) : !data.rows.length ? (
        <EmptyState title={t('overview.heatmapEmpty')} hint={t('overview.heatmapEmptyHint')} />
      ) : (
        <LazyChart height={420}>
          <CoverageHeatmap
            themes={data.rows}
            places={data.places}
            counts={data.counts}
            filtered={selected.length > 0}
            sources={data.sources}
            subPlaces={data.subPlaces}
          />
        </LazyChart>
      )}
    </section>
  );
}
