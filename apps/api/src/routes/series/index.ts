import { getSeries, timelineMarkers } from '@ipb/db';
import { authorityFilter, MAX_MARKERS, SeriesMarkersQuerySchema, SeriesWithMarkersResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireIndicator } from '../../lib/require-indicator';
import { requireThemes } from '../../lib/require-themes';
import { resolveRegions } from '../../lib/resolve-regions';
import { defaultPlaces, latestPoints } from './bounded-series';

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
      const placed = regions.length ? found : { ...found, ...defaultPlaces(found.series) };
      // The CSV is an export: every point. The chart's JSON holds each series' latest points.
      const result = request.wantsCsv ? placed : { ...placed, ...latestPoints(placed.series) };
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
