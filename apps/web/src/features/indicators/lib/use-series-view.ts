/**
 * Everything the results column draws, from three queries: the series, the targets, and (in the
 * per-capita view only) the denominator's series for the same places. The transformation itself
 * is pure (transform-series.ts); this only wires the queries to it.
 */
import { useMemo } from 'react';
import { useAuthorityParam } from '@/lib/use-authority-param';
import { useThemeParam } from '@/lib/use-theme-param';
import { useSeries } from '../api/get-series';
import { useTargets } from '../api/get-targets';
import type { IndicatorsSearch, Mode } from './indicators-search';
import { applyMode } from './transform-series';

export function useSeriesView(indicatorId: string, search: IndicatorsSearch) {
  const [authority] = useAuthorityParam();
  const [themes] = useThemeParam();
  const query = useSeries({
    indicator: indicatorId,
    regions: search.regions,
    authority,
    markerThemes: search.markers ? themes : undefined,
  });
  const targets = useTargets({ indicator: indicatorId, regions: search.regions, authority });
  const data = query.data;
  const denominatorId = data?.indicator.perCapitaDenominator ?? null;
  // Per capita is only offered where the catalogue names a denominator; otherwise fall back.
  const mode: Mode = search.mode === 'per_capita' && !denominatorId ? 'absolute' : search.mode;
  const denominator = useSeries(
    mode === 'per_capita' && denominatorId ? { indicator: denominatorId, regions: search.regions, authority } : null,
  );

  const units = useMemo(() => {
    const found = [...new Set(data?.series.map((s) => s.unit))];
    const own = data?.indicator.unit;
    return own && found.includes(own) ? [own, ...found.filter((u) => u !== own)] : found;
  }, [data]);
  const unit = search.unit && units.includes(search.unit) ? search.unit : (units[0] ?? '');

  const view = useMemo(
    () =>
      applyMode(mode, {
        series: data?.series ?? [],
        unit,
        targets: targets.data?.items ?? [],
        denominator: denominator.data?.series ?? [],
      }),
    [mode, data, unit, targets.data, denominator.data],
  );

  return { query, targets, denominator, denominatorId, mode, units, unit, view, authority };
}
