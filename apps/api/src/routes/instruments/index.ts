import { InstrumentsQuerySchema, InstrumentsResponseSchema } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { resolveComparison } from '../../lib/resolve-regions';
import { HttpProblem } from '../../plugins/problem';
import { buildInstruments } from './build-instruments';

const MAX_PLACES = 8;

const instruments: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instruments',
    {
      schema: {
        summary: 'Instrument terms side by side: caps, rates, shares, thresholds, fund sizes per programme and place',
        description:
          'Each term is a figure extracted from a measure, read as a term of an instrument by the words of data/taxonomy/instruments.json (kept as evidence), with its sentence. Per instrument the benchmark says whether 呼和浩特 has a comparable programme on record. ' +
          'Bounded: `limit` terms from `offset` (default 50, at most 500; `total` counts them all) and, per instrument and place, ' +
          'the latest `measuresLimit` measures (default 3, at most 100) with their text cut to 40 characters (`textChars`) and the totals.',
        operationId: 'listInstrumentTerms',
        querystring: InstrumentsQuerySchema,
        response: { 200: InstrumentsResponseSchema },
      },
    },
    async (request) => {
      const { regions, benchmark } = resolveComparison(request.query, (q) => app.gazetteer.resolve(q), MAX_PLACES);
      const file = app.benchmarkFiles.instruments;
      const id = request.query.instrument;
      if (id && !file.instruments.some((i) => i.id === id))
        throw new HttpProblem(
          404,
          'Unknown instrument',
          `"${id}" is not an instrument id; use one of ${file.instruments.map((i) => i.id).join(', ')}.`,
          { code: 'unknown-instrument', params: { id } },
        );
      return buildInstruments(app.store, file, benchmark, regions, (code) => app.gazetteer.byCode(code), {
        instrumentId: id,
        limit: request.query.limit,
        offset: request.query.offset,
        measuresLimit: request.query.measuresLimit,
      });
    },
  );
};
export default instruments;
