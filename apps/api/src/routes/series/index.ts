import { getSeries, type SeriesFilter, seriesParts, timelineMarkers } from '@ipb/db';
import {
  authorityFilter,
  type Indicator,
  MAX_MARKERS,
  type Region,
  SeriesMarkersQuerySchema,
  SeriesWithMarkersResponseSchema,
} from '@ipb/domain';
import fastJson from 'fast-json-stringify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { toSerializerSchema } from '../../lib/compiled-serializer';
import { sendJsonBytes } from '../../lib/page-body';
import { requireIndicator } from '../../lib/require-indicator';
import { requireThemes } from '../../lib/require-themes';
import { resolveRegions } from '../../lib/resolve-regions';
import { defaultPlaces, latestPoints } from './bounded-series';
import { PARTS_FORM, serializePlace, seriesBody } from './stored-series';

/**
 * Named places, every kind and source, no markers, JSON: the answer spliced from the places' stored
 * series (decision 022, "Series parts"); null when period_values is stale (answered the old way).
 */
async function storedAnswer(
  app: FastifyInstance,
  request: FastifyRequest,
  whole: (answer: unknown) => string,
  answer: { indicator: Indicator; regions: Region[]; filter: SeriesFilter },
): Promise<Buffer | null> {
  const { indicator, regions } = answer;
  const codes = regions.map((r) => r.code);
  const found = await seriesParts(app.store.engine, indicator.id, codes, PARTS_FORM, serializePlace);
  if (!found) return null;
  found.stored.catch((err) => request.log.warn({ err }, 'the series route could not store built places'));
  const body = seriesBody(whole, indicator, regions, found.parts);
  if (app.validateResponses) {
    // Tests: the spliced body is byte for byte what the compiled serializer makes of the old answer.
    const old = await getSeries(app.store.engine, answer.filter);
    if (whole({ indicator, regions, ...old, ...latestPoints(old.series) }) !== body.toString()) {
      throw new Error('GET /series: the stored places differ from the built answer');
    }
  }
  return body;
}

const series: FastifyPluginAsyncZod = async (app) => {
  const whole = fastJson(toSerializerSchema(SeriesWithMarkersResponseSchema)) as (answer: unknown) => string;
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
    async (request, reply) => {
      const { indicator: indicatorId, regions: regionsParam, kind } = request.query;
      const authority = authorityFilter(request.query.authority);
      const indicator = await requireIndicator(app, indicatorId, request);
      const regions = resolveRegions(regionsParam, (q) => app.gazetteer.resolve(q));
      const themes = requireThemes(request.query.theme);
      const filter = { indicatorId, regionCodes: regions.map((r) => r.code), kind, authority };
      if (regions.length && !kind && !authority && request.query.markers !== '1' && !request.wantsCsv) {
        const body = await storedAnswer(app, request, whole, { indicator, regions, filter });
        // Bytes, not the answer: the response schema's serializer is not run again on them. Sent
        // here, as the handler's own return: Fastify then does not send the reply a second time.
        if (body) return sendJsonBytes(reply, body);
      }
      const found = await getSeries(app.store.engine, filter);
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
