/**
 * Where a place's series has more points than a chart holds (MAX_SERIES_POINTS, the latest), says
 * which and how many, and that the CSV has them all: a bounded answer never hides data silently.
 */
import { MAX_SERIES_POINTS, type SeriesWithMarkersResponse } from '@ipb/domain';
import { useI18n } from '@/i18n';

export function CutSeriesNote({
  cut,
  names,
}: {
  cut: SeriesWithMarkersResponse['cutSeries'];
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  if (!cut?.length) return null;
  const places = [...new Set(cut.map((c) => names.get(c.regionCode) ?? c.regionCode))].join('、');
  const total = Math.max(...cut.map((c) => c.pointsTotal));
  return (
    <p className="muted small" data-testid="cut-series">
      {t('indicators.cutSeries', { places, count: MAX_SERIES_POINTS, total })}
    </p>
  );
}
