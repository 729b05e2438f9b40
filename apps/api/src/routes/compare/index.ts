import { placeThemeMeasures, shownMeasureText } from '@ipb/db';
import {
  authorityFilter,
  BENCHMARK_REGION_CODE,
  type CompareBody,
  CompareBodySchema,
  CompareQuerySchema,
  IdParamsSchema,
  MeasureTextResponseSchema,
  PlaceThemeMeasuresQuerySchema,
  PlaceThemeMeasuresResponseSchema,
} from '@ipb/domain';
import fastJson from 'fast-json-stringify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { toSerializerSchema } from '../../lib/compiled-serializer';
import { sendJsonBytes } from '../../lib/page-body';
import { requireThemes } from '../../lib/require-themes';
import { resolveRegions } from '../../lib/resolve-regions';
import { HttpProblem } from '../../plugins/problem';
import { compareBody } from './build-compare';

export const MAX_PLACES = 8;

/**
 * The guard on Compare's bytes where responses are validated (tests): the JSON the route sends,
 * `JSON.stringify` of its body, must be byte for byte what the route's compiled serialiser writes
 * of that body (its schema's order of fields, no field the schema does not name).
 */
export function sameAsSerialized(serialized: string, json: string): void {
  if (serialized === json) return;
  let at = 0;
  while (serialized[at] === json[at]) at++;
  throw new Error(
    `GET /compare: the body's JSON differs from the compiled serialiser's at ${at}: ${json.slice(at - 60, at + 60)} against ${serialized.slice(at - 60, at + 60)}`,
  );
}

const compare: FastifyPluginAsyncZod = async (app) => {
  // The serialiser Fastify compiles for the route's 200 (lib/compiled-serializer.ts), compiled the
  // same way from the same schema: the route measures the body with it and sends what it wrote.
  const stringify = fastJson(toSerializerSchema(CompareBodySchema)) as (body: CompareBody) => string;
  app.get(
    '/compare',
    {
      schema: {
        operationId: 'compare',
        summary: 'Places side by side against the benchmark',
        description:
          'Each figure is listed once, in `figures`, and named by its observationId wherever the comparison uses it ' +
          "(`benchmarkId`, `latestId`, `benchmarkValueId` — absent where it is the row's `benchmarkId` —, " +
          '`placeDenominatorId`, `benchmarkDenominatorId`); each measure a theme column shows is listed once, in ' +
          '`measures`, and named by its position (`measureRefs`). Each cited source is listed once, in `sources`, ' +
          'and named by its `sourceId`; a citation carries a source field only where it differs from that entry. ' +
          'Each article title is listed once, in `articles`, and named by its position (`citation.article`). ' +
          'Every cited value carries its authority: a measure on its citation, a figure on itself (its citation ' +
          "repeats it only where it differs). A measure's citation leaves out its `quote` where that is its title. " +
          'A row names its indicator by `id`, `nameZh` and `nameEn`; GET /api/indicators has the definitions. ' +
          'A field that is null or empty is left out, and a figure of a whole year leaves out `periodStart` and ' +
          "`periodEnd` (the year's first and last day). " +
          'Each column shows at most the latest 3 measures of a place and theme with their `total`; ' +
          'GET /api/compare/measures pages through the rest. A measure carries the first 40 characters of its ' +
          'text, with `textChars` when the whole is longer: GET /api/compare/measures/{id}/text gives the whole. ' +
          "The body stays within 100 KB (102,400 bytes) for any request: each column's latest measure first, then " +
          "the indicator rows (each whole, with every figure's citation and authority), then the columns' other " +
          "measures, then each cell's history, as much of each as fits. What is left out is counted: a column " +
          'by its `total`, a cell whose history is shortened by `historyTotal`, the rows by `indicatorsTotal` ' +
          'with `indicatorsNext`, the `indicatorCursor` of an answer with the rows from there on (and no measures).',
        querystring: CompareQuerySchema,
        response: { 200: CompareBodySchema },
      },
    },
    async (request, reply) => {
      const resolve = (q: string) => app.gazetteer.resolve(q);
      const regions = resolveRegions(request.query.regions, resolve);
      if (regions.length > MAX_PLACES) {
        throw new HttpProblem(
          400,
          'Too many places',
          `Compare at most ${MAX_PLACES} places with the benchmark; ${regions.length} were given.`,
          { code: 'too-many-places', params: { max: MAX_PLACES, count: regions.length } },
        );
      }
      const [benchmark] = resolveRegions(request.query.benchmark ?? BENCHMARK_REGION_CODE, resolve);
      const themes = requireThemes(request.query.theme);
      if (!benchmark)
        throw new HttpProblem(400, 'Unknown place', 'benchmark is empty.', {
          code: 'unknown-place',
          params: { names: '' },
        });
      const { indicatorCursor } = request.query;
      // Each figure once (the benchmark's stands in every place's comparison), within 100 KB, the
      // rows read a page at a time: docs/decisions/014.
      const { body, json } = await compareBody(
        app.store,
        benchmark,
        regions,
        themes,
        authorityFilter(request.query.authority),
        { rowsFrom: indicatorCursor === undefined ? undefined : Number(indicatorCursor) },
        stringify,
      );
      // Asked for CSV: the body, so that the CSV hook answers 406 from the serialised text as for any non-list.
      if (request.wantsCsv) return body;
      // The text the budget measured is the body sent: written once, not again by Fastify's
      // serialiser (docs/decisions/014, sixteenth session). Tests check it is what that one writes.
      if (app.validateResponses) sameAsSerialized(String(reply.serialize(body)), json);
      return sendJsonBytes(reply, Buffer.from(json));
    },
  );

  // "N 条，显示全部": every measure of one column of Compare, latest first; the cursor is an offset.
  app.get(
    '/compare/measures',
    {
      schema: {
        operationId: 'listPlaceThemeMeasures',
        summary: 'Every measure of one place (with its sub-places) under one theme, latest first, a page at a time',
        querystring: PlaceThemeMeasuresQuerySchema,
        response: { 200: PlaceThemeMeasuresResponseSchema },
      },
    },
    async (request) => {
      const { region, theme, limit, cursor } = request.query;
      const [place] = resolveRegions(region, (q) => app.gazetteer.resolve(q));
      if (!place)
        throw new HttpProblem(400, 'Unknown place', 'region is empty.', {
          code: 'unknown-place',
          params: { names: '' },
        });
      const offset = cursor === undefined ? 0 : Number(cursor);
      const page = await placeThemeMeasures(app.store.engine, place.code, theme, { limit, offset });
      const next = offset + page.items.length;
      return { ...page, nextCursor: next < page.total && page.items.length ? String(next) : null };
    },
  );

  // "展开": the whole text of one measure a column shows an excerpt of.
  app.get(
    '/compare/measures/:id/text',
    {
      schema: {
        operationId: 'getMeasureText',
        summary: 'The whole text of one measure Compare shows (its body carries the first 40 characters)',
        params: IdParamsSchema,
        response: { 200: MeasureTextResponseSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const text = await shownMeasureText(app.store.engine, id);
      if (text === null)
        throw new HttpProblem(404, 'Unknown measure', `There is no measure ${id}, or it is not shown.`, {
          code: 'unknown-measure',
          params: { id },
        });
      return { id, text };
    },
  );
};
export default compare;
