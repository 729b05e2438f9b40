import {
  BENCHMARK_REGION_CODE,
  excerpt,
  GapsQuerySchema,
  type GapsResponse,
  GapsResponseSchema,
  type MeasureBrief,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireThemes } from '../../lib/require-themes';
import { resolveRegions } from '../../lib/resolve-regions';
import { HttpProblem } from '../../plugins/problem';
import { buildGaps } from '../compare/build-compare';

/**
 * Each measure with the first characters of its text, as in Compare's body: the gap list shows
 * titles, and the whole texts were two thirds of its bytes (229 KB for four places at 1,000× data).
 * GET /api/compare/measures/{id}/text gives one whole text.
 */
function excerpted(gaps: GapsResponse): GapsResponse {
  const cut = (measures: MeasureBrief[]) => measures.map((m) => ({ ...m, ...excerpt(m.text) }));
  return {
    ...gaps,
    themes: gaps.themes.map((t) => ({ ...t, places: t.places.map((p) => ({ ...p, measures: cut(p.measures) })) })),
    programs: gaps.programs.map((p) => ({ ...p, measures: cut(p.measures) })),
  };
}

const gaps: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/gaps',
    {
      schema: {
        operationId: 'listGaps',
        summary: 'What other places do that the benchmark does not, on its coverage basis',
        description:
          'Each theme lists the latest 3 measures of each place with their `total` (GET /api/compare/measures ' +
          'pages through the rest). A measure carries the first 40 characters of its text, with `textChars` when ' +
          'the whole is longer: GET /api/compare/measures/{id}/text gives the whole.',
        querystring: GapsQuerySchema,
        response: { 200: GapsResponseSchema },
      },
    },
    async (request) => {
      const resolve = (q: string) => app.gazetteer.resolve(q);
      const regions = resolveRegions(request.query.regions, resolve);
      const [benchmark] = resolveRegions(request.query.benchmark ?? BENCHMARK_REGION_CODE, resolve);
      if (!benchmark)
        throw new HttpProblem(400, 'Unknown place', 'benchmark is empty.', {
          code: 'unknown-place',
          params: { names: '' },
        });
      return excerpted(await buildGaps(app.store, benchmark, regions, requireThemes(request.query.theme)));
    },
  );
};
export default gaps;
