import { getSeries, timelineMarkers } from '@ipb/db';
import {
  authorityFilter,
  BENCHMARK_REGION_CODE,
  MAX_DEFAULT_SERIES_PLACES,
  MAX_MARKERS,
  type Series,
  SeriesMarkersQuerySchema,
  SeriesWithMarkersResponseSchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireIndicator } from '../../lib/require-indicator';
import { requireThemes } from '../../lib/require-themes';
import { resolveRegions } from '../../lib/resolve-regions';

/**
 * Without places named: the benchmark and the MAX_DEFAULT_SERIES_PLACES places whose latest figure
 * is the latest (ties by code), so the answer does not grow with the number of places on record.
 */
function defaultPlaces(all: Series[]): { series: Series[]; placesTotal: number } {
  // Each place's latest period end (points are oldest first).
  const latest = new Map<string, string>();
  for (const s of all) {
    const end = s.points.at(-1)?.periodEnd ?? '';
    if (end >= (latest.get(s.regionCode) ?? '')) latest.set(s.regionCode, end);
  }
  const others = [...latest]
    .filter(([c]) => c !== BENCHMARK_REGION_CODE)
    .sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, MAX_DEFAULT_SERIES_PLACES)
    .map(([c]) => c);
  const kept = new Set([BENCHMARK_REGION_CODE, ...others]);
  return { series: all.filter((s) => kept.has(s.regionCode)), placesTotal: latest.size };
}

const series: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/series',
    {
      schema: {
        summary: 'Like-for-like series of one indicator, optionally with policy timeline markers',
        operationId: 'getSeries',
        querystring: SeriesMarkersQuerySchema,
        response: { 200: SeriesWithMarkersResponseSchema },
      },
    },
    async (request) => {
      const { indicator: indicatorId, regions: regionsParam, kind } = request.query;
      const authority = authorityFilter(request.query.authority);
      const indicator = await requireIndicator(app, indicatorId);
      const regions = resolveRegions(regionsParam, (q) => app.gazetteer.resolve(q));
      const themes = requireThemes(request.query.theme);
      const found = await getSeries(app.store.engine, {
        indicatorId,
        regionCodes: regions.map((r) => r.code),
        kind,
        authority,
      });
      const result = regions.length ? found : { ...found, ...defaultPlaces(found.series) };
      const shown = regions.length
        ? regions
        : result.series
            .flatMap((s) => app.gazetteer.byCode(s.regionCode) ?? [])
            .filter((r, i, all) => all.indexOf(r) === i);
      if (request.query.markers !== '1') return { indicator, regions: shown, ...result };
      const markers = await timelineMarkers(
        app.store.engine,
        shown.map((r) => r.code),
        themes,
      );
      return {
        indicator,
        regions: shown,
        ...result,
        markers: markers.slice(-MAX_MARKERS),
        markersTotal: markers.length,
      };
    },
  );
};
export default series;
